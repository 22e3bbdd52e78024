/* Guarded slots: an allocation whose size is known only at run time gets
   a 64-byte stack slot used when the call asks for 1 to 64 bytes, and the
   heap otherwise.  Every release of such an object frees only what is not
   the slot; realloc grows a slot into a new heap block.  Sizes below, at
   and above the slot, zero, calloc's wrapping product, zeroing, growth and
   shrinking, every path out (a longjmp from a callee included), two slots
   live at once, loops, recursion, and addresses compared with heap ones.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2" } */
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* calloc's wrapping product fails under AddressSanitizer too.  */
const char *
__asan_default_options (void)
{
  return "allocator_may_return_null=1";
}

__attribute__ ((noinline)) static int
sum (const unsigned char *p, size_t n) /* { dg-message "^p does not escape$" } */
{
  int s = 0;
  for (size_t i = 0; i < n; i++)
    s += p[i];
  return s;
}

/* Below, at and above the slot; zero goes to the heap (malloc (0) is a
   unique pointer).  */
__attribute__ ((noinline)) static int
sizes (size_t n)
{
  unsigned char *p = malloc (n); /* { dg-message "^moved to stack: malloc\\(n\\)$" } */
  /* { dg-message "^  a 64-byte stack slot when it asks for at most that, the heap otherwise$" "" { target *-*-* } .-1 } */
  if (!p)
    abort ();
  memset (p, 3, n);
  int r = sum (p, n) == (int) (3 * n) ? 0 : 1;
  free (p);
  return r;
}

/* calloc: exactly the bytes asked for are zero, each time; a product that
   wraps must fail as calloc's does.  */
__attribute__ ((noinline)) static int
zeroed (size_t n, size_t m)
{
  unsigned char *p = calloc (n, m); /* { dg-message "^moved to stack: calloc\\(n, m\\)$" } */
  /* { dg-message "^  a 64-byte stack slot when it asks for at most that, the heap otherwise$" "" { target *-*-* } .-1 } */
  if (!p)
    return -1;
  int r = sum (p, n * m);
  memset (p, 7, n * m);		/* Dirty the slot for the next call.  */
  free (p);
  return r;
}

/* Growth: slot -> heap -> heap, shrinking, and realloc (p, 0).  */
__attribute__ ((noinline)) static int
grow (size_t start, size_t a, size_t b, size_t c)
{
  unsigned char *p = malloc (start); /* { dg-message "^moved to stack: malloc\\(start\\)$" } */
  /* { dg-message "^  a 64-byte stack slot when it asks for at most that, the heap otherwise$" "" { target *-*-* } .-1 } */
  if (!p)
    abort ();
  for (size_t i = 0; i < start; i++)
    p[i] = (unsigned char) i;
  size_t sizes[3] = { a, b, c };
  size_t have = start;
  for (int k = 0; k < 3; k++)
    {
      unsigned char *q = realloc (p, sizes[k]); /* { dg-message "^realloc\\(p, sizes\\\[k\\]\\) escapes to heap:$" } */
      /* { dg-message "^  flow: q = &\\{storage for realloc\\(p, sizes\\\[k\\]\\)\\}:$" "" { target *-*-* } .-1 } */
      /* { dg-message "^    from q = realloc\\(p, sizes\\\[k\\]\\) \\(assign\\) at \[^ \]*:75:26$" "" { target *-*-* } .-2 } */
      /* { dg-message "^  flow: p = q:$" "" { target *-*-* } .-3 } */
      /* { dg-message "^    from p = q \\(assign\\) at \[^ \]*:88:9$" "" { target *-*-* } .-4 } */
      /* { dg-message "^  flow: p = p:$" "" { target *-*-* } .-5 } */
      /* { dg-message "^    from p \\(carried into the next loop iteration\\) at \[^ \]*:88:9$" "" { target *-*-* } .-6 } */
      /* { dg-message "^  reason: p keeps it past the loop iteration that allocated it$" "" { target *-*-* } .-7 } */
      /* { dg-message "^realloc\\(p, sizes\\\[k\\]\\) escapes to heap$" "" { target *-*-* } .-8 } */
      if (sizes[k] == 0)
	return q == NULL ? 0 : 1;	/* p is gone, as with the library's.  */
      if (!q)
	abort ();
      p = q;
      size_t keep = have < sizes[k] ? have : sizes[k];
      for (size_t i = 0; i < keep; i++)
	if (p[i] != (unsigned char) i)
	  abort ();
      for (size_t i = keep; i < sizes[k]; i++)
	p[i] = (unsigned char) i;
      have = sizes[k];
    }
  free (p);
  return 0;
}

/* Released on every path, a longjmp from a callee into the frame
   included (its handler frees).  */
static jmp_buf env;

__attribute__ ((noinline)) static void
maybe_throw (int c)
{
  if (c)
    longjmp (env, 1);
}

__attribute__ ((noinline)) static int
paths (size_t n, int c)
{
  char *volatile s = NULL;
  if (setjmp (env))
    {
      free (s);
      return 2;
    }
  s = malloc (n); /* { dg-message "^moved to stack: malloc\\(n\\)$" } */
  /* { dg-message "^  a 64-byte stack slot when it asks for at most that, the heap otherwise$" "" { target *-*-* } .-1 } */
  if (!s)
    abort ();
  memset (s, 1, n);
  if (c == 1)
    {
      free (s);
      return 1;
    }
  maybe_throw (c == 3);
  free (s);
  return 0;
}

