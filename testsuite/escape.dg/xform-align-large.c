/* Alignments up to 4096 bytes come from the stack, larger ones from the
   heap.  Both objects here are within the raised max-size and budget.
   (aligned_alloc's size is a multiple of the alignment, as C11 asks and
   AddressSanitizer checks.)  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2 -fplugin-arg-escape-max-size=8192 -fplugin-arg-escape-frame-budget=16384" } */
#include <stdlib.h>
#include <string.h>

static char ref[1] __attribute__ ((aligned (8192)));

/* How far P lies past a multiple of A (a power of two up to 8192), from
   the distance to REF: no pointer is converted to an integer.  */
__attribute__ ((noinline)) static long
misalign (const void *p, long a) /* { dg-message "^p does not escape$" } */
{
  return ((const char *) p - ref) & (a - 1);
}

__attribute__ ((noinline)) static int
sum (const char *p, int n) /* { dg-message "^p does not escape$" } */
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += p[i];
  return s;
}

static int
aligned_4096 (void)
{
  char *p = aligned_alloc (4096, 4096); /* { dg-message "^moved to stack: aligned_alloc\\(4096, 4096\\)$" } */
  if (!p)
    return 1;
  memset (p, 1, 4096);
  int bad = misalign (p, 4096) || sum (p, 4096) != 4096;
  free (p);
  return bad;
}

static int
aligned_8192 (void)
{
  char *p = aligned_alloc (8192, 8192); /* { dg-message "^aligned_alloc\\(8192, 8192\\) does not escape$" } */
  /* { dg-message "^aligned_alloc\\(8192, 8192\\) not moved to stack: alignment too large for the stack$" "" { target *-*-* } .-1 } */
  if (!p)
    return 1;
  memset (p, 1, 8192);
  int bad = misalign (p, 8192) || sum (p, 8192) != 8192;
  free (p);
  return bad;
}

int
main (void)
{
  if (aligned_4096 ())
    abort ();
  if (aligned_8192 ())
    abort ();
  return 0;
}
