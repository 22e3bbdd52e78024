/* The verdicts as GCC optimization records: with -fopt-info a moved
   allocation is "optimized:"; an escaping one, and one that does not
   escape but stays on the heap (with the reason), "missed:".
   GCC's own records (inlining, alias analysis at -O2) are pruned.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fopt-info-optimized-missed -fno-inline" } */
/* { dg-prune-output "not inlinable|clobbers memory|loop|vectoriz|Inlin|inline|Unrolled|unroll|Completely|completely|distribut|versioned|SLP|basic block" } */

#include <stdlib.h>
#include <string.h>

void *keep;

__attribute__ ((noinline)) int
f (int n)
{
  char *p = malloc (16); /* { dg-optimized "^moved to stack: malloc\\(16\\)$" } */
  char *q = malloc (n); /* { dg-missed "^malloc\\(n\\) escapes to heap$" } */
  char *big = malloc (1000); /* { dg-missed "^malloc\\(1000\\) does not escape, not moved to stack: too large$" } */
  keep = q;
  memset (big, 2, 1000);
  p[0] = 1;
  int r = p[0] + big[999];
  free (p);
  free (big);
  return r;
}

int
main (void)
{
  if (f (8) != 3)
    abort ();
  free (keep);
  return 0;
}
