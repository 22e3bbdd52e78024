/* -m=2: an allocation stored to a global, and one passed to a call.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m=2" } */
#include <stdlib.h>

char *g;
void sink (void *);

void
to_global (void)
{
  char *p = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap:$" } */
  /* { dg-message "^  flow: p = &\\{storage for malloc\\(8\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from p = malloc\\(8\\) \\(assign\\) at \[^ \]*:12:13$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{heap\\} = p:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from g = p \\(assign\\) at \[^ \]*:18:5$" "" { target *-*-* } .-4 } */
  /* { dg-message "^malloc\\(8\\) escapes to heap$" "" { target *-*-* } .-5 } */
  g = p;
}

void
to_call (void)
{
  char *q = malloc (24); /* { dg-message "^malloc\\(24\\) escapes to heap:$" } */
  /* { dg-message "^  flow: q = &\\{storage for malloc\\(24\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from q = malloc\\(24\\) \\(assign\\) at \[^ \]*:24:13$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{heap\\} = q:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from sink\\(q\\) \\(call parameter, sink is defined in another unit\\) at \[^ \]*:30:3$" "" { target *-*-* } .-4 } */
  /* { dg-message "^malloc\\(24\\) escapes to heap$" "" { target *-*-* } .-5 } */
  sink (q);
}
