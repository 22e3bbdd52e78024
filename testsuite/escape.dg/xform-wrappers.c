/* Allocator and deallocator wrappers found in the body: their calls are
   allocation sites and frees of the callers, and move like malloc.  A
   wrapper of a wrapper is one too; an out-of-memory path that aborts is
   the failure path, which a stack slot never takes; a wrapper that also
   registers the pointer is not an allocator.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noreturn, noinline)) static void
out_of_memory (unsigned long n)
{
  fprintf (stderr, "out of memory (%lu bytes)\n", n);
  abort ();
}

void *
xmalloc (unsigned long size) /* { dg-message "^xmalloc is an allocator \\(wraps malloc; size: size, at least 1\\)$" } */
{
  void *ptr = malloc (size ? size : 1); /* { dg-message "^malloc\\(\\{temp\\}\\) escapes to heap$" } */
  if (!ptr && size)
    out_of_memory (size);
  return ptr;
}

void *
xmalloc_twice (unsigned long n) /* { dg-message "^xmalloc_twice is an allocator \\(wraps malloc; size: n, at least 1\\)$" } */
{
  return xmalloc (n); /* { dg-message "^xmalloc\\(n\\) escapes to heap$" } */
}

void *
xcalloc (unsigned long n, unsigned long size) /* { dg-message "^xcalloc is an allocator \\(wraps calloc; size: n times size\\)$" } */
{
  void *p = calloc (n, size); /* { dg-message "^calloc\\(n, size\\) escapes to heap$" } */
  if (p == NULL)
    out_of_memory (n * size);
  return p;
}

void
xfree (void *p) /* { dg-message "^xfree is a deallocator \\(frees p\\)$" } */
/* { dg-message "^p does not escape$" "" { target *-*-* } .-1 } */
{
  if (p)
    free (p);
}

void
xfree_twice (void *p) /* { dg-message "^xfree_twice is a deallocator \\(frees p\\)$" } */
/* { dg-message "^p does not escape$" "" { target *-*-* } .-1 } */
{
  xfree (p);
}

void *registry[8];
int nregistered;

/* Keeps the pointer: its memory outlives every caller.  */
void *
xmalloc_registered (unsigned long n)
{
  void *p = malloc (n); /* { dg-message "^malloc\\(n\\) escapes to heap$" } */
  if (!p)
    out_of_memory (n);
  registry[nregistered++] = p;
  return p;
}

int
use (int k)
{
  char *a = xmalloc (32); /* { dg-message "^moved to stack: xmalloc\\(32\\)$" } */
  int *b = xmalloc_twice (4 * sizeof (int)); /* { dg-message "^moved to stack: xmalloc_twice\\(16\\)$" } */
  long *c = xcalloc (4, sizeof (long)); /* { dg-message "^moved to stack: xcalloc\\(4, 8\\)$" } */
  char *d = xmalloc_registered (16);
  memset (a, k, 32);
  for (int i = 0; i < 4; i++)
    b[i] = k + i;
  d[0] = (char) k;
  int r = a[31] + b[3] + (int) c[3] + d[0];
  xfree (a);
  xfree_twice (b);
  free (c);
  return r;
}

int
main (void)
{
  int r = use (5);
  if (r != 5 + 8 + 0 + 5 || nregistered != 1 || ((char *) registry[0])[0] != 5)
    abort ();
  free (registry[0]);
  puts ("ok");
  return 0;
}
