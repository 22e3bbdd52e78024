/* The second unit of xform-lto-reentry-failure.c: an allocator wrapper
   whose failure path calls back into the program.  */
#include <stdlib.h>

void oom (void);
volatile size_t huge = (size_t) 1 << 62;

__attribute__ ((noinline)) void *
xmalloc (size_t n)
{
  void *p = malloc (n);
  if (!p)
    {
      oom ();
      abort ();
    }
  return p;
}
