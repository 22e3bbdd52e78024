/* The va_list printers (core/libc.c): vprintf and vfprintf only read;
   vsprintf and vsnprintf copy the format's characters into the buffer and
   may put anything the va_list reaches there.  The prototypes are written
   out here instead of including <stdio.h>: at -O2 glibc's header gives
   vprintf an inline body, which would be analysed (and reported) in the
   header instead of the library's model being used.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdarg.h>
#include <stddef.h>

typedef struct _IO_FILE FILE;
extern FILE *stderr;
extern int vprintf (const char *, va_list);
extern int vfprintf (FILE *, const char *, va_list);
extern int vsprintf (char *, const char *, va_list);
extern int vsnprintf (char *, size_t, const char *, va_list);
extern void *malloc (size_t);
extern void free (void *);

char *g;

void
log_both (const char *fmt, ...) /* { dg-message "^fmt does not escape$" } */
{
  va_list ap;
  va_start (ap, fmt);
  vprintf (fmt, ap);
  va_end (ap);
  va_start (ap, fmt);
  vfprintf (stderr, fmt, ap);
  va_end (ap);
}

void
format_local (const char *fmt, ...) /* { dg-message "^fmt does not escape$" } */
{
  char *buf = malloc (64); /* { dg-message "^malloc\\(64\\) does not escape$" } */
  va_list ap;
  va_start (ap, fmt);
  vsnprintf (buf, 64, fmt, ap);
  va_end (ap);
  free (buf);
}

/* The format's characters are copied into a buffer that escapes.  */
void
format_kept (const char *fmt, ...) /* { dg-message "^leaking param content: fmt$" } */
{
  char *buf = malloc (65); /* { dg-message "^malloc\\(65\\) escapes to heap$" } */
  va_list ap;
  va_start (ap, fmt);
  vsprintf (buf, fmt, ap);
  va_end (ap);
  g = buf;
}

/* An allocated format string is only read.  */
void
allocated_format (int n, ...)
{
  char *fmt = malloc (66); /* { dg-message "^malloc\\(66\\) does not escape$" } */
  char *buf = malloc (67); /* { dg-message "^malloc\\(67\\) does not escape$" } */
  fmt[0] = 0;
  va_list ap;
  va_start (ap, n);
  vsnprintf (buf, 67, fmt, ap);
  va_end (ap);
  va_start (ap, n);
  vprintf (fmt, ap);
  va_end (ap);
  free (buf);
  free (fmt);
}

/* Whatever vsprintf writes may be a pointer: what the caller stores
   through a pointer loaded from the buffer escapes.  */
void
format_then_store (const char *fmt, ...) /* { dg-message "^fmt does not escape$" } */
{
  void **buf = malloc (8 * sizeof *buf); /* { dg-message "^malloc\\(64\\) does not escape$" } */
  va_list ap;
  va_start (ap, fmt);
  vsprintf ((char *) buf, fmt, ap);
  va_end (ap);
  *(char **) buf[0] = malloc (68); /* { dg-message "^malloc\\(68\\) escapes to heap$" } */
  free (buf);
}
