/* -m=2: allocations that escape because of a loop end with a "reason:"
   line naming what outlives the iteration.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m=2" } */
#include <stdlib.h>

int
previous_kept (int n)
{
  char *prev = 0;
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      char *p = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap:$" } */
      /* { dg-message "^  flow: p = &\\{storage for malloc\\(8\\)\\}:$" "" { target *-*-* } .-1 } */
      /* { dg-message "^    from p = malloc\\(8\\) \\(assign\\) at \[^ \]*:14:17$" "" { target *-*-* } .-2 } */
      /* { dg-message "^  flow: prev = p:$" "" { target *-*-* } .-3 } */
      /* { dg-message "^    from prev = p \\(assign\\) at \[^ \]*:28:12$" "" { target *-*-* } .-4 } */
      /* { dg-message "^  flow: prev = prev:$" "" { target *-*-* } .-5 } */
      /* { dg-message "^    from .* \\(carried into the next loop iteration\\) at \[^ \]*:28:12$" "" { target *-*-* } .-6 } */
      /* { dg-message "^  reason: prev keeps it past the loop iteration that allocated it$" "" { target *-*-* } .-7 } */
      /* { dg-message "^malloc\\(8\\) escapes to heap$" "" { target *-*-* } .-8 } */
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
found_after_loop (int n, int k)
{
  char *found = 0;
  for (int i = 0; i < n; i++)
    {
      char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap:$" } */
      /* { dg-message "^  flow: p = &\\{storage for malloc\\(16\\)\\}:$" "" { target *-*-* } .-1 } */
      /* { dg-message "^    from p = malloc\\(16\\) \\(assign\\) at \[^ \]*:40:17$" "" { target *-*-* } .-2 } */
      /* { dg-message "^  reason: p keeps it past the loop iteration that allocated it$" "" { target *-*-* } .-3 } */
      /* { dg-message "^malloc\\(16\\) escapes to heap$" "" { target *-*-* } .-4 } */
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

int
scratch (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      char *t = malloc (24); /* { dg-message "^malloc\\(24\\) does not escape$" } */
      t[0] = i;
      s += t[0];
      free (t);
    }
  return s;
}
