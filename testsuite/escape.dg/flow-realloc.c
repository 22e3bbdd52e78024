/* realloc is a new allocation site whose result may be the old block:
   if the result escapes, so does the block it came from.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

char *g_buf;

int
grow_local (int n)
{
  char *p = malloc (16); /* { dg-message "malloc\\(16\\) does not escape" } */
  char *q = realloc (p, n); /* { dg-message "realloc\\(p, n\\) does not escape" } */
  if (!q)
    {
      free (p);
      return -1;
    }
  q[0] = 1;
  int r = q[0];
  free (q);
  return r;
}

void
grow_global (void)
{
  char *p = malloc (32); /* { dg-message "malloc\\(32\\) escapes to heap" } */
  char *q = realloc (p, 64); /* { dg-message "realloc\\(p, 64\\) escapes to heap" } */
  if (q)
    g_buf = q;
  else
    free (p);
}

char *
grow_returned (void)
{
  char *p = calloc (4, 4); /* { dg-message "calloc\\(4, 4\\) escapes to heap" } */
  return realloc (p, 128); /* { dg-message "realloc\\(p, 128\\) escapes to heap" } */
}

/* The classic growth loop; the buffer survives the loop.  */
char *
read_all (int chunks)
{
  size_t cap = 0;
  char *buf = 0;
  for (int i = 0; i < chunks; i++)
    {
      cap += 256;
      char *nb = realloc (buf, cap); /* { dg-message "realloc\\(buf, cap\\) escapes to heap" } */
      if (!nb)
        break;
      buf = nb;
    }
  return buf;
}

char *
resize (char *old, size_t n) /* { dg-message "leaking param: old to result$" } */
{
  return realloc (old, n); /* { dg-message "realloc\\(old, n\\) escapes to heap" } */
}

void
resize_into_global (char *old) /* { dg-message "leaking param: old$" } */
{
  g_buf = realloc (old, 512); /* { dg-message "realloc\\(old, 512\\) escapes to heap" } */
}
