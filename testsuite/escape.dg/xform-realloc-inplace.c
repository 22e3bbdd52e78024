/* Growth in place: a buffer that realloc grows gets a slot of at least
   slot-size (64) bytes; a realloc to 1..64 bytes returns the slot itself
   (no heap, the bytes stay), a larger one moves the bytes to a new heap
   block once, and later reallocs are the C library's.  realloc (slot, 0)
   returns NULL.  A guarded slot grows in place the same way.  Counted
   with the program's own view: an address near a local is the slot.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2" } */
#include <stdlib.h>
#include <string.h>

static int
near (const void *p, const void *local) /* { dg-message "^p does not escape$" } */
/* { dg-message "^local does not escape$" "" { target *-*-* } .-1 } */
{
  long d = (long) ((const char *) p - (const char *) local);
  return d > -4096 && d < 4096;
}

/* 16 -> 32 -> 64 stay in the slot; 65 -> 200 -> 40 on the heap.  */
__attribute__ ((noinline)) static int
chain (void)
{
  char here;
  char *p = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  /* { dg-message "^  a 64-byte stack slot: realloc grows it in place up to that size, into a new heap block beyond$" "" { target *-*-* } .-1 } */
  if (!p)
    abort ();
  for (size_t k = 0; k < 16; k++)
    p[k] = (char) ('a' + k % 7);
  static const size_t sizes[] = { 32, 64, 65, 200, 40 };
  size_t have = 16;
  int in_slot = 0;
  for (unsigned i = 0; i < sizeof sizes / sizeof sizes[0]; i++)
    {
      size_t n = sizes[i];
      char *q = realloc (p, n); /* { dg-message "^realloc\\(p, n\\) escapes to heap:$" } */
      /* { dg-message "^  flow: q = &\\{storage for realloc\\(p, n\\)\\}:$" "" { target *-*-* } .-1 } */
      /* { dg-message "^    from q = realloc\\(p, n\\) \\(assign\\) at \[^ \]*:37:17$" "" { target *-*-* } .-2 } */
      /* { dg-message "^  flow: p = q:$" "" { target *-*-* } .-3 } */
      /* { dg-message "^    from p = q \\(assign\\) at \[^ \]*:55:9$" "" { target *-*-* } .-4 } */
      /* { dg-message "^  flow: p = p:$" "" { target *-*-* } .-5 } */
      /* { dg-message "^    from p \\(carried into the next loop iteration\\) at \[^ \]*:55:9$" "" { target *-*-* } .-6 } */
      /* { dg-message "^  reason: p keeps it past the loop iteration that allocated it$" "" { target *-*-* } .-7 } */
      /* { dg-message "^realloc\\(p, n\\) escapes to heap$" "" { target *-*-* } .-8 } */
      if (!q)
	abort ();
      for (size_t k = 0; k < (have < n ? have : n); k++)
	if (q[k] != (char) ('a' + k % 7))
	  return 1;
      for (size_t k = 0; k < n; k++)
	q[k] = (char) ('a' + k % 7);
      if (near (q, &here))
	in_slot |= 1 << i;
      p = q;
      have = n;
    }
  free (p);
  /* 32 and 64 in the slot (p itself), the rest on the heap.  */
  return in_slot != 3;
}

/* A guarded slot (run-time size) grows in place while it fits.  */
__attribute__ ((noinline)) static int
guarded (size_t n, size_t m)
{
  char here;
  char *p = malloc (n); /* { dg-message "^moved to stack: malloc\\(n\\)$" } */
  /* { dg-message "^  a 64-byte stack slot when it asks for at most that, the heap otherwise$" "" { target *-*-* } .-1 } */
  if (!p)
    abort ();
  memset (p, 'x', n);
  char *q = realloc (p, m); /* { dg-message "^realloc\\(p, m\\) does not escape$" } */
  /* { dg-message "^realloc\\(p, m\\) not moved to stack: only malloc, calloc and aligned_alloc move$" "" { target *-*-* } .-1 } */
  if (!q)
    abort ();
  int fits = m >= 1 && m <= 64 && n <= 64;
  if (near (q, &here) != fits)
    return 1;
  for (size_t k = 0; k < (n < m ? n : m); k++)
    if (q[k] != 'x')
      return 1;
  free (q);
  return 0;
}

/* realloc (slot, 0) is NULL; the slot must not be used afterwards.  */
__attribute__ ((noinline)) static int
to_zero (void)
{
  char *p = malloc (8); /* { dg-message "^moved to stack: malloc\\(8\\)$" } */
  /* { dg-message "^  a 64-byte stack slot: realloc grows it in place up to that size, into a new heap block beyond$" "" { target *-*-* } .-1 } */
  if (!p)
    abort ();
  p[0] = 1;
  char *q = realloc (p, 0); /* { dg-message "^realloc\\(p, 0\\) does not escape$" } */
  /* { dg-message "^realloc\\(p, 0\\) not moved to stack: only malloc, calloc and aligned_alloc move$" "" { target *-*-* } .-1 } */
  if (q)
    {
      free (q);
      return 1;
    }
  return 0;
}

int
main (void)
{
  if (chain ())
    abort ();
  for (size_t n = 1; n <= 80; n += 13)
    for (size_t m = 1; m <= 90; m += 11)
      if (guarded (n, m))
	abort ();
  if (to_zero ())
    abort ();
  return 0;
}
