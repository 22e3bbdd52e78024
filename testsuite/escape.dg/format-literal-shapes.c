/* A printf format is read from where the literal it points into starts
   ("&"%%p"[1]" is "%p"), and a conversion none of C's or glibc's own (one
   a program may have registered with glibc's register_printf_specifier,
   whose handler is handed the argument) may print or keep a pointer.
   Both were adversarial findings: the first read "%%p" from its first
   byte, the second took "%Y" for a read.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

char buf[64];

static void
warn (const char *fmt, ...) /* { dg-message "^fmt does not escape$" } */
{
  va_list ap;
  va_start (ap, fmt);
  vprintf (fmt, ap);
  va_end (ap);
}

void
offset (void)
{
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  strcpy (p, "hello");
  snprintf (buf, sizeof buf, &"%%p"[1], p);
}

void
offset_swapped (void)
{
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  strcpy (p, "hello");
  snprintf (buf, sizeof buf, &1["%%p"], p);
}

void
offset_later (void)
{
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  strcpy (p, "hello");
  snprintf (buf, sizeof buf, &"%s%%p"[3], p);
}

void
offset_logger (void)
{
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  strcpy (p, "hello");
  warn (&"%%p"[1], p);
}

/* Past the "%%": a plain string.  */
void
offset_safe (void)
{
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  strcpy (p, "hello");
  snprintf (buf, sizeof buf, &"%%p%s"[3], p);
  free (p);
}

void
registered (void)
{
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  strcpy (p, "hello");
  printf ("%Y\n", p);
}

void
registered_logger (void)
{
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  strcpy (p, "hello");
  warn ("%Y\n", p);
}

/* glibc's own %m prints errno's text, and reads no argument.  */
void
standard (void)
{
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  strcpy (p, "hello");
  warn ("%s %m %5.2s %ls\n", p, p, L"w");
  free (p);
}
