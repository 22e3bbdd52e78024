/* cstring.c - identifiers read into a growable string, tcc's CString.

   Models tcc's tokenizer (tccpp.c): a CString is initialised in the
   caller's frame (cstr_new), grown one character at a time by a helper
   that reallocs its buffer (cstr_ccat, cstr_realloc), read, and released
   by a disposer (cstr_free): an out-parameter initialiser and a disposer
   around a buffer that lives and dies in the caller.  Identifiers are 1
   to 24 characters; the buffer starts at 8 bytes and doubles.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define TEXTLEN 65536
#define ROUNDS 3000
#define EXPECTED 0xe5e012a277be5700UL

typedef struct
{
  int size, cap;
  char *data;
} CString;

static char text[TEXTLEN + 1];

static unsigned
next_rand (unsigned *rng)
{
  *rng = *rng * 1103515245u + 12345u;
  return *rng >> 8;
}

static void
make_text (void)
{
  unsigned state = 77;
  int i = 0;
  while (i < TEXTLEN - 32)
    {
      int n = 1 + next_rand (&state) % 24;
      for (int k = 0; k < n; k++)
	text[i++] = (char) ('a' + next_rand (&state) % 26);
      text[i++] = " ,;()"[next_rand (&state) % 5];
    }
  text[i] = '\0';
}

static void
cstr_new (CString *s)
{
  s->size = s->cap = 0;
  s->data = NULL;
}

static void
cstr_realloc (CString *s, int need)
{
  int cap = s->cap ? s->cap : 8;
  while (cap < need)
    cap *= 2;
  char *d = realloc (s->data, (size_t) cap);
  if (!d)
    abort ();
  s->data = d;
  s->cap = cap;
}

static void
cstr_ccat (CString *s, int ch)
{
  if (s->size + 1 > s->cap)
    cstr_realloc (s, s->size + 1);
  s->data[s->size++] = (char) ch;
}

static void
cstr_free (CString *s)
{
  free (s->data);
  cstr_new (s);
}

/* The hash of every identifier of the text, each read into a CString.  */
static unsigned long
scan (void)
{
  unsigned long h = 1469598103934665603UL;
  for (const char *p = text; *p;)
    {
      if (*p < 'a' || *p > 'z')
	{
	  p++;
	  continue;
	}
      CString s;
      cstr_new (&s);
      while (*p >= 'a' && *p <= 'z')
	cstr_ccat (&s, *p++);
      cstr_ccat (&s, '\0');
      for (int k = 0; k < s.size; k++)
	h = (h ^ (unsigned char) s.data[k]) * 1099511628211UL;
      cstr_free (&s);
    }
  return h;
}

int
main (void)
{
  make_text ();
  unsigned long sum = 0;
  for (int r = 0; r < ROUNDS; r++)
    sum = sum * 31 + scan ();
  printf ("cstring: checksum %#lx\n", sum);
  if (sum != EXPECTED)
    {
      fprintf (stderr, "cstring: MISMATCH, expected %#lx\n", EXPECTED);
      return 1;
    }
  return 0;
}
