/* matrix.c - small dense matrix routines.

   A product is returned to the caller and escapes; the transposed copy and
   the per-row accumulator are temporaries that die inside the function.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct matrix
{
  int rows, cols;
  double *v;
};

struct matrix *
matrix_new (int rows, int cols)
{
  struct matrix *m = malloc (sizeof *m);
  if (!m)
    return NULL;
  m->rows = rows;
  m->cols = cols;
  m->v = calloc ((size_t) rows * cols, sizeof *m->v);
  if (!m->v)
    {
      free (m);
      return NULL;
    }
  return m;
}

void
matrix_free (struct matrix *m)
{
  if (m)
    free (m->v);
  free (m);
}

/* A * B, reading B through a transposed copy for locality.  */
struct matrix *
matrix_mul (const struct matrix *a, const struct matrix *b)
{
  struct matrix *c = matrix_new (a->rows, b->cols);
  double *bt = malloc ((size_t) b->rows * b->cols * sizeof *bt);
  if (!c || !bt)
    {
      free (bt);
      matrix_free (c);
      return NULL;
    }
  for (int i = 0; i < b->rows; i++)
    for (int j = 0; j < b->cols; j++)
      bt[j * b->rows + i] = b->v[i * b->cols + j];
  for (int i = 0; i < a->rows; i++)
    {
      double *acc = malloc (8 * sizeof *acc);	/* one row's partial sums */
      if (!acc)
	break;
      for (int j = 0; j < b->cols; j++)
	{
	  memset (acc, 0, 8 * sizeof *acc);
	  for (int k = 0; k < a->cols; k++)
	    acc[k % 8] += a->v[i * a->cols + k] * bt[j * b->rows + k];
	  double s = 0;
	  for (int k = 0; k < 8; k++)
	    s += acc[k];
	  c->v[i * c->cols + j] = s;
	}
      free (acc);
    }
  free (bt);
  return c;
}

/* The trace of A * A, without keeping the product.  */
double
trace_of_square (const struct matrix *a)
{
  double *diag = calloc (16, sizeof *diag);
  double t = 0;
  if (!diag)
    return 0;
  for (int i = 0; i < a->rows && i < 16; i++)
    for (int k = 0; k < a->cols; k++)
      diag[i] += a->v[i * a->cols + k] * a->v[k * a->cols + i];
  for (int i = 0; i < 16; i++)
    t += diag[i];
  free (diag);
  return t;
}

int
main (void)
{
  struct matrix *a = matrix_new (3, 3);
  if (!a)
    return 1;
  for (int i = 0; i < 9; i++)
    a->v[i] = i + 1;
  struct matrix *p = matrix_mul (a, a);
  if (!p)
    return 1;
  printf ("p[0][0] = %g, trace(a*a) = %g\n", p->v[0], trace_of_square (a));
  matrix_free (p);
  matrix_free (a);
  return 0;
}
