/* Another unit's growing array (tcc's dynarray_add): it reallocates
   *pp and stores x there.  The first build does not know it in a.c.  */
#include <stdlib.h>

void
arr_add (void ***pp, int *n, void *x)
{
  void **a = realloc (*pp, (size_t) (*n + 1) * sizeof *a);
  if (!a)
    abort ();
  a[(*n)++] = x;
  *pp = a;
}
