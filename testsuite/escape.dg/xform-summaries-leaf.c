/* Two passes with a summaries file: lib_len (units/summaries-leaf-lib.c)
   runs only its own unit's code and the C library's, which its summary
   says (calls_out false), so use_len cannot be re-entered through it and
   its buffer takes a slot in its frame; lib_call calls lib_hook back,
   which its summary says too, so use_call may be re-entered (it is,
   through lib_hook) and its buffer takes a slot one activation at a time.
   Before the summaries said it, both were taken for re-entered.  */
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

int use_call (int d);

void
lib_hook (int d)
{
  if (d < 3)
    use_call (d + 1);
}

__attribute__ ((noinline)) int
use_len (int d)
{
  char *b = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  if (!b)
    abort ();
  memset (b, '1', 15);
  b[15] = 0;
  int r = lib_len (b) + d;
  free (b);
  return r;
}

__attribute__ ((noinline)) int
use_call (int d)
{
  char *b = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  /* { dg-message "^  one activation of use_call at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-1 } */
  /* { dg-message "^  use_call may be re-entered: it calls lib_call, which is defined in another unit and may run code of others$" "" { target *-*-* } .-2 } */
  if (!b)
    abort ();
  memset (b, '2', 15);
  b[15] = 0;
  int r = lib_call (b, d) + d;
  free (b);
  return r;
}

int
main (void)
{
  return use_len (1) + use_call (0) > 0 ? 0 : 1;
}
