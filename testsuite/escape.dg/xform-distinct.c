/* Objects live at the same time get distinct, non-overlapping slots, also
   zero-sized ones (malloc (0) returns a unique pointer).  Addresses are
   compared with != only: converting a pointer to an integer makes it
   escape.  Overlap would show as one object's bytes changing when another
   is written.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2" } */
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) static int
filled (const unsigned char *p, int n, int v) /* { dg-message "^p does not escape$" } */
{
  for (int i = 0; i < n; i++)
    if (p[i] != v)
      return 0;
  return 1;
}

static int
five_live (void)
{
  unsigned char *a = malloc (1); /* { dg-message "^moved to stack: malloc\\(1\\)$" } */
  unsigned char *b = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  unsigned char *c = calloc (3, 7); /* { dg-message "^moved to stack: calloc\\(3, 7\\)$" } */
  unsigned char *d = aligned_alloc (32, 64); /* { dg-message "^moved to stack: aligned_alloc\\(32, 64\\)$" } */
  unsigned char *e = malloc (100); /* { dg-message "^moved to stack: malloc\\(100\\)$" } */
  if (!a || !b || !c || !d || !e)
    return 1;
  if (a == b || a == c || a == d || a == e || b == c || b == d || b == e
      || c == d || c == e || d == e)
    return 1;
  memset (a, 0x11, 1);
  memset (b, 0x12, 16);
  memset (c, 0x13, 21);
  memset (d, 0x14, 64);
  memset (e, 0x15, 100);
  if (!filled (a, 1, 0x11) || !filled (b, 16, 0x12) || !filled (c, 21, 0x13)
      || !filled (d, 64, 0x14) || !filled (e, 100, 0x15))
    return 1;
  free (e);
  free (d);
  free (c);
  free (b);
  free (a);
  return 0;
}

/* malloc (0): each call a distinct pointer, none NULL here (glibc never
   returns NULL for it either).  They stay: no slot has zero bytes, and a
   one-byte slot would change what __builtin_object_size says.  */
static int
zero_sized (void)
{
  char *p = malloc (0); /* { dg-message "^malloc\\(0\\) does not escape$" } */
  /* { dg-message "^malloc\\(0\\) not moved to stack: zero size \\(no stack slot is the unique empty object malloc \\(0\\) returns\\)$" "" { target *-*-* } .-1 } */
  char *q = malloc (0); /* { dg-message "^malloc\\(0\\) does not escape$" } */
  /* { dg-message "^malloc\\(0\\) not moved to stack: zero size \\(no stack slot is the unique empty object malloc \\(0\\) returns\\)$" "" { target *-*-* } .-1 } */
  char *r = calloc (0, 0); /* { dg-message "^calloc\\(0, 0\\) does not escape$" } */
  /* { dg-message "^calloc\\(0, 0\\) not moved to stack: zero size \\(no stack slot is the unique empty object malloc \\(0\\) returns\\)$" "" { target *-*-* } .-1 } */
  int bad = !p || !q || !r || p == q || q == r || p == r;
  free (p);
  free (q);
  free (r);
  return bad;
}

/* Distinct from a heap object and from a local array too.  */
static int
versus_others (int n)
{
  unsigned char local[16];
  unsigned char *h = malloc (n); /* { dg-message "^moved to stack: malloc\\(n\\)$" } */
  /* { dg-message "^  a 64-byte stack slot when it asks for at most that, the heap otherwise$" "" { target *-*-* } .-1 } */
  unsigned char *s = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  if (!h || !s || s == h || s == local)
    return 1;
  memset (local, 1, 16);
  memset (h, 2, n);
  memset (s, 3, 16);
  int bad = !filled (local, 16, 1) || !filled (h, n, 2) || !filled (s, 16, 3);
  free (s);
  free (h);
  return bad;
}

int
main (void)
{
  if (five_live ())
    abort ();
  if (zero_sized ())
    abort ();
  if (versus_others (16))
    abort ();
  return 0;
}
