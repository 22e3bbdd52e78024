/* GCC's own allocator attributes, as glib, gnulib and the kernel write
   them in headers: malloc makes a function an allocator, alloc_size gives
   its size, malloc (dealloc, N) names the function that releases its
   memory.  The declaration is a promise (docs/options.md): here buf_new
   and buf_free count live objects, and both calls go together.  What an
   attribute allocator put in its memory is unknown, so a slot starts
   zeroed (arr_new's body is calloc).  strdup-like name_dup has no size
   and stays.  */
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
