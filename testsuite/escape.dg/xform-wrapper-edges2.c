/* More edges of wrappers, from a second hunt (each changed behaviour or
   crashed GCC before its fix):
   - a wrapper of a K&R wrapper: the inner parameter receives int 200 as
     signed char -56, malloc fails; the outer size is not constant either;
   - a success path that may never end (C11 6.8.5p6: "for (;;);" need not
     terminate) is an effect: that function is no allocator;
   - a declared deallocator whose result is used is a call, not a free
     (GCC crashed when its deleted result was still used).
   escape-no-asan: it needs malloc ((size_t) -56) to return NULL, which
   AddressSanitizer reports as an error instead.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m -fplugin-arg-escape-allocator=pool_alloc:2:pool_release:2 -w" } */

#include <stdio.h>
#include <stdlib.h>

void *kr ();

static void *
outer_const (void) /* { dg-message "^outer_const is an allocator \\(wraps malloc; size: unknown\\)$" } */
{
  return kr (200); /* { dg-message "^kr\\(200\\) escapes to heap$" } */
}

static int
null_sizes (void)
{
  char *a = outer_const (); /* { dg-message "^outer_const\\(\\) does not escape$" } */
  int r = a != NULL;
  free (a);
  return r;
}

static void *
wait_alloc (size_t n, int hang)
{
  void *p = malloc (n); /* { dg-message "^malloc\\(n\\) escapes to heap$" } */
  if (p && hang)
    for (;;)
      ;
  return p;
}

struct pool { int live; };

__attribute__ ((noinline)) void *
pool_alloc (struct pool *ctx, size_t n) /* { dg-message "^ctx does not escape$" } */
{
  ctx->live++;
  return malloc (n); /* { dg-message "^malloc\\(n\\) escapes to heap$" } */
}

__attribute__ ((noinline)) int
pool_release (struct pool *ctx, void *p) /* { dg-message "^ctx does not escape$" } */
/* { dg-message "^p does not escape$" "" { target *-*-* } .-1 } */
{
  ctx->live--;
  free (p);
  return ctx->live;
}

static int
released (struct pool *ctx, int k) /* { dg-message "^ctx does not escape$" } */
{
  char *p = pool_alloc (ctx, 16); /* { dg-message "^pool_alloc\\(ctx, 16\\) does not escape$" } */
  p[0] = (char) k;
  int r = p[0];
  int rc = pool_release (ctx, p);
  return r + rc;
}

int
main (void)
{
  struct pool pool = { 0 };
  if (null_sizes () != 0)
    abort ();
  char *w = wait_alloc (16, 0); /* { dg-message "^moved to stack: wait_alloc\\(16, 0\\)$" } */
  w[0] = 1;
  free (w);
  if (released (&pool, 5) != 5 || pool.live != 0)
    abort ();
  puts ("ok");
  return 0;
}

void *
kr (n) /* { dg-message "^kr is an allocator \\(wraps malloc; size: n\\)$" } */
     signed char n;
{
  return malloc (n); /* { dg-message "^malloc\\(n\\) escapes to heap$" } */
}
