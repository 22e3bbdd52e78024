/* A slot shared with the heap (guarded: a size known at run time) gives
   GCC no object to check the program's accesses against: those past the
   slot's bytes run only with a heap block, but on a path GCC copies for
   the slot they drew -Wstringop-overflow (on by default), -Warray-bounds
   and _FORTIFY_SOURCE's overflow warnings, and a -Werror build that
   passed plain failed (adversarial finding).  The build must pass as
   plain's does; the program runs as plain's.  */
/* { dg-do run } */
/* { dg-options "-Wall -Werror -D_FORTIFY_SOURCE=2 -fplugin-arg-escape-transform -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

static const char hdr[32] = "0123456789abcdef0123456789abcde";

/* Callers always ask for at least 128 bytes.  */
__attribute__ ((noinline)) static unsigned
fill (size_t n)
{
  unsigned char *p = malloc (n); /* { dg-message "moved to stack: malloc\\(n\\)" } */
  if (!p)
    return 0;
  memset (p, 0, n);
  p[100] = 7;
  unsigned h = p[100] + p[n - 1];
  free (p);
  return h;
}

__attribute__ ((noinline)) static unsigned
frame (size_t n)
{
  char *p = malloc (n); /* { dg-message "moved to stack: malloc\\(n\\)" } */
  if (!p)
    return 0;
  memset (p, 0, n);
  memcpy (p + 80, hdr, sizeof hdr);
  unsigned h = (unsigned) p[80] + (unsigned) p[n - 1];
  free (p);
  return h;
}

int
main (int argc, char **argv) /* { dg-message "argv does not escape" } */
{
  (void) argv;
  if (fill (127 + (size_t) argc) != 7 || frame (127 + (size_t) argc) != '0')
    abort ();
  return 0;
}
