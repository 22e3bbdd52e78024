/* A constructor (tcc's tccelf_new): the object it makes itself is
   handed over in both builds; the array arr_add (b.c) makes is handed
   over too once the second build knows arr_add.  */
#include <stdlib.h>

struct st
{
  void **items;
  int n;
  int *attrs;
};

void arr_add (void ***pp, int *n, void *x);

void
st_init (struct st *s, void *first)
{
  s->attrs = calloc (4, sizeof (int));
  if (!s->attrs)
    abort ();
  s->items = 0;
  s->n = 0;
  arr_add (&s->items, &s->n, first);
}

void
st_free (struct st *s)
{
  free (s->attrs);
  free (s->items);
}
