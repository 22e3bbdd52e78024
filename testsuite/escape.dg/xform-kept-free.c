/* A declared deallocator whose result is used must still run (it cannot
   be deleted), so what it receives stays on the heap; a size query that
   reads a header in front of the block, declared as the deallocator of an
   allocator nothing calls, keeps what it receives on the heap too.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2 -fplugin-arg-escape-allocator=blk_alloc:1:blk_release+size_guard:-:blk_size" } */

#include <stdlib.h>
#include <string.h>

/* Each block has its size in front of it, as SQLite's do.  */
__attribute__ ((noinline)) void *
blk_alloc (size_t n)
{
  size_t *b = malloc (sizeof (size_t) + n); /* { dg-message "^malloc\\(n \\+ 8\\) escapes to heap:$" } */
  /* { dg-message "^  flow: b = &\\{storage for malloc\\(n \\+ 8\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from b = malloc\\(n \\+ 8\\) \\(assign\\) at \[^ \]*:15:15$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{temp\\} = b:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from return b \\+ 1 \\(assign\\) at \[^ \]*:24:12$" "" { target *-*-* } .-4 } */
  /* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } .-5 } */
  /* { dg-message "^    from return b \\+ 1 \\(return\\) at \[^ \]*:24:12$" "" { target *-*-* } .-6 } */
  /* { dg-message "^malloc\\(n \\+ 8\\) escapes to heap$" "" { target *-*-* } .-7 } */
  b[0] = n;
  return b + 1;
}

__attribute__ ((noinline)) int
blk_release (void *p) /* { dg-message "^p does not escape$" } */
{
  free ((size_t *) p - 1);
  return 0;
}

__attribute__ ((noinline)) size_t
blk_size (void *p) /* { dg-message "^p does not escape$" } */
/* The size is a number read from the block's header: data, not a
   pointer, so p does not leak to the result.  */
{
  return ((size_t *) p)[-1];
}

int
main (void)
{
  char *a = blk_alloc (16); /* { dg-message "^blk_alloc\\(16\\) does not escape$" } */
  /* { dg-message "^blk_alloc\\(16\\) not moved to stack: a deallocator call that cannot be deleted may receive it \\(its result is used, or it may throw\\)$" "" { target *-*-* } .-1 } */
  char *b = blk_alloc (16); /* { dg-message "^blk_alloc\\(16\\) does not escape$" } */
  /* { dg-message "^blk_alloc\\(16\\) not moved to stack: freed by a deallocator of another family$" "" { target *-*-* } .-1 } */
  char *c = blk_alloc (16); /* { dg-message "^moved to stack: blk_alloc\\(16\\)$" } */
  memset (a, 1, 16);
  memset (b, 2, 16);
  memset (c, 3, 16);
  if (blk_size (b) != 16)
    abort ();
  int sum = a[0] + b[0] + c[0];
  int rc = blk_release (a);
  blk_release (b);
  blk_release (c);
  return rc + sum - 6 == 0 ? 0 : 1;
}