/* Two live at once: distinct, not overlapping.  */
__attribute__ ((noinline)) static int
two (size_t n, size_t m)
{
  unsigned char *a = malloc (n), *b = malloc (m); /* { dg-message "^moved to stack: malloc\\(n\\)$" } */
  /* { dg-message "^  a 64-byte stack slot when it asks for at most that, the heap otherwise$" "" { target *-*-* } .-1 } */
  /* { dg-message "^moved to stack: malloc\\(m\\)$" "" { target *-*-* } .-2 } */
  if (!a || !b)
    abort ();
  memset (a, 1, n);
  memset (b, 2, m);
  int bad = (a < b ? a + n > b : b + m > a) || sum (a, n) != (int) n
	    || sum (b, m) != (int) (2 * m);
  free (b);
  free (a);
  return bad;
}

/* In a loop, dying in its iteration: one slot serves every iteration.  */
__attribute__ ((noinline)) static int
loop_scratch (int iters, size_t n)
{
  int total = 0;
  for (int i = 0; i < iters; i++)
    {
      unsigned char *p = malloc (n + (size_t) (i & 1)); /* { dg-message "^moved to stack: malloc\\(n \\+ \\(i & 1\\)\\)$" } */
      /* { dg-message "^  a 64-byte stack slot when it asks for at most that, the heap otherwise$" "" { target *-*-* } .-1 } */
      if (!p)
	abort ();
      memset (p, 1, n);
      total += sum (p, n);
      free (p);
    }
  return total;
}

/* In a loop, kept past its iteration: it stays on the heap.  */
__attribute__ ((noinline)) static int
loop_kept (int iters, size_t n)
{
  unsigned char *prev = NULL;
  int total = 0;
  for (int i = 0; i < iters; i++)
    {
      unsigned char *p = malloc (n); /* { dg-message "^moved to stack: malloc\\(n\\)$" } */
      /* { dg-message "^  a pool of 16 stack slots of 64 bytes, one for each object that outlives its loop iteration, the heap once they are used up$" "" { target *-*-* } .-1 } */
      /* { dg-message "^  a 64-byte stack slot when it asks for at most that, the heap otherwise$" "" { target *-*-* } .-2 } */
      if (!p)
	abort ();
      memset (p, i & 0xff, n);
      if (prev)
	total += prev[0];
      free (prev);
      prev = p;
    }
  free (prev);
  return total;
}

/* A recursive function keeps its objects on the heap.  */
__attribute__ ((noinline)) static int
recurse (int depth, size_t n)
{
  char *p = malloc (n); /* { dg-message "^moved to stack: malloc\\(n\\)$" } */
  /* { dg-message "^  a 64-byte stack slot when it asks for at most that, the heap otherwise$" "" { target *-*-* } .-1 } */
  /* { dg-message "^  one activation of recurse at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-2 } */
  if (!p)
    abort ();
  memset (p, depth, n);
  int r = p[0] + (depth > 0 ? recurse (depth - 1, n) : 0);
  free (p);
  return r;
}

/* Compared with a heap object's address: never equal.  */
__attribute__ ((noinline)) static int
compare (size_t n)
{
  char *h = malloc (1000); /* { dg-message "^malloc\\(1000\\) does not escape$" } */
  /* { dg-message "^malloc\\(1000\\) not moved to stack: too large$" "" { target *-*-* } .-1 } */
  char *p = malloc (n); /* { dg-message "^moved to stack: malloc\\(n\\)$" } */
  /* { dg-message "^  a 64-byte stack slot when it asks for at most that, the heap otherwise$" "" { target *-*-* } .-1 } */
  if (!h || !p)
    abort ();
  int same = p == h;
  free (p);
  free (h);
  return same;
}

int
main (void)
{
  size_t ns[] = { 1, 2, 15, 16, 17, 63, 64, 65, 100, 4096 };
  for (int k = 0; k < 2; k++)
    for (size_t i = 0; i < sizeof ns / sizeof ns[0]; i++)
      if (sizes (ns[i]))
	abort ();
  if (sizes (0) != 0)
    abort ();
  for (int k = 0; k < 3; k++)
    if (zeroed (4, 16) != 0 || zeroed (8, 8) != 0 || zeroed (3, 7) != 0
	|| zeroed (65, 1) != 0 || zeroed (1, 200) != 0 || zeroed (0, 5) != 0)
      abort ();
  if (zeroed ((size_t) 1 << 62, 8) != -1
      || zeroed (SIZE_MAX / 2 + 2, 2) != -1)
    abort ();
  if (grow (10, 40, 100, 300) || grow (10, 64, 65, 8) || grow (60, 20, 10, 5)
      || grow (10, 100, 0, 5) || grow (8, 0, 1, 1) || grow (100, 10, 70, 2))
    abort ();
  for (int c = 0; c < 4; c++)
    for (size_t n = 8; n < 200; n += 60)
      if (paths (n, c) != (c == 3 ? 2 : c == 1 ? 1 : 0))
	abort ();
  if (two (16, 16) || two (64, 64) || two (64, 65) || two (200, 8))
    abort ();
  if (loop_scratch (1000, 32) != 1000 * 32
      || loop_scratch (10, 63) != 10 * 63 || loop_scratch (10, 100) != 1000)
    abort ();
  if (loop_kept (10, 8) != 36 || loop_kept (5, 100) != 6)
    abort ();
  if (recurse (50, 16) != 50 * 51 / 2)
    abort ();
  if (compare (8) || compare (64) || compare (65))
    abort ();
  return 0;
}
