/* An allocation made in a loop whose address survives into a later
   iteration, or past the end of the loop, escapes.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <stdint.h>

int
previous_kept (int n)
{
  char *prev = 0;
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      char *p = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
      p[0] = i;
      if (prev)
	{
	  s += prev[0];
	  free (prev);
	}
      prev = p;
    }
  free (prev);
  return s;
}

int
found_after_break (int n, int k)
{
  char *found = 0;
  for (int i = 0; i < n; i++)
    {
      char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
      p[0] = i;
      if (i == k)
	{
	  found = p;
	  break;
	}
      free (p);
    }
  int r = found ? found[0] : 0;
  free (found);
  return r;
}

char *
returned_from_loop (int n)
{
  for (int i = 0; i < n; i++)
    {
      char *p = malloc (24); /* { dg-message "^malloc\\(24\\) escapes to heap$" } */
      p[0] = i;
      if (p[1] == 3)
	return p;
      free (p);
    }
  return 0;
}

int
interior_pointer_kept (int n)
{
  char *prev = 0;
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      char *p = (char *) malloc (32) + 1; /* { dg-message "^malloc\\(32\\) escapes to heap$" } */
      if (prev)
	{
	  s += prev[0];
	  free (prev - 1);
	}
      prev = p;
    }
  if (prev)
    free (prev - 1);
  return s;
}

int
kept_as_integer (int n)
{
  uintptr_t prev = 0;
  for (int i = 0; i < n; i++)
    {
      char *p = malloc (40); /* { dg-message "^malloc\\(40\\) escapes to heap$" } */
      if (prev)
	free ((char *) prev);
      prev = (uintptr_t) p;
    }
  free ((char *) prev);
  return 0;
}

int
grown_by_realloc (int n)
{
  /* The first buffer is allocated before the loop; each realloc result is
     carried into the next iteration.  */
  char *buf = malloc (8); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  for (int i = 1; i < n; i++)
    buf = realloc (buf, i * 8); /* { dg-message "^realloc\\(buf, i \\* 8\\) escapes to heap$" } */
  int r = buf[0];
  free (buf);
  return r;
}
