/* -m=2: the path of an allocation that escapes by being returned, and no
   path for one that does not escape.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m=2" } */
#include <stdlib.h>

char *
ret (void) /* { dg-message "^ret is an allocator \\(wraps malloc; size: 8\\)$" } */
{
  char *p = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap:$" } */
  /* { dg-message "^  flow: p = &\\{storage for malloc\\(8\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from p = malloc\\(8\\) \\(assign\\) at \[^ \]*:10:13$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{temp\\} = p:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from return p \\(assign\\) at \[^ \]*:18:10$" "" { target *-*-* } .-4 } */
  /* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } .-5 } */
  /* { dg-message "^    from return p \\(return\\) at \[^ \]*:18:10$" "" { target *-*-* } .-6 } */
  /* { dg-message "^malloc\\(8\\) escapes to heap$" "" { target *-*-* } .-7 } */
  return p;
}

int
local (void)
{
  char *q = malloc (16); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  /* { dg-bogus "flow:|from |reason:" "no path for a non-escaping allocation" { target *-*-* } .-1 } */
  q[0] = 1;
  int r = q[0];
  free (q);
  return r;
}
