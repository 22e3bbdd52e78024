/* Expect PASS: runs and prints the architecture it was compiled for.  */
/* { dg-do run } */
#include <stdio.h>
int main (void) {
#if defined __aarch64__
  puts ("arch=aarch64");
#elif defined __x86_64__
  puts ("arch=x86_64");
#endif
  return 0; }
/* { dg-output "arch=x86_64" { target x86_64-*-* } } */
/* { dg-output "arch=aarch64" { target aarch64-*-* } } */
