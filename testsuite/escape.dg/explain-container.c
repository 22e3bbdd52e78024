/* -m=2: a pointer stored into a container that escapes.  The stored
   allocation's path goes through the container's storage on to the heap.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m=2" } */
#include <stdlib.h>

struct box { char *p; };
struct box *gb;

void
store_into_escaping_box (void)
{
  struct box *b = malloc (sizeof *b); /* { dg-message "^malloc\\(8\\) escapes to heap:$" } */
  /* { dg-message "^  flow: b = &\\{storage for malloc\\(8\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from b = malloc\\(8\\) \\(assign\\) at \[^ \]*:13:19$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{heap\\} = b:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from gb = b \\(assign\\) at \[^ \]*:30:6$" "" { target *-*-* } .-4 } */
  /* { dg-message "^malloc\\(8\\) escapes to heap$" "" { target *-*-* } .-5 } */
  char *q = malloc (4); /* { dg-message "^malloc\\(4\\) escapes to heap:$" } */
  /* { dg-message "^  flow: q = &\\{storage for malloc\\(4\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from q = malloc\\(4\\) \\(assign\\) at \[^ \]*:19:13$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{storage for malloc\\(8\\)\\} = q:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from b->p = q \\(store\\) at \[^ \]*:29:8$" "" { target *-*-* } .-4 } */
  /* { dg-message "^  flow: b = &\\{storage for malloc\\(8\\)\\}:$" "" { target *-*-* } .-5 } */
  /* { dg-message "^    from b = malloc\\(8\\) \\(assign\\) at \[^ \]*:13:19$" "" { target *-*-* } .-6 } */
  /* { dg-message "^  flow: \\{heap\\} = b:$" "" { target *-*-* } .-7 } */
  /* { dg-message "^    from gb = b \\(assign\\) at \[^ \]*:30:6$" "" { target *-*-* } .-8 } */
  /* { dg-message "^malloc\\(4\\) escapes to heap$" "" { target *-*-* } .-9 } */
  b->p = q;
  gb = b;
}

int
store_into_local_box (void)
{
  struct box *b = malloc (sizeof *b); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  char *q = malloc (12); /* { dg-message "^malloc\\(12\\) does not escape$" } */
  b->p = q;
  int r = b->p[0];
  free (q);
  free (b);
  return r;
}
