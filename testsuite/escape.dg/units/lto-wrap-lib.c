/* The second unit of xform-lto-wrap.c: an allocator wrapper, out of
   line.  */
#include <stdlib.h>

__attribute__ ((noinline)) void *
xmalloc (size_t n)
{
  void *p = malloc (n);
  if (!p)
    abort ();
  return p;
}
