/* The C library's stdio functions (core/libc.c): the printf family and
   puts only read their arguments (fprintf, fputs, putc, fputc and fflush
   also touch the FILE); sprintf and snprintf copy string contents into the
   buffer; fwrite makes what the buffer holds escape (binary output can be
   read back as pointers); fread and fgets fill the buffer with bytes that
   may be pointers, fgets returns its buffer; getc and fgetc touch the
   FILE.  (vprintf and friends: libc-vprintf.c.)  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <stdio.h>

char *g;
char g_buf[64];

void
print_strings (void)
{
  char *s = malloc (32); /* { dg-message "^malloc\\(32\\) does not escape$" } */
  s[0] = 0;
  printf ("%s\n", s);
  fprintf (stderr, "%s\n", s);
  dprintf (2, "%s\n", s);
  puts (s);
  fputs (s, stdout);
  free (s);
}

/* The format string itself, allocated.  */
void
print_format (void)
{
  char *fmt = malloc (33); /* { dg-message "^malloc\\(33\\) does not escape$" } */
  fmt[0] = 0;
  printf (fmt, 1);
  fprintf (stderr, fmt, 2);
  free (fmt);
}

void
put_chars (void)
{
  char *s = malloc (34); /* { dg-message "^malloc\\(34\\) does not escape$" } */
  s[0] = 'a';
  putc (s[0], stdout);
  fputc (s[0], stderr);
  fflush (stdout);
  free (s);
}

/* sprintf copies characters: neither the buffer nor the string escapes.  */
void
sprintf_local (void)
{
  char *buf = malloc (35); /* { dg-message "^malloc\\(35\\) does not escape$" } */
  char *s = malloc (36); /* { dg-message "^malloc\\(36\\) does not escape$" } */
  s[0] = 0;
  sprintf (buf, "%.8s", s);
  snprintf (buf, 35, "%s", s);
  free (s);
  free (buf);
}

void
sprintf_buffer_kept (void)
{
  char *buf = malloc (37); /* { dg-message "^malloc\\(37\\) escapes to heap$" } */
  char *s = malloc (38); /* { dg-message "^malloc\\(38\\) does not escape$" } */
  s[0] = 0;
  snprintf (buf, 37, "%s", s);
  g = buf;
  free (s);
}

void
sprintf_into_global (void)
{
  char *s = malloc (39); /* { dg-message "^malloc\\(39\\) does not escape$" } */
  s[0] = 0;
  snprintf (g_buf, sizeof g_buf, "%s", s);
  free (s);
}

/* What the arguments point to is copied into the buffer: a pointer held
   there goes along.  */
void
sprintf_copies_contents (void)
{
  char *buf = malloc (40); /* { dg-message "^malloc\\(40\\) escapes to heap$" } */
  char *p = malloc (41); /* { dg-message "^malloc\\(41\\) escapes to heap$" } */
  char **cell = malloc (sizeof *cell); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  *cell = p;
  snprintf (buf, 40, "%s", (char *) cell);
  g = buf;
  free (cell);
}

/* fwrite: the bytes written escape, the buffer does not.  */
void
fwrite_chars (FILE *f) /* { dg-message "^f does not escape$" } */
{
  char *s = malloc (42); /* { dg-message "^malloc\\(42\\) does not escape$" } */
  s[0] = 0;
  fwrite (s, 1, 42, f);
  free (s);
}

void
fwrite_pointer (FILE *f) /* { dg-message "^f does not escape$" } */
{
  char *p = malloc (43); /* { dg-message "^malloc\\(43\\) escapes to heap$" } */
  fwrite (&p, sizeof p, 1, f);
}

void
fwrite_pointer_table (FILE *f) /* { dg-message "^f does not escape$" } */
{
  char **table = malloc (2 * sizeof *table); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  table[0] = malloc (44); /* { dg-message "^malloc\\(44\\) escapes to heap$" } */
  table[1] = 0;
  fwrite (table, sizeof *table, 2, f);
  free (table);
}

/* fread: the buffer may now hold any pointer.  */
void
fread_then_store (FILE *f) /* { dg-message "^f does not escape$" } */
{
  void **slots = malloc (2 * sizeof *slots); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  if (fread (slots, sizeof *slots, 2, f) == 2)
    *(char **) slots[0] = malloc (45); /* { dg-message "^malloc\\(45\\) escapes to heap$" } */
  free (slots);
}

int
fgets_local (FILE *f) /* { dg-message "^f does not escape$" } */
{
  char *line = malloc (46); /* { dg-message "^malloc\\(46\\) does not escape$" } */
  int r = fgets (line, 46, f) != 0;
  free (line);
  return r;
}

void
fgets_result_kept (FILE *f) /* { dg-message "^f does not escape$" } */
{
  char *line = malloc (47); /* { dg-message "^malloc\\(47\\) escapes to heap$" } */
  g = fgets (line, 47, f);
}

int
read_chars (FILE *f) /* { dg-message "^f does not escape$" } */
{
  char *s = malloc (48); /* { dg-message "^malloc\\(48\\) does not escape$" } */
  s[0] = getc (f);
  s[1] = fgetc (f);
  int r = s[0] + s[1];
  free (s);
  return r;
}
