/* The transform without -m prints nothing, and still transforms: the
   program's own checks must hold.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform" } */
#include <stdlib.h>
#include <string.h>

static int
f (void)
{
  int s = 0;
  for (int i = 0; i < 1000; i++)
    {
      unsigned char *p = calloc (1, 64);
      if (!p || p[i % 64])
	return 1;
      memset (p, 1, 64);
      s += p[i % 64];
      free (p);
    }
  return s != 1000;
}

int
main (void)
{
  return f ();
}
