/* Allocator wrappers in one unit, called from others (main.c): the
   public ones are listed by escape-report; local_alloc (static) and
   kept_alloc (it also keeps the object in a global) are not.  */
#include <stdio.h>
#include <stdlib.h>

void *last_kept;

void *
xmalloc (size_t n)
{
  void *p = malloc (n);
  if (!p)
    {
      fputs ("out of memory\n", stderr);
      abort ();
    }
  return p;
}

void *
xcalloc (size_t n, size_t size)
{
  void *p = calloc (n, size);
  if (!p)
    abort ();
  return p;
}

void
xfree (void *p)
{
  free (p);
}

static void *
local_alloc (size_t n)
{
  void *p = malloc (n);
  if (!p)
    abort ();
  return p;
}

void *
kept_alloc (size_t n)
{
  void *p = malloc (n);
  last_kept = p;
  return p;
}

/* Its size is no argument: declared with "-" (reported, never moved).  */
void *
cell_alloc (void)
{
  return local_alloc (24);
}
