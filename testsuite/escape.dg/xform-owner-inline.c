/* A function only re-entered (walk, through the hook its constructor mk
   calls) runs its owner's copy once and its own body at every deeper
   level; that body must keep the frame it had, so GCC must inline mk
   there as it did without the plugin.  The dispatch once marked the
   owner's copy very likely, the body very unlikely, and GCC left mk out
   of line there ("call is unlikely and code size would grow"): a frame
   more per level, a stack the plain build's recursion fit overflowed
   (adversarial finding, 64 -> 80 bytes a level).  mk has three callers,
   so no private copy of it is made for the body.
   escape-O2-up: at -O0 and -O1 GCC inlines no such call either way.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fdump-tree-optimized" } */
/* { dg-final { scan-tree-dump-not "= mk \\(" "optimized" } } */
#include <stdio.h>
#include <stdlib.h>

static long total;
static void (*hook) (int d);

struct obj
{
  int a;
  char pad[236];
};

static struct obj *
mk (int d)
{
  struct obj *p = malloc (sizeof *p);
  if (!p)
    abort ();
  p->a = d;
  if (hook)
    hook (d);
  return p;
}

__attribute__ ((noinline)) int
walk (int d)
{
  struct obj *p = mk (d);
  int r = p->a;
  free (p);
  return r;
}

__attribute__ ((noinline)) int
g1 (int d)
{
  struct obj *p = mk (d);
  int r = p->a + 1;
  free (p);
  return r;
}

__attribute__ ((noinline)) int
g2 (int d)
{
  struct obj *p = mk (d);
  int r = p->a + 2;
  free (p);
  return r;
}

static void
h (int d)
{
  if (d < 2000)
    total += walk (d + 1);
}

int
main (void)
{
  hook = h;
  int r = walk (0);
  hook = 0;
  r += g1 (1) + g2 (2);
  printf ("%d %ld\n", r, total);
  return r == 6 && total == 2001000 ? 0 : 1;
}
