/* Static functions of the same name in two units under -flto: this
   unit's make hands its object over (an allocator), the other unit's
   (units/lto-static-lib.c) keeps it in a global.  lto1 keeps them apart:
   main's call of this make moves, the other one's object escapes.  */
/* { dg-do run } */
/* { dg-options "-flto -fplugin-arg-escape-transform -fplugin-arg-escape-m" } */
/* { dg-additional-sources "units/lto-static-lib.c" } */
/* { dg-message "^malloc\\(n\\) escapes to heap$" "" { target *-*-* } lto-static-lib.c:10 } */
#include <stdlib.h>

extern char *lib_kept;
int lib_use (int n);

__attribute__ ((noinline)) static char *
make (int n) /* { dg-message "^make is an allocator \\(wraps malloc; size: n\\)$" } */
{
  char *p = malloc (n); /* { dg-message "^malloc\\(n\\) escapes to heap$" } */
  if (!p)
    abort ();
  return p;
}

int
main (int argc, char **argv) /* { dg-message "^argv does not escape$" } */
{
  /* Sizes GCC cannot propagate into a clone of make.  */
  char *p = make (argc + 31); /* { dg-message "^moved to stack: make\\(argc \\+ 31\\)$" } */
  p[0] = 2;
  int r = p[0] + lib_use (argc + 15);
  free (p);
  free (lib_kept);
  return r == 3 ? 0 : 1;
}
