/* A deallocator call that may throw (-fexceptions, inside a cleanup
   scope) is not deleted: its exception edge would be left behind (GCC
   stopped with "BB cannot throw but has an EH edge" at -O0 -fchecking).
   What it frees then stays on the heap.  Whether GCC thinks the call may
   throw depends on the -O level here, so both verdicts are accepted; the
   point is -fchecking and the run.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m -fplugin-arg-escape-allocator=scoped_alloc:2:scoped_release:2 -fexceptions" } */
/* { dg-prune-output "not moved to stack: (the call may throw|a deallocator call that cannot be deleted)" } */

#include <stdlib.h>

struct pool { int live; };

void *scoped_alloc (struct pool *ctx, size_t n) __attribute__ ((nothrow));
void scoped_release (struct pool *ctx, void *p);

static void
done (int *g) /* { dg-message "^g does not escape$" } */
{
  (void) g;
}

static int
cleanup_scope (struct pool *ctx, int k) /* { dg-message "^ctx does not escape$" } */
{
  int guard __attribute__ ((cleanup (done))) = k;
  char *p = scoped_alloc (ctx, 16); /* { dg-message "^(moved to stack: scoped_alloc\\(ctx, 16\\)|scoped_alloc\\(ctx, 16\\) does not escape)$" } */
  p[0] = (char) k;
  int r = p[0];
  scoped_release (ctx, p);
  return r;
}

int
main (void)
{
  struct pool pool = { 0 };
  if (cleanup_scope (&pool, 7) != 7 || pool.live != 0)
    abort ();
  return 0;
}

__attribute__ ((noinline)) void *
scoped_alloc (struct pool *ctx, size_t n) /* { dg-message "^ctx does not escape$" } */
{
  ctx->live++;
  return malloc (n); /* { dg-message "^malloc\\(n\\) escapes to heap$" } */
}

__attribute__ ((noinline)) void
scoped_release (struct pool *ctx, void *p) /* { dg-message "^ctx does not escape$" } */
/* { dg-message "^p does not escape$" "" { target *-*-* } .-1 } */
{
  ctx->live--;
  free (p);
}
