/* Parameters whose value reaches the result (level 0).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

struct node { struct node *next; int v; };
struct S { char *a; };

char *
identity (char *p) /* { dg-message "^leaking param: p to result$" } */
{
  return p;
}

char *
offset (char *p) /* { dg-message "^leaking param: p to result$" } */
{
  return p + 1;
}

int *
field_address (struct node *n) /* { dg-message "^leaking param: n to result$" } */
{
  return &n->v;
}

char *
either (int c, char *a, char *b) /* { dg-message "^leaking param: a to result$" } */
/* { dg-message "^leaking param: b to result$" "" { target *-*-* } .-1 } */
{
  return c ? a : b;
}

struct node *
last (struct node *n) /* { dg-message "^leaking param: n to result$" } */
{
  while (n->next)
    n = n->next;
  return n;
}

struct S
wrap (char *p) /* { dg-message "^leaking param: p to result$" } */
{
  struct S s;
  s.a = p;
  return s;
}

char *
through_local_box (char *p) /* { dg-message "^leaking param: p to result$" } */
{
  char **c = malloc (sizeof *c); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  *c = p;
  char *r = *c;
  free (c);
  return r;
}
