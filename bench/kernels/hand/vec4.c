/* hand/vec4.c - the stack version of vec4.c (the limit).

   vec4.c - bounding boxes of a scene graph's transformed cubes.

   Models small fixed-size linear-algebra temporaries in a render or
   physics loop: every frame the parent transform is composed into a
   heap 4x4 temporary and copied back; every object composes its world
   matrix into another 4x4 temporary, and each of its eight vertices is
   transformed into a 16-byte-aligned 4-double vector from aligned_alloc.
   All of them are freed in the iteration that made them.  The entries are
   small integers, so the doubles are exact and the checksum does not
   depend on how the compiler orders the arithmetic.  */

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NOBJ 4096
#define FRAMES 900
#define EXPECTED 0xe8e671e6744804f2UL

static double locals[NOBJ][16];
static double camera[16], spin[4][16], parent[16];
static double cube[8][4];

/* OUT = A * B for row-major 4x4 matrices; OUT is not A or B.  */
static void
mat4_mul (double *out, const double *a, const double *b)
{
  for (int i = 0; i < 4; i++)
    for (int j = 0; j < 4; j++)
      {
	double s = 0;
	for (int k = 0; k < 4; k++)
	  s += a[i * 4 + k] * b[k * 4 + j];
	out[i * 4 + j] = s;
      }
}

/* OUT = M * V.  */
static void
mat4_apply (double *out, const double *m, const double *v)
{
  for (int i = 0; i < 4; i++)
    out[i] = m[i * 4 + 0] * v[0] + m[i * 4 + 1] * v[1]
      + m[i * 4 + 2] * v[2] + m[i * 4 + 3] * v[3];
}

/* A checksum of the axis-aligned box around object LOCAL's cube.  */
static long
object_extent (const double *local)
{
  double world[16] __attribute__ ((aligned (16)));
  mat4_mul (world, parent, local);
  long lo[3] = { LONG_MAX, LONG_MAX, LONG_MAX };
  long hi[3] = { LONG_MIN, LONG_MIN, LONG_MIN };
  for (int k = 0; k < 8; k++)
    {
      double v[4] __attribute__ ((aligned (16)));
      mat4_apply (v, world, cube[k]);
      for (int c = 0; c < 3; c++)
	{
	  long x = (long) v[c];
	  if (x < lo[c])
	    lo[c] = x;
	  if (x > hi[c])
	    hi[c] = x;
	}
    }
  return (hi[0] - lo[0]) * 1000003 + (hi[1] - lo[1]) * 1009 + (hi[2] - lo[2])
    + lo[0];
}

static void
setup (void)
{
  unsigned rng = 4242;
  for (int i = 0; i < NOBJ; i++)
    for (int j = 0; j < 16; j++)
      {
	rng = rng * 1103515245u + 12345u;
	locals[i][j] = (double) ((int) ((rng >> 16) % 5) - 2);
      }
  for (int j = 0; j < 16; j++)
    {
      rng = rng * 1103515245u + 12345u;
      camera[j] = (double) ((int) ((rng >> 16) % 5) - 2);
      for (int s = 0; s < 4; s++)
	{
	  rng = rng * 1103515245u + 12345u;
	  spin[s][j] = (double) ((int) ((rng >> 16) % 3) - 1);
	}
    }
  for (int k = 0; k < 8; k++)
    {
      cube[k][0] = k & 1 ? 5 : -3;
      cube[k][1] = k & 2 ? 4 : -1;
      cube[k][2] = k & 4 ? 2 : -5;
      cube[k][3] = 1;
    }
}

int
main (void)
{
  setup ();
  unsigned long sum = 0;
  for (int f = 0; f < FRAMES; f++)
    {
      double tmp[16] __attribute__ ((aligned (16)));
      mat4_mul (tmp, camera, spin[f % 4]);
      memcpy (parent, tmp, 16 * sizeof *tmp);
      parent[f % 16] += 1;
      for (int i = 0; i < NOBJ; i++)
	sum = sum * 31 + (unsigned long) object_extent (locals[i]);
    }
  printf ("vec4: checksum %#lx\n", sum);
  if (sum != EXPECTED)
    {
      fprintf (stderr, "vec4: MISMATCH, expected %#lx\n", EXPECTED);
      return 1;
    }
  return 0;
}
