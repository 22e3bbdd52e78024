/* -fplugin-arg-escape-m=1 prints the same verdicts as plain
   -fplugin-arg-escape-m (see opt-m-default.c, same source): one line per
   allocation and parameter, no paths.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m=1" } */
#include <stdlib.h>

char *g;

char *
f (char *a, char **b) /* { dg-message "^leaking param: a$" } */
/* { dg-message "^leaking param: b to result level=1$" "" { target *-*-* } .-1 } */
{
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  /* { dg-bogus "flow:|from |reason:|escapes to heap:" "no paths at m=1" { target *-*-* } .-1 } */
  g = p;
  char *r = malloc (8); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  free (r);
  g = a;
  return *b;
}
