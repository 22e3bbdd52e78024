/* A report that cannot be written is an error that fails the compile and
   names the path: a build that asked for a report must not silently lose
   it.  The directory does not exist.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-report=no-such-dir/r.json -fplugin-arg-escape-m" } */
/* { dg-error "^escape: cannot write report 'no-such-dir/r.json': No such file or directory" "" { target *-*-* } 0 } */
#include <stdlib.h>

int
f (void)
{
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  int r = p[0];
  free (p);
  return r;
}
