/* Sizes and alignments are constants only after every conversion on the
   way: (size_t) (signed char) 200 is SIZE_MAX - 55, so that malloc must
   fail, and so must aligned_alloc with the invalid alignment
   (size_t) (signed char) 0x80.  -w: GCC warns about the huge size.
   escape-no-asan: ASan's allocator aborts on the huge request instead of
   returning NULL.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2 -w" } */
#include <stdlib.h>

int
main (void)
{
  unsigned char raw = 200;
  signed char len = raw;
  char *p = malloc (len); /* { dg-message "^malloc\\(len\\) does not escape$" } */
  /* { dg-message "^malloc\\(len\\) not moved to stack: too large$" "" { target *-*-* } .-1 } */
  unsigned char a = 0x80;
  signed char al = a;
  void *q = aligned_alloc (al, 64); /* { dg-message "^aligned_alloc\\(al, 64\\) does not escape$" } */
  /* { dg-message "^aligned_alloc\\(al, 64\\) not moved to stack: invalid alignment \\(aligned_alloc fails\\)$" "" { target *-*-* } .-1 } */
  return p != NULL || q != NULL;
}
