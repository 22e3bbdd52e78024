/* stats.c - the functions main.c calls.  None keeps the array it is
   handed, which the first pass's reports record in their summaries.  */
#include "stats.h"

void
stats_ramp (int *v, int n, int start)
{
  for (int i = 0; i < n; i++)
    v[i] = start + i * i;
}

long
stats_sum (const int *v, int n)
{
  long s = 0;
  for (int i = 0; i < n; i++)
    s += v[i];
  return s;
}

int
stats_max (const int *v, int n)
{
  int m = v[0];
  for (int i = 1; i < n; i++)
    if (v[i] > m)
      m = v[i];
  return m;
}
