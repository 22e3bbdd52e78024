/* A program that defines its own calloc: the C library's qsort may call
   it (glibc takes its allocator from the program), so handing qsort a
   comparator of this unit may re-enter the unit even when the
   comparator calls nothing, and the caller's object takes an owned slot
   (xform-callback.c: without the program's allocator, a fixed one).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2" } */
#include <stdlib.h>
#include <string.h>

void *
calloc (size_t n, size_t size)
{
  if (size && n > (size_t) -1 / size)
    return 0;
  void *p = malloc (n * size); /* { dg-message "^malloc\\(n \\* size\\) escapes to heap:$" } */
  /* { dg-message "^  flow: p = &\\{storage for malloc\\(n \\* size\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from p = malloc\\(n \\* size\\) \\(assign\\) at \[^ \]*:16:13$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{temp\\} = p:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from return p \\(assign\\) at \[^ \]*:28:10$" "" { target *-*-* } .-4 } */
  /* { dg-message "^  flow: \\{temp\\} = \\{temp\\}:$" "" { target *-*-* } .-5 } */
  /* { dg-message "^    from return p \\(where control flow merges\\) at \[^ \]*:28:10$" "" { target *-*-* } .-6 } */
  /* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } .-7 } */
  /* { dg-message "^    from return p \\(return\\)$" "" { target *-*-* } .-8 } */
  /* { dg-message "^malloc\\(n \\* size\\) escapes to heap$" "" { target *-*-* } .-9 } */
  if (p)
    memset (p, 0, n * size);
  return p;
}

static int
cmp_int (const void *a, const void *b) /* { dg-message "^a does not escape$" } */
/* { dg-message "^b does not escape$" "" { target *-*-* } .-1 } */
{
  int x = *(const int *) a, y = *(const int *) b;
  return (x > y) - (x < y);
}

int
smallest (const int *src, int n) /* { dg-message "^src does not escape$" } */
{
  int *v = malloc (8 * sizeof *v); /* { dg-message "^moved to stack: malloc\\(32\\)$" } */
  /* { dg-message "^  one activation of smallest at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-1 } */
  if (!v || n > 8)
    abort ();
  memcpy (v, src, n * sizeof *v);
  qsort (v, n, sizeof *v, cmp_int);
  int r = v[0];
  free (v);
  return r;
}

int
main (void)
{
  int src[8] = { 7, 5, 3, 1, 8, 6, 4, 2 };
  return smallest (src, 8) != 1;
}
/* { dg-message "  smallest may be re-entered: it calls qsort, which may call the program's own malloc" "" { target *-*-* } 42 } */
