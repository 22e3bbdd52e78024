/* An unknown plugin argument is a GCC error naming the argument, and the
   plugin does not load; no crash.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-bogus" } */
/* { dg-error "^escape: unknown argument '-fplugin-arg-escape-bogus'" "" { target *-*-* } 0 } */
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
