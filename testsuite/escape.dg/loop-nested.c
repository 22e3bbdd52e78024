/* Nested loops: what matters is the depth of the loop that allocates,
   compared with how long the address lives.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

int
outer_buffer_used_in_inner_loop (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      char *row = malloc (n); /* { dg-message "^malloc\\(n\\) does not escape$" } */
      for (int j = 0; j < n; j++)
	row[j] = j;
      s += row[0];
      free (row);
    }
  return s;
}

int
inner_kept_across_inner_iterations (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      char *keep = 0;
      for (int j = 0; j < n; j++)
	{
	  char *t = malloc (4); /* { dg-message "^malloc\\(4\\) escapes to heap$" } */
	  t[0] = j;
	  if (keep)
	    free (keep);
	  keep = t;
	}
      if (keep)
	s += keep[0];
      free (keep);
    }
  return s;
}

int
inner_scratch (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    for (int j = 0; j < n; j++)
      {
	char *t = malloc (12); /* { dg-message "^malloc\\(12\\) does not escape$" } */
	t[0] = j;
	s += t[0];
	free (t);
      }
  return s;
}

int
inner_stored_into_outer_row (int n)
{
  /* row lives for a whole outer iteration, longer than one inner
     iteration, so the inner allocations stored into it escape.  */
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      char **row = malloc (n * sizeof (char *)); /* { dg-message "^malloc\\(n \\* 8\\) does not escape$" } */
      for (int j = 0; j < n; j++)
	row[j] = malloc (20); /* { dg-message "^malloc\\(20\\) escapes to heap$" } */
      for (int j = 0; j < n; j++)
	{
	  s += row[j][0];
	  free (row[j]);
	}
      free (row);
    }
  return s;
}

int
outer_kept_across_outer_iterations (int n)
{
  char *prev = 0;
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      char *cur = malloc (28); /* { dg-message "^malloc\\(28\\) escapes to heap$" } */
      for (int j = 0; j < n; j++)
	cur[j & 7] = j;
      if (prev)
	{
	  s += prev[0];
	  free (prev);
	}
      prev = cur;
    }
  free (prev);
  return s;
}
