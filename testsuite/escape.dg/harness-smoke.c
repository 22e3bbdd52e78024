/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>
int f (void) { char *p = malloc (16); /* { dg-message "malloc\\(16\\) does not escape" } */
  if (!p) return 0; p[0] = 1; int r = p[0]; free (p); return r; }
