/* -ffat-lto-objects with the plugin given to the compiles and the link:
   each cc1 transforms its unit as without LTO (the other unit's function
   is unseen: its argument leaks, and the recursion may re-enter), but
   makes no owned slots, which are lto1's (xform-lto-fat-owned.c): the
   objects of the recursion do not escape and stay on the heap in the
   code cc1 makes.  lto1 analyses and transforms that code again, over
   both units, and gives the recursion its owned slots.  The notes come
   from both; the program runs as before, under ASan too.  */
/* { dg-do run } */
/* { dg-options "-flto -ffat-lto-objects -fplugin-arg-escape-transform -fplugin-arg-escape-m" } */
/* { dg-additional-sources "units/lto-rec-lib.c" } */
/* { dg-message "^leaking param content: t$" "" { target *-*-* } lto-rec-lib.c:15 } */
/* { dg-message "^t does not escape$" "" { target *-*-* } lto-rec-lib.c:15 } */
/* { dg-message "^moved to stack: malloc\\(64\\)$" "" { target *-*-* } lto-rec-lib.c:19 } */
/* { dg-message "^malloc\\(64\\) does not escape$" "" { target *-*-* } lto-rec-lib.c:19 } */
#include <stdlib.h>
#include <string.h>

struct tree
{
  struct tree *l, *r;
  int v;
};

int count_l (struct tree *t, int d);

__attribute__ ((noinline)) int
count_r (struct tree *t, int d) /* { dg-message "^leaking param: t$" } */
/* { dg-message "^t does not escape$" "" { target *-*-* } .-1 } */
{
  if (!t)
    return 0;
  char *scratch = malloc (32); /* { dg-message "^moved to stack: malloc\\(32\\)$" } */
  /* { dg-message "^malloc\\(32\\) does not escape$" "" { target *-*-* } .-1 } */
  if (!scratch)
    abort ();
  memset (scratch, 1, 32);
  int s = scratch[d % 32];
  free (scratch);
  return s + count_l (t, d);
}

int
main (void)
{
  struct tree leaf1 = { 0, 0, 1 }, leaf2 = { 0, 0, 2 };
  struct tree root = { &leaf1, &leaf2, 3 };
  int s = count_r (&root, 0);
  return s == 0 ? 1 : 0;
}
