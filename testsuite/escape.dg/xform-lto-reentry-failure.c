/* xform-reentry-failure-path.c across LTO partitions
   (-flto-partition=max): xmalloc, an allocator wrapper of another
   partition, calls oom on its failure path, which calls work again.  Its
   summary says it wraps malloc, not what its failure path calls, so work,
   calling it, may be re-entered, and its buffers take their slots one
   activation at a time.  (-fno-ipa-pure-const: GCC would give xmalloc the
   malloc attribute at -O2, from which lto1 takes it for an allocator by
   its attributes only, which moves nothing.)  */
/* { dg-do run } */
/* { dg-options "-flto -flto-partition=max -fno-ipa-pure-const -fplugin-arg-escape-transform -fplugin-arg-escape-m=2" } */
/* { dg-additional-sources "units/lto-oom-lib.c" } */
/* escape-O2-up: lto1's path of xmalloc's malloc has a temporary at -O0.  */
/* { dg-prune-output "lto-wrapper: (warning: using serial compilation|note: see the)" } */
/* { dg-message "^xmalloc is an allocator \\(wraps malloc; size: n\\)$" "" { target *-*-* } lto-oom-lib.c:9 } */
/* { dg-message "^malloc\\(n\\) escapes to heap:$" "" { target *-*-* } lto-oom-lib.c:11 } */
/* { dg-message "^  flow: p = &\\{storage for malloc\\(n\\)\\}:$" "" { target *-*-* } lto-oom-lib.c:11 } */
/* { dg-message "^    from p = malloc\\(n\\) \\(assign\\) at " "" { target *-*-* } lto-oom-lib.c:11 } */
/* { dg-message "^  flow: \\{result\\} = p:$" "" { target *-*-* } lto-oom-lib.c:11 } */
/* { dg-message "^    from return p \\(return\\) at " "" { target *-*-* } lto-oom-lib.c:11 } */
/* { dg-message "^malloc\\(n\\) escapes to heap$" "" { target *-*-* } lto-oom-lib.c:11 } */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ASan returns NULL for the huge request, as malloc does.  */
const char *__asan_default_options (void) { return "allocator_may_return_null=1"; }

void *xmalloc (size_t n);
extern volatile size_t huge;
static int depth, limit;
static long sum;

__attribute__ ((noinline)) void
work (int d)
{
  char *buf = xmalloc (256); /* { dg-message "^moved to stack: xmalloc\\(256\\)$" } */
  /* { dg-message "^  one activation of work at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-1 } */
  /* { dg-message "^  work may be re-entered: it calls xmalloc, which is compiled in another LTO partition$" "" { target *-*-* } .-2 } */
  memset (buf, d & 0x7f, 256);
  sum += buf[d & 255];
  depth = d;
  if (d < limit)
    free (xmalloc (huge)); /* { dg-message "^moved to stack: xmalloc\\(huge\\)$" } */
  /* { dg-message "^  a 64-byte stack slot when it asks for at most that, the heap otherwise$" "" { target *-*-* } .-1 } */
  /* { dg-message "^  one activation of work at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  work may be re-entered: it calls xmalloc, which is compiled in another LTO partition$" "" { target *-*-* } .-3 } */
  free (buf);
}

void
oom (void)
{
  work (depth + 1);
  printf ("%d %ld\n", depth, sum);
  exit (0);
}

int
main (void)
{
  limit = 2000;
  work (0);
  return 1;
}
/* { dg-output "2000 125160\n" } */
