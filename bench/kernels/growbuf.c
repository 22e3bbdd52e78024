/* growbuf.c - a string builder grown by realloc.

   Models a join into a growable buffer (MuJS's Array.prototype.join, a
   path joined from components): it starts at 16 bytes, doubles with
   realloc as text is appended, and is consumed (hashed) and freed by the
   function that built it.  Most results fit 64
   bytes; one in eight is longer and must grow past any small stack
   buffer.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NPATHS 2048
#define ROUNDS 2800
#define EXPECTED 0x2be20495a89e1ef0UL

static const char *const parts[] = { "usr", "local", "share", "doc",
  "escape", "examples", "build-systems", "lib", "x86_64-linux-gnu",
  "include", "gcc", "12", "plugin", "tmp", "a", "configuration.d" };

static struct
{
  unsigned char n, part[12];
} paths[NPATHS];

static unsigned
next_rand (unsigned *rng)
{
  *rng = *rng * 1103515245u + 12345u;
  return *rng >> 8;
}

static void
make_paths (void)
{
  unsigned state = 777;
  for (int i = 0; i < NPATHS; i++)
    {
      /* Mostly 2 to 5 components; one in eight has 9 to 12.  */
      unsigned r = next_rand (&state);
      paths[i].n = (unsigned char) (r % 8 == 0 ? 9 + r / 8 % 4
				    : 2 + r / 8 % 4);
      for (int k = 0; k < paths[i].n; k++)
	paths[i].part[k] = (unsigned char) (next_rand (&state) % 16);
    }
}

/* The hash of path I joined with '/', with ROUND appended; the buffer
   doubles as it fills, as MuJS's Array.prototype.join does.  */
static unsigned long
path_hash (int i, unsigned round)
{
  size_t cap = 16, len = 0;
  char *buf = malloc (cap);
  if (!buf)
    abort ();
  char tail[4] = { '.', (char) ('a' + round % 26),
		   (char) ('a' + round / 26 % 26), 0 };
  for (int k = 0; k <= paths[i].n; k++)
    {
      const char *p = k < paths[i].n ? parts[paths[i].part[k]] : tail;
      size_t n = strlen (p);
      if (len + n + 2 > cap)
	{
	  while (len + n + 2 > cap)
	    cap *= 2;
	  char *nb = realloc (buf, cap);
	  if (!nb)
	    abort ();
	  buf = nb;
	}
      if (k < paths[i].n)
	buf[len++] = '/';
      memcpy (buf + len, p, n + 1);
      len += n;
    }
  unsigned long h = 1469598103934665603UL;
  for (size_t k = 0; k < len; k++)
    h = (h ^ (unsigned char) buf[k]) * 1099511628211UL;
  free (buf);
  return h ^ len;
}

int
main (void)
{
  make_paths ();
  unsigned long sum = 0;
  for (unsigned r = 0; r < ROUNDS; r++)
    for (int i = 0; i < NPATHS; i++)
      sum = sum * 31 + path_hash (i, r);
  printf ("growbuf: checksum %#lx\n", sum);
  if (sum != EXPECTED)
    {
      fprintf (stderr, "growbuf: MISMATCH, expected %#lx\n", EXPECTED);
      return 1;
    }
  return 0;
}
