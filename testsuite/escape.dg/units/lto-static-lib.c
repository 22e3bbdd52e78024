/* The second unit of xform-lto-static.c: a static function of the same
   name as one there, which keeps what it makes.  */
#include <stdlib.h>

char *lib_kept;

__attribute__ ((noinline)) static char *
make (int n)
{
  char *p = malloc (n);
  if (!p)
    abort ();
  lib_kept = p;
  return p;
}

__attribute__ ((noinline)) int
lib_use (int n)
{
  char *p = make (n);
  p[0] = 1;
  return p[0];
}
