/* The last -m wins: m=2 followed by m=0 is silent.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m=2 -fplugin-arg-escape-m=0" } */
#include <stdlib.h>

char *g;

void
f (char *q) /* { dg-bogus "escape|leaking|leaks" "silent" } */
{
  char *p = malloc (16); /* { dg-bogus "escape|flow" "silent" } */
  g = p;
  g = q;
}
