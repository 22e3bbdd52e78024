/* Owned slots must leave every activation but the owner with the frame
   the function had: a program whose recursion fits its stack without the
   transform must fit with it.  Each recursion below has a twin, the same
   code but for an object above max-size, which stays on the heap and
   untouched; the deepest activation of each records its stack depth, and
   the transformed one may take one frame more (the owner's copy), not
   more per level.  (Adversarial finding: the dispatch at entry kept the
   owner it had read for after its call, and at -O1 every activation saved
   more registers: 3x the stack under -flto, 2x in one file.)  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m" } */
#include <stdio.h>
#include <stdlib.h>

struct tree { struct tree *l, *r; int v; };

static char *deepest;

__attribute__ ((noinline)) static void
probe (void)
{
  deepest = (char *) __builtin_frame_address (0);
  __asm__ volatile ("" ::: "memory");
}

__attribute__ ((noinline)) int
leafsum (const int *v) /* { dg-message "^v does not escape$" } */
{
  return v[0] + v[1];
}

/* Linear recursion, one level in 1000 allocating.  */
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
      int *v = malloc (2 * sizeof *v); /* { dg-message "^moved to stack: malloc\\(8\\)$" } */
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
      int *v = malloc (100000); /* { dg-message "^malloc\\(100000\\) does not escape$" } */
      v[0] = n;
      v[1] = 1;
      int r = leafsum (v);
      free (v);
      return r + rec_twin (n - 1);
    }
  return rec_twin (n - 1) + 1;
}

/* The same with a helper GCC may inline (2x the stack per level at -O1
   before).  */
static int
leafsum_inl (const int *v) /* { dg-message "^v does not escape$" } */
{
  return v[0] + v[1];
}

int
rec2 (int n)
{
  if (n <= 0)
    {
      probe ();
      return 0;
    }
  if (n % 1000 == 7)
    {
      int *v = malloc (2 * sizeof *v); /* { dg-message "^moved to stack: malloc\\(8\\)$" } */
      v[0] = n;
      v[1] = 1;
      int r = leafsum_inl (v);
      free (v);
      return r + rec2 (n - 1);
    }
  return rec2 (n - 1) + 1;
}

int
rec2_twin (int n)
{
  if (n <= 0)
    {
      probe ();
      return 0;
    }
  if (n % 1000 == 7)
    {
      int *v = malloc (100000); /* { dg-message "^malloc\\(100000\\) does not escape$" } */
      v[0] = n;
      v[1] = 1;
      int r = leafsum_inl (v);
      free (v);
      return r + rec2_twin (n - 1);
    }
  return rec2_twin (n - 1) + 1;
}

/* Two recursive calls per level (GCC inlines such a function into itself
   at -O3), an allocation on every level.  */
int
walk (const struct tree *t, int d) /* { dg-message "^t does not escape$" } */
{
  if (!t)
    {
      if (d > 1000)
	probe ();
      return d;
    }
  int *v = malloc (2 * sizeof *v); /* { dg-message "^moved to stack: malloc\\(8\\)$" } */
  v[0] = t->v;
  v[1] = d;
  int s = leafsum (v);
  free (v);
  return s + walk (t->l, d + 1) + walk (t->r, d + 1);
}

int
walk_twin (const struct tree *t, int d) /* { dg-message "^t does not escape$" } */
{
  if (!t)
    {
      if (d > 1000)
	probe ();
      return d;
    }
  int *v = malloc (100000); /* { dg-message "^malloc\\(100000\\) does not escape$" } */
  v[0] = t->v;
  v[1] = d;
  int s = leafsum (v);
  free (v);
  return s + walk_twin (t->l, d + 1) + walk_twin (t->r, d + 1);
}

#define DEPTH 20000
/* One more frame: the owner's copy, its slot and the dispatch's call.  */
#define SLACK 512

int
main (void)
{
  char *top = (char *) __builtin_frame_address (0);
  struct tree *nodes = calloc (DEPTH, sizeof *nodes); /* { dg-message "^calloc\\(20000, 24\\) escapes to heap$" } */
  if (!nodes)
    return 0;
  for (int i = 0; i < DEPTH - 1; i++)
    {
      nodes[i].l = &nodes[i + 1];
      nodes[i].v = i % 7;
    }
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
  a = rec2 (DEPTH);
  need = top - deepest;
  b = rec2_twin (DEPTH);
  twin = top - deepest;
  if (a != b || need > twin + SLACK)
    {
      printf ("FAIL rec2: %d %d, %ld bytes of stack, twin %ld\n", a, b, need,
	      twin);
      return 1;
    }
  a = walk (nodes, 0);
  need = top - deepest;
  b = walk_twin (nodes, 0);
  twin = top - deepest;
  if (a != b || need > twin + SLACK)
    {
      printf ("FAIL walk: %d %d, %ld bytes of stack, twin %ld\n", a, b, need,
	      twin);
      return 1;
    }
  free (nodes);
  return 0;
}
