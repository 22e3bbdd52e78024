/* -fplugin-arg-escape-m= with an empty value is an error too, and a
   later valid -m does not hide it.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m= -fplugin-arg-escape-m=1" } */
/* { dg-error "^escape: invalid value '' for '-fplugin-arg-escape-m'" "" { target *-*-* } 0 } */
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
