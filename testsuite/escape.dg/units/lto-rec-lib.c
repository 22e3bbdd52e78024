/* The second unit of xform-lto-recursion.c and xform-lto-partition-*.c:
   half of a recursion across two units.  */
#include <stdlib.h>
#include <string.h>

struct tree
{
  struct tree *l, *r;
  int v;
};

int count_r (struct tree *t, int d);

__attribute__ ((noinline)) int
count_l (struct tree *t, int d)
{
  if (!t)
    return 0;
  char *scratch = malloc (64);
  if (!scratch)
    abort ();
  memset (scratch, d, 64);
  int s = scratch[d % 64] + t->v;
  free (scratch);
  return s + count_r (t->l, d + 1) + count_r (t->r, d + 1);
}
