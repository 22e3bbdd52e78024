/* -fplugin-arg-escape-report without a path: a GCC error, no analysis.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-report" } */
/* { dg-error "^escape: '-fplugin-arg-escape-report' needs a file or directory" "" { target *-*-* } 0 } */
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
