/* -fno-builtin-malloc: GCC does not take malloc for the C library's (the
   program may define its own in another unit and count its calls), and
   neither does the plugin: no allocation site, so nothing to move.  The
   calloc beside it, still the builtin, is one.  */
/* { dg-do compile } */
/* { dg-options "-fno-builtin-malloc -fplugin-arg-escape-m -fplugin-arg-escape-transform" } */
#include <stdlib.h>
#include <string.h>

int
f (int n)
{
  char *p = malloc (16);
  char *q = calloc (2, 8); /* { dg-message "moved to stack: calloc\\(2, 8\\)" } */
  if (!p || !q)
    return -1;
  memset (p, n, 16);
  memcpy (q, p, 16);
  int r = q[3];
  free (q);
  free (p);
  return r;
}
