/* The constructor of xform-lto-ipa-pta-guard.c, in another unit.  */
#include <stdlib.h>
#include <string.h>

char *
mk (const char *x)
{
  size_t n = strlen (x) + 1;
  char *p = malloc (n);
  if (!p)
    abort ();
  memcpy (p, x, n);
  return p;
}
