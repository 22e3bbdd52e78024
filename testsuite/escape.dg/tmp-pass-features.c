/* Expect all PASS (or XFAIL where marked).  */
/* { dg-do compile } */
/* { dg-additional-options "-Wunused-variable" } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>
int f (void) {
  char *p = malloc (16); /* { dg-message "malloc\\(16\\) does not escape" } */
  if (!p) return 0; p[0] = 1; int r = p[0]; free (p); return r; }
/* { dg-message "malloc\\(n\\) escapes to heap:" "rel -1" { target *-*-* } .+2 } */
/* { dg-message "^  flow: q = &\\{storage for malloc\\(n\\)\\}:" "rel +1" { target *-*-* } .+1 } */
char *g (int n) { char *q = malloc (n); return q; } /* { dg-message "^    from q = malloc\\(n\\) \\(assign\\)" } */
char *h (int n) {
  char *q = malloc (n);
  return q;
}
/* { dg-message "escapes to heap" "" { target *-*-* } .-3 } */
/* { dg-message "flow: " "" { target *-*-* } 13 } */
/* { dg-message "from q" "" { target *-*-* } 13 } */
void u (void) { int unused; } /* { dg-warning "unused variable 'unused'" } */
/* { dg-bogus "never printed" "bogus ok" { target *-*-* } 19 } */
/* { dg-message "this note does not exist" "xfail ok" { xfail *-*-* } 19 } */
/* { dg-message "never selected on our targets" "" { target sparc-*-* } 19 } */
#pragma message "pragma says hi" /* { dg-message "pragma says hi" } */
