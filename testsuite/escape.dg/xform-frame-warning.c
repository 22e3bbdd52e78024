/* Under -Wframe-larger-than=N (or -Wstack-usage=N) the slots of a
   function take at most half of what N leaves beyond its own locals in
   memory: a -Werror build that plain kept below N must not fail on the
   frame the slots add (adversarial finding: three 256-byte slots made a
   768-byte frame under -Wframe-larger-than=512).  */
/* { dg-do run } */
/* { dg-options "-Wframe-larger-than=512 -Wstack-usage=512 -Werror -fplugin-arg-escape-transform -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) static int
three (int k)
{
  char *a = malloc (256), *b = malloc (256), *c = malloc (256); /* { dg-message "^moved to stack: malloc\\(256\\)$" } */
  /* { dg-message "^malloc\\(256\\) does not escape$" "" { target *-*-* } .-1 } */
  if (!a || !b || !c)
    abort ();
  memset (a, k, 256);
  memset (b, k + 1, 256);
  memset (c, k + 2, 256);
  int r = a[k] + b[k] + c[k];
  free (c);
  free (b);
  free (a);
  return r;
}

int
main (void)
{
  if (three (5) != 18)
    abort ();
  return 0;
}
