/* A wrapper of a wrapper across two units under -flto: xmalloc
   (units/lto-wrap-lib.c) is an allocator, and so is str_alloc here,
   which calls it, as in one file; a call of str_alloc is an allocation
   site, moved where its object does not escape.  */
/* { dg-do run } */
/* { dg-options "-flto -fplugin-arg-escape-transform -fplugin-arg-escape-m" } */
/* { dg-additional-sources "units/lto-wrap-lib.c" } */
/* { dg-message "^xmalloc is an allocator \\(wraps malloc; size: n\\)$" "" { target *-*-* } lto-wrap-lib.c:6 } */
/* { dg-message "^malloc\\(n\\) escapes to heap$" "" { target *-*-* } lto-wrap-lib.c:8 } */
#include <stdlib.h>
#include <string.h>

void *xmalloc (size_t n);

char *kept;

__attribute__ ((noinline)) static char *
str_alloc (size_t n) /* { dg-message "^str_alloc is an allocator \\(wraps malloc; size: n\\)$" } */
{
  return xmalloc (n); /* { dg-message "^xmalloc\\(n\\) escapes to heap$" } */
}

__attribute__ ((noinline)) static int
fill (char *s, int n) /* { dg-message "^s does not escape$" } */
{
  memset (s, 'a', n);
  s[n] = 0;
  return (int) strlen (s);
}

int
main (int argc, char **argv) /* { dg-message "^argv does not escape$" } */
{
  /* Sizes GCC cannot propagate into a clone of str_alloc.  */
  char *s = str_alloc (argc + 15); /* { dg-message "^moved to stack: str_alloc\\(argc \\+ 15\\)$" } */
  int r = fill (s, 15);
  free (s);
  kept = str_alloc (argc + 7); /* { dg-message "^str_alloc\\(argc \\+ 7\\) escapes to heap$" } */
  r += fill (kept, 7);
  free (kept);
  return r == 22 ? 0 : 1;
}
