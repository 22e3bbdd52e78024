/* Calls of the wrappers of alloc.c: not allocation sites here until they
   are declared (escape-report --write-allocators).  */
#include <stddef.h>

void *xmalloc (size_t);
void *xcalloc (size_t, size_t);
void xfree (void *);
void *kept_alloc (size_t);

int
main (void)
{
  int *a = xmalloc (16);
  int *c = xcalloc (2, 8);
  a[0] = 40;
  c[1] += 2;
  int r = a[0] + c[1];
  xfree (a);
  xfree (c);
  int *k = kept_alloc (8);
  return r + (k == 0);
}
