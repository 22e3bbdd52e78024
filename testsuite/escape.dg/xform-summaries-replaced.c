/* xform-summaries-leaf-libc.c, where a third unit of the build defines
   atoi (units/summaries-replace-lib.c), which calls use_len back: its
   first build's report says so, and so does the summaries file
   ({"replaces_libc":"atoi"}), so lib_len's summary (runs only its own
   unit's code and the C library's) is not trusted here, and use_len,
   which may be re-entered, takes a slot one activation at a time
   (adversarial finding: a slot in every frame of that recursion).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2" } */
/* { dg-summaries-from "units/summaries-leaf-lib.c units/summaries-replace-lib.c" } */
/* { dg-additional-sources "units/summaries-leaf-lib.c units/summaries-replace-lib.c" } */
/* { dg-message "^s does not escape$" "" { target *-*-* } summaries-leaf-lib.c:11 } */
/* { dg-message "^s does not escape$" "" { target *-*-* } summaries-leaf-lib.c:17 } */
/* { dg-message "^s does not escape$" "" { target *-*-* } summaries-leaf-lib.c:23 } */
/* { dg-message "^s does not escape$" "" { target *-*-* } summaries-replace-lib.c:10 } */
#include <stdlib.h>
#include <string.h>

int lib_len (const char *s);
int lib_call (const char *s, int d);

void
lib_hook (int d)
{
  (void) d;
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
