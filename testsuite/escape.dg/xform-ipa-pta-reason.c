/* Under -fipa-pta nothing moves (xform-lto-ipa-pta-guard.c), and -m=2
   says why.  */
/* { dg-do compile } */
/* { dg-options "-fipa-pta -fplugin-arg-escape-transform -fplugin-arg-escape-m=2" } */
#include <stdlib.h>

int
f (int v)
{
  int *p = malloc (sizeof *p); /* { dg-message "^malloc\\(4\\) does not escape$" } */
  /* { dg-message "^malloc\\(4\\) not moved to stack: -fipa-pta is on: GCC's points-to over the whole program would see through the tests that tell a slot from a heap block$" "" { target *-*-* } .-1 } */
  if (!p)
    return 0;
  *p = v;
  int r = *p;
  free (p);
  return r;
}
