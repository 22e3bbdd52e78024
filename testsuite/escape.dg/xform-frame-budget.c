/* -fplugin-arg-escape-frame-budget=32: at most 32 bytes move into one
   function's frame, taken in source order, each object counted rounded up
   to its alignment.  Every function has its own budget.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2 -fplugin-arg-escape-frame-budget=32" } */
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) static int
sum (const unsigned char *p, int n) /* { dg-message "^p does not escape$" } */
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += p[i];
  return s;
}

static int
three (void)
{
  unsigned char *a = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  unsigned char *b = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  unsigned char *c = malloc (16); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  /* { dg-message "^malloc\\(16\\) not moved to stack: over the frame budget$" "" { target *-*-* } .-1 } */
  if (!a || !b || !c)
    return 1;
  memset (a, 1, 16);
  memset (b, 2, 16);
  memset (c, 3, 16);
  int r = sum (a, 16) + sum (b, 16) + sum (c, 16) != 96;
  free (c);
  free (b);
  free (a);
  return r;
}

/* 20 bytes take a 32-byte share at 16-byte alignment: nothing is left.  */
static int
rounded (void)
{
  unsigned char *a = malloc (20); /* { dg-message "^moved to stack: malloc\\(20\\)$" } */
  unsigned char *b = malloc (1); /* { dg-message "^malloc\\(1\\) does not escape$" } */
  /* { dg-message "^malloc\\(1\\) not moved to stack: over the frame budget$" "" { target *-*-* } .-1 } */
  if (!a || !b)
    return 1;
  memset (a, 1, 20);
  b[0] = 5;
  int r = sum (a, 20) + b[0] != 25;
  free (b);
  free (a);
  return r;
}

/* An object over budget does not stop a later, smaller one.  */
static int
skip (void)
{
  unsigned char *a = aligned_alloc (64, 64); /* { dg-message "^aligned_alloc\\(64, 64\\) does not escape$" } */
  /* { dg-message "^aligned_alloc\\(64, 64\\) not moved to stack: over the frame budget$" "" { target *-*-* } .-1 } */
  unsigned char *b = calloc (4, 4); /* { dg-message "^moved to stack: calloc\\(4, 4\\)$" } */
  unsigned char *c = malloc (32); /* { dg-message "^malloc\\(32\\) does not escape$" } */
  /* { dg-message "^malloc\\(32\\) not moved to stack: over the frame budget$" "" { target *-*-* } .-1 } */
  unsigned char *d = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  if (!a || !b || !c || !d)
    return 1;
  memset (a, 1, 64);
  memset (c, 1, 32);
  memset (d, 1, 16);
  int r = sum (a, 64) + sum (b, 16) + sum (c, 32) + sum (d, 16) != 112;
  free (d);
  free (c);
  free (b);
  free (a);
  return r;
}

/* A site in a loop counts once, however often it runs.  */
static int
loop (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      unsigned char *p = malloc (32); /* { dg-message "^moved to stack: malloc\\(32\\)$" } */
      memset (p, 1, 32);
      s += sum (p, 32);
      free (p);
    }
  return s != 32 * n;
}

int
main (void)
{
  if (three ())
    abort ();
  if (rounded ())
    abort ();
  if (skip ())
    abort ();
  if (loop (1000))
    abort ();
  return 0;
}
