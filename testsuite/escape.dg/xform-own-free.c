/* A program's own free, with the C library's malloc: GCC still takes a
   function named free for the library's (it warns of a stack object
   handed to it, and may optimise as if it were freed), so what may reach
   it stays on the heap.  The program's free counts and forwards nothing;
   the counts are the plain build's at each -O level.
   escape-no-asan: ASan's own free must not be replaced.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2" } */
#include <stdlib.h>
#include <string.h>

static int frees;

void
free (void *p) /* { dg-message "^p does not escape$" } */
{
  (void) p;
  frees++;
}

__attribute__ ((noinline)) static int
work (int k)
{
  char *a = malloc (16); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  /* { dg-message "^malloc\\(16\\) not moved to stack: a callee may free it$" "" { target *-*-* } .-1 } */
  memset (a, k, 16);
  int r = a[3];
  free (a);
  return r;
}

int
main (void)
{
  int s = 0;
  for (int i = 0; i < 3; i++)
    s += work (i);
  return s == 3 ? 0 : 1;
}
