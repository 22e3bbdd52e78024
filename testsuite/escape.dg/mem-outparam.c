/* Pointer-to-pointer out-parameters: storing through a pointer to a local
   pointer variable keeps the value local; storing through a caller's
   pointer (a parameter) hands the value to the caller.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

char *gp;
void reset (char **);

int
out_to_local (void)
{
  char *p;
  char **pp = &p;
  *pp = malloc (8); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  int r = p[0];
  free (p);
  return r;
}

void
out_to_local_then_global (void)
{
  char *p;
  char **pp = &p;
  *pp = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  gp = p;
}

void
local_address_to_call (void)
{
  /* reset can read p, so it can keep the allocation.  */
  char *p = malloc (24); /* { dg-message "^malloc\\(24\\) escapes to heap$" } */
  reset (&p);
}

void
get_buffer (char **out) /* { dg-message "^out does not escape$" } */
{
  *out = malloc (32); /* { dg-message "^malloc\\(32\\) escapes to heap$" } */
}

int
out_through_two_levels (void)
{
  char *p;
  char *q;
  char **slots[2] = { &p, &q };
  *slots[1] = malloc (40); /* { dg-message "^malloc\\(40\\) does not escape$" } */
  int r = q[0];
  free (q);
  return r;
}
