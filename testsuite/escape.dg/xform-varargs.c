/* A variadic logger compiled out (it never calls va_start) cannot keep
   its arguments, so a buffer handed to it moves to the stack; one that
   reads them with va_start keeps the buffer on the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m" } */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

static int logged;

static void
trace (const char *fmt, ...) /* { dg-message "^fmt does not escape$" } */
{
  (void) fmt;
  logged++;
}

static char *last;

static void
remember (int n, ...)
{
  va_list ap;
  va_start (ap, n);
  last = va_arg (ap, char *);
  va_end (ap);
}

int
name_length (const char *first, const char *second) /* { dg-message "^first does not escape$" } */
/* { dg-message "^second does not escape$" "" { target *-*-* } .-1 } */
{
  char *buf = malloc (64); /* { dg-message "^moved to stack: malloc\\(64\\)$" } */
  if (!buf)
    abort ();
  strcpy (buf, first);
  strcat (buf, second);
  trace ("name %s", buf);
  int n = strlen (buf);
  free (buf);
  return n;
}

int
kept (const char *s) /* { dg-message "^leaking param content: s$" } */
{
  char *buf = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  if (!buf)
    abort ();
  strcpy (buf, s);
  remember (1, buf);
  return last[0];
}

int
main (void)
{
  if (name_length ("ab", "cde") != 5 || logged != 1)
    abort ();
  if (kept ("x") != 'x')
    abort ();
  free (last);
  return 0;
}
