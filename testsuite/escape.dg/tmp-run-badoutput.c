/* Expect FAIL: output pattern mismatch.  */
/* { dg-do run } */
#include <stdio.h>
int main (void) { puts ("hello"); return 0; }
/* { dg-output "goodbye" } */
