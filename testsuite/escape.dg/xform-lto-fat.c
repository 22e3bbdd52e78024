/* cc1 with -flto -ffat-lto-objects makes code of its own as well as
   bytecode, so it transforms as without -flto, and the units it is linked
   with are unknown there: another unit may inline a function into a
   recursive one, where its slots would multiply.  So a function that gets
   slots is marked noinline, and an always_inline one, which cannot be
   kept out of line, moves nothing.  (Without fat objects cc1 leaves the
   transform to lto1: lto-cc1-defers.c.)  */
/* { dg-do assemble } */
/* { dg-options "-flto -ffat-lto-objects -fplugin-arg-escape-transform -fplugin-arg-escape-m=2" } */
#include <stdlib.h>
#include <string.h>

/* Not inlined, so that the objects stay real memory.  */
__attribute__ ((noinline, noclone)) static int
touch (char *p, int k) /* { dg-message "^p does not escape$" } */
{
  memset (p, k, 256);
  return p[255];
}

/* Public: moved, and kept out of line so its slots stay in its own
   frame.  */
int
sum4 (int k)
{
  char *a = malloc (256), *b = malloc (256), *c = malloc (256); /* { dg-message "^moved to stack: malloc\\(256\\)$" } */
  char *d = malloc (256); /* { dg-message "^moved to stack: malloc\\(256\\)$" } */
  if (!a || !b || !c || !d)
    abort ();
  int r = touch (a, k) + touch (b, 1) + touch (c, 2) + touch (d, 3);
  free (d);
  free (c);
  free (b);
  free (a);
  return r;
}

/* always_inline cannot be kept out of line: nothing moves here.  */
extern int sum4_inline (int k);

inline __attribute__ ((always_inline)) int
sum4_inline (int k)
{
  char *a = malloc (256), *b = malloc (256), *c = malloc (256); /* { dg-message "^malloc\\(256\\) does not escape$" } */
  /* { dg-message "^malloc\\(256\\) not moved to stack: an always_inline function under -flto, which another unit may inline into a recursive function$" "" { target *-*-* } .-1 } */
  char *d = malloc (256); /* { dg-message "^malloc\\(256\\) does not escape$" } */
  /* { dg-message "^malloc\\(256\\) not moved to stack: an always_inline function under -flto, which another unit may inline into a recursive function$" "" { target *-*-* } .-1 } */
  if (!a || !b || !c || !d)
    abort ();
  int r = touch (a, k) + touch (b, 1) + touch (c, 2) + touch (d, 3);
  free (d);
  free (c);
  free (b);
  free (a);
  return r;
}
