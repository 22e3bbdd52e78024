/* Expect FAIL: the note is at 6:5 (line 6, column 5); a directive for line 5
   must not be satisfied by the column number.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>
int f (void) { char *p;
p = malloc (16);
/* { dg-message "does not escape" "" { target *-*-* } 5 } */
  if (!p) return 0; p[0] = 1; int r = p[0]; free (p); return r; }
