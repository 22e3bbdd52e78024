/* Locals whose address is taken live in memory.  Storing through a
   pointer to such a local puts the value in the local: it escapes only if
   the local's contents later escape.  An array's elements named by
   constant indices are apart (docs/design.md, "Fields").  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

char *saved;

static void
init_out (char **out, size_t n) /* { dg-message "out does not escape" } */
{
  (void) n;
  *out = 0;
}

int
through_local (void)
{
  char *p;
  char **pp = &p;
  *pp = malloc (16); /* { dg-message "malloc\\(16\\) does not escape" } */
  p[0] = 1;
  int r = p[0];
  free (p);
  return r;
}

char *
through_local_returned (void)
{
  char *p;
  char **pp = &p;
  *pp = malloc (24); /* { dg-message "malloc\\(24\\) escapes to heap" } */
  return p;
}

void
through_local_saved (void)
{
  char *p = 0;
  char **pp = &p;
  *pp = malloc (40); /* { dg-message "malloc\\(40\\) escapes to heap" } */
  saved = *pp;
}

int
pair_on_stack (void)
{
  char *two[2];
  two[0] = malloc (8); /* { dg-message "malloc\\(8\\) does not escape" } */
  two[1] = malloc (9); /* { dg-message "malloc\\(9\\) does not escape" } */
  two[0][0] = two[1][0] = 0;
  free (two[0]);
  free (two[1]);
  return 0;
}

/* The array is one object: returning any element lets all of it out.  */
char *
pair_returned (void)
{
  char *two[2];
  two[0] = malloc (10); /* { dg-message "malloc\\(10\\) escapes to heap" } */
  /* Each element with a constant index is a field of its own: only
     two[0] is returned.  */
  two[1] = malloc (11); /* { dg-message "malloc\\(11\\) does not escape" } */
  free (two[1]);
  return two[0];
}

/* Passing &p to a function in the file goes through its summary: init_out
   only stores a null pointer into *out, so the allocation stays local.  */
char *
via_call (void)
{
  char *p = malloc (12); /* { dg-message "malloc\\(12\\) does not escape" } */
  init_out (&p, 12);
  return 0;
}
