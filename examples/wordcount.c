/* wordcount.c - count distinct words with a hash table.

   The table, its buckets and its entries are built in memory that never
   leaves count_distinct: pointers stored into local containers stay local.
   The summary is returned, so it escapes, and so does the string a global
   keeps.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct entry
{
  const char *word;
  size_t len;
  struct entry *next;
};

struct table
{
  struct entry *bucket[64];
};

struct summary
{
  int distinct, total;
};

static const char *last_longest;

static unsigned
hash (const char *s, size_t n)
{
  unsigned h = 5381;
  while (n--)
    h = h * 33 + (unsigned char) *s++;
  return h;
}

static int
lookup_or_add (struct table *t, const char *w, size_t n)
{
  unsigned b = hash (w, n) % 64;
  for (struct entry *e = t->bucket[b]; e; e = e->next)
    if (e->len == n && memcmp (e->word, w, n) == 0)
      return 0;
  struct entry *e = malloc (sizeof *e);
  if (!e)
    return 0;
  e->word = w;
  e->len = n;
  e->next = t->bucket[b];
  t->bucket[b] = e;
  return 1;
}

struct summary *
count_distinct (const char *text)
{
  struct table *t = calloc (1, sizeof *t);
  struct summary *s = malloc (sizeof *s);
  if (!t || !s)
    {
      free (t);
      free (s);
      return NULL;
    }
  s->distinct = s->total = 0;
  size_t longest = 0;
  for (const char *p = text; *p;)
    {
      size_t n = strcspn (p, " ");
      if (n)
	{
	  s->total++;
	  s->distinct += lookup_or_add (t, p, n);
	  if (n > longest)
	    {
	      longest = n;
	      char *copy = strndup (p, n);
	      last_longest = copy;
	    }
	}
      p += n;
      p += strspn (p, " ");
    }
  for (int b = 0; b < 64; b++)
    for (struct entry *e = t->bucket[b], *next; e; e = next)
      {
	next = e->next;
	free (e);
      }
  free (t);
  return s;
}

int
main (void)
{
  struct summary *s = count_distinct ("the cat saw the dog and the dog saw the cat");
  if (!s)
    return 1;
  printf ("%d words, %d distinct, longest \"%s\"\n", s->total, s->distinct,
	  last_longest);
  free (s);
  return 0;
}
