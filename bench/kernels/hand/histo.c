/* hand/histo.c - the stack version of histo.c (the limit).

   histo.c - grouping words into anagram classes by letter histogram.

   Models the per-call counter table: for every word a 26-entry histogram
   of its letters is calloc'd (zeroed), filled, hashed into the word's
   anagram signature, and freed before the function returns.  The
   signatures are counted in a static open-addressing table.  */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NWORDS 16384
#define WORDLEN 12
#define TABLE 65536
#define ROUNDS 600
#define EXPECTED 0x4053ce919f087020UL

static char words[NWORDS][WORDLEN];
static uint64_t keys[TABLE];
static unsigned counts[TABLE];

/* The anagram signature of W: a hash of its letter histogram.  */
static uint64_t
signature (const char *w)
{
  unsigned hist[26] = { 0 };
  for (const char *p = w; *p; p++)
    if (*p >= 'a' && *p <= 'z')
      hist[*p - 'a']++;
  uint64_t h = 1469598103934665603UL;
  for (int i = 0; i < 26; i++)
    h = (h ^ hist[i]) * 1099511628211UL;
  return h | 1;			/* 0 marks a free slot */
}

/* Counts one more word of class KEY; returns the class's size so far.  */
static unsigned
add_to_class (uint64_t key)
{
  size_t i = (size_t) (key >> 17) & (TABLE - 1);
  while (keys[i] && keys[i] != key)
    i = (i + 1) & (TABLE - 1);
  keys[i] = key;
  return ++counts[i];
}

int
main (void)
{
  unsigned rng = 7;
  for (int i = 0; i < NWORDS; i++)
    {
      rng = rng * 1103515245u + 12345u;
      int len = 3 + (rng >> 16) % 6;
      for (int j = 0; j < len; j++)
	{
	  rng = rng * 1103515245u + 12345u;
	  words[i][j] = "etaoinshrdlu"[(rng >> 16) % 12];
	}
      words[i][len] = '\0';
    }
  unsigned long sum = 0;
  for (int r = 0; r < ROUNDS; r++)
    for (int i = 0; i < NWORDS; i++)
      sum = sum * 31 + add_to_class (signature (words[i]));
  printf ("histo: checksum %#lx\n", sum);
  if (sum != EXPECTED)
    {
      fprintf (stderr, "histo: MISMATCH, expected %#lx\n", EXPECTED);
      return 1;
    }
  return 0;
}
