/* A summary from another unit keeps its stores into what a parameter
   reaches (units/summaries-deep-lib.c: setall stores p into every node
   of the list): x, stored into n2 through n1, then put in a global from
   n2, escapes, as it does when setall is in the same unit (the file
   once dropped those stores, and x did not).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
/* { dg-summaries-from "units/summaries-deep-lib.c" } */
#include <stdlib.h>
struct node { struct node *next; int *val; };
void setall (struct node *l, int *p);
int *g;

void
use (void)
{
  int *x = malloc (4);	/* { dg-message "^malloc\\(4\\) escapes to heap$" } */
  struct node n2 = { 0, 0 };
  struct node n1 = { &n2, 0 };
  setall (&n1, x);
  g = n2.val;
  free (x);
}
