/* Adversarial findings on slot-inlining.cc, each a way a slot reached
   every activation of a recursive function or a clone ran the wrong code:
   - walk_g () calls glue (), a gnu_inline "extern inline" function the
     analysis has no graph for, which calls scratch_g () with a slot: GCC
     inlines both into walk_g (), so glue's calls of carriers must go to
     out-of-line clones (1500 levels x 256 bytes overflow the 128 KiB
     thread stack);
   - walk_a () calls scratch_a () through an alias;
   - scratch_w () is weak, and the strong definition in
     units/slot-inlining-defs.c is the one every call must run: a clone
     of the weak body must not be called;
   - ai () is always_inline and calls a helper with a slot: an out-of-line
     clone of it cannot be made (a hard error before the fix).
   escape-no-asan: ASan's redzones alone exceed the 128 KiB stack.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m -pthread" } */
/* { dg-additional-sources "units/slot-inlining-defs.c" } */
#include <pthread.h>
#include <stdlib.h>

__attribute__ ((noinline)) static void
touch (unsigned char *b, int v) /* { dg-message "^b does not escape$" } */
{
  b[v & 127] ^= 1;
  b[(v + 7) & 127] += 2;
}

int scratch_g (int v);
extern inline __attribute__ ((gnu_inline)) int
glue (int v)
{
  return scratch_g (v) + 1;
}

inline int
scratch_g (int v)
{
  unsigned char *t = malloc (256); /* { dg-message "^moved to stack: malloc\\(256\\)$" } */
  if (!t)
    abort ();
  for (int i = 0; i < 256; i++)
    t[i] = (unsigned char) (v + i);
  touch (t, v);
  int s = t[v & 127];
  free (t);
  return s;
}
extern int scratch_g (int v);

static long
walk_g (int d)
{
  if (d == 0)
    return 0;
  long r = walk_g (d - 1);
  for (int i = 0; i < 2; i++)
    r += glue (d + i);
  return r;
}

static inline int
scratch_a (int v)
{
  unsigned char *t = malloc (256); /* { dg-message "^moved to stack: malloc\\(256\\)$" } */
  if (!t)
    abort ();
  for (int i = 0; i < 256; i++)
    t[i] = (unsigned char) (v + i);
  touch (t, v);
  int s = t[v & 127];
  free (t);
  return s;
}

static int scratch_alias (int) __attribute__ ((alias ("scratch_a")));

static long
walk_a (int d)
{
  if (d == 0)
    return 0;
  long r = walk_a (d - 1);
  for (int i = 0; i < 2; i++)
    r += scratch_alias (d + i);
  return r;
}

__attribute__ ((weak)) int
scratch_w (int v)
{
  unsigned char *t = malloc (128); /* { dg-message "^moved to stack: malloc\\(128\\)$" } */
  if (!t)
    abort ();
  for (int i = 0; i < 128; i++)
    t[i] = (unsigned char) (v + i);
  touch (t, v);
  int s = t[v & 127];
  free (t);
  return s;
}

static long
walk_w (int d)
{
  if (d == 0)
    return 0;
  long r = walk_w (d - 1);
  for (int i = 0; i < 2; i++)
    r += scratch_w (d + i);
  return r;
}

static inline int
small (int v)
{
  int *t = malloc (64 * sizeof (int)); /* { dg-message "^moved to stack: malloc\\(256\\)$" } */
  if (!t)
    abort ();
  for (int i = 0; i < 64; i++)
    t[i] = v + i;
  touch ((unsigned char *) t, v);
  int s = t[v & 31];
  free (t);
  return s;
}

static inline __attribute__ ((always_inline)) int
ai (int v)
{
  return small (v) + 1;
}

static long
walk_ai (int d)
{
  if (d == 0)
    return 0;
  long r = walk_ai (d - 1);
  for (int i = 0; i < 2; i++)
    r += ai (d + i);
  return r;
}

static void *
thread (void *arg) /* { dg-message "^arg does not escape$" } */
{
  long *r = arg;
  r[0] = walk_g (1500);
  r[1] = walk_a (1500);
  r[2] = walk_ai (1500);
  return NULL;
}

/* The value of scratch_g/scratch_a for V: t[V & 127] after touch.  */
static int
expect (int v)
{
  unsigned char t[256];
  for (int i = 0; i < 256; i++)
    t[i] = (unsigned char) (v + i);
  t[v & 127] ^= 1;
  t[(v + 7) & 127] += 2;
  return t[v & 127];
}

int
main (void)
{
  pthread_attr_t a;
  pthread_t t;
  long r[3] = { 0, 0, 0 };
  pthread_attr_init (&a);
  pthread_attr_setstacksize (&a, 128 * 1024);
  if (pthread_create (&t, &a, thread, r) || pthread_join (t, NULL))
    abort ();
  long g = 0, s = 0, w = 0, x = 0;
  for (int d = 1; d <= 1500; d++)
    for (int i = 0; i < 2; i++)
      {
	g += expect (d + i) + 1;
	s += expect (d + i);
      }
  for (int d = 1; d <= 3; d++)
    for (int i = 0; i < 2; i++)
      w += 1000 + d + i;
  for (int d = 1; d <= 1500; d++)
    for (int i = 0; i < 2; i++)
      {
	int v = d + i, e[64];
	for (int k = 0; k < 64; k++)
	  e[k] = v + k;
	touch ((unsigned char *) e, v);
	x += e[v & 31] + 1;
      }
  if (r[0] != g || r[1] != s || walk_w (3) != w || r[2] != x)
    abort ();
  return 0;
}
