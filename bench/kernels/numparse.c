/* numparse.c - numbers copied into a computed-size buffer to be converted.

   Models a JSON parser's number reader (cJSON's parse_number): the
   number's characters are copied into a fresh buffer of exactly their
   length plus one, NUL-terminated for strtod, and the buffer is freed
   once the value is read.  Numbers are 1 to 20 characters ("7",
   "-0.0625", "1234567.875e-3").  The size is known only at run time.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NNUMS 4096
#define ROUNDS 1800
#define EXPECTED 0x48fc48ab22ad4bb0UL

static char text[NNUMS * 24];

static unsigned
next_rand (unsigned *rng)
{
  *rng = *rng * 1103515245u + 12345u;
  return *rng >> 8;
}

/* "[n, n, ...]" with integers, decimals that are exact in binary, and
   exponents.  */
static void
make_text (void)
{
  unsigned state = 99;
  char *p = text;
  *p++ = '[';
  for (int i = 0; i < NNUMS; i++)
    {
      /* One call per statement: argument order is unspecified.  */
      unsigned r = next_rand (&state);
      unsigned a = next_rand (&state);
      unsigned b = next_rand (&state);
      if (r % 3 == 0)
	p += sprintf (p, "%u", a % 100000);
      else if (r % 3 == 1)
	p += sprintf (p, "-%u.%03u", a % 1000, 125 * (b % 8));
      else
	p += sprintf (p, "%u.875e-%u", a % 10000000, b % 4);
      *p++ = i + 1 < NNUMS ? ',' : ']';
    }
  *p = '\0';
}

/* Reads the number at *S, advancing *S past it.  */
static double
parse_number (const char **s)
{
  const char *start = *s;
  size_t len = strspn (start, "0123456789+-.eE");
  char *num = malloc (len + 1);
  if (!num)
    abort ();
  memcpy (num, start, len);
  num[len] = '\0';
  char *end;
  double d = strtod (num, &end);
  if (end != num + len)
    d = -1.0;
  free (num);
  *s = start + len;
  return d;
}

int
main (void)
{
  make_text ();
  unsigned long sum = 0;
  for (int r = 0; r < ROUNDS; r++)
    {
      const char *s = text + 1;
      while (*s && *s != ']')
	{
	  double d = parse_number (&s);
	  sum = sum * 31 + (unsigned long) (long) (d * 1000.0);
	  if (*s == ',')
	    s++;
	}
    }
  printf ("numparse: checksum %#lx\n", sum);
  if (sum != EXPECTED)
    {
      fprintf (stderr, "numparse: MISMATCH, expected %#lx\n", EXPECTED);
      return 1;
    }
  return 0;
}
