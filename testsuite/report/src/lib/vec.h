/* A growable vector of ints; vec_sum's scratch copy is in every unit that
   includes this header.  */
#ifndef VEC_H
#define VEC_H
#include <stdlib.h>
#include <string.h>

struct vec
{
  int *data;
  int len, cap;
};

static inline int
vec_sum (const struct vec *v)
{
  int *copy = malloc ((size_t) v->len * sizeof *copy);
  if (!copy)
    return 0;
  memcpy (copy, v->data, (size_t) v->len * sizeof *copy);
  int s = 0;
  for (int i = 0; i < v->len; i++)
    s += copy[i];
  free (copy);
  return s;
}

struct vec *vec_new (int cap);
void vec_push (struct vec *v, int x);
#endif
