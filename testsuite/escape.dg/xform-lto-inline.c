/* Under -flto, lto1 inlines one unit's functions into another's: here
   sum4 and sum4_inline (units/lto-helpers.c) into a recursive function,
   where slots inlined into every activation would overflow a 256 KiB
   thread stack that the plain build fits in.  The transform runs in lto1
   after the inliner (lto-pass.cc), so it sees the recursion: sum4's
   objects take slots that one activation of rec at a time owns, and
   sum4_inline's, in the same frame, do not fit the frame's budget.
   escape-O2-up: at -O0 GCC inlines neither, and each keeps its slots in
   its own frame (xform-lto-recursion.c covers a cross-unit cycle there).
   escape-no-asan: ASan's redzones alone exceed the 256 KiB stack.  */
/* { dg-do run } */
/* { dg-options "-flto -fplugin-arg-escape-transform -fplugin-arg-escape-m=2 -pthread" } */
/* { dg-additional-sources "units/lto-helpers.c" } */
/* { dg-message "^p does not escape$" "" { target *-*-* } lto-helpers.c:8 } */
/* { dg-message "^moved to stack: malloc\\(256\\)$" "" { target *-*-* } lto-helpers.c:19 } */
/* { dg-message "^  one activation of rec at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } lto-helpers.c:19 } */
/* { dg-message "^moved to stack: malloc\\(256\\)$" "" { target *-*-* } lto-helpers.c:20 } */
/* { dg-message "^  one activation of rec at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } lto-helpers.c:20 } */
/* { dg-message "^malloc\\(256\\) does not escape$" "" { target *-*-* } lto-helpers.c:37 } */
/* { dg-message "^malloc\\(256\\) not moved to stack: over the frame budget$" "" { target *-*-* } lto-helpers.c:37 } */
/* { dg-message "^malloc\\(256\\) does not escape$" "" { target *-*-* } lto-helpers.c:38 } */
/* { dg-message "^malloc\\(256\\) not moved to stack: over the frame budget$" "" { target *-*-* } lto-helpers.c:38 } */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>

int sum4 (int k);
int sum4_inline (int k);

static int rec (int n);

/* Keeps the recursion a recursion at -O2 (no accumulator loop).  */
__attribute__ ((noinline, noclone)) static int
deeper (int n)
{
  return rec (n - 1);
}

static int
rec (int n)
{
  int s = sum4 (1) + sum4_inline (1);
  return n ? s + deeper (n) : s;
}

static void *
run (void *arg) /* { dg-message "^arg does not escape$" } */
{
  *(int *) arg = rec (1500);
  return NULL;
}

int
main (void)
{
  pthread_attr_t attr;
  pthread_t t;
  int r = 0;
  pthread_attr_init (&attr);
  pthread_attr_setstacksize (&attr, 256 * 1024);
  if (pthread_create (&t, &attr, run, &r) || pthread_join (t, NULL))
    abort ();
  if (r != 1501 * 2 * 7)
    abort ();
  return 0;
}
