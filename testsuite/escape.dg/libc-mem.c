/* The C library's memory functions (core/libc.c): memcpy, memmove and
   mempcpy copy the pointers held in the source's object into the
   destination's object and return the destination; memset returns its
   argument; memcmp and bcmp only read; memchr and memrchr return a pointer
   into their argument.  A constant-size copy of a pointer is folded into a
   plain move before the plugin sees it, a variable size stays a call:
   both must keep the pointer.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include <strings.h>

char *g;
char *g_arr[4];

void
memcpy_const_to_global (void)
{
  char *p = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
  memcpy (&g, &p, sizeof p);
}

void
memcpy_var_to_global (size_t n)
{
  char *p = malloc (9); /* { dg-message "^malloc\\(9\\) escapes to heap$" } */
  memcpy (&g, &p, n);
}

void
memcpy_var_to_local (size_t n)
{
  char *p = malloc (10); /* { dg-message "^malloc\\(10\\) does not escape$" } */
  char *l;
  memcpy (&l, &p, n);
  free (l);
}

/* Copied into a local, which is then kept.  */
void
memcpy_var_to_local_kept (size_t n)
{
  char *p = malloc (11); /* { dg-message "^malloc\\(11\\) escapes to heap$" } */
  char *l;
  memcpy (&l, &p, n);
  g = l;
}

/* Through a heap buffer, then to a global array.  */
void
memcpy_twice (size_t n)
{
  char *p = malloc (12); /* { dg-message "^malloc\\(12\\) escapes to heap$" } */
  char **tmp = malloc (sizeof *tmp); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  memcpy (tmp, &p, n);
  memcpy (g_arr, tmp, n);
  free (tmp);
}

/* The buffers themselves do not escape through a copy.  */
void
memcpy_buffers_local (size_t n)
{
  char *d = malloc (64); /* { dg-message "^malloc\\(64\\) does not escape$" } */
  char *s = malloc (64); /* { dg-message "^malloc\\(64\\) does not escape$" } */
  memcpy (d, s, n);
  free (d);
  free (s);
}

void
memcpy_result_kept (size_t n)
{
  char *d = malloc (65); /* { dg-message "^malloc\\(65\\) escapes to heap$" } */
  char *s = malloc (66); /* { dg-message "^malloc\\(66\\) does not escape$" } */
  g = memcpy (d, s, n);
  free (s);
}

void
memmove_const_to_global (void)
{
  char *p = malloc (13); /* { dg-message "^malloc\\(13\\) escapes to heap$" } */
  memmove (&g, &p, sizeof p);
}

void
memmove_var_to_global (size_t n)
{
  char *p = malloc (14); /* { dg-message "^malloc\\(14\\) escapes to heap$" } */
  memmove (&g, &p, n);
}

void
memmove_var_to_local (size_t n)
{
  char *p = malloc (15); /* { dg-message "^malloc\\(15\\) does not escape$" } */
  char *l;
  memmove (&l, &p, n);
  free (l);
}

void
memmove_result_kept (size_t n)
{
  char *d = malloc (67); /* { dg-message "^malloc\\(67\\) escapes to heap$" } */
  g = memmove (d, d + 1, n);
}

void
mempcpy_var_to_global (size_t n)
{
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  mempcpy (&g, &p, n);
}

void
mempcpy_result_kept (size_t n)
{
  char *d = malloc (68); /* { dg-message "^malloc\\(68\\) escapes to heap$" } */
  char *s = malloc (69); /* { dg-message "^malloc\\(69\\) does not escape$" } */
  g = mempcpy (d, s, n);
  free (s);
}

void
memset_local (size_t n)
{
  char *p = malloc (70); /* { dg-message "^malloc\\(70\\) does not escape$" } */
  memset (p, 0, n);
  free (p);
}

void
memset_result_kept (size_t n)
{
  g = memset (malloc (71), 0, n); /* { dg-message "^malloc\\(71\\) escapes to heap$" } */
}

int
compare (size_t n)
{
  char *a = malloc (72); /* { dg-message "^malloc\\(72\\) does not escape$" } */
  char *b = malloc (73); /* { dg-message "^malloc\\(73\\) does not escape$" } */
  int r = memcmp (a, b, n) + bcmp (a, b, n);
  free (a);
  free (b);
  return r;
}

void
memchr_result_kept (size_t n)
{
  char *s = malloc (74); /* { dg-message "^malloc\\(74\\) escapes to heap$" } */
  g = memchr (s, 'x', n);
}

void
memrchr_result_kept (size_t n)
{
  char *s = malloc (75); /* { dg-message "^malloc\\(75\\) escapes to heap$" } */
  g = memrchr (s, 'x', n);
}

int
memchr_result_local (size_t n)
{
  char *s = malloc (76); /* { dg-message "^malloc\\(76\\) does not escape$" } */
  char *hit = memchr (s, 'x', n);
  int r = hit ? hit[0] : 0;
  free (s);
  return r;
}

/* The caller's parameters.  What src points to is copied into *dst, and
   dst is returned: the result reaches it too.  */
void *
copy_into (void *dst, const void *src, size_t n) /* { dg-message "^leaking param: dst to result$" } */
/* { dg-message "^leaking param: src into \\*dst level=1$" "" { target *-*-* } .-1 } */
/* { dg-message "^leaking param: src to result level=1$" "" { target *-*-* } .-2 } */
{
  return memcpy (dst, src, n);
}

char *
find_in (char *s, size_t n) /* { dg-message "^leaking param: s to result$" } */
{
  return memchr (s, 0, n);
}
