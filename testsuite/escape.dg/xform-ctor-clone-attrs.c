/* Constructor clones, adversarial findings:
   - a nested function as constructor reads its parent's frame through the
     static chain, which the clone's call dropped (wrong result at -O0, a
     GCC crash in the inliner above): nested constructors are not cloned;
   - a constructor declared with the malloc attribute: its clone kept it,
     so GCC took the clone's result for fresh memory that is never the
     caller's slot, dropped the caller's guard and handed the slot to free
     (a crash at -O1..-O3): the clone has no malloc attribute.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

struct box
{
  long v;
  long w;
};

static int
run_nested (int base)
{
  int bias = base * 3;
  struct box *mk (int v)
  {
    struct box *b = malloc (sizeof *b); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
    if (!b)
      abort ();
    b->v = v + bias;
    b->w = base;
    return b;
  }
  struct box *b = mk (5); /* { dg-message "^mk\\(5\\) does not escape$" } */
  int r = (int) (b->v + b->w);
  free (b);
  return r;
}

__attribute__ ((malloc, noinline)) static char *
fill (size_t n, int c)
{
  char *p = malloc (n); /* { dg-message "^malloc\\(n\\) escapes to heap$" } */
  if (!p)
    abort ();
  memset (p, c, n);
  return p;
}

__attribute__ ((noinline)) static long
last (int n)
{
  char *p = fill ((size_t) n, 'a'); /* { dg-message "^moved to stack: fill\\(n, 97\\)$" } */
  long s = p[n - 1];
  free (p);
  return s;
}

__attribute__ ((malloc, noinline)) static struct box *
box_make (long v)
{
  struct box *b = malloc (sizeof *b); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  if (!b)
    abort ();
  b->v = v;
  b->w = 1;
  return b;
}

__attribute__ ((noinline)) static long
pick (long k, struct box *other) /* { dg-message "^other does not escape$" } */
{
  struct box *q = k > 2 ? box_make (k) : other; /* { dg-message "^moved to stack: box_make\\(k\\)$" } */
  long r = q->v;
  free (q);
  return r;
}

int
main (void)
{
  if (run_nested (7) != 33)
    abort ();
  if (last (10) != 'a' || last (100) != 'a')
    abort ();
  struct box *o = malloc (sizeof *o); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  if (!o)
    abort ();
  o->v = 11;
  if (pick (5, NULL) != 5 || pick (1, o) != 11)
    abort ();
  return 0;
}
