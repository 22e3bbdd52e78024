/* Pointer bits are followed while they are only copied, and exposed where
   they are computed with (docs/design.md "Pointer bits").  Exposed: what
   the pointer points to escapes, through {data}.  */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

uintptr_t g_u;
unsigned g_h;

/* Copied only: a folded memcpy into an integer and back, a byte-copy
   loop, a cast to an integer of the same width and back.  */
int
copied (void)
{
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  uintptr_t u;
  memcpy (&u, &p, sizeof u);
  char *q;
  memcpy (&q, &u, sizeof q);
  char *r;
  for (size_t i = 0; i < sizeof r; i++)
    ((unsigned char *) &r)[i] = ((unsigned char *) &q)[i];
  char *s = (char *) (uintptr_t) r;
  s[0] = 1;
  int v = p[0];
  free (s);
  return v;
}

/* Computed with: a hash of the address, a comparison of its bits, a
   table lookup with one of its bytes.  */
unsigned
hashed (void)
{
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  uintptr_t u;
  memcpy (&u, &p, sizeof u);
  unsigned h = (unsigned) (u * 2654435761u);
  free (p);
  return h;
}

int
compared_bits (void)
{
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  uintptr_t u;
  memcpy (&u, &p, sizeof u);
  int odd = (u & 1) != 0;
  free (p);
  return odd;
}

int
table (const int *t) /* { dg-message "^t does not escape$" } */
{
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  unsigned char low = ((unsigned char *) &p)[0];
  int v = t[low];
  free (p);
  return v;
}

/* Comparing pointers, or taking their difference, exposes nothing: C
   gives the result no way back to the object.  */
long
compared_pointers (void)
{
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  char *q = malloc (16); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  long d = p < q ? q - p : p - q;
  free (p);
  free (q);
  return d;
}

/* A struct's named fields that hold no pointers are its own bytes: a
   length compared, a name compared, hold none of the pointers beside
   them.  */
struct tok
{
  char text[16];
  struct tok *next;
  size_t len;
};

int
fields (void)
{
  struct tok *a = malloc (sizeof *a); /* { dg-message "^malloc\\(32\\) does not escape$" } */
  struct tok *b = malloc (sizeof *b); /* { dg-message "^malloc\\(32\\) does not escape$" } */
  strcpy (a->text, "x");
  a->next = b;
  a->len = strlen (a->text);
  int r = a->len > 0 && a->text[0] == 'x' && strcmp (a->text, "x") == 0;
  free (b);
  free (a);
  return r;
}

/* But the struct's own bytes hold the pointer: hashing them, or printing
   a pointer's bytes as a string, exposes it.  */
unsigned
struct_bytes (void)
{
  struct tok *a = malloc (sizeof *a); /* { dg-message "^malloc\\(32\\) does not escape$" } */
  struct tok *b = malloc (sizeof *b); /* { dg-message "^malloc\\(32\\) escapes to heap$" } */
  a->next = b;
  unsigned h = 0;
  for (size_t i = 0; i < sizeof *a; i++)
    h = h * 31 + ((unsigned char *) a)[i];
  free (b);
  free (a);
  return h;
}

void
printed_bytes (void)
{
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  char s[sizeof p + 1] = { 0 };
  memcpy (s, &p, sizeof p);
  printf ("%s\n", s);
}

/* Pointer bits stored into a field that holds no pointers become data:
   reading the field by name is trusted to see none.  */
struct handle
{
  uintptr_t bits;
  int tag;
};

void
into_field (struct handle *h) /* { dg-message "^h does not escape$" } */
{
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  memcpy (&h->bits, &p, sizeof p);
}

/* A string function reads its argument's bytes as data: its parameter
   does not escape, and the caller's own objects tell whose bytes they are
   (a buffer of characters holds no pointer).  */
static size_t
count_spaces (const char *s) /* { dg-message "^s does not escape$" } */
{
  size_t n = 0;
  for (; *s; s++)
    n += *s == ' ';
  return n;
}

size_t
string_function (void)
{
  char *buf = malloc (32); /* { dg-message "^malloc\\(32\\) does not escape$" } */
  strcpy (buf, "a b c");
  struct tok *t = malloc (sizeof *t); /* { dg-message "^malloc\\(32\\) does not escape$" } */
  struct tok *u = malloc (sizeof *u); /* { dg-message "^malloc\\(32\\) does not escape$" } */
  t->next = u;
  strcpy (t->text, "d e");
  size_t n = count_spaces (buf) + count_spaces (t->text);
  free (u);
  free (t);
  free (buf);
  return n;
}

size_t
string_of_pointers (void)
{
  char **v = malloc (2 * sizeof *v); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  char *w = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
  v[0] = w;
  v[1] = 0;
  size_t n = count_spaces ((const char *) v);
  free (w);
  free (v);
  return n;
}

/* A parameter's own bits published as data: it leaks.  */
void
own_bits (char *p) /* { dg-message "^leaking param: p$" } */
{
  unsigned char *c = (unsigned char *) &p;
  uintptr_t x = 0;
  for (int i = (int) sizeof p - 1; i >= 0; i--)
    x = x << 8 | c[i];
  g_u = x;
}
