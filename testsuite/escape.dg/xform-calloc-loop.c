/* calloc's zeroing happens every time the call would have run, also when
   a loop reuses the slot that the previous iteration dirtied.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2" } */
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) static int
all_zero (const unsigned char *p, int n) /* { dg-message "^p does not escape$" } */
{
  for (int i = 0; i < n; i++)
    if (p[i])
      return 0;
  return 1;
}

__attribute__ ((noinline)) static void
dirty (unsigned char *p, int n, int v) /* { dg-message "^p does not escape$" } */
{
  memset (p, v, n);
}

static int
calloc_loop (int n)
{
  for (int i = 0; i < n; i++)
    {
      unsigned char *p = calloc (8, 8); /* { dg-message "^moved to stack: calloc\\(8, 8\\)$" } */
      if (!p || !all_zero (p, 64))
	return 1;
      dirty (p, 64, 0xff);
      free (p);
    }
  return 0;
}

/* Not freed, and dirtied directly in this function.  */
static int
calloc_loop_dropped (int n)
{
  for (int i = 0; i < n; i++)
    {
      int *p = calloc (4, sizeof (int)); /* { dg-message "^moved to stack: calloc\\(4, 4\\)$" } */
      if (!p)
	return 1;
      if (p[0] | p[1] | p[2] | p[3])
	return 1;
      p[i & 3] = i + 1;
      p[3] = -1;
    }
  return 0;
}

/* The largest object that moves by default, zeroed on every iteration of
   an inner and an outer loop; a malloc'd neighbour dirties its own slot.  */
static int
calloc_nested (int n)
{
  for (int i = 0; i < n; i++)
    {
      unsigned char *m = malloc (256); /* { dg-message "^moved to stack: malloc\\(256\\)$" } */
      dirty (m, 256, i);
      for (int j = 0; j < 3; j++)
	{
	  unsigned char *z = calloc (1, 256); /* { dg-message "^moved to stack: calloc\\(1, 256\\)$" } */
	  if (!all_zero (z, 256))
	    return 1;
	  dirty (z, 256, j + 1);
	  m[j] = z[255];
	  free (z);
	}
      if (m[0] != 1 || m[2] != 3 || m[3] != (unsigned char) i)
	return 1;
      free (m);
    }
  return 0;
}

/* Zero-sized calloc: a valid pointer to no bytes, distinct each time it is
   live, here only once at a time.  */
static int
calloc_zero (int n)
{
  for (int i = 0; i < n; i++)
    {
      char *p = calloc (0, 8); /* { dg-message "^calloc\\(0, 8\\) does not escape$" } */
      /* { dg-message "^calloc\\(0, 8\\) not moved to stack: zero size \\(no stack slot is the unique empty object malloc \\(0\\) returns\\)$" "" { target *-*-* } .-1 } */
      if (!p)
	return 1;
      free (p);
    }
  return 0;
}

int
main (void)
{
  if (calloc_loop (1000))
    abort ();
  if (calloc_loop_dropped (1000))
    abort ();
  if (calloc_nested (100))
    abort ();
  if (calloc_zero (10))
    abort ();
  return 0;
}
