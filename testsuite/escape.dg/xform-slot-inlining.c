/* A helper with a slot, called in a loop by a recursive function and by
   a function re-entered through a pointer.  GCC inlines a small static
   function declared inline after this pass: a slot inlined into every
   activation of walk () or pub () would take 1500 x 256 bytes, more than
   the 256 KiB thread stack.  The owning activation (one at a time) runs a
   copy into which GCC may inline the helper; every other activation calls
   an out-of-line clone, whose slot lives only while it runs.  mid () only
   calls the helper, so it carries the slot when inlined: the recursive
   function calls its clone too.  The helper whose address is taken may
   be inlined where a call through a pointer becomes direct: it keeps its
   slot out of line.
   escape-no-asan: ASan's redzones alone exceed the 256 KiB stack.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m -pthread" } */
#include <pthread.h>
#include <stdlib.h>

static inline int
scratch (int v)
{
  int *tmp = malloc (64 * sizeof (int)); /* { dg-message "^moved to stack: malloc\\(256\\)$" } */
  if (!tmp)
    abort ();
  for (int i = 0; i < 64; i++)
    tmp[i] = v + i;
  int s = tmp[v & 63];
  free (tmp);
  return s;
}

static inline int
mid (int v)
{
  return scratch (v) + 1;
}

static long
walk (int depth)
{
  if (depth == 0)
    return 0;
  long r = walk (depth - 1);
  for (int i = 0; i < 2; i++)
    r ^= scratch (depth + i) + mid (depth - i);
  return r;
}

long (*volatile next) (int);

long
pub (int depth)
{
  long r = depth > 0 ? next (depth - 1) : 0;
  for (int i = 0; i < 2; i++)
    r += scratch (depth * i);
  return r;
}

/* Out of line, so that the slot is not optimized away.  */
__attribute__ ((noinline)) static int
touch (unsigned char *b, int v) /* { dg-message "^b does not escape$" } */
{
  b[v & 127] = (unsigned char) v;
  b[199] = 1;
  return b[v & 127] + b[199] - 1;
}

static inline int
taken (int v)
{
  unsigned char *b = malloc (200); /* { dg-message "^moved to stack: malloc\\(200\\)$" } */
  if (!b)
    abort ();
  int r = touch (b, v);
  free (b);
  return r;
}

/* GCC propagates the constant F into a clone of walk_fn and makes the
   call direct (noinline: not inlined into itself, where the inlined
   levels would share one slot).  */
__attribute__ ((noinline)) static long
walk_fn (int (*f) (int), int depth) /* { dg-message "^f does not escape$" } */
{
  if (depth == 0)
    return 0;
  long r = f (depth);
  return walk_fn (f, depth - 1) ^ r;
}

static void *
thread (void *arg) /* { dg-message "^arg does not escape$" } */
{
  long *r = arg;
  r[0] = walk (1500);
  next = pub;
  r[1] = pub (1500);
  r[2] = walk_fn (taken, 4000);
  return NULL;
}

/* The same, computed without any slot.  */
static long
expect_walk (int depth)
{
  long r = 0;
  for (int d = 1; d <= depth; d++)
    for (int i = 0; i < 2; i++)
      r ^= (d + i + ((d + i) & 63)) + (d - i + ((d - i) & 63)) + 1;
  return r;
}

int
main (void)
{
  pthread_attr_t a;
  pthread_t t;
  long r[3] = { 0, 0, 0 };
  pthread_attr_init (&a);
  pthread_attr_setstacksize (&a, 256 * 1024);
  if (pthread_create (&t, &a, thread, r) || pthread_join (t, NULL))
    abort ();
  long p = 0;
  for (int d = 0; d <= 1500; d++)
    p += (0 + (0 & 63)) + (d + (d & 63));
  long w = 0;
  for (int d = 1; d <= 4000; d++)
    w ^= (unsigned char) d;
  if (r[0] != expect_walk (1500) || r[1] != p || r[2] != w)
    abort ();
  return 0;
}
