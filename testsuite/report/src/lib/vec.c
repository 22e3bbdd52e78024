/* Vectors: results that escape through the return value and through a
   store into the caller's object, a buffer that reaches realloc, and the
   header's vec_sum, as in app/main.c.  */
#include "vec.h"

struct vec *
vec_new (int cap)
{
  struct vec *v = malloc (sizeof *v);
  if (!v)
    return 0;
  v->data = malloc (16 * sizeof *v->data);
  v->len = 0;
  v->cap = cap;
  return v;
}

void
vec_push (struct vec *v, int x)
{
  if (v->len == v->cap)
    {
      v->cap *= 2;
      v->data = realloc (v->data, (size_t) v->cap * sizeof *v->data);
    }
  v->data[v->len++] = x;
}

int
vec_grow_local (int n)
{
  int *tmp = malloc (4 * sizeof *tmp);
  for (int i = 0; i < 4; i++)
    tmp[i] = i;
  tmp = realloc (tmp, (size_t) n * sizeof *tmp);
  int r = tmp ? tmp[0] : 0;
  free (tmp);
  return r;
}

int
vec_mean (const struct vec *v)
{
  return v->len ? vec_sum (v) / v->len : 0;
}

/* An allocator wrapper: returning its malloc is its job, so no change
   here moves it (its callers' calls are the sites).  */
void *
vec_xmalloc (size_t n)
{
  void *p = malloc (n);
  if (!p)
    abort ();
  return p;
}
