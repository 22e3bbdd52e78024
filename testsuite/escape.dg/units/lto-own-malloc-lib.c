/* The second unit of xform-lto-own-malloc.c: the program's own malloc
   family, a bump allocator over a static pool.  */
#include <stddef.h>

static char pool[4096];
static size_t used;

void *
malloc (size_t n)
{
  void *p = pool + used;
  used += (n + 15) & ~(size_t) 15;
  return p;
}

void
free (void *p) /* never frees */
{
  (void) p;
}

void *
calloc (size_t a, size_t b)
{
  return malloc (a * b);
}

void *
realloc (void *p, size_t n)
{
  (void) p;
  return malloc (n);
}

size_t
pool_used (void)
{
  return used;
}
