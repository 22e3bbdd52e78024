/* The CI gate's test build, after: lines inserted above every site,
   broken, allowed and listed now escape, fixed no longer does, fresh is
   new, and twice's second malloc(12) escapes.  */
#include <stdlib.h>
#include <string.h>

void *keep;
static int calls;

int
stays (void)
{
  calls++;
  char *p = malloc (16);
  p[0] = 1;
  int r = p[0];
  free (p);
  return r;
}

void
fixed (void)
{
  char *f = malloc (8);
  f[0] = 0;
  free (f);
}

int
broken (void)
{
  char *b = malloc (32);
  b[0] = 1;
  keep = b;
  return b[0];
}

int
allowed (void)
{
  char *a = malloc (24);	/* escape: allow-escape kept for the logger */
  a[0] = 1;
  keep = a;
  return a[0];
}

int
listed (int n)
{
  char *l = calloc (1, 40);
  l[0] = (char) n;
  keep = l;
  return l[0];
}

int
twice (void)
{
  char *x = malloc (12);
  char *y = malloc (12);
  x[0] = y[0] = 1;
  int r = x[0] + y[0];
  free (x);
  keep = y;
  return r;
}

void
fresh (void)
{
  keep = strdup ("fresh");
}
