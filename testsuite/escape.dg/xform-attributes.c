/* Allocator attributes on functions whose bodies are in this unit: the
   bodies decide, because they say exactly what a call does.  buf_new
   counts its objects, so it is not an allocator wrapper whatever its
   attributes say, and its calls stay calls (the count stays right): a
   constructor, whose object moves through clones of buf_new and of its
   disposer buf_free, which still count;
   arr_new is a calloc wrapper and moves, zeroed as calloc zeroes;
   name_dup is a strdup wrapper, which copies and does not move.
   (Attributes on declarations alone: flow-attributes.c.)  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m" } */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void buf_free (void *p, int tag);
void *buf_new (int tag, size_t n)
  __attribute__ ((malloc, malloc (buf_free, 1), alloc_size (2)));
void *arr_new (size_t n, size_t size)
  __attribute__ ((malloc, alloc_size (1, 2)));
char *name_dup (const char *s) __attribute__ ((malloc));

int
use (const char *s) /* { dg-message "^s does not escape$" } */
{
  char *b = buf_new (7, 40); /* { dg-message "^moved to stack: buf_new\\(7, 40\\)$" } */
  long *a = arr_new (4, sizeof (long)); /* { dg-message "^moved to stack: arr_new\\(4, 8\\)$" } */
  char *n = name_dup (s); /* { dg-message "^name_dup\\(s\\) does not escape$" } */
  memset (b, 'x', 40);
  for (int i = 0; i < 3; i++)	/* a[3] stays as arr_new left it.  */
    a[i] = i;
  int r = b[39] + (int) a[3] + n[0];
  buf_free (b, 7);
  free (n);
  return r;
}

static int live;

void *
buf_new (int tag, size_t n)
{
  (void) tag;
  live++;
  return malloc (n); /* { dg-message "^malloc\\(n\\) escapes to heap$" } */
}

void
buf_free (void *p, int tag) /* { dg-message "^p does not escape$" } */
{
  (void) tag;
  live--;
  free (p);
}

void *
arr_new (size_t n, size_t size) /* { dg-message "^arr_new is an allocator \\(wraps calloc; size: n times size\\)$" } */
{
  return calloc (n, size); /* { dg-message "^calloc\\(n, size\\) escapes to heap$" } */
}

char *
name_dup (const char *s) /* { dg-message "^name_dup is an allocator \\(wraps strdup; size: unknown\\)$" } */
/* { dg-message "^s does not escape$" "" { target *-*-* } .-1 } */
{
  return strdup (s); /* { dg-message "^strdup\\(s\\) escapes to heap$" } */
}

int
main (void)
{
  if (use ("hi") != 'x' + 0 + 'h' || live != 0)
    abort ();
  puts ("ok");
  return 0;
}
