/* A recursion across two units under -flto: count_r here and count_l
   (units/lto-rec-lib.c) call each other, which lto1 sees (in one
   partition, as this small program gets by default): each keeps its
   scratch buffer in a slot that one activation at a time takes, as a
   recursion within one file does.  */
/* { dg-do run } */
/* { dg-options "-flto -fplugin-arg-escape-transform -fplugin-arg-escape-m=2" } */
/* { dg-additional-sources "units/lto-rec-lib.c" } */
/* { dg-message "^t does not escape$" "" { target *-*-* } lto-rec-lib.c:15 } */
/* { dg-message "^moved to stack: malloc\\(64\\)$" "" { target *-*-* } lto-rec-lib.c:19 } */
/* { dg-message "^  one activation of count_l at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } lto-rec-lib.c:19 } */
#include <stdlib.h>
#include <string.h>

struct tree
{
  struct tree *l, *r;
  int v;
};

int count_l (struct tree *t, int d);

__attribute__ ((noinline)) int
count_r (struct tree *t, int d) /* { dg-message "^t does not escape$" } */
{
  if (!t)
    return 0;
  char *scratch = malloc (32); /* { dg-message "^moved to stack: malloc\\(32\\)$" } */
  /* { dg-message "^  one activation of count_r at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-1 } */
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
