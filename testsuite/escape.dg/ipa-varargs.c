/* Variadic functions of the unit: arguments past the parameters can only
   be read through va_start (or handed on whole with
   __builtin_va_arg_pack or __builtin_apply_args, or found in the frame
   by asm or __builtin_frame_address).  A variadic function that does
   none of those cannot keep them: they do not escape through it.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

void *g;

/* A logger compiled out: never looks at its arguments.  */
static void
debug_log (const char *fmt, ...) /* { dg-message "^fmt does not escape$" } */
{
  (void) fmt;
}

/* Hands on only its named parameter.  */
static void
count (int n, ...)
{
  debug_log ("%d", n);
}

static void
keep (int n, ...)
{
  va_list ap;
  va_start (ap, n);
  while (n-- > 0)
    g = va_arg (ap, void *);
  va_end (ap);
}

/* Prints with %p: the text can be scanned back into the pointer.  */
static int
print (const char *fmt, ...) /* { dg-message "^fmt does not escape$" } */
{
  va_list ap;
  va_start (ap, fmt);
  int r = vprintf (fmt, ap);
  va_end (ap);
  return r;
}

/* va_copy of a list made by va_start.  */
static void
copy (int n, ...)
{
  va_list ap, aq;
  va_start (ap, n);
  va_copy (aq, ap);
  g = va_arg (aq, void *);
  va_end (aq);
  va_end (ap);
}

static void *
apply (int n, ...)
{
  (void) n;
  return __builtin_apply_args ();
}

static void *
frame (int n, ...)
{
  (void) n;
  return __builtin_frame_address (0);
}

/* Hands them on whole when inlined (found missing by trying it: GIMPLE
   keeps no call of __builtin_va_arg_pack, only a flag on the call).  */
static inline __attribute__ ((always_inline)) int
wrap (const char *fmt, ...) /* { dg-message "^fmt does not escape$" } */
{
  return printf (fmt, __builtin_va_arg_pack ());
}

static void
in_asm (int n, ...)
{
  __asm__ volatile ("" : : "r" (n) : "memory");
}

void
calls (void)
{
  char *a = malloc (1); /* { dg-message "^malloc\\(1\\) does not escape$" } */
  char *b = malloc (2); /* { dg-message "^malloc\\(2\\) does not escape$" } */
  debug_log ("%s %s", a, b);
  count (2, a, b);
  free (a);
  free (b);
  keep (1, malloc (3)); /* { dg-message "^malloc\\(3\\) escapes to heap$" } */
  print ("%p", malloc (4)); /* { dg-message "^malloc\\(4\\) escapes to heap$" } */
  copy (1, malloc (5)); /* { dg-message "^malloc\\(5\\) escapes to heap$" } */
  g = apply (1, malloc (6)); /* { dg-message "^malloc\\(6\\) escapes to heap$" } */
  g = frame (1, malloc (7)); /* { dg-message "^malloc\\(7\\) escapes to heap$" } */
  in_asm (1, malloc (8)); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
  char *c = malloc (9); /* { dg-message "^malloc\\(9\\) escapes to heap$" } */
  wrap ("%p", c);
  free (c);
}

/* The caller's parameters.  */
void
pass (char *p, char *q) /* { dg-message "^p does not escape$" } */
/* { dg-message "^leaking param: q$" "" { target *-*-* } .-1 } */
{
  debug_log ("%s", p);
  keep (1, q);
}
