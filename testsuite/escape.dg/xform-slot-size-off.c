/* -fplugin-arg-escape-slot-size=0: no guarded slots; a run-time size stays
   on the heap, and -m=2 says why.  A constant size still moves.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2 -fplugin-arg-escape-slot-size=0" } */
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) static int
fill (size_t n)
{
  char *p = malloc (n); /* { dg-message "^malloc\\(n\\) does not escape$" } */
  /* { dg-message "^malloc\\(n\\) not moved to stack: non-constant size$" "" { target *-*-* } .-1 } */
  char *q = malloc (8); /* { dg-message "^moved to stack: malloc\\(8\\)$" } */
  if (!p || !q)
    abort ();
  memset (p, 'x', n);
  memset (q, 'y', 8);
  int r = p[n - 1] == 'x' && q[7] == 'y';
  free (q);
  free (p);
  return r;
}

int
main (void)
{
  for (size_t n = 1; n <= 40; n++)
    if (!fill (n))
      abort ();
  return 0;
}
