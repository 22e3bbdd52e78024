/* A goto into the middle of a loop makes it irreducible: allocations
   inside such a loop escape (conservatively: marked BAD:), allocations
   made before it do not.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

int
enter_in_the_middle (int n)
{
  int s = 0, i = 0;
  if (n > 5)
    goto mid;
  for (;;)
    {
      s++;
    mid:
      {
	/* BAD: should not escape (freed in its iteration).  */
	char *p = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
	p[0] = i;
	s += p[0];
	free (p);
      }
      if (++i >= n)
	break;
    }
  return s;
}

int
allocated_before_irreducible_loop (int n)
{
  int s = 0, i = 0;
  char *buf = malloc (16); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  if (n > 5)
    goto mid;
  for (;;)
    {
      s++;
    mid:
      buf[0] = i;
      s += buf[0];
      if (++i >= n)
	break;
    }
  free (buf);
  return s;
}

int
two_entries_by_goto (int n)
{
  int s = 0;
  if (n & 1)
    goto b;
 a:
  {
    /* BAD: should not escape (freed in its iteration).  */
    char *p = malloc (24); /* { dg-message "^malloc\\(24\\) escapes to heap$" } */
    p[0] = n;
    s += p[0];
    free (p);
  }
 b:
  if (--n > 0)
    goto a;
  return s;
}
