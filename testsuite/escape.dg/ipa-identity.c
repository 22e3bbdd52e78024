/* Callees that return a parameter ("leaking param: p to result"): the
   caller's argument goes wherever the caller puts the call's result, and
   nowhere else.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

char *g;

static char *
id (char *p) /* { dg-message "^leaking param: p to result$" } */
{
  return p;
}

static char *
pick (char *a, char *b, int c) /* { dg-message "^leaking param: a to result$" } */
/* { dg-message "^leaking param: b to result$" "" { target *-*-* } .-1 } */
{
  return c ? a : b;
}

static char *
skip_first (char *s) /* { dg-message "^leaking param: s to result$" } */
{
  return s + 1;
}

/* Returned and also kept: the heap leak is the one reported.  */
static char *
keep_and_return (char *p) /* { dg-message "^leaking param: p$" } */
{
  g = p;
  return p;
}

int
result_used_locally (void)
{
  char *q = id (malloc (8)); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  q[0] = 1;
  int r = q[0];
  free (q);
  return r;
}

void
result_to_global (void)
{
  g = id (malloc (9)); /* { dg-message "^malloc\\(9\\) escapes to heap$" } */
}

char *
result_returned (void)
{
  return id (malloc (10)); /* { dg-message "^malloc\\(10\\) escapes to heap$" } */
}

void
result_dropped (void)
{
  char *p = malloc (11); /* { dg-message "^malloc\\(11\\) does not escape$" } */
  id (p);
  free (p);
}

void
nested_identity (void)
{
  char *p = malloc (12); /* { dg-message "^malloc\\(12\\) escapes to heap$" } */
  g = id (id (id (p)));
}

void
pick_one_kept (int c)
{
  char *a = malloc (13); /* { dg-message "^malloc\\(13\\) escapes to heap$" } */
  char *b = malloc (14); /* { dg-message "^malloc\\(14\\) escapes to heap$" } */
  g = pick (a, b, c);
}

int
pick_both_local (int c)
{
  char *a = malloc (15); /* { dg-message "^malloc\\(15\\) does not escape$" } */
  char *b = malloc (16); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  a[0] = b[0] = 0;
  int r = pick (a, b, c)[0];
  free (a);
  free (b);
  return r;
}

void
interior_pointer_kept (void)
{
  char *s = malloc (17); /* { dg-message "^malloc\\(17\\) escapes to heap$" } */
  g = skip_first (s);
}

int
kept_by_callee (void)
{
  char *p = malloc (18); /* { dg-message "^malloc\\(18\\) escapes to heap$" } */
  return keep_and_return (p)[0];
}

/* The caller's parameters, through the callee.  */
char *
wrap (char *p) /* { dg-message "^leaking param: p to result$" } */
{
  return id (p);
}

void
wrap_to_global (char *p) /* { dg-message "^leaking param: p$" } */
{
  g = wrap (p);
}

int
wrap_local (char *p) /* { dg-message "^p does not escape$" } */
{
  return wrap (p)[0];
}
