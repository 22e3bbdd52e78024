/* A linked list built without a loop: nodes reachable from an escaping
   node escape, nodes that only point to escaping nodes do not.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

struct node { struct node *next; int v; };
struct node *ghead;

int
list_local (void)
{
  struct node *a = malloc (sizeof *a); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  struct node *b = malloc (sizeof *b); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  struct node *c = malloc (sizeof (struct node)); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  a->next = b;
  b->next = c;
  c->next = 0;
  int s = 0;
  for (struct node *p = a; p; p = p->next)
    s += p->v;
  free (c);
  free (b);
  free (a);
  return s;
}

void
head_escapes (void)
{
  struct node *a = malloc (sizeof *a); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  struct node *b = malloc (sizeof *b); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  struct node *c = malloc (sizeof *c); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  a->next = b;
  b->next = c;
  c->next = 0;
  ghead = a;
}

void
middle_escapes (void)
{
  struct node *a = malloc (sizeof *a); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  struct node *b = malloc (sizeof *b); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  struct node *c = malloc (sizeof *c); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  a->next = b;
  b->next = c;
  c->next = 0;
  ghead = b;
  free (a);
}

struct node *
cycle_returned (void)
{
  struct node *a = malloc (sizeof *a); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  struct node *b = malloc (sizeof *b); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  a->next = b;
  b->next = a;
  return b;
}
