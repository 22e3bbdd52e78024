/* a, whose slot is owned because the hook its helpers call re-enters
   it, has a copy for its owning activation; b and c, on the way to the
   hook, are called by both bodies.  Each body calls its own copy of
   them (escape_private), so GCC inlines them as it did without the
   plugin, in the body every deeper level of a re-entry runs too.  They
   had two callers and were inlined into neither: a frame more at each
   level (adversarial finding, 64 -> 80 bytes a level).
   escape-O2-up: at -O0 and -O1 GCC neither copies nor inlines for it.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fdump-tree-optimized" } */
/* { dg-final { scan-tree-dump-not "(^|\[^a-z_\])\[bc\](\\.escape_private\\.\[0-9\]+)? \\(" "optimized" } } */
#include <stdlib.h>
#include <string.h>

static long total;
static void (*hook) (int d);

struct obj
{
  int a;
  char pad[200];
};

static int
c (int d)
{
  static struct obj o;
  memset (o.pad, d, sizeof o.pad);
  o.a = d;
  if (hook)
    hook (d);
  return o.a + o.pad[d % 200];
}

static int
b (int d)
{
  static struct obj o;
  memset (o.pad, d + 1, sizeof o.pad);
  o.a = c (d);
  return o.a + o.pad[(d * 7) % 200];
}

static int
a (int d)
{
  struct obj *p = malloc (sizeof *p);
  if (!p)
    abort ();
  memset (p->pad, d + 2, sizeof p->pad);
  p->a = b (d);
  int r = p->a + p->pad[(d * 3) % 200];
  free (p);
  return r;
}

static void
h (int d)
{
  if (d < 2000)
    total += a (d + 1);
}

int
main (void)
{
  hook = h;
  int r = a (0);
  return r >= 0 && total > 0 ? 0 : 1;
}
