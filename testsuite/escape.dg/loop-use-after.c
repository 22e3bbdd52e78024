/* A value used after the loop that made it lives past that iteration,
   even when no PHI joins it at the loop's exit: Go's backward-goto test
   (escape2.go), ported, and the same shape with break.  */
/* { dg-options "-fplugin-arg-escape-m=2" } */
#include <stdlib.h>

int
backward_goto (int n)
{
  int *i;
L1:
  i = malloc (4); /* { dg-message "^malloc\\(4\\) escapes to heap:$" } */
  /* { dg-message "^  flow: i = &\\{storage for malloc\\(4\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from i = malloc\\(4\\) \\(assign\\) at \[^ \]*:12:7$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  reason: i keeps it past the loop iteration that allocated it$" "" { target *-*-* } .-3 } */
  /* { dg-message "^malloc\\(4\\) escapes to heap$" "" { target *-*-* } .-4 } */
  *i = n;
  if (--n > 0)
    goto L1;
  return *i;
}

int
after_break (int n)
{
  char *p;
  for (int k = 0;; k++)
    {
      p = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap:$" } */
      /* { dg-message "^  flow: p = &\\{storage for malloc\\(8\\)\\}:$" "" { target *-*-* } .-1 } */
      /* { dg-message "^    from p = malloc\\(8\\) \\(assign\\) at \[^ \]*:29:11$" "" { target *-*-* } .-2 } */
      /* { dg-message "^  reason: p keeps it past the loop iteration that allocated it$" "" { target *-*-* } .-3 } */
      /* { dg-message "^malloc\\(8\\) escapes to heap$" "" { target *-*-* } .-4 } */
      p[0] = (char) k;
      if (k == n)
	break;
      free (p);
    }
  int r = p[0];
  free (p);
  return r;
}

/* Used only within its iteration: it does not escape.  */
int
within (int n)
{
  int s = 0;
  for (int k = 0; k < n; k++)
    {
      int *p = malloc (4); /* { dg-message "^malloc\\(4\\) does not escape$" } */
      *p = k;
      s += *p;
      free (p);
    }
  return s;
}
