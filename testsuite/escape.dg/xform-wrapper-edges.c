/* Edges of allocator and deallocator wrappers, each found by a hunt for
   behaviour changes (each printed the wrong thing before its fix):
   - a deallocator that frees only sometimes: its deleted call must not end
     the slot's life (the object is used after it);
   - sizes through conversions that change the value (unsigned char 200
     as signed char is -56, malloc fails), and a K&R parameter that
     receives int 200 as signed char: not constant sizes;
   - a test of a narrowed copy of the pointer is not a NULL test, so the
     count it guards is an effect and the function no allocator;
   - failure tests written with __builtin_expect, and a failure path that
     hangs, are still failure paths.
   escape-no-asan: it needs malloc (SIZE_MAX - 55) to return NULL, which
   AddressSanitizer reports as an error instead.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m -w" } */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct buf { int keep; char text[28]; };

__attribute__ ((noinline)) void
release (struct buf *b) /* { dg-message "^release is a deallocator \\(frees b\\)$" } */
/* { dg-message "^b does not escape$" "" { target *-*-* } .-1 } */
{
  if (!b->keep)
    free (b);
}

__attribute__ ((noinline)) void
show (const char *s, const char *want) /* { dg-message "^s does not escape$" } */
/* { dg-message "^want does not escape$" "" { target *-*-* } .-1 } */
{
  if (strcmp (s, want) != 0)
    abort ();
}

int
kept (int argc)
{
  struct buf *b = malloc (sizeof *b); /* { dg-message "^moved to stack: malloc\\(32\\)$" } */
  if (!b)
    return 1;
  b->keep = 1;
  strcpy (b->text, "kept");
  release (b);			/* Frees nothing: keep is set.  */
  {
    volatile char other[32];
    for (int i = 0; i < 32; i++)
      other[i] = 'X';
    (void) other[argc];
  }
  show (b->text, "kept");
  b->keep = 0;
  release (b);
  return 0;
}

__attribute__ ((noinline)) void *
alloc_small (unsigned char n) /* { dg-message "^alloc_small is an allocator \\(wraps malloc; size: unknown\\)$" } */
{
  signed char k = (signed char) n;
  return malloc (k); /* { dg-message "^malloc\\(k\\) escapes to heap$" } */
}

void *small_alloc ();

int low_zero;

__attribute__ ((noinline)) void *
traced_alloc (size_t n)
{
  char *p = malloc (n); /* { dg-message "^malloc\\(n\\) escapes to heap$" } */
  if ((unsigned char) (uintptr_t) p == 0)
    low_zero++;			/* Runs on success too.  */
  return p;
}

#define unlikely(x) __builtin_expect (!!(x), 0)

void *
xm1 (size_t n) /* { dg-message "^xm1 is an allocator \\(wraps malloc; size: n\\)$" } */
{
  void *p = malloc (n); /* { dg-message "^malloc\\(n\\) escapes to heap$" } */
  if (unlikely (!p))
    abort ();
  return p;
}

void *
xm2 (size_t n) /* { dg-message "^xm2 is an allocator \\(wraps malloc; size: n\\)$" } */
{
  void *p = malloc (n); /* { dg-message "^malloc\\(n\\) escapes to heap$" } */
  if (!p)
    while (1)
      ;
  return p;
}

int
main (int argc, char **argv) /* { dg-message "^argv does not escape$" } */
{
  (void) argv;
  if (kept (argc) != 0)
    abort ();
  char *p = alloc_small (200); /* { dg-message "^alloc_small\\(200\\) does not escape$" } */
  if (p)
    abort ();			/* malloc (SIZE_MAX - 55) fails.  */
  char *q = small_alloc (200); /* { dg-message "^moved to stack: small_alloc\\(200\\)$" } */
  if (q)
    abort ();
  int expect_low = 0;
  for (int i = 0; i < 300; i++)
    {
      char *m = traced_alloc (32);
      if ((unsigned char) (uintptr_t) m == 0)
	expect_low++;
      m[0] = (char) i;
      free (m);
    }
  if (low_zero != expect_low)
    abort ();
  char *a = xm1 (8), *b = xm2 (8); /* { dg-message "^moved to stack: xm1\\(8\\)$" } */
/* { dg-message "^moved to stack: xm2\\(8\\)$" "" { target *-*-* } .-1 } */
  a[0] = b[0] = 1;
  int s = a[0] + b[0];
  free (a);
  free (b);
  return s - 2;
}

void *
small_alloc (n) /* { dg-message "^small_alloc is an allocator \\(wraps malloc; size: n\\)$" } */
     signed char n;
{
  return malloc (n); /* { dg-message "^malloc\\(n\\) escapes to heap$" } */
}
