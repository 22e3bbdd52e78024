/* -flto with -fipa-pta: a slot shared with the heap reaches the program
   through an empty asm, which GCC's IPA points-to takes for memory that
   is not the caller's; it then folded the guard "p == &slot" away, and
   free was handed the caller's slot (an adversarial finding, with a
   constructor and with tcc's CString).  Under -fipa-pta nothing moves.  */
/* { dg-do run } */
/* { dg-options "-flto -fipa-pta -fplugin-arg-escape-transform" } */
/* { dg-additional-sources "units/lto-ipa-pta-guard-lib.c" } */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char *mk (const char *x);

__attribute__ ((noinline)) static int
go (const char *x)
{
  char *p = mk (x);
  int r = (int) strlen (p);
  free (p);
  return r;
}

int
main (void)
{
  return go ("hello") != 5;
}
