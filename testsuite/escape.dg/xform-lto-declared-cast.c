/* A declared allocator named by its field ("allocate") is matched in a
   read of memory at the field's offset only in a declared object, whose
   type is its layout: GIMPLE drops pointer conversions, and lto1 sees
   use's body after copy propagation, where the "struct other *" the
   source reads through is the "struct hooks *" parameter.  Taken for
   hooks.allocate, g (16) was moved to the stack, getbuf never ran and
   the program read an uninitialised slot (an adversarial finding).  */
/* { dg-do run } */
/* { dg-options "-flto -fplugin-arg-escape-transform -fplugin-arg-escape-allocator=allocate:1:deallocate:1" } */
#include <stdlib.h>

typedef void *(*alloc_fn) (size_t);
typedef void (*free_fn) (void *);
struct hooks
{
  alloc_fn allocate;
  free_fn deallocate;
};
struct other
{
  alloc_fn get;
  int tag;
};
static char buf[32] = "hello";

static void *
getbuf (size_t n)
{
  (void) n;
  return buf;
}

struct other O = { getbuf, 2 };

__attribute__ ((noinline)) int
use (struct hooks *h, int tag)
{
  if (tag == 2)
    {
      struct other *o = (struct other *) h;
      alloc_fn g = *(alloc_fn *) o;
      char *p = g (16);
      return p[0];
    }
  return 0;
}

int
main (void)
{
  struct hooks *volatile hv = (struct hooks *) &O;
  if (use (hv, 2) != 'h')
    abort ();
  return 0;
}
