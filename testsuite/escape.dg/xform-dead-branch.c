/* An object whose only way out is a block that never runs (behind a
   static const flag, a field of a constant table, a switch on one) moves;
   one whose way out runs stays on the heap and is still there after its
   function returns.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

void *volatile sink;
static const int debug = 0;
static const struct { int trace, level; } cfg = { 0, 2 };

__attribute__ ((noinline)) static int
dead_store (int v)
{
  int *p = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  if (!p)
    abort ();
  p[0] = v;
  if (debug)
    sink = p;
  if (cfg.trace)
    sink = p + 1;
  int r = p[0];
  free (p);
  return r;
}

__attribute__ ((noinline)) static int
live_store (int v)
{
  int *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  if (!p)
    abort ();
  p[0] = v;
  if (cfg.level > 1)
    sink = p;
  return p[0];
}

__attribute__ ((noinline)) static int
switched (int v)
{
  int *p = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  int *q = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  if (!p || !q)
    abort ();
  p[0] = v;
  q[0] = v + 1;
  switch (cfg.level)
    {
    case 1:
      sink = p;
      break;
    case 2:
      sink = q;
      break;
    }
  int r = p[0] + q[0];
  free (p);
  return r;
}

/* A free or realloc in a block that never runs: with the transform the
   block is deleted, as optimisation would (at -O0 GCC kept it and warned
   that free is handed the stack slot: adversarial finding).  */
__attribute__ ((noinline)) static int
dead_free (int v)
{
  int *p = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  if (!p)
    abort ();
  p[0] = v;
  if (debug)
    free (p);
  switch (cfg.level)
    {
    case 1:
      p = realloc (p, 64);
      break;
    default:
      break;
    }
  int r = p[0];
  free (p);
  return r;
}

/* Overwrites the stack below its caller's frame.  */
__attribute__ ((noinline)) static int
scribble (int v)
{
  volatile char buf[512];
  memset ((char *) buf, v, sizeof buf);
  return buf[v % 512];
}

int
main (void)
{
  for (int i = 0; i < 100; i++)
    if (dead_store (i) != i || dead_free (i) != i)
      abort ();
  if (live_store (7) != 7)
    abort ();
  scribble (0x55);
  if (((int *) sink)[0] != 7)
    abort ();
  free (sink);
  if (switched (3) != 7)
    abort ();
  scribble (0x66);
  if (((int *) sink)[0] != 4)
    abort ();
  free (sink);
  return 0;
}
