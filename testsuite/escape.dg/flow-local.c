/* Purely local use: allocations that are only read, written and freed
   inside the function never escape, and parameters that are only read
   do not escape either.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

int
checksum (const unsigned char *data, int len) /* { dg-message "data does not escape" } */
{
  int sum = 0;
  for (int i = 0; i < len; i++)
    sum += data[i];
  return sum;
}

int
scratch_sum (int n)
{
  int *tmp = malloc (n * sizeof (int)); /* { dg-message "malloc\\(n \\* 4\\) does not escape" } */
  if (!tmp)
    return -1;
  for (int i = 0; i < n; i++)
    tmp[i] = i * i;
  int s = 0;
  for (int i = 0; i < n; i++)
    s += tmp[i];
  free (tmp);
  return s;
}

double
mean3 (double a, double b, double c)
{
  double *v = calloc (3, sizeof *v); /* { dg-message "calloc\\(3, 8\\) does not escape" } */
  if (v == NULL)
    return 0.0;
  v[0] = a;
  v[1] = b;
  v[2] = c;
  double m = (v[0] + v[1] + v[2]) / 3.0;
  free (v);
  return m;
}

int
leaky (void)
{
  /* Never freed: a leak, but the pointer goes nowhere.  */
  char *buf = malloc (64); /* { dg-message "malloc\\(64\\) does not escape" } */
  buf[0] = 'x';
  return buf[0];
}

int
compare_bytes (const char *a, const char *b, int n) /* { dg-message "a does not escape" } */
/* { dg-message "b does not escape" "" { target *-*-* } .-1 } */
{
  for (int i = 0; i < n; i++)
    if (a[i] != b[i])
      return a[i] - b[i];
  return 0;
}
