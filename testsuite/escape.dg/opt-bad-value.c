/* -fplugin-arg-escape-m=x is not a number: a GCC error naming the value.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m=x" } */
/* { dg-error "^escape: invalid value 'x' for '-fplugin-arg-escape-m'" "" { target *-*-* } 0 } */
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
