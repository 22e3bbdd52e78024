/* The CI gate's test build, before (testsuite/report/run.sh copies it to
   gate.c, builds the baseline, then does the same with new.c).  */
#include <stdlib.h>
#include <string.h>

void *keep;

int
stays (void)
{
  char *p = malloc (16);
  p[0] = 1;
  int r = p[0];
  free (p);
  return r;
}

void
fixed (void)
{
  keep = malloc (8);
}

int
broken (void)
{
  char *b = malloc (32);
  b[0] = 1;
  int r = b[0];
  free (b);
  return r;
}

int
allowed (void)
{
  char *a = malloc (24);
  a[0] = 1;
  int r = a[0];
  free (a);
  return r;
}

int
listed (int n)
{
  char *l = calloc (1, 40);
  l[0] = (char) n;
  int r = l[0];
  free (l);
  return r;
}

int
twice (void)
{
  char *x = malloc (12);
  char *y = malloc (12);
  x[0] = y[0] = 1;
  int r = x[0] + y[0];
  free (x);
  free (y);
  return r;
}
