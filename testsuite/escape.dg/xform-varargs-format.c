/* A malloc'd string handed to loggers that print their arguments under
   their format, one through a va_list handed down two functions that
   are not variadic (as tcc's _tcc_warning does), moves to the stack when
   the format is a literal without %p, and the program prints the same;
   so does an int %n writes.  A string printed with %p stays on the heap
   (text printed with %p can be scanned back into the pointer).  x86-64
   passes a va_list as a pointer, which gets a note of its own; aarch64
   as a struct, which does not.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m" } */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static char line[256];

static void
cat_vprintf (char *buf, int size, const char *fmt, va_list ap) /* { dg-message "^buf does not escape$" } */
/* { dg-message "^leaking param: fmt into \\*buf level=1$" "" { target *-*-* } .-1 } */
/* { dg-message "^ap does not escape$" "" { target x86_64-*-* } .-2 } */
{
  int len = strlen (buf);
  vsnprintf (buf + len, size - len, fmt, ap);
}

static void
report (int mode, const char *fmt, va_list ap) /* { dg-message "^leaking param content: fmt$" } */
/* { dg-message "^ap does not escape$" "" { target x86_64-*-* } .-1 } */
{
  line[0] = 0;
  if (mode)
    strcat (line, "warning: ");
  cat_vprintf (line, sizeof line, fmt, ap);
  fputs (line, stdout);
}

static void
warning (const char *fmt, ...) /* { dg-message "^leaking param content: fmt$" } */
{
  va_list ap;
  va_start (ap, fmt);
  report (1, fmt, ap);
  va_end (ap);
}

static void
say (const char *fmt, ...) /* { dg-message "^fmt does not escape$" } */
{
  va_list ap;
  va_start (ap, fmt);
  vprintf (fmt, ap);
  va_end (ap);
}

int
paste (const char *a, const char *b) /* { dg-message "^a does not escape$" } */
/* { dg-message "^b does not escape$" "" { target *-*-* } .-1 } */
{
  char *buf = malloc (64); /* { dg-message "^moved to stack: malloc\\(64\\)$" } */
  int *count = malloc (sizeof *count); /* { dg-message "^moved to stack: malloc\\(4\\)$" } */
  if (!buf || !count)
    abort ();
  strcpy (buf, a);
  strcat (buf, b);
  warning ("pasting \"%s\" and \"%s\" gives \"%s\"\n", a, b, buf);
  say ("%s%n has", buf, count);
  say (" %d characters\n", *count);
  int n = strlen (buf);
  if (*count != n)
    abort ();
  free (count);
  free (buf);
  return n;
}

int
address (void)
{
  char *buf = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  char want[64];
  if (!buf)
    abort ();
  strcpy (buf, "x");
  warning ("%p\n", (void *) buf);
  snprintf (want, sizeof want, "warning: %p\n", (void *) buf);
  int same = strcmp (line, want) == 0;
  free (buf);
  return same;
}

int
main (void)
{
  if (paste ("ab", "cde") != 5)
    abort ();
  if (!address ())
    abort ();
  return 0;
}

/* { dg-output "^warning: pasting \"ab\" and \"cde\" gives \"abcde\"\r?\nabcde has 5 characters\r?\nwarning: 0x\[0-9a-f\]+\r?\n$" } */
