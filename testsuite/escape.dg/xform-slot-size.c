/* -fplugin-arg-escape-slot-size=16: a run-time size gets a 16-byte slot,
   used for requests of 1 to 16 bytes; 17 and more go to the heap.  The
   frame budget counts the slot's 16 bytes.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2 -fplugin-arg-escape-slot-size=16" } */
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) static int
fill (size_t n, int *on_stack) /* { dg-message "^on_stack does not escape$" } */
{
  char *p = malloc (n); /* { dg-message "^moved to stack: malloc\\(n\\)$" } */
  /* { dg-message "^  a 16-byte stack slot when it asks for at most that, the heap otherwise$" "" { target *-*-* } .-1 } */
  if (!p)
    abort ();
  memset (p, 'x', n);
  /* The slot lies in this frame, near a local; a heap block does not.  */
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
      if (s != (n <= 16))
	abort ();
    }
  return 0;
}
