/* A guarded slot is never larger than max-size: with max-size=24 and the
   default slot-size (64) the slot has 24 bytes, and 25 goes to the heap.
   slot-size=0 turns guarded slots off (xform-slot-size-off.c).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2 -fplugin-arg-escape-max-size=24" } */
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) static int
fill (size_t n, int *on_stack) /* { dg-message "^on_stack does not escape$" } */
{
  char *p = malloc (n); /* { dg-message "^moved to stack: malloc\\(n\\)$" } */
  /* { dg-message "^  a 24-byte stack slot when it asks for at most that, the heap otherwise$" "" { target *-*-* } .-1 } */
  if (!p)
    abort ();
  memset (p, 'x', n);
  char here;
  long d = (long) (p - &here);
  *on_stack = d > -4096 && d < 4096;
  int r = p[n - 1] == 'x';
  free (p);
  return r;
}

int
main (void)
{
  int s;
  for (size_t n = 1; n <= 40; n++)
    {
      if (!fill (n, &s))
	abort ();
      if (s != (n <= 24))
	abort ();
    }
  return 0;
}
