/* Recursive functions that cannot have owned slots, because their copy
   would not behave like them: one that looks at its return address, one
   that keeps label addresses in a static table (GCC cannot copy it), a
   varargs one (its arguments cannot be forwarded).  Nothing moves in
   them; everything else about them is as before.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2" } */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) static int
ret_addr (int n)
{
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  /* { dg-message "^malloc\\(16\\) not moved to stack: recursive function$" "" { target *-*-* } .-1 } */
  if (!p)
    abort ();
  p[0] = (char) n;
  int r = p[0] + (__builtin_return_address (0) != 0);
  if (n > 0)
    r += ret_addr (n - 1);
  free (p);
  return r;
}

__attribute__ ((noinline)) static int
labels (int n)
{
  static const void *const table[] = { &&zero, &&more };
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  /* { dg-message "^malloc\\(16\\) not moved to stack: recursive function$" "" { target *-*-* } .-1 } */
  if (!p)
    abort ();
  p[0] = (char) n;
  goto *table[n > 0];
zero:
  free (p);
  return 0;
more:;
  int r = p[0] + labels (n - 1);
  free (p);
  return r;
}

__attribute__ ((noinline)) static int
sum (int n, ...)
{
  va_list ap;
  va_start (ap, n);
  int s = 0;
  for (int i = 0; i < n; i++)
    s += va_arg (ap, int);
  va_end (ap);
  char *p = malloc (8); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  /* { dg-message "^malloc\\(8\\) not moved to stack: recursive function$" "" { target *-*-* } .-1 } */
  if (!p)
    abort ();
  p[0] = (char) s;
  int r = p[0] + (n > 1 ? sum (n - 1, 1, 1, 1) : 0);
  free (p);
  return r;
}

int
main (void)
{
  if (ret_addr (3) != 10 || labels (4) != 10 || sum (3, 1, 2, 3) != 6 + 2 + 1)
    abort ();
  return 0;
}
