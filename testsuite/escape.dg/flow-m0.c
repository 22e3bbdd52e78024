/* -fplugin-arg-escape-m=0 turns the report off: nothing is printed, not
   even for allocations that escape.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m=0" } */
#include <stdlib.h>

char *g_keep;

char *
make (size_t n)
{
  char *p = malloc (n); /* { dg-bogus "escape" } */
  g_keep = malloc (2 * n); /* { dg-bogus "escape" } */
  return p;
}

int
temp (void)
{
  int *t = calloc (4, sizeof *t); /* { dg-bogus "escape" } */
  int r = t[0];
  free (t);
  return r;
}

void
stash (char *s) /* { dg-bogus "param" } */
{
  g_keep = s;
}
