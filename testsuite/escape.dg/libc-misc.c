/* Odds and ends of the C library model (core/libc.c): perror only reads;
   abort, exit and a failing assert end the program; the <ctype.h> tables
   and errno are the library's own memory, so a pointer stored there
   escapes.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <stdio.h>
#include <assert.h>
#include <ctype.h>
#include <errno.h>

void
report_error (void)
{
  char *msg = malloc (16); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  msg[0] = 0;
  perror (msg);
  free (msg);
}

int
checked (void)
{
  char *p = malloc (17); /* { dg-message "^malloc\\(17\\) does not escape$" } */
  if (!p)
    abort ();
  if (p[0])
    exit (p[1]);
  assert (p[2] == 0);
  int r = p[3];
  free (p);
  return r;
}

int
classify (void)
{
  char *s = malloc (18); /* { dg-message "^malloc\\(18\\) does not escape$" } */
  s[0] = 'a';
  int r = isalpha (s[0]) + tolower (s[0]) + toupper (s[0]);
  free (s);
  return r;
}

int
uses_errno (void)
{
  char *p = malloc (19); /* { dg-message "^malloc\\(19\\) does not escape$" } */
  errno = 0;
  p[0] = errno;
  int r = p[0];
  free (p);
  return r;
}

/* The ctype table pointer lives in the library: storing into it keeps the
   pointer.  */
void
store_into_library (void)
{
  char *p = malloc (20); /* { dg-message "^malloc\\(20\\) escapes to heap$" } */
  const unsigned short **table = __ctype_b_loc ();
  *table = (const unsigned short *) p;
}

int
check_param (const char *s) /* { dg-message "^s does not escape$" } */
{
  assert (s != 0);
  perror (s);
  return isdigit (s[0]);
}
