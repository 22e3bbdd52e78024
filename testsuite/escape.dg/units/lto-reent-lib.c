/* The second unit of xform-lto-reentry.c: one function that calls only
   what lto1 sees, one that calls stdio, which may call back.  */
#include <stdio.h>

__attribute__ ((noinline)) int
quiet (char *p)
{
  p[0] = 'q';
  return p[0];
}

__attribute__ ((noinline)) int
noisy (char *p)
{
  p[0] = 'n';
  p[1] = 0;
  return fputs (p, stdout) < 0;
}
