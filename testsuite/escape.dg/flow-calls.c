/* Calls go through summaries: a function without a body gets its pointer
   arguments, and what it returns points to the heap; a function defined in
   this file, or a C library function in the model, keeps only what its
   summary says it keeps.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

extern void consume (void *);
extern char **lookup_slot (const char *key);

static int
local_helper (char *p) /* { dg-message "p does not escape" } */
{
  return p[0];
}

void
hand_off (void)
{
  void *p = malloc (64); /* { dg-message "malloc\\(64\\) escapes to heap" } */
  consume (p);
}

int
helper_in_file (void)
{
  char *p = malloc (65); /* { dg-message "malloc\\(65\\) does not escape" } */
  p[0] = 0;
  int r = local_helper (p);
  free (p);
  return r;
}

size_t
measure (void)
{
  char *p = calloc (1, 80); /* { dg-message "calloc\\(1, 80\\) does not escape" } */
  size_t n = strlen (p);
  free (p);
  return n;
}

void
show (int n)
{
  char *p = malloc (n); /* { dg-message "malloc\\(n\\) does not escape" } */
  memset (p, '-', n - 1);
  p[n - 1] = 0;
  printf ("%s\n", p);
  free (p);
}

/* The slot comes from a call, so it is the heap's.  */
void
install (const char *key) /* { dg-message "leaking param: key$" } */
{
  char **slot = lookup_slot (key);
  *slot = malloc (48); /* { dg-message "malloc\\(48\\) escapes to heap" } */
}

void
forward (char *p) /* { dg-message "leaking param: p$" } */
{
  consume (p);
}
