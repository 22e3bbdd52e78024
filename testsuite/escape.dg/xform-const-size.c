/* A size held in a const local is a constant at every -O level: the front
   end folds it only when optimising, so the plugin follows SSA copies.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

static int
work (void)
{
  const size_t n = 16;
  char *p = malloc (n); /* { dg-message "^moved to stack: malloc\\((n|16)\\)$" } */
  if (!p)
    abort ();
  memset (p, 3, n);
  int r = p[n - 1];
  free (p);
  return r;
}

int
main (void)
{
  return work () != 3;
}
