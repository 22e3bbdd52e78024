/* GNU nested functions store into their parent's frame through the static
   chain, which the parent hands over like any call argument: what the
   nested function stores there escapes.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

void *sink;

void
outer (void)
{
  void *q = 0;
  void inner (void *x) { q = x; } /* { dg-message "^leaking param: x$" } */
  void *m = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  inner (m);
  sink = q;
}

int
outer_reads (void)
{
  char buf[8] = "abc";
  int peek (char *s) { return s[0] + buf[0]; } /* { dg-message "^s does not escape$" } */
  char *m = malloc (8); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  m[0] = 1;
  int r = peek (m);
  free (m);
  return r;
}
