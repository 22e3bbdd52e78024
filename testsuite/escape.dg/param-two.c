/* Several parameters: each gets its own note, with its own verdict.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

char *gp;
char **gpp;
void sink (void *);

char *
heap_and_result (char *a, char *b) /* { dg-message "^leaking param: a$" } */
/* { dg-message "^leaking param: b to result$" "" { target *-*-* } .-1 } */
{
  gp = a;
  return b;
}

void
one_used_one_not (char *a, char *b) /* { dg-message "^a does not escape$" } */
/* { dg-message "^leaking param: b$" "" { target *-*-* } .-1 } */
{
  sink (b);
}

char *
content_and_value (char **pp, char *v) /* { dg-message "^leaking param: pp to result level=1$" } */
/* { dg-message "^leaking param: v$" "" { target *-*-* } .-1 } */
{
  gpp = &gp;
  *gpp = v;
  return *pp;
}

struct box { char *p; };

void
store_then_read_back (struct box *a, char *v) /* { dg-message "^leaking param content: a$" } */
/* { dg-message "^leaking param: v$" "" { target *-*-* } .-1 } */
{
  a->p = v;
  gp = a->p;
}

char *
three (char *x, char **y, char *z) /* { dg-message "^x does not escape$" } */
/* { dg-message "^y does not escape$" "" { target *-*-* } .-1 } */
/* { dg-message "^leaking param: z to result$" "" { target *-*-* } .-2 } */
{
  *y = 0;
  return x[0] ? z : 0;
}
