/* Formats followed between functions (docs/design.md, "Formats between
   functions"): a variadic function that prints its arguments under its
   own format parameter, itself or through a va_list handed down to
   functions that are not variadic (tcc's _tcc_warning -> error1 ->
   strcat_vprintf -> vsnprintf), is summarised as printing them under that
   format, and a call checks its argument there as it checks a printf's: a
   literal without %p leaves them read as data (what they point to:
   printf's %s), anything else makes them escape (text printed with %p can
   be scanned back into the pointer).  Whatever is not understood (va_arg,
   the va_list kept or handed over by address, the format changed, two
   formats) stays as before: they escape.  x86-64 passes a va_list as a
   pointer, which gets a note of its own; aarch64 as a struct, which does
   not.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void *g;
char g_fmt[16];
static va_list saved;

/* A logger.  */
static void
warn (const char *fmt, ...) /* { dg-message "^fmt does not escape$" } */
{
  va_list ap;
  va_start (ap, fmt);
  vfprintf (stderr, fmt, ap);
  va_end (ap);
}

/* Into a buffer of its own, then out.  */
static void
note (const char *fmt, ...) /* { dg-message "^fmt does not escape$" } */
{
  char buf[128];
  va_list ap;
  va_start (ap, fmt);
  vsnprintf (buf, sizeof buf, fmt, ap);
  va_end (ap);
  fputs (buf, stderr);
}

/* tcc's shape: the va_list and the format handed down through two
   functions that are not variadic.  */
static void
cat_vprintf (char *buf, int size, const char *fmt, va_list ap) /* { dg-message "^buf does not escape$" } */
/* { dg-message "^leaking param: fmt into \\*buf level=1$" "" { target *-*-* } .-1 } */
/* { dg-message "^ap does not escape$" "" { target x86_64-*-* } .-2 } */
{
  int len = strlen (buf);
  vsnprintf (buf + len, size - len, fmt, ap);
}

static void
error1 (int mode, const char *fmt, va_list ap) /* { dg-message "^fmt does not escape$" } */
/* { dg-message "^ap does not escape$" "" { target x86_64-*-* } .-1 } */
{
  char buf[256];
  buf[0] = 0;
  if (mode)
    strcat (buf, "warning: ");
  cat_vprintf (buf, sizeof buf, fmt, ap);
  fputs (buf, stderr);
}

static void
tcc_warning (const char *fmt, ...) /* { dg-message "^fmt does not escape$" } */
{
  va_list ap;
  va_start (ap, fmt);
  error1 (1, fmt, ap);
  va_end (ap);
}

/* A copy printed, then the original.  */
static void
twice (const char *fmt, ...) /* { dg-message "^fmt does not escape$" } */
{
  va_list ap, aq;
  va_start (ap, fmt);
  va_copy (aq, ap);
  vfprintf (stderr, fmt, aq);
  va_end (aq);
  vprintf (fmt, ap);
  va_end (ap);
}

/* A format of its own that prints no pointer.  */
static void
own_plain (int n, ...)
{
  va_list ap;
  va_start (ap, n);
  vfprintf (stderr, "%s\n", ap);
  va_end (ap);
}

/* Recursion: a prefix per level, then the message, from a copy of the
   va_list each level down (va_copy's model says its source may leak:
   a note on x86-64, where it is a pointer).  */
static void
nested_v (int depth, const char *fmt, va_list ap) /* { dg-message "^fmt does not escape$" } */
/* { dg-message "^leaking param: ap$" "" { target x86_64-*-* } .-1 } */
{
  if (depth > 0)
    {
      va_list aq;
      va_copy (aq, ap);
      fputc (' ', stderr);
      nested_v (depth - 1, fmt, aq);
      va_end (aq);
    }
  else
    vfprintf (stderr, fmt, ap);
}

static void
nested (int depth, const char *fmt, ...) /* { dg-message "^fmt does not escape$" } */
{
  va_list ap;
  va_start (ap, fmt);
  nested_v (depth, fmt, ap);
  va_end (ap);
}

/* A cycle through a variadic function: the va_list's printer reports
   its depth through the logger first.  */
static void vcycle (int depth, const char *fmt, va_list ap);

static void
cycle (int depth, const char *fmt, ...) /* { dg-message "^fmt does not escape$" } */
{
  va_list ap;
  va_start (ap, fmt);
  vcycle (depth, fmt, ap);
  va_end (ap);
}

static void
vcycle (int depth, const char *fmt, va_list ap) /* { dg-message "^fmt does not escape$" } */
/* { dg-message "^ap does not escape$" "" { target x86_64-*-* } .-1 } */
{
  if (depth > 0)
    cycle (depth - 1, "%d: ", depth);
  vfprintf (stderr, fmt, ap);
}

/* Printed, and one kept: va_arg is not followed.  */
static void
print_and_keep (const char *fmt, ...) /* { dg-message "^fmt does not escape$" } */
{
  va_list ap;
  va_start (ap, fmt);
  vfprintf (stderr, fmt, ap);
  va_end (ap);
  va_start (ap, fmt);
  g = va_arg (ap, void *);
  va_end (ap);
}

/* The format changed before it is used: it may print a pointer whatever
   the caller passes.  */
