/* Objects a callee makes with realloc (NULL, n) and grows by realloc, as
   tcc's CString is grown by cstr_cat: each call that makes or grows the
   caller's string goes to a clone handed the caller's slots, which takes
   a slot when realloc is handed NULL and the size fits, grows a slot in
   place while it has room and into a heap block beyond, and frees no
   slot.  Strings that outgrow the 64-byte slot, and a disposer, too.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m" } */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct
{
  int size, cap;
  char *data;
} CString;

static void
cstr_new (CString *s) /* { dg-message "^s does not escape$" } */
{
  s->size = s->cap = 0;
  s->data = NULL;
}

static void
cstr_realloc (CString *s, int need) /* { dg-message "^leaking param: s into \\*s level=1$" } */
{
  int cap = s->cap ? s->cap : 8;
  while (cap < need)
    cap *= 2;
  char *d = realloc (s->data, (size_t) cap); /* { dg-message "^realloc\\(s->data, cap\\) escapes to heap$" } */
  if (!d)
    abort ();
  s->data = d;
  s->cap = cap;
}

static void
cstr_cat (CString *s, const char *str) /* { dg-message "^leaking param: s into \\*s level=1$" } */
/* { dg-message "^leaking param content: str$" "" { target *-*-* } .-1 } */
{
  int len = (int) strlen (str);
  if (s->size + len > s->cap)
    cstr_realloc (s, s->size + len); /* { dg-message "^cstr_realloc\\(s, len \\+ s->size\\) escapes to heap$" } */
  memcpy (s->data + s->size, str, (size_t) len);
  s->size += len;
}

static void
cstr_ccat (CString *s, int ch) /* { dg-message "^leaking param: s into \\*s level=1$" } */
{
  if (s->size + 1 > s->cap)
    cstr_realloc (s, s->size + 1); /* { dg-message "^cstr_realloc\\(s, s->size \\+ 1\\) escapes to heap$" } */
  s->data[s->size++] = (char) ch;
}

static void
cstr_free (CString *s) /* { dg-message "^s does not escape$" } */
{
  free (s->data);
  cstr_new (s);
}

/* A string made by a constructor that reallocs what it is handed (NULL
   from its callers) and returns it.  */
static char *
dup_grown (char *start, const char *a, const char *b) /* { dg-message "^leaking param: start to result$" } */
/* { dg-message "^leaking param content: a$" "" { target *-*-* } .-1 } */
/* { dg-message "^leaking param content: b$" "" { target *-*-* } .-2 } */
{
  size_t na = strlen (a), nb = strlen (b);
  char *p = realloc (start, na + 1); /* { dg-message "^realloc\\(start, na \\+ 1\\) escapes to heap$" } */
  if (!p)
    abort ();
  memcpy (p, a, na + 1);
  char *q = realloc (p, na + nb + 1); /* { dg-message "^realloc\\(p, na \\+ nb \\+ 1\\) escapes to heap$" } */
  if (!q)
    abort ();
  memcpy (q + na, b, nb + 1);
  return q;
}

static unsigned long
hash (const char *s, int n) /* { dg-message "^s does not escape$" } */
{
  unsigned long h = 5381;
  for (int i = 0; i < n; i++)
    h = h * 33 + (unsigned char) s[i];
  return h;
}

/* tcc's paste_tokens: three calls make or grow one string.  */
__attribute__ ((noinline)) static unsigned long
paste (const char *a, const char *b) /* { dg-message "^leaking param content: a$" } */
/* { dg-message "^leaking param content: b$" "" { target *-*-* } .-1 } */
{
  CString s;
  cstr_new (&s);
  cstr_cat (&s, a); /* { dg-message "^moved to stack: cstr_cat\\(&s, a\\)$" } */
  int n = s.size;
  cstr_cat (&s, b); /* { dg-message "^moved to stack: cstr_cat\\(&s, b\\)$" } */
  cstr_ccat (&s, 0); /* { dg-message "^moved to stack: cstr_ccat\\(&s, 0\\)$" } */
  unsigned long h = hash (s.data, s.size) ^ (unsigned long) n;
  if (strncmp (s.data, a, (size_t) n) != 0 || strcmp (s.data + n, b) != 0)
    abort ();
  cstr_free (&s);
  return h;
}

__attribute__ ((noinline)) static unsigned long
joined (const char *a, const char *b) /* { dg-message "^a does not escape$" } */
/* { dg-message "^b does not escape$" "" { target *-*-* } .-1 } */
{
  char *j = dup_grown (NULL, a, b); /* { dg-message "^moved to stack: dup_grown\\(0, a, b\\)$" } */
  /* { dg-message "^moved to stack: dup_grown\\(0, a, b\\): realloc\\(p, na \\+ nb \\+ 1\\) at \[^ \]*:77$" "" { target *-*-* } .-1 } */
  unsigned long h = hash (j, (int) strlen (j));
  free (j);
  return h;
}

/* Read into a string one character at a time in a loop, as tcc's and
   MuJS's tokenizers do: the object the loop's call makes is grown by the
   same call in the next iteration, so it outlives its iteration, but not
   that of the outer loop, whose header the pool of one slot starts again
   at.  */
__attribute__ ((noinline)) static unsigned long
scan (const char *text) /* { dg-message "^text does not escape$" } */
{
  unsigned long h = 0;
  for (const char *p = text; *p;)
    {
      if (*p == ' ')
	{
	  p++;
	  continue;
	}
      CString s;
      cstr_new (&s);
      while (*p && *p != ' ')
	cstr_ccat (&s, *p++); /* { dg-message "^moved to stack: cstr_ccat\\(&s, \\*p\\)$" } */
      cstr_ccat (&s, 0); /* { dg-message "^moved to stack: cstr_ccat\\(&s, 0\\)$" } */
      h = h * 7 + hash (s.data, s.size);
      cstr_free (&s);
    }
  return h;
}

static const char *const words[] = {
  "", "a", "ab", "paste", "0123456789abcdef0123456789abcdef0123456789abcdef012345678",
  "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123456789",
};

int
main (void)
{
  unsigned long sum = 0;
  int n = (int) (sizeof words / sizeof *words);
  for (int i = 0; i < n; i++)
    for (int k = 0; k < n; k++)
      sum = sum * 31 + paste (words[i], words[k]) + joined (words[k], words[i]);
  char text[4096];
  int len = 0;
  for (int r = 0; r < 20; r++)
    for (int i = 0; i < n; i++)
      {
	len += snprintf (text + len, sizeof text - (size_t) len, "%s ",
			 words[(i * 7 + r) % n]);
	if (len > 3900)
	  len = 0;
      }
  sum = sum * 31 + scan (text);
  printf ("%lx\n", sum);
  return 0;
}
