/* Every allocation function is an allocation site with its own note:
   calloc, aligned_alloc, realloc, strdup, strndup and the __builtin_
   forms.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

char *g_name;
void *g_table;

char *
copy_name (const char *src) /* { dg-message "src does not escape" } */
/* { dg-message "^copy_name is an allocator \\(wraps strdup; size: unknown\\)$" "" { target *-*-* } .-1 } */
{
  return strdup (src); /* { dg-message "strdup\\(src\\) escapes to heap" } */
}

int
name_length (const char *src) /* { dg-message "src does not escape" } */
{
  char *tmp = strndup (src, 32); /* { dg-message "strndup\\(src, 32\\) does not escape" } */
  int n = 0;
  while (tmp && tmp[n])
    n++;
  free (tmp);
  return n;
}

void
set_prefix (const char *src, size_t n) /* { dg-message "src does not escape" } */
{
  g_name = strndup (src, n); /* { dg-message "strndup\\(src, n\\) escapes to heap" } */
}

void
alloc_table (void)
{
  g_table = aligned_alloc (64, 4096); /* { dg-message "aligned_alloc\\(64, 4096\\) escapes to heap" } */
}

double
aligned_scratch (void)
{
  double *v = aligned_alloc (32, 256); /* { dg-message "aligned_alloc\\(32, 256\\) does not escape" } */
  v[0] = 1.5;
  double r = v[0];
  free (v);
  return r;
}

int
builtin_local (void)
{
  int *p = __builtin_malloc (64); /* { dg-message "__builtin_malloc\\(64\\) does not escape" } */
  p[0] = 3;
  int r = p[0];
  __builtin_free (p);
  return r;
}

void *
builtin_returned (unsigned long n) /* { dg-message "^builtin_returned is an allocator \\(wraps calloc; size: n times 8\\)$" } */
{
  return __builtin_calloc (n, 8); /* { dg-message "__builtin_calloc\\(n, 8\\) escapes to heap" } */
}
