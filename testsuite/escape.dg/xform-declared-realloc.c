/* A declared reallocator, NAME:realloc(P,N):FREE_NAME:FREE_ARG: an object
   of its family that it grows moves, with room to grow in place; past the
   room the reallocator itself makes the new block from a NULL pointer
   (its own allocator and failure behaviour), and the slot's bytes are
   copied there.  The pool counts what it holds: every block it hands out
   is released through it.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2 -fplugin-arg-escape-allocator=pool_alloc:2:pool_free:2+pool_realloc:realloc(2,3):pool_free:2" } */
#include <stdlib.h>
#include <string.h>

struct pool
{
  long live, from_null;
};

__attribute__ ((noinline)) void *
pool_alloc (struct pool *c, size_t n) /* { dg-message "^c does not escape$" } */
{
  void *p = malloc (n); /* { dg-message "^malloc\\(n\\) escapes to heap:$" } */
  /* { dg-message "^  flow: p = &\\{storage for malloc\\(n\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from p = malloc\\(n\\) \\(assign\\) at \[^ \]*:20:13$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{temp\\} = p:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from return p \\(assign\\) at \[^ \]*:31:10$" "" { target *-*-* } .-4 } */
  /* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } .-5 } */
  /* { dg-message "^    from return p \\(return\\) at \[^ \]*:31:10$" "" { target *-*-* } .-6 } */
  /* { dg-message "^malloc\\(n\\) escapes to heap$" "" { target *-*-* } .-7 } */
  if (!p)
    abort ();
  c->live++;
  return p;
}

__attribute__ ((noinline)) void *
pool_realloc (struct pool *c, void *p, size_t n) /* { dg-message "^c does not escape$" } */
/* { dg-message "^parameter p leaks to \\{result\\} with derefs=0:$" "" { target *-*-* } .-1 } */
/* { dg-message "^  flow: p = p:$" "" { target *-*-* } .-2 } */
/* { dg-message "^    from p = realloc\\(p, n\\) \\(realloc may return its argument\\) at \[^ \]*:59:7$" "" { target *-*-* } .-3 } */
/* { dg-message "^  flow: \\{temp\\} = p:$" "" { target *-*-* } .-4 } */
/* { dg-message "^    from return p \\(assign\\) at \[^ \]*:71:10$" "" { target *-*-* } .-5 } */
/* { dg-message "^  flow: \\{temp\\} = \\{temp\\}:$" "" { target *-*-* } .-6 } */
/* { dg-message "^    from return p \\(where control flow merges\\) at \[^ \]*:71:10$" "" { target *-*-* } .-7 } */
/* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } .-8 } */
/* { dg-message "^    from return p \\(return\\)$" "" { target *-*-* } .-9 } */
/* { dg-message "^leaking param: p to result$" "" { target *-*-* } .-10 } */
{
  if (n == 0)
    {
      if (p)
	c->live--;
      free (p);
      return NULL;
    }
  if (!p)
    {
      c->live++;
      c->from_null++;
    }
  p = realloc (p, n); /* { dg-message "^realloc\\(p, n\\) escapes to heap:$" } */
  /* { dg-message "^  flow: p = &\\{storage for realloc\\(p, n\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from p = realloc\\(p, n\\) \\(assign\\) at \[^ \]*:59:7$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{temp\\} = p:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from return p \\(assign\\) at \[^ \]*:71:10$" "" { target *-*-* } .-4 } */
  /* { dg-message "^  flow: \\{temp\\} = \\{temp\\}:$" "" { target *-*-* } .-5 } */
  /* { dg-message "^    from return p \\(where control flow merges\\) at \[^ \]*:71:10$" "" { target *-*-* } .-6 } */
  /* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } .-7 } */
  /* { dg-message "^    from return p \\(return\\)$" "" { target *-*-* } .-8 } */
  /* { dg-message "^realloc\\(p, n\\) escapes to heap$" "" { target *-*-* } .-9 } */
  if (!p)
    abort ();
  return p;
}

__attribute__ ((noinline)) void
pool_free (struct pool *c, void *p) /* { dg-message "^c does not escape$" } */
/* { dg-message "^p does not escape$" "" { target *-*-* } .-1 } */
{
  if (p)
    c->live--;
  free (p);
}

static int
near (const void *p, const void *local) /* { dg-message "^p does not escape$" } */
/* { dg-message "^local does not escape$" "" { target *-*-* } .-1 } */
{
  long d = (long) ((const char *) p - (const char *) local);
  return d > -4096 && d < 4096;
}

/* Joins N copies of WORD with ','; returns whether the result stayed in
   the slot, or -1 if it is wrong.  */
__attribute__ ((noinline)) static int
join (struct pool *c, const char *word, int n) /* { dg-message "^c does not escape$" } */
/* { dg-message "^word does not escape$" "" { target *-*-* } .-1 } */
{
  char here;
  size_t cap = 8, len = 0, w = strlen (word);
  char *out = pool_alloc (c, cap); /* { dg-message "^moved to stack: pool_alloc\\(c, cap\\)$" } */
  /* { dg-message "^  a 64-byte stack slot: realloc grows it in place up to that size, into a new heap block beyond$" "" { target *-*-* } .-1 } */
  out[0] = '\0';
  for (int i = 0; i < n; i++)
    {
      if (len + w + 2 > cap)
	{
	  while (len + w + 2 > cap)
	    cap *= 2;
	  out = pool_realloc (c, out, cap); /* { dg-message "^pool_realloc\\(c, out, cap\\) escapes to heap:$" } */
	  /* { dg-message "^  flow: out = &\\{storage for pool_realloc\\(c, out, cap\\)\\}:$" "" { target *-*-* } .-1 } */
	  /* { dg-message "^    from out = pool_realloc\\(c, out, cap\\) \\(assign\\) at \[^ \]*:108:17$" "" { target *-*-* } .-2 } */
	  /* { dg-message "^  flow: out = out:$" "" { target *-*-* } .-3 } */
	  /* { dg-message "^    from out \\(where control flow merges\\) at \[^ \]*:108:17$" "" { target *-*-* } .-4 } */
	  /* { dg-message "^    from out \\(carried into the next loop iteration\\)$" "" { target *-*-* } .-5 } */
	  /* { dg-message "^  reason: out keeps it past the loop iteration that allocated it$" "" { target *-*-* } .-6 } */
	  /* { dg-message "^pool_realloc\\(c, out, cap\\) escapes to heap$" "" { target *-*-* } .-7 } */
	}
      if (i)
	out[len++] = ',';
      memcpy (out + len, word, w + 1);
      len += w;
    }
  int ok = len == (n ? n * (w + 1) - 1 : 0);
  for (size_t k = 0; ok && k < len; k++)
    ok = out[k] == ((k + 1) % (w + 1) == 0 ? ',' : word[k % (w + 1)]);
  int stayed = near (out, &here);
  pool_free (c, out);
  return ok ? stayed : -1;
}

int
main (void)
{
  struct pool c = { 0, 0 };
  /* "abc" x 16 = 63 bytes + NUL = 64: in the slot; x 17: out of it.  */
  for (int n = 0; n <= 40; n++)
    {
      long before = c.from_null;
      int r = join (&c, "abc", n);
      if (r < 0)
	abort ();
      if (r != (n * 4 <= 64))
	abort ();
      /* Outgrowing the slot asked the pool for a block from NULL.  */
      if ((c.from_null > before) != (n * 4 > 64))
	abort ();
    }
  if (c.live != 0)
    abort ();
  return 0;
}
