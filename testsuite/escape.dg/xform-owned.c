/* Owned slots (core/transform.h): in a recursive or re-entered function,
   one activation per thread at a time takes the slots, the others use the
   heap.  Checked from the program's side: which activation's object is on
   its own stack, how deep recursion gets on a small stack, threads each
   with their own owner, a longjmp out of the owner (later activations,
   deeper or shallower, still work), a longjmp back into the owner (its
   slot survives), alignment, and a function with a VLA.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2 -pthread" } */
#define _GNU_SOURCE
#include <pthread.h>
#include <setjmp.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* The longjmp out of thrower () leaks its heap objects, as it would
   without the transform.  */
const char *
__asan_default_options (void)
{
  return "detect_leaks=0";
}

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

static int on_stack;

/* 256 bytes per level: 20000 levels moved statically would need 5 MB.  */
__attribute__ ((noinline)) static long
deep (int n)
{
  if (n == 0)
    return 0;
  unsigned char *p = malloc (256); /* { dg-message "^moved to stack: malloc\\(256\\)$" } */
  /* { dg-message "^  one activation of deep at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-1 } */
  if (!p)
    abort ();
  memset (p, n & 0x7f, 256);
  on_stack += near (p);
  long r = deep (n - 1) + p[n & 0xff];
  free (p);
  return r;
}

static void *
deep_thread (void *arg) /* { dg-message "^arg does not escape$" } */
{
  (void) arg;
  on_stack = 0;
  long want = 0;
  for (int n = 1; n <= 20000; n++)
    want += n & 0x7f;
  if (deep (20000) != want)
    abort ();
  return NULL;
}

/* Threads: each outermost activation owns its thread's slot.  */
static __thread int mine;

__attribute__ ((noinline)) static int
twice (int n)
{
  char *p = malloc (32); /* { dg-message "^moved to stack: malloc\\(32\\)$" } */
  /* { dg-message "^  one activation of twice at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-1 } */
  if (!p)
    abort ();
  p[0] = (char) n;
  mine += near (p);
  int r = n ? twice (n - 1) + p[0] : p[0];
  free (p);
  return r;
}

static void *
twice_thread (void *arg) /* { dg-message "^arg does not escape$" } */
{
  (void) arg;
  for (int i = 0; i < 1000; i++)
    {
      mine = 0;
      if (twice (3) != 6 || (NEAR_WORKS && mine != 1))
	abort ();
    }
  return NULL;
}

/* A longjmp out of the owner; later activations must not believe the
   dead owner alive forever, and must work wherever they run.  */
static jmp_buf out;

__attribute__ ((noinline)) static int
thrower (int n, int jump)
{
  char *p = malloc (48); /* { dg-message "^moved to stack: malloc\\(48\\)$" } */
  /* { dg-message "^  one activation of thrower at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-1 } */
  if (!p)
    abort ();
  memset (p, n, 48);
  if (jump && n == 0)
    longjmp (out, 1);
  int r = n ? thrower (n - 1, jump) + p[47] : p[0];
  free (p);
  return r;
}

__attribute__ ((noinline)) static int
deeper (int k, int n)
{
  return k ? deeper (k - 1, n) + 0 : thrower (n, 0);
}

/* A longjmp back into the owner, after its slot was filled: the js_try
   shape.  */
__attribute__ ((noinline)) static void
fail (jmp_buf *jb) /* { dg-message "^jb does not escape$" } */
{
  longjmp (*jb, 2);
}

__attribute__ ((noinline)) static int
catcher (int n)
{
  jmp_buf jb;
  char *volatile p = malloc (64); /* { dg-message "^moved to stack: malloc\\(64\\)$" } */
  /* { dg-message "^  one activation of catcher at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-1 } */
  if (!p)
    abort ();
  strcpy (p, "kept");
  if (setjmp (jb))
    {
      int ok = strcmp (p, "kept") == 0;
      free (p);
      return ok;
    }
  char buf[64];
  memset (buf, 1, sizeof buf);
  if (n && !catcher (n - 1))
    abort ();
  fail (&jb);
  return 0;
}

/* aligned_alloc in a recursive function (its slot is rounded up to the
   alignment; checking the address would expose it).  */
__attribute__ ((noinline)) static int
aligned (int n)
{
  char *p = aligned_alloc (128, 128); /* { dg-message "^moved to stack: aligned_alloc\\(128, 128\\)$" } */
  /* { dg-message "^  one activation of aligned at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-1 } */
  if (!p)
    abort ();
  p[127] = (char) n;
  int r = (n ? aligned (n - 1) : 0) + p[127];
  free (p);
  return r;
}

/* A VLA in the function: its copy with the slots has it too.  */
__attribute__ ((noinline)) static int
with_vla (int n)
{
  char v[n + 1];
  v[n] = 1;
  char *p = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  /* { dg-message "^  one activation of with_vla at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-1 } */
  if (!p)
    abort ();
  p[0] = v[n];
  int r = (n ? with_vla (n - 1) : 0) + p[0];
  free (p);
  return r;
}

int
main (void)
{
  /* 4 MiB: enough for 20000 plain levels (ASan and -O0 included), not
     for 5 MB of slots.  */
  pthread_attr_t attr;
  pthread_attr_init (&attr);
  pthread_attr_setstacksize (&attr, 4 << 20);
  pthread_t t;
  if (pthread_create (&t, &attr, deep_thread, NULL) || pthread_join (t, NULL))
    abort ();
  pthread_t a, b;
  if (pthread_create (&a, NULL, twice_thread, NULL)
      || pthread_create (&b, NULL, twice_thread, NULL)
      || pthread_join (a, NULL) || pthread_join (b, NULL))
    abort ();
  if (setjmp (out) == 0)
    thrower (5, 1);
  for (int k = 0; k < 8; k++)
    if (deeper (k, 3) != 6 || thrower (3, 0) != 6)
      abort ();
  if (!catcher (0) || !catcher (2))
    abort ();
  if (aligned (10) != 55)
    abort ();
  if (with_vla (4) != 5)
    abort ();
  return 0;
}

/* { dg-message "  deep may be re-entered: through near, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 55 } */
/* { dg-message "  twice may be re-entered: through near, it calls pthread_self, which the plugin cannot see" "" { target *-*-* } 85 } */
