/* The program of the summaries tests: its calls of lib.c's functions go
   through the summaries a first build recorded.  */
#include <stdio.h>
#include <stdlib.h>

void fill (int *v, int n, int x);
int total (const int *v, int n);
void keep (int *p);
int helper (int *p);
long mean (const int *v, int n);
extern int *lib_kept;

static int *
pick (int *p)
{
  return p;
}

__attribute__((noinline)) int
sum (int x)
{
  int *v = malloc (8 * sizeof *v);
  if (!v)
    abort ();
  fill (v, 8, x);
  int t = total (pick (v), 8);
  free (v);
  return t;
}

__attribute__((noinline)) long
avg (int x)
{
  int *w = malloc (6 * sizeof *w);
  if (!w)
    abort ();
  fill (w, 6, x);
  long m = mean (w, 6);
  free (w);
  return m;
}

int
main (void)
{
  int *p = malloc (4 * sizeof *p);
  if (!p)
    abort ();
  p[0] = 41;
  int s = sum (3);
  long a = avg (1);
  keep (p);
  int *h = malloc (sizeof *h);
  if (!h)
    abort ();
  *h = 1;
  int k = helper (h);
  printf ("%d %d %d %ld\n", s, lib_kept[0], k, a);
  free (h);
  free (lib_kept);
  return 0;
}
