/* -fplugin-arg-escape-m=0 is silent, even for allocations and parameters
   that escape.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m=0" } */
#include <stdlib.h>

char *g;

char *
f (char *q) /* { dg-bogus "escape|leaking|leaks" "silent at m=0" } */
{
  char *p = malloc (16); /* { dg-bogus "escape|flow" "silent at m=0" } */
  g = p;
  char *r = malloc (8); /* { dg-bogus "escape|flow" "silent at m=0" } */
  free (r);
  return q;
}
