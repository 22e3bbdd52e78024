/* -fplugin-arg-escape-m=3 is out of range: a GCC error naming the value.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m=3" } */
/* { dg-error "^escape: invalid value '3' for '-fplugin-arg-escape-m'" "" { target *-*-* } 0 } */
/* { dg-error "^failed to initialize plugin " "" { target *-*-* } 0 } */
#include <stdlib.h>

int
f (void)
{
  char *p = malloc (16); /* { dg-bogus "escape" "no verdicts when the plugin failed" } */
  int r = p[0];
  free (p);
  return r;
}
