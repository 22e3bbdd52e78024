/* -flto with -fipa-pta at the link: lto1's points-to sets are the IPA
   pass's, computed before the transform and knowing no slot, and GCC's
   own points-to pass keeps them.  A function the transform rewrote gets
   its sets computed again: its stores into the slots are not dead
   before the call that reads them (adversarial finding: f's cells were
   never written, and the program printed 0 on x86-64 and crashed on
   AArch64).  */
/* { dg-do run } */
/* { dg-options "-flto -fipa-pta -fplugin-arg-escape-transform" } */
/* { dg-additional-sources "units/lto-pta-lib.c" } */
#include <stdlib.h>

struct cell
{
  int a, b;
  struct cell *next;
};

int sum (const struct cell *c);

__attribute__ ((noinline)) int
f (int v)
{
  struct cell *x = malloc (sizeof *x), *y = malloc (sizeof *y);
  if (!x || !y)
    abort ();
  x->a = v;
  x->b = 2;
  x->next = y;
  y->a = v + 1;
  y->b = 3;
  y->next = 0;
  int r = sum (x);
  free (y);
  free (x);
  return r;
}

int
main (void)
{
  int t = 0;
  for (int i = 0; i < 10; i++)
    t += f (1 + i);
  if (t != 305)
    abort ();
  return 0;
}
