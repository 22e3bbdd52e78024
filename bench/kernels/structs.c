/* structs.c - small result structs allocated for helper calls.

   Models C code that returns several values from a helper through a small
   heap struct: for every row of a sensor log the caller allocates a
   three-field summary (min, max, sum), lets static helpers fill and read
   it, and frees it before returning.  A second struct of the same kind
   holds the row's deltas.  Both die with the caller.  */

#include <limits.h>
#include <stdio.h>
#include <stdlib.h>

#define NROWS 2048
#define ROWLEN 24
#define ROUNDS 3000
#define EXPECTED 0x15e73b80b0e5e052UL

struct summary
{
  int min, max;
  long sum;
};

static int rows[NROWS][ROWLEN];

static void
summary_init (struct summary *s)
{
  s->min = INT_MAX;
  s->max = INT_MIN;
  s->sum = 0;
}

static void
summary_add (struct summary *s, int x)
{
  if (x < s->min)
    s->min = x;
  if (x > s->max)
    s->max = x;
  s->sum += x;
}

static void
summarize (const int *v, int n, struct summary *out)
{
  summary_init (out);
  for (int i = 0; i < n; i++)
    summary_add (out, v[i]);
}

static void
summarize_deltas (const int *v, int n, struct summary *out)
{
  summary_init (out);
  for (int i = 1; i < n; i++)
    summary_add (out, v[i] - v[i - 1]);
}

static long
summary_score (const struct summary *s, int n)
{
  long range = (long) s->max - s->min;
  return range * 1000 + s->sum / n;
}

/* A row's score: its range and mean, and how jumpy it is.  */
static long
row_score (const int *v, int n)
{
  struct summary *s = malloc (sizeof *s);
  struct summary *d = malloc (sizeof *d);
  if (!s || !d)
    abort ();
  summarize (v, n, s);
  summarize_deltas (v, n, d);
  long score = summary_score (s, n) ^ (summary_score (d, n - 1) << 7);
  free (d);
  free (s);
  return score;
}

int
main (void)
{
  unsigned rng = 99;
  for (int i = 0; i < NROWS; i++)
    for (int j = 0; j < ROWLEN; j++)
      {
	rng = rng * 1664525u + 1013904223u;
	rows[i][j] = (int) (rng >> 16) % 2000 - 1000;
      }
  unsigned long sum = 0;
  for (int r = 0; r < ROUNDS; r++)
    for (int i = 0; i < NROWS; i++)
      {
	rows[i][r % ROWLEN] += 1;	/* new reading each round */
	sum = sum * 31 + (unsigned long) row_score (rows[i], ROWLEN);
      }
  printf ("structs: checksum %#lx\n", sum);
  if (sum != EXPECTED)
    {
      fprintf (stderr, "structs: MISMATCH, expected %#lx\n", EXPECTED);
      return 1;
    }
  return 0;
}
