/* A per-iteration scratch object gets one stack slot for all iterations:
   the stack does not grow however many times the loop runs.  The loops run
   a million times on a thread with a 1 MiB stack, where a slot per
   iteration (64 MB) would overflow it at once.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2" } */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

#define ITERATIONS 1000000

__attribute__ ((noinline)) static int
checksum (const unsigned char *p, int n) /* { dg-message "^p does not escape$" } */
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += p[i];
  return s;
}

static long
scratch_loop (int n)
{
  long total = 0;
  for (int i = 0; i < n; i++)
    {
      unsigned char *buf = malloc (64); /* { dg-message "^moved to stack: malloc\\(64\\)$" } */
      if (!buf)
	abort ();
      memset (buf, i & 0xff, 64);
      buf[i % 64] = 1;
      total += checksum (buf, 64);
      free (buf);
    }
  return total;
}

/* Never freed: each iteration's object is simply dropped.  */
static long
dropped_loop (int n)
{
  long total = 0;
  for (int i = 0; i < n; i++)
    {
      unsigned char *buf = malloc (64); /* { dg-message "^moved to stack: malloc\\(64\\)$" } */
      if (!buf)
	abort ();
      memset (buf, 2, 64);
      total += checksum (buf, 64);
    }
  return total;
}

/* An inner loop's object in an outer loop, and one allocated per outer
   iteration that lives through the inner loop.  */
static long
nested_loops (int n)
{
  long total = 0;
  for (int i = 0; i < n; i++)
    {
      unsigned char *outer = malloc (32); /* { dg-message "^moved to stack: malloc\\(32\\)$" } */
      memset (outer, 1, 32);
      for (int j = 0; j < 4; j++)
	{
	  unsigned char *inner = malloc (48); /* { dg-message "^moved to stack: malloc\\(48\\)$" } */
	  memcpy (inner, outer, 32);
	  memset (inner + 32, 2, 16);
	  outer[j] += 1;
	  total += checksum (inner, 48);
	  free (inner);
	}
      total += checksum (outer, 32);
      free (outer);
    }
  return total;
}

static long expected_scratch (int n)
{
  long t = 0;
  for (int i = 0; i < n; i++)
    t += 64L * (i & 0xff) - (i & 0xff) + 1;
  return t;
}

static void *
run (void *arg) /* { dg-message "^arg does not escape$" } */
{
  int *failed = arg;
  *failed = scratch_loop (ITERATIONS) != expected_scratch (ITERATIONS)
	    || dropped_loop (ITERATIONS) != 128L * ITERATIONS
	    || nested_loops (ITERATIONS / 4)
	       != (ITERATIONS / 4) * (4 * 32L + 4 * 32L + 0 + 1 + 2 + 3 + 36);
  return 0;
}

/* Run run () on a thread with a 1 MiB stack.  */
int
main (void)
{
  pthread_attr_t attr;
  pthread_t t;
  int failed = 1;
  if (pthread_attr_init (&attr) || pthread_attr_setstacksize (&attr, 1 << 20)
      || pthread_create (&t, &attr, run, &failed) || pthread_join (t, 0))
    abort ();
  if (failed)
    abort ();
  return 0;
}
