/* The second unit of xform-lto-inline.c: helpers a recursive function of
   the other unit calls, which lto1 may inline there.  */
#include <stdlib.h>
#include <string.h>

/* Not inlined, so that the objects stay real memory.  */
__attribute__ ((noinline, noclone)) static int
touch (char *p, int k)
{
  memset (p, k, 256);
  return p[255];
}

/* Public: inlined into the recursive function at -O2, where the
   transform in lto1 sees it.  */
int
sum4 (int k)
{
  char *a = malloc (256), *b = malloc (256), *c = malloc (256);
  char *d = malloc (256);
  if (!a || !b || !c || !d)
    abort ();
  int r = touch (a, k) + touch (b, 1) + touch (c, 2) + touch (d, 3);
  free (d);
  free (c);
  free (b);
  free (a);
  return r;
}

/* always_inline: inlined there at every level.  */
extern int sum4_inline (int k);

inline __attribute__ ((always_inline)) int
sum4_inline (int k)
{
  char *a = malloc (256), *b = malloc (256), *c = malloc (256);
  char *d = malloc (256);
  if (!a || !b || !c || !d)
    abort ();
  int r = touch (a, k) + touch (b, 1) + touch (c, 2) + touch (d, 3);
  free (d);
  free (c);
  free (b);
  free (a);
  return r;
}
