/* -m=2: columns as GCC displays them, tabs expanded, in the positions of
   a path whether or not the note's own line has a tab before its column
   (notes go out with byte columns where the two are the same).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m=2" } */
#include <stdlib.h>

char *g;

void
plain_site (void)
{
  char *p = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap:$" } */
  /* { dg-message "^  flow: p = &\\{storage for malloc\\(8\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from p = malloc\\(8\\) \\(assign\\) at \[^ \]*:13:13$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{heap\\} = p:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from g = p \\(assign\\) at \[^ \]*:20:11$" "" { target *-*-* } .-4 } */
  /* { dg-message "^malloc\\(8\\) escapes to heap$" "" { target *-*-* } .-5 } */

	g = p;
}

void
tab_site (void)
{
	char *q = malloc (24); /* { dg-message "^malloc\\(24\\) escapes to heap:$" } */
  /* { dg-message "^  flow: q = &\\{storage for malloc\\(24\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from q = malloc\\(24\\) \\(assign\\) at \[^ \]*:26:19$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{heap\\} = q:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from g = q \\(assign\\) at \[^ \]*:33:5$" "" { target *-*-* } .-4 } */
  /* { dg-message "^malloc\\(24\\) escapes to heap$" "" { target *-*-* } .-5 } */

  g = q;
}
