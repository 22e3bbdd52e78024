/* With the plugin loaded but no -fplugin-arg-escape-m, nothing is
   printed (like go build without -gcflags=-m).  */
/* { dg-do compile } */
#include <stdlib.h>

char *g;

void
f (char *q) /* { dg-bogus "escape|leaking|leaks" "silent without -m" } */
{
  char *p = malloc (16); /* { dg-bogus "escape|flow" "silent without -m" } */
  g = p;
  g = q;
}
