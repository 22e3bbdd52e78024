/* The second unit of xform-summaries-leaf.c and
   xform-summaries-leaf-libc.c: lib_len runs only this unit's code and
   the C library's (its summary says it calls out of nothing); lib_call
   calls lib_hook, which another unit defines.  */
#include <stdlib.h>
#include <string.h>

void lib_hook (int d);

static __attribute__ ((noinline)) int
helper (const char *s)
{
  return (int) strlen (s) + atoi (s + 1);
}

__attribute__ ((noinline)) int
lib_len (const char *s)
{
  return helper (s) + 1;
}

__attribute__ ((noinline)) int
lib_call (const char *s, int d)
{
  lib_hook (d);
  return helper (s);
}
