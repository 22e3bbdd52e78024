/* Callees that store one parameter into what another points to ("leaking
   param: v into *o"): the call stores the caller's argument into the
   caller's container.  A local container keeps it local; a global one, or
   a container that escapes later, makes it escape.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

struct box { char *p; };
struct node { struct node *next; int v; };

struct box *gbox;
struct box gbox_obj;
struct node *gnode;
char *g;

static void
set (struct box *o, char *v) /* { dg-message "^o does not escape$" } */
/* { dg-message "^leaking param: v into \\*o$" "" { target *-*-* } .-1 } */
{
  o->p = v;
}

static void
put (char **slot, char *v) /* { dg-message "^slot does not escape$" } */
/* { dg-message "^leaking param: v into \\*slot$" "" { target *-*-* } .-1 } */
{
  *slot = v;
}

static void
link_nodes (struct node *a, struct node *b) /* { dg-message "^a does not escape$" } */
/* { dg-message "^leaking param: b into \\*a$" "" { target *-*-* } .-1 } */
{
  a->next = b;
}

static void
swap (char **a, char **b) /* { dg-message "^leaking param: a into \\*b level=1$" } */
/* { dg-message "^leaking param: b into \\*a level=1$" "" { target *-*-* } .-1 } */
{
  char *t = *a;
  *a = *b;
  *b = t;
}

int
local_box (void)
{
  struct box b;
  set (&b, malloc (8)); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  int r = b.p[0];
  free (b.p);
  return r;
}

void
global_box_pointer (void)
{
  set (gbox, malloc (9)); /* { dg-message "^malloc\\(9\\) escapes to heap$" } */
}

void
global_box_object (void)
{
  set (&gbox_obj, malloc (10)); /* { dg-message "^malloc\\(10\\) escapes to heap$" } */
}

void
heap_box_local (void)
{
  struct box *b = malloc (sizeof *b); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  set (b, malloc (11)); /* { dg-message "^malloc\\(11\\) does not escape$" } */
  free (b->p);
  free (b);
}

void
heap_box_kept_later (void)
{
  struct box *b = malloc (sizeof *b); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
  set (b, malloc (12)); /* { dg-message "^malloc\\(12\\) escapes to heap$" } */
  gbox = b;
}

struct box *
heap_box_returned (void)
{
  struct box *b = malloc (sizeof *b); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
  set (b, malloc (13)); /* { dg-message "^malloc\\(13\\) escapes to heap$" } */
  return b;
}

/* Stored into a local pointer variable, which is then kept.  */
void
slot_then_kept (void)
{
  char *loc;
  put (&loc, malloc (14)); /* { dg-message "^malloc\\(14\\) escapes to heap$" } */
  g = loc;
}

void
slot_global (void)
{
  put (&g, malloc (15)); /* { dg-message "^malloc\\(15\\) escapes to heap$" } */
}

/* a->next = b: b is reachable from a, so keeping a keeps b.  */
void
linked_kept (void)
{
  struct node *a = malloc (sizeof *a); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  struct node *b = malloc (sizeof (struct node)); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  link_nodes (a, b);
  gnode = a;
}

/* Keeping b does not keep a.  */
void
linked_tail_kept (void)
{
  struct node *a = malloc (sizeof *a); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  struct node *b = malloc (sizeof (struct node)); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  link_nodes (a, b);
  gnode = b;
  free (a);
}

void
swapped_then_kept (void)
{
  char *x = malloc (17); /* { dg-message "^malloc\\(17\\) escapes to heap$" } */
  char *y = 0;
  swap (&x, &y);
  g = y;
}

void
swapped_local (void)
{
  char *x = malloc (18); /* { dg-message "^malloc\\(18\\) does not escape$" } */
  char *y = malloc (19); /* { dg-message "^malloc\\(19\\) does not escape$" } */
  swap (&x, &y);
  free (x);
  free (y);
}

void
swap_with_global (void)
{
  char *x = malloc (20); /* { dg-message "^malloc\\(20\\) escapes to heap$" } */
  swap (&x, &g);
}

/* The caller's parameters are wired the same way.  */
void
forward_set (struct box *o, char *v) /* { dg-message "^o does not escape$" } */
/* { dg-message "^leaking param: v into \\*o$" "" { target *-*-* } .-1 } */
{
  set (o, v);
}

void
set_global_box (char *v) /* { dg-message "^leaking param: v$" } */
{
  set (gbox, v);
}

int
set_local_box (char *v) /* { dg-message "^v does not escape$" } */
{
  struct box b;
  set (&b, v);
  return b.p[0];
}

void
forward_swap (char **a, char **b) /* { dg-message "^leaking param: a into \\*b level=1$" } */
/* { dg-message "^leaking param: b into \\*a level=1$" "" { target *-*-* } .-1 } */
{
  swap (a, b);
}
