/* Under -flto, a unit's functions may be inlined into another unit's,
   which this unit cannot see: here into a recursive function, where slots
   inlined into every activation would overflow a 256 KiB thread stack
   that the plain build fits in.  A function with slots is kept out of
   line (noinline) under -flto; an always_inline one keeps its objects on
   the heap instead.
   escape-no-asan: ASan's redzones alone exceed the 256 KiB stack.  */
/* { dg-do run } */
/* { dg-options "-flto -fplugin-arg-escape-transform -fplugin-arg-escape-m=2 -pthread" } */
/* { dg-additional-sources "units/lto-helpers.c" } */
/* { dg-message "^p does not escape$" "" { target *-*-* } lto-helpers.c:8 } */
/* { dg-message "^moved to stack: malloc\\(256\\)$" "" { target *-*-* } lto-helpers.c:19 } */
/* { dg-message "^moved to stack: malloc\\(256\\)$" "" { target *-*-* } lto-helpers.c:20 } */
/* { dg-message "^malloc\\(256\\) does not escape$" "" { target *-*-* } lto-helpers.c:37 } */
/* { dg-message "^malloc\\(256\\) not moved to stack: an always_inline function under -flto, which another unit may inline into a recursive function$" "" { target *-*-* } lto-helpers.c:37 } */
/* { dg-message "^malloc\\(256\\) does not escape$" "" { target *-*-* } lto-helpers.c:38 } */
/* { dg-message "^malloc\\(256\\) not moved to stack: an always_inline function under -flto, which another unit may inline into a recursive function$" "" { target *-*-* } lto-helpers.c:38 } */
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
