/* Declared allocators called through a pointer are matched by the name
   of the field the pointer was loaded from ("allocate" in
   "hooks.allocate (n)").  GCC may write that load as memory at the
   field's offset, "MEM[(alloc_fn *)&hooks]" (lto1 does for cJSON's
   global_hooks when the program is linked with -rdynamic, and a cast
   does in any build): the field is found at the offset, also inside a
   nested struct, and the note names it.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m -fplugin-arg-escape-allocator=allocate:1:deallocate:1" } */
#include <stdlib.h>
#include <string.h>

typedef void *(*alloc_fn) (size_t);
typedef void (*free_fn) (void *);
struct hooks
{
  alloc_fn allocate;
  free_fn deallocate;
};
static struct hooks hooks = { malloc, free };
struct outer
{
  int tag;
  struct hooks h;
};
static struct outer outer = { 1, { malloc, free } };

__attribute__ ((noinline)) int
first (int n)
{
  alloc_fn a = *(alloc_fn *) &hooks;
  char *p = a (16); /* { dg-message "^moved to stack: a\\(16\\)$" } */
  if (!p)
    return -1;
  memset (p, n, 16);
  int r = p[3];
  free_fn d = ((free_fn *) &hooks)[1];
  d (p);
  return r;
}

__attribute__ ((noinline)) int
nested (int n)
{
  alloc_fn a = *(alloc_fn *) &outer.h;
  char *p = a (24); /* { dg-message "^moved to stack: a\\(24\\)$" } */
  if (!p)
    return -1;
  memset (p, n, 24);
  int r = p[5];
  outer.h.deallocate (p);
  return r;
}

char *keep;

/* Called through the memory itself: the note reads it as the field.  */
__attribute__ ((noinline)) int
direct (int n)
{
  char *p = (*(alloc_fn *) &hooks) (32); /* { dg-message "^hooks.allocate\\(32\\) escapes to heap$" } */
  if (!p)
    return -1;
  memset (p, n, 32);
  keep = p;
  return p[7];
}

int
main (void)
{
  if (first (3) != 3 || nested (4) != 4 || direct (5) != 5)
    abort ();
  hooks.deallocate (keep);
  return 0;
}
