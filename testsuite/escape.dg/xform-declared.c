/* Allocators the user declares in a file: a pair with a context argument
   (pool_alloc (ctx, n) / pool_release (ctx, p)), and a pair called through
   the fields of a hooks structure, as cJSON's global_hooks.  Their calls
   move like malloc, and their releases go with them.  An object of one
   family released by another family's deallocator stays on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2 -fplugin-arg-escape-allocators=@srcdir@/xform-declared.alloc" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct pool
{
  int live;			/* Objects handed out and not released.  */
};

/* Opaque to the analysis: their bodies are never looked at, the
   declaration is what counts.  */
__attribute__ ((noinline)) void *
pool_alloc (struct pool *ctx, unsigned long n) /* { dg-message "^ctx does not escape$" } */
{
  ctx->live++;
  return malloc (n); /* { dg-message "^malloc\\(n\\) escapes to heap:$" } */
/* { dg-message "^  flow: \\{temp\\} = &\\{storage for malloc\\(n\\)\\}:$" "" { target *-*-* } .-1 } */
/* { dg-message "^    from return malloc\\(n\\) \\(assign\\) at \[^ \]*:24:10$" "" { target *-*-* } .-2 } */
/* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } .-3 } */
/* { dg-message "^    from return malloc\\(n\\) \\(return\\) at \[^ \]*:24:10$" "" { target *-*-* } .-4 } */
/* { dg-message "^malloc\\(n\\) escapes to heap$" "" { target *-*-* } .-5 } */
}

__attribute__ ((noinline)) void
pool_release (struct pool *ctx, void *p) /* { dg-message "^ctx does not escape$" } */
/* { dg-message "^p does not escape$" "" { target *-*-* } .-1 } */
{
  ctx->live--;
  free (p);
}

struct hooks
{
  void *(*allocate) (size_t);
  void (*deallocate) (void *);
};

static struct hooks hooks = { malloc, free };

int
sum (struct pool *pool, int k) /* { dg-message "^pool does not escape$" } */
{
  int *a = pool_alloc (pool, 8 * sizeof (int)); /* { dg-message "^moved to stack: pool_alloc\\(pool, 32\\)$" } */
  char *b = hooks.allocate (24); /* { dg-message "^moved to stack: hooks.allocate\\(24\\)$" } */
  char *c = hooks.allocate (16); /* { dg-message "^hooks.allocate\\(16\\) does not escape$" } */
/* { dg-message "^hooks.allocate\\(16\\) not moved to stack: freed by a deallocator of another family$" "" { target *-*-* } .-1 } */
  for (int i = 0; i < 8; i++)
    a[i] = k;
  memset (b, 1, 24);
  memset (c, 2, 16);
  int r = a[7] + b[23] + c[15];
  pool_release (pool, a);
  hooks.deallocate (b);
  free (c);
  return r;
}

int
main (void)
{
  struct pool pool = { 0 };
  if (sum (&pool, 3) != 3 + 1 + 2)
    abort ();
  /* The moved pair's calls are both gone, or both there.  */
  if (pool.live != 0)
    abort ();
  puts ("ok");
  return 0;
}
