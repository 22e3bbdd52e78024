/* A call-graph cycle gets at most 64 owned copies (ESC_MAX_CYCLE_COPIES,
   core/transform.h), the first functions in source order: each copy is a
   function GCC cannot inline into the cycle, and GCC's modref over a
   cycle of thousands of them grows faster than the cycle.  f0 ... f63
   move their object into owned slots; f64 and f65, recursive like them,
   keep it on the heap, with a reason of their own.  Run: every function's
   owner activation has its object on its own stack, except f64's and
   f65's, and the cycle, gone round three times, computes what it would
   without the transform.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2 -pthread" } */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdlib.h>

/* On this thread's stack.  (Not under AddressSanitizer, whose frames may
   live on a fake stack.)  */
#ifdef __SANITIZE_ADDRESS__
#define NEAR_WORKS 0
#else
#define NEAR_WORKS 1
#endif

__attribute__ ((noinline)) static int
near (const void *p) /* { dg-message "^p does not escape$" } */
{
  pthread_attr_t a;
  void *base;
  size_t size;
  if (pthread_getattr_np (pthread_self (), &a)
      || pthread_attr_getstack (&a, &base, &size))
    abort ();
  pthread_attr_destroy (&a);
  long d = (long) ((const char *) p - (const char *) base);
  return d >= 0 && (size_t) d < size;
}

static int stack_seen[66], heap_seen[66];

__attribute__ ((noinline)) static void
record (int f, const long *q) /* { dg-message "^q does not escape$" } */
{
  if (near (q))
    stack_seen[f] = 1;
  else
    heap_seen[f] = 1;
}

