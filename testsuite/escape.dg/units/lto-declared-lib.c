/* The second unit of xform-lto-declared-wrapper.c: an allocator and its
   deallocator, declared by name, both wrappers of a hook.  */
#include <stdlib.h>

struct st
{
  void *(*alloc) (void *, void *, int);
  void *ctx;
};

static void *
hook (void *c, void *p, int n)
{
  (void) c;
  if (!n)
    {
      free (p);
      return 0;
    }
  return realloc (p, n);
}

struct st S = { hook, 0 };

void *
my_malloc (struct st *J, int n)
{
  void *p = J->alloc (J->ctx, 0, n);
  if (!p)
    abort ();
  return p;
}

void
my_free (struct st *J, void *p)
{
  J->alloc (J->ctx, p, 0);
}
