/* A failure path may re-enter.  xmalloc's calls out of memory call a hook
   through a pointer, and the hook calls work again: an allocation that
   fails at every level (xmalloc (huge) asks for too much each time) makes
   a recursion through the failure path, which the plain program runs
   with a few bytes of heap per level.  So work may be re-entered, and its
   buffers take their slots one activation at a time.  (The failure path
   of an allocation, in the function or in an allocator wrapper, once
   counted for nothing: a slot in every frame, and this program,
   60,000 levels deep, overflowed an 8 MB stack.)  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2" } */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ASan returns NULL for the huge request, as malloc does.  */
const char *__asan_default_options (void) { return "allocator_may_return_null=1"; }

void (*oom_hook) (void);
volatile size_t huge = (size_t) 1 << 62;

void *
xmalloc (size_t n) /* { dg-message "^xmalloc is an allocator \\(wraps malloc; size: n\\)$" } */
{
  void *p = malloc (n); /* { dg-message "^malloc\\(n\\) escapes to heap:$" } */
  /* { dg-message "^  flow: p = &\\{storage for malloc\\(n\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from p = malloc\\(n\\) \\(assign\\) at " "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{temp\\} = p:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from return p \\(assign\\) at " "" { target *-*-* } .-4 } */
  /* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } .-5 } */
  /* { dg-message "^    from return p \\(return\\) at " "" { target *-*-* } .-6 } */
  /* { dg-message "^malloc\\(n\\) escapes to heap$" "" { target *-*-* } .-7 } */
  if (!p)
    {
      oom_hook ();
      abort ();
    }
  return p;
}

int depth, limit;
long sum;

void
work (int d)
{
  char *buf = xmalloc (256); /* { dg-message "^moved to stack: xmalloc\\(256\\)$" } */
  /* { dg-message "^  one activation of work at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-1 } */
  /* { dg-message "^  work may be re-entered: through xmalloc, it calls through a pointer at line 35$" "" { target *-*-* } .-2 } */
  memset (buf, d & 0x7f, 256);
  sum += buf[d & 255];
  depth = d;
  if (d < limit)
    free (xmalloc (huge)); /* { dg-message "^moved to stack: xmalloc\\(huge\\)$" } */
  /* { dg-message "^  a 64-byte stack slot when it asks for at most that, the heap otherwise$" "" { target *-*-* } .-1 } */
  /* { dg-message "^  one activation of work at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  work may be re-entered: through xmalloc, it calls through a pointer at line 35$" "" { target *-*-* } .-3 } */
  free (buf);
}

static void
hook (void)
{
  work (depth + 1);
  printf ("%d %ld\n", depth, sum);
  exit (0);
}

int
main (void)
{
  limit = 2000;
  oom_hook = hook;
  work (0);
  return 1;
}
/* { dg-output "2000 125160\n" } */
