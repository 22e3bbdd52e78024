/* Containers of containers: escape is transitive through every level,
   and a local outer container keeps both levels local.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

char ***g3;
void sink (void *);

int
both_levels_local (void)
{
  char ***o = malloc (8); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  char **i = malloc (16); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  o[0] = i;
  i[0] = malloc (4); /* { dg-message "^malloc\\(4\\) does not escape$" } */
  int r = o[0][0][0];
  free (i[0]);
  free (i);
  free (o);
  return r;
}

void
outer_to_global (void)
{
  char ***o = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
  char **i = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  o[0] = i;
  i[0] = malloc (4); /* { dg-message "^malloc\\(4\\) escapes to heap$" } */
  g3 = o;
}

void
outer_to_call_inner_filled_first (void)
{
  char ***o = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
  char **i = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  i[0] = malloc (4); /* { dg-message "^malloc\\(4\\) escapes to heap$" } */
  o[0] = i;
  sink (o);
}

struct S { char *a; char *b; };
struct S *gsp;

void
aggregate_copy_between_heap_structs (void)
{
  /* *y = *x copies x's pointer into y, which escapes; x itself does not.  */
  struct S *x = malloc (sizeof *x); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  struct S *y = malloc (sizeof *y); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  x->a = malloc (3); /* { dg-message "^malloc\\(3\\) escapes to heap$" } */
  x->b = 0;
  *y = *x;
  gsp = y;
  free (x);
}
