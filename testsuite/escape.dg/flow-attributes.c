/* GCC's own allocator attributes on declarations whose bodies are in
   other files, as glib, gnulib and the kernel write them in headers:
   malloc makes a function an allocator (its calls are allocation sites),
   alloc_size gives the size, malloc (dealloc, N) the family.  GCC's malloc
   attribute promises a fresh pointer, not that the call has no other
   effect, so these sites are reported and never moved, and what such a
   call is given (the freed pointer too) escapes as an unknown function's
   arguments do; alloca, which GCC also marks malloc, stays a stack
   object.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2" } */

#include <stdlib.h>

void buf_free (void *p, int tag);
void *buf_new (int tag, size_t n)
  __attribute__ ((malloc, malloc (buf_free, 1), alloc_size (2)));
void *xmalloc (size_t n)
  __attribute__ ((malloc, malloc (free, 1), alloc_size (1)));
char *name_dup (const char *s) __attribute__ ((malloc));

void *keep;

int
use (const char *s, int n) /* { dg-message "^parameter s leaks to \\{heap\\} with derefs=0:$" } */
/* { dg-message "^  flow: \\{heap\\} = s:$" "" { target *-*-* } .-1 } */
/* { dg-message "^    from d = name_dup\\(s\\) \\(call parameter of name_dup, whose attributes say nothing of its arguments\\) at \[^ \]*:45:13$" "" { target *-*-* } .-2 } */
/* { dg-message "^leaking param: s$" "" { target *-*-* } .-3 } */
{
  char *b = buf_new (7, 40); /* { dg-message "^buf_new\\(7, 40\\) escapes to heap:$" } */
  /* { dg-message "^  flow: b = &\\{storage for buf_new\\(7, 40\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from b = buf_new\\(7, 40\\) \\(assign\\) at \[^ \]*:30:13$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{heap\\} = b:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from buf_free\\(b, 7\\) \\(call parameter of buf_free, whose attributes say nothing of its arguments\\) at \[^ \]*:51:3$" "" { target *-*-* } .-4 } */
  /* { dg-message "^buf_new\\(7, 40\\) escapes to heap$" "" { target *-*-* } .-5 } */
  char *x = xmalloc (16); /* { dg-message "^xmalloc\\(16\\) does not escape$" } */
  /* { dg-message "^xmalloc\\(16\\) not moved to stack: an allocator by its attributes only, which do not promise it does nothing else \\(declare it with -fplugin-arg-escape-allocator to move it\\)$" "" { target *-*-* } .-1 } */
  char *k = xmalloc (8); /* { dg-message "^xmalloc\\(8\\) escapes to heap:$" } */
  /* { dg-message "^  flow: k = &\\{storage for xmalloc\\(8\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from k = xmalloc\\(8\\) \\(assign\\) at \[^ \]*:38:13$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{heap\\} = k:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from keep = k \\(assign\\) at \[^ \]*:44:8$" "" { target *-*-* } .-4 } */
  /* { dg-message "^xmalloc\\(8\\) escapes to heap$" "" { target *-*-* } .-5 } */
  keep = k;
  char *d = name_dup (s); /* { dg-message "^name_dup\\(s\\) does not escape$" } */
  /* { dg-message "^name_dup\\(s\\) not moved to stack: an allocator by its attributes only, which do not promise it does nothing else \\(declare it with -fplugin-arg-escape-allocator to move it\\)$" "" { target *-*-* } .-1 } */
  char *a = __builtin_alloca (n); /* { dg-bogus "alloca" "a stack object, not an allocation site" } */
  a[0] = 1;
  b[0] = x[0] = d[0] = 2;
  int r = a[0] + b[0] + x[0] + d[0];
  buf_free (b, 7);
  free (x);
  free (d);
  return r;
}
