/* slot-size takes bytes from 0 to 65536: anything else is a GCC error
   naming the value and the range.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-slot-size=65537" } */
/* { dg-error "^escape: invalid value '65537' for '-fplugin-arg-escape-slot-size' \\(expected bytes from 0 to 65536\\)" "" { target *-*-* } 0 } */
/* { dg-error "^failed to initialize plugin " "" { target *-*-* } 0 } */
#include <stdlib.h>

int
f (size_t n)
{
  char *p = malloc (n); /* { dg-bogus "escape|stack" "no verdicts when the plugin failed" } */
  int r = p[0];
  free (p);
  return r;
}