static long f0 (const long *p, int k);
static long f1 (const long *p, int k);
static long f2 (const long *p, int k);
static long f3 (const long *p, int k);
static long f4 (const long *p, int k);
static long f5 (const long *p, int k);
static long f6 (const long *p, int k);
static long f7 (const long *p, int k);
static long f8 (const long *p, int k);
static long f9 (const long *p, int k);
static long f10 (const long *p, int k);
static long f11 (const long *p, int k);
static long f12 (const long *p, int k);
static long f13 (const long *p, int k);
static long f14 (const long *p, int k);
static long f15 (const long *p, int k);
static long f16 (const long *p, int k);
static long f17 (const long *p, int k);
static long f18 (const long *p, int k);
static long f19 (const long *p, int k);
static long f20 (const long *p, int k);
static long f21 (const long *p, int k);
static long f22 (const long *p, int k);
static long f23 (const long *p, int k);
static long f24 (const long *p, int k);
static long f25 (const long *p, int k);
static long f26 (const long *p, int k);
static long f27 (const long *p, int k);
static long f28 (const long *p, int k);
static long f29 (const long *p, int k);
static long f30 (const long *p, int k);
static long f31 (const long *p, int k);
static long f32 (const long *p, int k);
static long f33 (const long *p, int k);
static long f34 (const long *p, int k);
static long f35 (const long *p, int k);
static long f36 (const long *p, int k);
static long f37 (const long *p, int k);
static long f38 (const long *p, int k);
static long f39 (const long *p, int k);
static long f40 (const long *p, int k);
static long f41 (const long *p, int k);
static long f42 (const long *p, int k);
static long f43 (const long *p, int k);
static long f44 (const long *p, int k);
static long f45 (const long *p, int k);
static long f46 (const long *p, int k);
static long f47 (const long *p, int k);
static long f48 (const long *p, int k);
static long f49 (const long *p, int k);
static long f50 (const long *p, int k);
static long f51 (const long *p, int k);
static long f52 (const long *p, int k);
static long f53 (const long *p, int k);
static long f54 (const long *p, int k);
static long f55 (const long *p, int k);
static long f56 (const long *p, int k);
static long f57 (const long *p, int k);
static long f58 (const long *p, int k);
static long f59 (const long *p, int k);
static long f60 (const long *p, int k);
static long f61 (const long *p, int k);
static long f62 (const long *p, int k);
static long f63 (const long *p, int k);
static long f64 (const long *p, int k);
static long f65 (const long *p, int k);
static long f0 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (0, q); long r = f1 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f0 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f1 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (1, q); long r = f2 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f1 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f2 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (2, q); long r = f3 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f2 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f3 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (3, q); long r = f4 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f3 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f4 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (4, q); long r = f5 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f4 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f5 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (5, q); long r = f6 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f5 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f6 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (6, q); long r = f7 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f6 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f7 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (7, q); long r = f8 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f7 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f8 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (8, q); long r = f9 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f8 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f9 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (9, q); long r = f10 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f9 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f10 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (10, q); long r = f11 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f10 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f11 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (11, q); long r = f12 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f11 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f12 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (12, q); long r = f13 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f12 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f13 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (13, q); long r = f14 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f13 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f14 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (14, q); long r = f15 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f14 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f15 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (15, q); long r = f16 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f15 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f16 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (16, q); long r = f17 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f16 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f17 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (17, q); long r = f18 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f17 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f18 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (18, q); long r = f19 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f18 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f19 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (19, q); long r = f20 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f19 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f20 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (20, q); long r = f21 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f20 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f21 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (21, q); long r = f22 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f21 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f22 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (22, q); long r = f23 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f22 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f23 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (23, q); long r = f24 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f23 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f24 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (24, q); long r = f25 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f24 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f25 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (25, q); long r = f26 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f25 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f26 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (26, q); long r = f27 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f26 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f27 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (27, q); long r = f28 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f27 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f28 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (28, q); long r = f29 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f28 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f29 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (29, q); long r = f30 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f29 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f30 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (30, q); long r = f31 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f30 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f31 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (31, q); long r = f32 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f31 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f32 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (32, q); long r = f33 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f32 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f33 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (33, q); long r = f34 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f33 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f34 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (34, q); long r = f35 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f34 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f35 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (35, q); long r = f36 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f35 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f36 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (36, q); long r = f37 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f36 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f37 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (37, q); long r = f38 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f37 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f38 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (38, q); long r = f39 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f38 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f39 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (39, q); long r = f40 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f39 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f40 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (40, q); long r = f41 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f40 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f41 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (41, q); long r = f42 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f41 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f42 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (42, q); long r = f43 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f42 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f43 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (43, q); long r = f44 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f43 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f44 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (44, q); long r = f45 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f44 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f45 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (45, q); long r = f46 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f45 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f46 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (46, q); long r = f47 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f46 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f47 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (47, q); long r = f48 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f47 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f48 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (48, q); long r = f49 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f48 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f49 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (49, q); long r = f50 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f49 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f50 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (50, q); long r = f51 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f50 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f51 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (51, q); long r = f52 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f51 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f52 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (52, q); long r = f53 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f52 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f53 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (53, q); long r = f54 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f53 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f54 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (54, q); long r = f55 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f54 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f55 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (55, q); long r = f56 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f55 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f56 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (56, q); long r = f57 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f56 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f57 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (57, q); long r = f58 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f57 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f58 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (58, q); long r = f59 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f58 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f59 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (59, q); long r = f60 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f59 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f60 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (60, q); long r = f61 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f60 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f61 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (61, q); long r = f62 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f61 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f62 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (62, q); long r = f63 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f62 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f63 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (63, q); long r = f64 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^moved to stack: malloc\\(8\\)$" "" { target *-*-* } .-1 } */
/* { dg-message "^  one activation of f63 at a time takes its slot" "" { target *-*-* } .-2 } */
static long f64 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (64, q); long r = f65 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^malloc\\(8\\) does not escape$" "" { target *-*-* } .-1 } */
/* { dg-message "^malloc\\(8\\) not moved to stack: recursive function in a call-graph cycle whose other functions have the most owned copies one cycle gets \\(64\\)$" "" { target *-*-* } .-2 } */
static long f65 (const long *p, int k) { if (k <= 0) return *p; long *q = malloc (sizeof *q); *q = *p + 1; record (65, q); long r = f0 (q, k - 1); free (q); return r; } /* { dg-message "p does not escape" } */
/* { dg-message "^malloc\\(8\\) does not escape$" "" { target *-*-* } .-1 } */
/* { dg-message "^malloc\\(8\\) not moved to stack: recursive function in a call-graph cycle whose other functions have the most owned copies one cycle gets \\(64\\)$" "" { target *-*-* } .-2 } */

