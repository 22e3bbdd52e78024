/* hand/concat.c - the hand-written version of concat.c: a fixed local
   buffer, the heap only when the result does not fit (as a careful C
   programmer writes it).

   concat.c - string concatenation into a fresh temporary.

   Models an interpreter's string "+" (MuJS's js_concat): the two operands'
   text is copied into a buffer of exactly strlen (a) + strlen (b) + 1
   bytes, the result is interned (here: hashed into a table of counters),
   and the temporary is freed.  Operands are 1 to 13 bytes, so results are
   2 to 26 bytes, as js_concat's are.  The size is known only at run
   time.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NWORDS 512
#define ROUNDS 80000
#define EXPECTED 0xa5a529d978df9d5eUL

static char words[NWORDS][16];
static unsigned counts[4096];

static unsigned
next_rand (unsigned *rng)
{
  *rng = *rng * 1103515245u + 12345u;
  return *rng >> 8;
}

static void
make_words (void)
{
  unsigned state = 4242;
  for (int i = 0; i < NWORDS; i++)
    {
      int n = 1 + next_rand (&state) % 13;
      for (int k = 0; k < n; k++)
	words[i][k] = (char) ('a' + next_rand (&state) % 26);
      words[i][n] = '\0';
    }
}

/* FNV-1a of S.  */
static unsigned long
hash (const char *s)
{
  unsigned long h = 1469598103934665603UL;
  for (; *s; s++)
    h = (h ^ (unsigned char) *s) * 1099511628211UL;
  return h;
}

/* A + B, interned: the count of the result's bucket after this one.  */
static unsigned
concat (const char *a, const char *b)
{
  char buf[64];
  size_t n = strlen (a) + strlen (b) + 1;
  char *ab = n <= sizeof buf ? buf : malloc (n);
  if (!ab)
    abort ();
  strcpy (ab, a);
  strcat (ab, b);
  unsigned c = ++counts[hash (ab) & 4095];
  if (ab != buf)
    free (ab);
  return c;
}

int
main (void)
{
  make_words ();
  unsigned long sum = 0;
  for (int r = 0; r < ROUNDS; r++)
    for (int i = 0; i < NWORDS; i += 4)
      sum = sum * 31 + concat (words[i], words[(i + r) % NWORDS]);
  printf ("concat: checksum %#lx\n", sum);
  if (sum != EXPECTED)
    {
      fprintf (stderr, "concat: MISMATCH, expected %#lx\n", EXPECTED);
      return 1;
    }
  return 0;
}
