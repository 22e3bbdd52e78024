/* A call's text prints a conversion between an integer and a float as
   it prints any other conversion, as nothing: "mk(x)" (it printed
   "mk(<<< ??? >>>x)", GCC's text for a code it has no symbol for).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m" } */
#include <stdlib.h>

struct obj
{
  int a;
  double b;
};

static struct obj *
mk (int d, double e)
{
  struct obj *p = malloc (sizeof *p); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  if (!p)
    abort ();
  p->a = d;
  p->b = e;
  return p;
}

int
g (double x, int n)
{
  struct obj *p = mk ((int) x, (double) n); /* { dg-message "^moved to stack: mk\\(x, n\\)$" } */
  int r = p->a + (int) p->b;
  free (p);
  return r;
}
