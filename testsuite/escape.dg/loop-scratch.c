/* Allocations used only within their loop iteration do not escape, and
   neither do allocations made before the loop and used inside it.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

int
scratch_per_iteration (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      char *buf = malloc (64); /* { dg-message "^malloc\\(64\\) does not escape$" } */
      buf[0] = i;
      s += buf[0];
      free (buf);
    }
  return s;
}

int
variable_declared_outside (int n)
{
  /* p is declared outside the loop, but no value crosses an iteration.  */
  char *p;
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      p = malloc (8); /* { dg-message "^malloc\\(8\\) does not escape$" } */
      p[0] = i;
      s += p[0];
      free (p);
    }
  return s;
}

int
leaked_not_escaped (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      char *p = malloc (12); /* { dg-message "^malloc\\(12\\) does not escape$" } */
      p[0] = 1;
      s += p[0];
    }
  return s;
}

int
allocated_before_loop (int n)
{
  char *buf = malloc (128); /* { dg-message "^malloc\\(128\\) does not escape$" } */
  for (int i = 0; i < 128 && i < n; i++)
    buf[i] = i;
  int r = buf[3];
  free (buf);
  return r;
}

int
swapped_in_loop (int n)
{
  /* Allocated outside the loop: being carried around it is harmless.  */
  char *a = malloc (16); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  char *b = malloc (24); /* { dg-message "^malloc\\(24\\) does not escape$" } */
  for (int i = 0; i < n; i++)
    {
      char *t = a;
      a = b;
      b = t;
      a[0] = i;
    }
  int r = a[0] + b[0];
  free (a);
  free (b);
  return r;
}

int
container_per_iteration (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      char **c = malloc (2 * sizeof (char *)); /* { dg-message "^malloc\\(16\\) does not escape$" } */
      c[0] = malloc (32); /* { dg-message "^malloc\\(32\\) does not escape$" } */
      c[0][0] = i;
      s += c[0][0];
      free (c[0]);
      free (c);
    }
  return s;
}
