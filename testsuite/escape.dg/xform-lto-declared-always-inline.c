/* Under -flto a function declared an allocator is kept out of line
   (xform-lto-declared-wrapper.c), but not one that must be inlined:
   always_inline with noinline is GCC's hard error "inlining failed in
   call to always_inline".  */
/* { dg-do run } */
/* { dg-options "-flto -fplugin-arg-escape-transform -fplugin-arg-escape-allocator=my_malloc:1:my_free" } */
#include <stdlib.h>

static inline __attribute__ ((always_inline)) void *
my_malloc (int n)
{
  return malloc (n);
}

static inline __attribute__ ((always_inline)) void
my_free (void *p)
{
  free (p);
}

int
main (int c, char **v)
{
  (void) v;
  char *p = my_malloc (16);
  if (!p)
    return 1;
  p[0] = (char) c;
  int r = p[0];
  my_free (p);
  return r - c;
}
