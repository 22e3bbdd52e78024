/* xform-owned-frame.c under -flto, where lto1 moves the object after
   inlining the helper of the other unit: every activation of the
   recursion but the owner keeps the frame it has without the transform,
   measured against a twin whose object (above max-size) stays on the
   heap.  (Adversarial finding: 3x the stack per level at -O1.)  */
/* { dg-do run } */
/* { dg-options "-flto -fplugin-arg-escape-transform" } */
/* { dg-additional-sources "units/lto-frame-lib.c" } */
#include <stdio.h>
#include <stdlib.h>

int leafsum (const int *v);

static char *deepest;

__attribute__ ((noinline)) static void
probe (void)
{
  deepest = (char *) __builtin_frame_address (0);
  __asm__ volatile ("" ::: "memory");
}

int
rec (int n)
{
  if (n <= 0)
    {
      probe ();
      return 0;
    }
  if (n % 1000 == 7)
    {
      int *v = malloc (2 * sizeof *v);
      v[0] = n;
      v[1] = 1;
      int r = leafsum (v);
      free (v);
      return r + rec (n - 1);
    }
  return rec (n - 1) + 1;
}

int
rec_twin (int n)
{
  if (n <= 0)
    {
      probe ();
      return 0;
    }
  if (n % 1000 == 7)
    {
      int *v = malloc (100000);
      v[0] = n;
      v[1] = 1;
      int r = leafsum (v);
      free (v);
      return r + rec_twin (n - 1);
    }
  return rec_twin (n - 1) + 1;
}

#define DEPTH 20000
/* One more frame: the owner's copy, its slot and the dispatch's call.  */
#define SLACK 512

int
main (void)
{
  char *top = (char *) __builtin_frame_address (0);
  int a = rec (DEPTH);
  long need = top - deepest;
  int b = rec_twin (DEPTH);
  long twin = top - deepest;
  if (a != b || need > twin + SLACK)
    {
      printf ("FAIL rec: %d %d, %ld bytes of stack, twin %ld\n", a, b, need,
	      twin);
      return 1;
    }
  return 0;
}
