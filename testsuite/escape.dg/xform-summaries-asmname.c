/* xform-summaries-leaf-libc.c, where this unit defines atoi under
   another name: an asm label gives my_atoi the symbol atoi, which
   lib_len's calls run (adversarial finding: the check went by the C
   name).  So use_len may be re-entered through lib_len.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2" } */
/* { dg-summaries-from "units/summaries-leaf-lib.c" } */
/* { dg-additional-sources "units/summaries-leaf-lib.c" } */
/* { dg-message "^s does not escape$" "" { target *-*-* } summaries-leaf-lib.c:11 } */
/* { dg-message "^s does not escape$" "" { target *-*-* } summaries-leaf-lib.c:17 } */
/* { dg-message "^s does not escape$" "" { target *-*-* } summaries-leaf-lib.c:23 } */
#include <stdlib.h>
#include <string.h>

int lib_len (const char *s);
int lib_call (const char *s, int d);

int use_len (int d);
static int depth;

void
lib_hook (int d)
{
  (void) d;
}

int my_atoi (const char *s) __asm__ ("atoi");

int
my_atoi (const char *s) /* { dg-message "^s does not escape$" } */
{
  if (depth < 3)
    {
      depth++;
      use_len (depth);
      depth--;
    }
  return s[0] == '1';
}

__attribute__ ((noinline)) int
use_len (int d)
{
  char *b = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  /* { dg-message "^  one activation of use_len at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-1 } */
  /* { dg-message "^  use_len may be re-entered: it calls lib_len, which is defined in another unit and may call a function of the C library's name that the program defines$" "" { target *-*-* } .-2 } */
  if (!b)
    abort ();
  memset (b, '1', 15);
  b[15] = 0;
  int r = lib_len (b) + d;
  free (b);
  return r;
}

int
main (void)
{
  return use_len (1) > 0 && lib_call ("x", 0) >= 0 ? 0 : 1;
}
