/* Re-entry across two units under -flto: quiet (units/lto-reent-lib.c)
   calls nothing lto1 cannot see, so calls_quiet's buffer moves as in one
   file; noisy writes to a stdio stream, which may call back into the
   program (a fopencookie stream), so calls_noisy, reachable from main,
   may be re-entered through it: one activation at a time takes its
   slot.  */
/* { dg-do run } */
/* { dg-options "-flto -fplugin-arg-escape-transform -fplugin-arg-escape-m=2" } */
/* { dg-additional-sources "units/lto-reent-lib.c" } */
/* { dg-message "^p does not escape$" "" { target *-*-* } lto-reent-lib.c:6 } */
/* { dg-message "^p does not escape$" "" { target *-*-* } lto-reent-lib.c:13 } */
#include <stdlib.h>

int quiet (char *p);
int noisy (char *p);

__attribute__ ((noinline)) int
calls_quiet (void)
{
  char *p = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  if (!p)
    abort ();
  int r = quiet (p);
  free (p);
  return r;
}

__attribute__ ((noinline)) int
calls_noisy (void)
{
  char *p = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  /* { dg-message "^  one activation of calls_noisy at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-1 } */
  /* { dg-message "^  calls_noisy may be re-entered: through noisy, it calls fputs, which may call back into the program$" "" { target *-*-* } .-2 } */
  if (!p)
    abort ();
  int r = noisy (p);
  free (p);
  return r;
}

int
main (void)
{
  return calls_quiet () == 'q' && calls_noisy () == 0 ? 0 : 1;
}
