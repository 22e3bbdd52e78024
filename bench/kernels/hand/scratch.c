/* hand/scratch.c - the stack version of scratch.c (the limit).

   scratch.c - a record parser that normalises every field in a scratch
   buffer.

   Models the hot loop of a config/CSV/log parser: each field of a line is
   copied into a small heap buffer (trimmed, lower-cased, bounded to 63
   bytes), converted to a value, and the buffer is freed before the next
   field.  The buffer never leaves the iteration that allocated it.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NLINES 4096
#define LINELEN 96
#define ROUNDS 700
#define EXPECTED 0x412e1dcc5b333cc8UL

static char text[NLINES][LINELEN];

/* The generator's state is local to the caller (see bench/README.md on
   clang 14's Attributor and static globals).  */
static unsigned
next_rand (unsigned *rng)
{
  *rng = *rng * 1103515245u + 12345u;
  return *rng >> 8;
}

/* "Key_17 = 0x2a, Name=Alpha ,  count= 1234, ..." with random spacing.  */
static void
make_input (void)
{
  unsigned state = 12345, *rng = &state;
  static const char *const words[] = { "Alpha", "beta", "GAMMA", "Delta",
    "eps", "Zeta_9", "ETA", "theta" };
  for (int i = 0; i < NLINES; i++)
    {
      char *p = text[i];
      int left = LINELEN - 1;
      int nf = 3 + next_rand (rng) % 5;
      for (int f = 0; f < nf && left > 24; f++)
	{
	  int n;
	  unsigned r = next_rand (rng);
	  if (r % 3 == 0)
	    n = snprintf (p, left, "%s%s=%u,", r & 8 ? " " : "",
			  words[r % 8], next_rand (rng) % 100000);
	  else if (r % 3 == 1)
	    n = snprintf (p, left, "%s ,", words[(r >> 4) % 8]);
	  else
	    n = snprintf (p, left, " %u ,", next_rand (rng) % 1000000);
	  p += n;
	  left -= n;
	}
      *p = '\0';
    }
}

/* Copies SRC[0..N) into DST without surrounding blanks, lower-cased and
   NUL-terminated; at most 63 bytes.  Returns the length.  */
static size_t
normalize (char *dst, const char *src, size_t n)
{
  while (n && *src == ' ')
    src++, n--;
  while (n && src[n - 1] == ' ')
    n--;
  if (n > 63)
    n = 63;
  for (size_t i = 0; i < n; i++)
    {
      char c = src[i];
      dst[i] = (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c;
    }
  dst[n] = '\0';
  return n;
}

/* A number's value, or the FNV-1a hash of anything else.  */
static unsigned long
field_value (const char *s)
{
  unsigned long v = 0;
  const char *p = s;
  while (*p >= '0' && *p <= '9')
    v = v * 10 + (unsigned long) (*p++ - '0');
  if (p != s && *p == '\0')
    return v;
  v = 1469598103934665603UL;
  for (p = s; *p; p++)
    v = (v ^ (unsigned char) *p) * 1099511628211UL;
  return v;
}

static unsigned long
parse_line (const char *line)
{
  unsigned long acc = 0;
  const char *p = line, *end = line + strlen (line);
  while (p < end)
    {
      const char *q = memchr (p, ',', (size_t) (end - p));
      if (!q)
	q = end;
      char field[64];
      size_t n = normalize (field, p, (size_t) (q - p));
      acc = acc * 31 + field_value (field) + n;
      p = q + 1;
    }
  return acc;
}

int
main (void)
{
  make_input ();
  unsigned long sum = 0;
  for (int r = 0; r < ROUNDS; r++)
    for (int i = 0; i < NLINES; i++)
      sum = sum * 7 + parse_line (text[i]);
  printf ("scratch: checksum %#lx\n", sum);
  if (sum != EXPECTED)
    {
      fprintf (stderr, "scratch: MISMATCH, expected %#lx\n", EXPECTED);
      return 1;
    }
  return 0;
}
