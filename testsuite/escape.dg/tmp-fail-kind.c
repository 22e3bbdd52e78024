/* Expect FAIL x4: a note claimed by dg-warning and a warning claimed by
   dg-message both fail, and both lines are then excess.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m -Wunused-variable" } */
#include <stdlib.h>
int f (void) { char *p = malloc (16); /* { dg-warning "malloc\\(16\\) does not escape" } */
  if (!p) return 0; p[0] = 1; int r = p[0]; free (p); return r; }
void u (void) { int unused; } /* { dg-message "unused variable" } */
/* Line 10: anchored pattern with the wrong indentation must FAIL (and the
   note is then excess); unanchored flow/from directives claim the rest.  */
char *g (int n) { char *q = malloc (n); return q; } /* { dg-message "^flow: q" } */
/* { dg-message "escapes to heap" "" { target *-*-* } .-1 } */
/* { dg-message "^    from q" "" { target *-*-* } .-2 } */
