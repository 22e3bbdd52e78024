/* malloc (0) stays on the heap: a one-byte slot would make
   __builtin_object_size and __builtin_dynamic_object_size (which
   _FORTIFY_SOURCE reads) say 1 where the C library's object has 0 bytes,
   and no slot is the unique empty object malloc (0) returns.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2" } */
#include <stdlib.h>

__attribute__ ((noinline)) static int
sizes (void)
{
  char *p = malloc (0); /* { dg-message "^malloc\\(0\\) does not escape$" } */
  /* { dg-message "^malloc\\(0\\) not moved to stack: zero size \\(no stack slot is the unique empty object malloc \\(0\\) returns\\)$" "" { target *-*-* } .-1 } */
  char *q = calloc (0, 16); /* { dg-message "^calloc\\(0, 16\\) does not escape$" } */
  /* { dg-message "^calloc\\(0, 16\\) not moved to stack: zero size \\(no stack slot is the unique empty object malloc \\(0\\) returns\\)$" "" { target *-*-* } .-1 } */
  size_t a = __builtin_object_size (p, 0);
  size_t b = __builtin_dynamic_object_size (p, 0);
  size_t c = __builtin_object_size (q, 0);
  size_t d = __builtin_dynamic_object_size (q, 0);
  int bad = (a != 0 && a != (size_t) -1) || (b != 0 && b != (size_t) -1)
	    || (c != 0 && c != (size_t) -1) || (d != 0 && d != (size_t) -1);
  free (q);
  free (p);
  return bad;
}

int
main (void)
{
  return sizes ();
}
