/* source-lines.c - which source lines start in plain ASCII
   (source-lines.h says why).  */

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "memory.h"
#include "source-lines.h"

typedef struct source_file
{
  char *name;
  /* Per line (line I + 1 at PLAIN[I]): how many bytes it starts with
     that are printable ASCII, at most 65,535; NULL: unreadable, or not
     usable.  The file's bytes are not kept (sqlite3.c: 8.6 MB against
     0.5 MB here).  */
  unsigned short *plain;
  int nlines;
} source_file;

struct esc_source_lines
{
  source_file *files;
  int nfiles, cap;
  int last;			/* Index of the file asked last, or -1.  */
};

esc_source_lines *
esc_source_lines_new (void)
{
  esc_source_lines *s = esc_xrealloc (NULL, sizeof *s);
  s->files = NULL;
  s->nfiles = s->cap = 0;
  s->last = -1;
  return s;
}

/* Are the eight bytes of W all printable ASCII (0x20-0x7e)?  A byte
   below 0x20 makes (b - 0x20) & ~b take the high bit (a borrow from it
   can only mark the bytes above it too); a byte above 0x7e has the high
   bit set in b + 1 or in b (a carry out of 0xff only marks the next
   byte too).  */
static inline bool
word_printable (uint64_t w)
{
  const uint64_t ones = 0x0101010101010101ULL;
  const uint64_t high = 0x8080808080808080ULL;
  return !((((w - 0x20 * ones) & ~w) | (w + ones) | w) & high);
}

static void
read_file (source_file *f)
{
  f->plain = NULL;
  f->nlines = 0;
  FILE *in = fopen (f->name, "rb");
  if (!in)
    return;
  size_t cap = 1 << 16, len = 0;
  char *data = esc_xrealloc (NULL, cap);
  for (;;)
    {
      if (len == cap)
	data = esc_xrealloc (data, cap *= 2);
      size_t got = fread (data + len, 1, cap - len, in);
      if (got == 0)
	break;
      len += got;
    }
  bool bad = ferror (in);
  fclose (in);
  if (bad || memchr (data, '\r', len) || memchr (data, '\0', len))
    {
      esc_free (data);
      return;
    }
  int nlines = 0, lcap = 1024;
  unsigned short *plain = esc_xrealloc (NULL, (size_t) lcap * sizeof *plain);
  const unsigned char *p = (const unsigned char *) data, *end = p + len;
  for (;;)
    {
      if (nlines == lcap)
	plain = esc_xrealloc (plain, (size_t) (lcap *= 2) * sizeof *plain);
      size_t n = 0;
      /* Eight bytes at a time while all are printable, then byte by
	 byte (a word read this way costs an eighth of the bytes'
	 tests: sqlite3.c's 8.6 MB took 90 million instructions).  */
      uint64_t w;
      while ((size_t) (end - p) >= n + 8 && n + 8 <= 65535)
	{
	  memcpy (&w, p + n, 8);
	  if (!word_printable (w))
	    break;
	  n += 8;
	}
      while (p + n < end && p[n] >= 0x20 && p[n] <= 0x7e && n < 65535)
	n++;
      plain[nlines++] = (unsigned short) n;
      const unsigned char *nl = memchr (p + n, '\n', (size_t) (end - p - n));
      if (!nl)
	break;
      p = nl + 1;
    }
  esc_free (data);
  f->plain = plain;
  f->nlines = nlines;
}

static source_file *
file_of (esc_source_lines *s, const char *name)
{
  if (s->last >= 0 && strcmp (s->files[s->last].name, name) == 0)
    return &s->files[s->last];
  for (int i = 0; i < s->nfiles; i++)
    if (strcmp (s->files[i].name, name) == 0)
      {
	s->last = i;
	return &s->files[i];
      }
  if (s->nfiles == s->cap)
    {
      s->cap = s->cap ? 2 * s->cap : 4;
      s->files = esc_xrealloc (s->files, (size_t) s->cap * sizeof *s->files);
    }
  source_file *f = &s->files[s->nfiles];
  f->name = esc_strdup (name);
  read_file (f);
  s->last = s->nfiles++;
  return f;
}

bool
esc_source_plain_prefix (esc_source_lines *s, const char *file, int line,
			 int column)
{
  if (!s || !file || line < 1 || column < 1)
    return false;
  source_file *f = file_of (s, file);
  if (!f->plain || line > f->nlines)
    return false;
  return column - 1 <= f->plain[line - 1];
}

void
esc_source_lines_free (esc_source_lines *s)
{
  if (!s)
    return;
  for (int i = 0; i < s->nfiles; i++)
    {
      esc_free (s->files[i].name);
      esc_free (s->files[i].plain);
    }
  esc_free (s->files);
  esc_free (s);
}
