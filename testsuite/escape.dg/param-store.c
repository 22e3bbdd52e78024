/* Stores through a parameter go into the caller's object: the stored value
   leaks into *that parameter ("leaking param: v into *out"), which a caller
   wires to its own objects; the parameter itself does not escape.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

struct node { struct node *next; int v; };
struct box { char *p; };

void
set_out (char **out, char *v) /* { dg-message "^out does not escape$" } */
/* { dg-message "^leaking param: v into \\*out$" "" { target *-*-* } .-1 } */
{
  *out = v;
}

void
link_nodes (struct node *a, struct node *b) /* { dg-message "^a does not escape$" } */
/* { dg-message "^leaking param: b into \\*a$" "" { target *-*-* } .-1 } */
{
  a->next = b;
}

void
two_levels_down (char ***ppp, char *v) /* { dg-message "^ppp does not escape$" } */
/* { dg-message "^leaking param: v into \\*\\*ppp$" "" { target *-*-* } .-1 } */
{
  **ppp = v;
}

void
self_link (struct node *n) /* { dg-message "^leaking param: n into \\*n$" } */
{
  n->next = n;
}

void
copy_content (char **dst, char **src) /* { dg-message "^dst does not escape$" } */
/* { dg-message "^leaking param: src into \\*dst level=1$" "" { target *-*-* } .-1 } */
{
  *dst = *src;
}

void
swap (char **a, char **b) /* { dg-message "^leaking param: a into \\*b level=1$" } */
/* { dg-message "^leaking param: b into \\*a level=1$" "" { target *-*-* } .-1 } */
{
  char *t = *a;
  *a = *b;
  *b = t;
}

void
fill_box (struct box *b) /* { dg-message "^b does not escape$" } */
{
  char *m = malloc (4); /* { dg-message "^malloc\\(4\\) escapes to heap$" } */
  b->p = m;
  char *back = b->p;
  back[0] = 0;
}

void
push_n (struct node **head, int n) /* { dg-message "^leaking param content: head$" } */
{
  for (int i = 0; i < n; i++)
    {
      struct node *nd = malloc (sizeof *nd); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
      nd->v = i;
      nd->next = *head;
      *head = nd;
    }
}

void
maybe_caller (char **out, int c) /* { dg-message "^out does not escape$" } */
{
  char *loc[1];
  char **d = c ? out : loc;
  *d = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
}
