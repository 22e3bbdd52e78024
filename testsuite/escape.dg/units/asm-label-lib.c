/* The second unit of xform-asm-label-libc.c: what the test calls as
   strtol, by an asm label, is this function, which keeps the string.  */
#include <stddef.h>

const char *remembered;

long
remember (const char *s, char **end, int base)
{
  (void) base;
  remembered = s;
  if (end)
    *end = NULL;
  return 8;
}
