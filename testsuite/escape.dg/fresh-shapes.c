/* Objects a function hands its caller (core/fresh.c): the call is an
   allocation site of the caller, with its own verdict.  Returned,
   stored into *param, two levels deep, a constructor storing its
   parameters, one allocating members; and the shapes that must not count:
   a registering constructor, one keeping its object on some paths, a
   recursive builder, calls in loops whose objects outlive the
   iteration.  */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

struct node { int v; struct node *next; };
struct pair { char *a, *b; };

struct node *node_new (int v, struct node *next) /* { dg-message "^leaking param: next$" } */
{
  struct node *n = malloc (sizeof *n); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  if (!n)
    abort ();
  n->v = v;
  n->next = next;
  return n;
}

/* Two levels: a constructor calling a constructor.  */
struct node *node_new2 (int v)
{
  struct node *n = node_new (v, NULL); /* { dg-message "^node_new\\(v, 0\\) escapes to heap$" } */
  n->v++;
  return n;
}

/* Members.  */
struct pair *pair_new (size_t n)
{
  struct pair *p = malloc (sizeof *p); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  p->a = malloc (n); /* { dg-message "^malloc\\(n\\) escapes to heap$" } */
  p->b = malloc (n); /* { dg-message "^malloc\\(n\\) escapes to heap$" } */
  return p;
}

/* Members two levels down: named after the allocation itself.  */
struct pair *pair_wrap (size_t n)
{
  return pair_new (n); /* { dg-message "^pair_new\\(n\\) escapes to heap$" } */
  /* { dg-message "^pair_new\\(n\\): malloc\\(n\\) at \[^ \]*:37 escapes to heap$" "" { target *-*-* } .-1 } */
  /* { dg-message "^pair_new\\(n\\): malloc\\(n\\) at \[^ \]*:38 escapes to heap$" "" { target *-*-* } .-2 } */
}

void pair_free (struct pair *p) /* { dg-message "^p does not escape$" } */
{
  free (p->a);
  free (p->b);
  free (p);
}

/* Registering.  */
struct node *all;
struct node *node_reg (int v)
{
  struct node *n = node_new (v, all); /* { dg-message "^node_new\\(v, all\\) escapes to heap$" } */
  all = n;
  return n;
}

/* Kept on some paths.  */
struct node *last;
struct node *node_maybe (int v, int keep)
{
  struct node *n = malloc (sizeof *n); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  n->v = v;
  if (keep)
    last = n;
  return n;
}

/* Out-parameter.  */
void node_out (struct node **out, int v) /* { dg-message "^out does not escape$" } */
{
  *out = node_new (v, NULL); /* { dg-message "^node_new\\(v, 0\\) escapes to heap$" } */
}

/* Recursive builder.  */
struct node *build (int n)
{
  if (!n)
    return NULL;
  return node_new (n, build (n - 1)); /* { dg-message "^node_new\\(n, build\\(n - 1\\)\\) escapes to heap$" } */
}

int use_all (int v)
{
  struct node *a = node_new (v, NULL); /* { dg-message "^node_new\\(v, 0\\) does not escape$" } */
  struct node *b = node_new2 (v); /* { dg-message "^node_new2\\(v\\) does not escape$" } */
  struct pair *p = pair_new (8); /* { dg-message "^pair_new\\(8\\) does not escape$" } */
  /* { dg-message "^pair_new\\(8\\): malloc\\(n\\) at \[^ \]*:37 does not escape$" "" { target *-*-* } .-1 } */
  /* { dg-message "^pair_new\\(8\\): malloc\\(n\\) at \[^ \]*:38 does not escape$" "" { target *-*-* } .-2 } */
  struct pair *p2 = pair_wrap (4); /* { dg-message "^pair_wrap\\(4\\) does not escape$" } */
  /* { dg-message "^pair_wrap\\(4\\): malloc\\(n\\) at \[^ \]*:37 does not escape$" "" { target *-*-* } .-1 } */
  /* { dg-message "^pair_wrap\\(4\\): malloc\\(n\\) at \[^ \]*:38 does not escape$" "" { target *-*-* } .-2 } */
  pair_free (p2);
  struct node *c = node_reg (v);
  struct node *d = node_maybe (v, 0);
  struct node *e;
  node_out (&e, v); /* { dg-message "^node_out\\(&e, v\\) does not escape$" } */
  struct node *f = build (3);
  int r = a->v + b->v + p->a[0] + c->v + d->v + e->v + f->v;
  free (a);
  free (b);
  pair_free (p);
  free (e);
  return r;
}

int loop (int n)
{
  int r = 0;
  struct node *list = NULL;
  for (int i = 0; i < n; i++)
    {
      struct node *t = node_new (i, NULL); /* { dg-message "^node_new\\(i, 0\\) does not escape$" } */
      r += t->v;
      free (t);
      list = node_new (i, list); /* { dg-message "^node_new\\(i, list\\) escapes to heap$" } */
    }
  while (list)
    {
      struct node *nx = list->next;
      free (list);
      list = nx;
    }
  return r;
}
