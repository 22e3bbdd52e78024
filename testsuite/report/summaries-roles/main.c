#include <stdio.h>
#include "s.h"
int
main (void)
{
  struct N b = { 0, 0 }, a = { &b, 0 };
  f (&a);
  f2 (&a);
  int *x = mk (sizeof *x);
  *x = 7;
  struct N *n = mkn ();
  n->p = x;
  int k = 3;
  void *q = mk2 (&k);
  printf ("%d %d %d\n", b.p != 0, *(int *) n->p, q != 0);
  rel (x);
  rel (n);
  if (q != &k)
    rel (q);
  return 0;
}
