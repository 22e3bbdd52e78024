/* Callees that only read through their parameters: a caller's allocation
   passed to them stays local, whether the callee is static or public,
   defined before or after the caller, reads one level or two, frees its
   argument, or hands it on to another reader.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

static int
first_char (const char *s) /* { dg-message "^s does not escape$" } */
{
  return s[0];
}

int
sum (const int *a, int n) /* { dg-message "^a does not escape$" } */
{
  int t = 0;
  for (int i = 0; i < n; i++)
    t += a[i];
  return t;
}

static int
second_level (char **pp) /* { dg-message "^pp does not escape$" } */
{
  return pp[0][0];
}

static void
drop (char *p) /* { dg-message "^p does not escape$" } */
/* { dg-message "^drop is a deallocator \\(frees p\\)$" "" { target *-*-* } .-1 } */
{
  free (p);
}

static int
relay (const char *s) /* { dg-message "^s does not escape$" } */
{
  return first_char (s) + first_char (s + 1);
}

static int later_reader (const char *s);

int
use_static_reader (void)
{
  char *p = malloc (8); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  p[0] = 'a';
  int r = first_char (p);
  free (p);
  return r;
}

int
use_public_reader (int n)
{
  int *a = malloc (n * sizeof *a); /* { dg-message "^malloc\\(n \\* 4\\) does not escape$" } */
  for (int i = 0; i < n; i++)
    a[i] = i;
  int r = sum (a, n);
  free (a);
  return r;
}

int
use_second_level (void)
{
  char **pp = malloc (sizeof *pp); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  char *s = malloc (4); /* { dg-message "^malloc\\(4\\) does not escape$" } */
  s[0] = 0;
  pp[0] = s;
  int r = second_level (pp);
  free (s);
  free (pp);
  return r;
}

void
use_drop (void)
{
  drop (malloc (16)); /* { dg-message "^malloc\\(16\\) does not escape$" } */
}

int
use_relay (void)
{
  char *p = calloc (2, 1); /* { dg-message "^calloc\\(2, 1\\) does not escape$" } */
  int r = relay (p);
  free (p);
  return r;
}

int
use_later_reader (void)
{
  char *p = malloc (3); /* { dg-message "^malloc\\(3\\) does not escape$" } */
  p[0] = 0;
  return later_reader (p);
}

/* The caller's own parameter, only read by the callee.  */
int
pass_param (const char *q) /* { dg-message "^q does not escape$" } */
{
  return relay (q) + first_char (q);
}

static int
later_reader (const char *s) /* { dg-message "^s does not escape$" } */
{
  return s[0] == 0;
}
