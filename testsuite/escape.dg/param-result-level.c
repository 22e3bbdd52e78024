/* Parameters whose content reaches the result (level 1 and more), and
   Go's rule that a result leak no better than the heap leak is not
   printed.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

struct node { struct node *next; int v; };
struct S { char *a; };
char *gp;

char *
deref (char **pp) /* { dg-message "^leaking param: pp to result level=1$" } */
{
  return *pp;
}

struct node *
next (struct node *n) /* { dg-message "^leaking param: n to result level=1$" } */
{
  return n->next;
}

struct node *
next_next (struct node *n) /* { dg-message "^leaking param: n to result level=2$" } */
{
  return n->next->next;
}

struct S
copy_out (struct S *p) /* { dg-message "^leaking param: p to result level=1$" } */
{
  return *p;
}

char *
deref_through_box (char **pp) /* { dg-message "^leaking param: pp to result level=1$" } */
{
  char **q = malloc (sizeof *q); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  q[0] = *pp;
  char *r = q[0];
  free (q);
  return r;
}

char *
heap_and_result_same_level (char *p) /* { dg-message "^leaking param: p$" } */
{
  gp = p;
  return p;
}

char *
content_heap_result_level1 (char **pp) /* { dg-message "^leaking param content: pp$" } */
{
  gp = *pp;
  return *pp;
}

char *
content_heap_result_level0 (char **pp) /* { dg-message "^leaking param content: pp$" } */
/* { dg-message "^leaking param: pp to result$" "" { target *-*-* } .-1 } */
{
  gp = *pp;
  return (char *) pp;
}
