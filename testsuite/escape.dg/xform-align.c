/* A moved object is aligned like malloc's memory (16 bytes, which code
   relies on for vector loads) or as aligned_alloc asked.  Alignment is
   checked without converting a pointer to an integer (that makes it
   escape): by aligned vector loads in a callee, which fault on x86-64 when
   misaligned, and by the distance to a static object of known alignment.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2" } */
#include <stdlib.h>
#include <string.h>

typedef float v4 __attribute__ ((vector_size (16)));
typedef int v16i __attribute__ ((vector_size (64)));

static char ref[1] __attribute__ ((aligned (4096)));

/* How far P lies past a multiple of A (a power of two up to 4096).  */
__attribute__ ((noinline)) static long
misalign (const void *p, long a) /* { dg-message "^p does not escape$" } */
{
  return ((const char *) p - ref) & (a - 1);
}

__attribute__ ((noinline)) static float
sum4 (const float *p) /* { dg-message "^p does not escape$" } */
{
  v4 v = *(const v4 *) p;
  return v[0] + v[1] + v[2] + v[3];
}

__attribute__ ((noinline)) static int
sum16 (const int *p) /* { dg-message "^p does not escape$" } */
{
  v16i v = *(const v16i *) p;
  int s = 0;
  for (int i = 0; i < 16; i++)
    s += v[i];
  return s;
}

/* The vector load reads 16 of the 20 bytes of a 16-byte aligned slot.  */
static int
vector_load_malloc20 (void)
{
  float *p = malloc (20); /* { dg-message "^moved to stack: malloc\\(20\\)$" } */
  if (!p)
    return 1;
  for (int i = 0; i < 5; i++)
    p[i] = i + 1;
  int bad = sum4 (p) != 10 || p[4] != 5 || misalign (p, 16);
  free (p);
  return bad;
}

static int
vector_load_calloc (void)
{
  float *p = calloc (5, sizeof (float)); /* { dg-message "^moved to stack: calloc\\(5, 4\\)$" } */
  if (!p)
    return 1;
  int bad = sum4 (p) != 0 || p[4] != 0 || misalign (p, 16);
  free (p);
  return bad;
}

/* Small objects too: malloc's alignment does not depend on the size.  */
static int
small_sizes (void)
{
  char *a = malloc (1); /* { dg-message "^moved to stack: malloc\\(1\\)$" } */
  char *b = malloc (3); /* { dg-message "^moved to stack: malloc\\(3\\)$" } */
  char *c = malloc (17); /* { dg-message "^moved to stack: malloc\\(17\\)$" } */
  if (!a || !b || !c)
    return 1;
  a[0] = 1;
  b[2] = 2;
  c[16] = 3;
  int bad = misalign (a, 16) || misalign (b, 16) || misalign (c, 16)
	    || a[0] + b[2] + c[16] != 6;
  free (a);
  free (b);
  free (c);
  return bad;
}

static int
aligned_64 (void)
{
  int *p = aligned_alloc (64, 64); /* { dg-message "^moved to stack: aligned_alloc\\(64, 64\\)$" } */
  if (!p)
    return 1;
  for (int i = 0; i < 16; i++)
    p[i] = i;
  int bad = misalign (p, 64) || sum16 (p) != 120;
  free (p);
  return bad;
}

/* Asking for less than malloc's alignment still gets 16.  */
static int
aligned_8 (void)
{
  float *p = aligned_alloc (8, 24); /* { dg-message "^moved to stack: aligned_alloc\\(8, 24\\)$" } */
  if (!p)
    return 1;
  for (int i = 0; i < 6; i++)
    p[i] = 1;
  int bad = misalign (p, 16) || sum4 (p) != 4;
  free (p);
  return bad;
}

int
main (void)
{
  if (vector_load_malloc20 ())
    abort ();
  if (vector_load_calloc ())
    abort ();
  if (small_sizes ())
    abort ();
  if (aligned_64 ())
    abort ();
  if (aligned_8 ())
    abort ();
  return 0;
}
