/* A program's own malloc is never the C library's, and its calls are
   never moved, also when lto1 compiles the malloc in another partition
   (-flto-partition=max: every function in its own): the call in main
   stays, and the pool counts it.
   escape-no-asan: the program replaces malloc.  */
/* { dg-do run } */
/* { dg-options "-flto -flto-partition=max -fplugin-arg-escape-transform -fplugin-arg-escape-m" } */
/* { dg-additional-sources "units/lto-own-malloc-lib.c" } */
/* { dg-prune-output "lto-wrapper: (warning: using serial compilation|note: see the)" } */
/* { dg-message "^p does not escape$" "" { target *-*-* } lto-own-malloc-lib.c:17 } */
/* { dg-message "^p does not escape$" "" { target *-*-* } lto-own-malloc-lib.c:29 } */
#include <stdlib.h>
#include <string.h>

size_t pool_used (void);

__attribute__ ((noinline)) static int
use (char *p) /* { dg-message "^p does not escape$" } */
{
  memset (p, 1, 16);
  return p[3];
}

int
main (void)
{
  char *p = malloc (16);
  int r = use (p);
  free (p);
  return r == 1 && pool_used () == 16 ? 0 : 1;
}
