/* A function that may run again while a call of it is active gets owned
   slots: one activation at a time (per thread) takes them, the others use
   the heap, since each activation adding its objects to the stack would
   multiply them.  A recursive function that allocates runs 100000 deep on
   a 16 MiB stack, which 100000 moved 256-byte objects (25.6 MB) would
   overflow.  Also re-entry through code the plugin cannot see, which may
   call a public or address-taken function back.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2" } */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#define DEPTH 100000

/* Self-recursive; the object lives across the recursive call.  */
static long
deep (int n)
{
  if (n == 0)
    return 0;
  unsigned char *p = malloc (256); /* { dg-message "^moved to stack: malloc\\(256\\)$" } */
  /* { dg-message "^  one activation of deep at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-1 } */
  if (!p)
    abort ();
  memset (p, n & 0x7f, 256);
  long r = deep (n - 1) + p[n & 0xff];
  free (p);
  return r;
}

/* Mutually recursive.  */
static long odd (int n);

static long
even (int n)
{
  if (n == 0)
    return 0;
  int *p = malloc (sizeof (int) * 4); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  /* { dg-message "^  one activation of even at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-1 } */
  if (!p)
    abort ();
  p[3] = 2;
  long r = odd (n - 1) + p[3];
  free (p);
  return r;
}

static long
odd (int n)
{
  int *p = calloc (4, sizeof (int)); /* { dg-message "^moved to stack: calloc\\(4, 4\\)$" } */
  /* { dg-message "^  one activation of odd at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-1 } */
  if (!p)
    abort ();
  p[0] = 1;
  long r = even (n - 1) + p[0] + p[1];
  free (p);
  return r;
}

/* Code the plugin cannot see, here a call through a pointer, may call
   back any function that is public or whose address is taken.  */
int (*callback) (int);

int
public_calls_unknown (int n)
{
  char *p = malloc (32); /* { dg-message "^moved to stack: malloc\\(32\\)$" } */
  /* { dg-message "^  one activation of public_calls_unknown at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-1 } */
  if (!p)
    abort ();
  p[0] = n;
  int r = callback (n) + p[0];
  free (p);
  return r;
}

static int
address_taken_calls_unknown (int n)
{
  char *p = malloc (32); /* { dg-message "^moved to stack: malloc\\(32\\)$" } */
  /* { dg-message "^  one activation of address_taken_calls_unknown at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-1 } */
  if (!p)
    abort ();
  p[0] = n;
  int r = n > 0 ? callback (n - 1) + p[0] : p[0];
  free (p);
  return r;
}

static int
identity (int n)
{
  return n;
}

/* Passing qsort a comparator of the unit that calls nothing is only a
   call of the comparator (a hooked one re-enters: xform-callback.c).  */
static int
cmp (const void *a, const void *b) /* { dg-message "^a does not escape$" } */
/* { dg-message "^b does not escape$" "" { target *-*-* } .-1 } */
{
  return *(const int *) a - *(const int *) b;
}

int
public_passes_callback (void)
{
  int *v = malloc (3 * sizeof (int)); /* { dg-message "^moved to stack: malloc\\(12\\)$" } */
  if (!v)
    abort ();
  v[0] = 3;
  v[1] = 1;
  v[2] = 2;
  int w[3] = { 6, 5, 4 };
  qsort (w, 3, sizeof (int), cmp);
  int r = w[0] == 4 && w[2] == 6 && v[1] == 1;
  free (v);
  return r;
}

/* A function called by a recursive one stays on the heap too: GCC may
   inline it into the recursive caller, whose every activation would then
   carry the slot.  */
static int
leaf (int n)
{
  char *p = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  p[0] = n;
  int r = p[0];
  free (p);
  return r;
}

static int
recursive_caller (int n)
{
  return n == 0 ? 0 : leaf (1) + recursive_caller (n - 1);
}

static void *
run (void *arg) /* { dg-message "^arg does not escape$" } */
{
  int *failed = arg;
  long expect = 0;
  for (int n = 1; n <= DEPTH; n++)
    expect += n & 0x7f;
  *failed = deep (DEPTH) != expect || even (DEPTH) != (DEPTH / 2) * 3
	    || recursive_caller (1000) != 1000;
  return 0;
}

int
main (void)
{
  pthread_attr_t attr;
  pthread_t t;
  int failed = 1;
  if (pthread_attr_init (&attr) || pthread_attr_setstacksize (&attr, 16 << 20)
      || pthread_create (&t, &attr, run, &failed) || pthread_join (t, 0))
    abort ();
  if (failed)
    abort ();
  callback = identity;
  if (public_calls_unknown (5) != 10)
    abort ();
  callback = address_taken_calls_unknown;
  if (address_taken_calls_unknown (3) != 6)
    abort ();
  if (!public_passes_callback ())
    abort ();
  return 0;
}
/* { dg-message "  public_calls_unknown may be re-entered: it calls through a pointer at line 75" "" { target *-*-* } 70 } */
/* { dg-message "  address_taken_calls_unknown may be re-entered: it calls through a pointer at line 88" "" { target *-*-* } 83 } */
