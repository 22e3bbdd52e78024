/* Returning a pointer makes it escape, whether it is returned directly,
   through a chain of copies, or merged by a ternary or an if/else.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

char *
new_buffer (void) /* { dg-message "^new_buffer is an allocator \\(wraps malloc; size: 128\\)$" } */
{
  return malloc (128); /* { dg-message "malloc\\(128\\) escapes to heap" } */
}

char *
new_name (size_t len)
{
  char *p = malloc (len + 1); /* { dg-message "malloc\\(len \\+ 1\\) escapes to heap" } */
  char *q = p;
  char *r = q;
  r[len] = '\0';
  return r;
}

int *
pick (int big)
{
  return big ? malloc (4096) : malloc (16); /* { dg-message "malloc\\(4096\\) escapes to heap" } */
  /* { dg-message "malloc\\(16\\) escapes to heap" "" { target *-*-* } .-1 } */
}

long *
make_counter (int wide)
{
  long *c;
  if (wide)
    c = calloc (8, sizeof (long)); /* { dg-message "calloc\\(8, 8\\) escapes to heap" } */
  else
    c = calloc (1, sizeof (long)); /* { dg-message "calloc\\(1, 8\\) escapes to heap" } */
  return c;
}

/* Only one arm is returned; the other is freed first.  */
char *
keep_second (void)
{
  char *a = malloc (10); /* { dg-message "malloc\\(10\\) does not escape" } */
  char *b = malloc (20); /* { dg-message "malloc\\(20\\) escapes to heap" } */
  a[0] = b[0] = 0;
  free (a);
  return b;
}

char *
identity (char *s) /* { dg-message "leaking param: s to result$" } */
{
  return s;
}

char *
skip_prefix (char *s, int n) /* { dg-message "leaking param: s to result$" } */
{
  return s + n;
}