int
main (void)
{
  long x = 5;
  if (f0 (&x, 3 * 66) != 5 + 3 * 66)
    abort ();
  for (int i = 0; i < 66; i++)
    {
      /* The owner of f_i's slot is its first activation; the later ones,
	 two more rounds down, use the heap.  */
      if (!heap_seen[i])
	abort ();
      if (NEAR_WORKS && stack_seen[i] != (i < 64))
	abort ();
    }
  return 0;
}
/* { dg-message "  f0 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 115 } */
/* { dg-message "  f1 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 118 } */
/* { dg-message "  f2 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 121 } */
/* { dg-message "  f3 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 124 } */
/* { dg-message "  f4 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 127 } */
/* { dg-message "  f5 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 130 } */
/* { dg-message "  f6 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 133 } */
/* { dg-message "  f7 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 136 } */
/* { dg-message "  f8 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 139 } */
/* { dg-message "  f9 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 142 } */
/* { dg-message "  f10 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 145 } */
/* { dg-message "  f11 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 148 } */
/* { dg-message "  f12 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 151 } */
/* { dg-message "  f13 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 154 } */
/* { dg-message "  f14 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 157 } */
/* { dg-message "  f15 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 160 } */
/* { dg-message "  f16 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 163 } */
/* { dg-message "  f17 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 166 } */
/* { dg-message "  f18 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 169 } */
/* { dg-message "  f19 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 172 } */
/* { dg-message "  f20 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 175 } */
/* { dg-message "  f21 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 178 } */
/* { dg-message "  f22 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 181 } */
/* { dg-message "  f23 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 184 } */
/* { dg-message "  f24 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 187 } */
/* { dg-message "  f25 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 190 } */
/* { dg-message "  f26 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 193 } */
/* { dg-message "  f27 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 196 } */
/* { dg-message "  f28 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 199 } */
/* { dg-message "  f29 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 202 } */
/* { dg-message "  f30 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 205 } */
/* { dg-message "  f31 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 208 } */
/* { dg-message "  f32 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 211 } */
/* { dg-message "  f33 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 214 } */
/* { dg-message "  f34 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 217 } */
/* { dg-message "  f35 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 220 } */
/* { dg-message "  f36 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 223 } */
/* { dg-message "  f37 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 226 } */
/* { dg-message "  f38 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 229 } */
/* { dg-message "  f39 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 232 } */
/* { dg-message "  f40 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 235 } */
/* { dg-message "  f41 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 238 } */
/* { dg-message "  f42 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 241 } */
/* { dg-message "  f43 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 244 } */
/* { dg-message "  f44 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 247 } */
/* { dg-message "  f45 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 250 } */
/* { dg-message "  f46 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 253 } */
/* { dg-message "  f47 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 256 } */
/* { dg-message "  f48 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 259 } */
/* { dg-message "  f49 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 262 } */
/* { dg-message "  f50 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 265 } */
/* { dg-message "  f51 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 268 } */
/* { dg-message "  f52 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 271 } */
/* { dg-message "  f53 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 274 } */
/* { dg-message "  f54 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 277 } */
/* { dg-message "  f55 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 280 } */
/* { dg-message "  f56 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 283 } */
/* { dg-message "  f57 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 286 } */
/* { dg-message "  f58 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 289 } */
/* { dg-message "  f59 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 292 } */
/* { dg-message "  f60 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 295 } */
/* { dg-message "  f61 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 298 } */
/* { dg-message "  f62 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 301 } */
/* { dg-message "  f63 may be re-entered: through record, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 304 } */