static void
reassigned (const char *fmt, ...) /* { dg-message "^fmt does not escape$" } */
{
  va_list ap;
  va_start (ap, fmt);
  if (!*fmt)
    fmt = "%p\n";
  vfprintf (stderr, fmt, ap);
  va_end (ap);
}

static void
stepped (const char *fmt, ...) /* { dg-message "^fmt does not escape$" } */
{
  va_list ap;
  va_start (ap, fmt);
  vfprintf (stderr, fmt + 1, ap);
  va_end (ap);
}

/* A format of its own that prints a pointer.  */
static void
own_pointer (int n, ...)
{
  va_list ap;
  va_start (ap, n);
  vfprintf (stderr, "%d %p\n", ap);
  va_end (ap);
}

/* Under two formats: a summary follows one.  */
static void
two_formats (const char *f1, const char *f2, ...) /* { dg-message "^f1 does not escape$" } */
/* { dg-message "^f2 does not escape$" "" { target *-*-* } .-1 } */
{
  va_list ap;
  va_start (ap, f2);
  vfprintf (stderr, f1, ap);
  va_end (ap);
  va_start (ap, f2);
  vfprintf (stderr, f2, ap);
  va_end (ap);
}

/* The va_list kept for later.  */
static void
stores (const char *fmt, ...) /* { dg-message "^fmt does not escape$" } */
{
  va_list ap;
  va_start (ap, fmt);
  va_copy (saved, ap);
  va_end (ap);
}

/* Handed on by address.  */
static void
by_address_v (const char *fmt, va_list *ap) /* { dg-message "^fmt does not escape$" } */
/* { dg-message "^ap does not escape$" "" { target *-*-* } .-1 } */
{
  vfprintf (stderr, fmt, *ap);
}

static void
by_address (const char *fmt, ...) /* { dg-message "^fmt does not escape$" } */
{
  va_list ap;
  va_start (ap, fmt);
  by_address_v (fmt, &ap);
  va_end (ap);
}

/* Literal formats without %p: read only.  */
void
printed (const char *s) /* { dg-message "^s does not escape$" } */
{
  char *a = malloc (10); /* { dg-message "^malloc\\(10\\) does not escape$" } */
  char *b = malloc (11); /* { dg-message "^malloc\\(11\\) does not escape$" } */
  strcpy (a, s);
  strcpy (b, s);
  warn ("%s and %s\n", a, b);
  note ("%s and %s\n", a, b);
  tcc_warning ("%s and %s\n", a, b);
  twice ("%s\n", a);
  nested (2, "%s\n", b);
  cycle (2, "%s\n", a);
  own_plain (1, a);
  free (a);
  free (b);
}

/* %n writes an int (a count, no pointer) through its argument, which it
   does not keep: as for printf itself.  */
int
counted (void)
{
  int *n = malloc (sizeof *n); /* { dg-message "^malloc\\(4\\) does not escape$" } */
  warn ("%s%n\n", "abc", n);
  int r = *n;
  free (n);
  return r;
}

/* Formats that may print a pointer, at the call or further down.  */
void
escaping (const char *s) /* { dg-message "^s does not escape$" } */
{
  warn ("%p\n", malloc (12)); /* { dg-message "^malloc\\(12\\) escapes to heap$" } */
  note ("%p\n", malloc (13)); /* { dg-message "^malloc\\(13\\) escapes to heap$" } */
  tcc_warning ("%s %p\n", "x", malloc (14)); /* { dg-message "^malloc\\(14\\) escapes to heap$" } */
  nested (1, "%p\n", malloc (15)); /* { dg-message "^malloc\\(15\\) escapes to heap$" } */
  cycle (1, "%p\n", malloc (16)); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  own_pointer (1, malloc (17)); /* { dg-message "^malloc\\(17\\) escapes to heap$" } */
  /* glibc's flag I and length Z before a p.  */
  warn ("%Ip\n", malloc (26)); /* { dg-message "^malloc\\(26\\) escapes to heap$" } */
  printf ("%Zp\n", malloc (27)); /* { dg-message "^malloc\\(27\\) escapes to heap$" } */
  /* Not literals.  */
  warn (g_fmt, malloc (18)); /* { dg-message "^malloc\\(18\\) escapes to heap$" } */
  warn (s, malloc (19)); /* { dg-message "^malloc\\(19\\) escapes to heap$" } */
}

/* What is not understood.  */
void
not_followed (void)
{
  print_and_keep ("%s\n", malloc (20)); /* { dg-message "^malloc\\(20\\) escapes to heap$" } */
  reassigned ("%s\n", malloc (21)); /* { dg-message "^malloc\\(21\\) escapes to heap$" } */
  stepped ("%s\n", malloc (22)); /* { dg-message "^malloc\\(22\\) escapes to heap$" } */
  two_formats ("%s\n", "%s\n", malloc (23)); /* { dg-message "^malloc\\(23\\) escapes to heap$" } */
  stores ("%s\n", malloc (24)); /* { dg-message "^malloc\\(24\\) escapes to heap$" } */
  by_address ("%s\n", malloc (25)); /* { dg-message "^malloc\\(25\\) escapes to heap$" } */
}
