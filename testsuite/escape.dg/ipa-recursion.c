/* Recursion: the functions of a call-graph cycle (a function calling
   itself, or several calling each other) are solved together until their
   summaries stop growing.  A recursive reader keeps its argument local;
   a cycle that finally keeps its argument leaks it for every caller, even
   when the argument changes position on the way.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

struct node { struct node *next; int v; };
struct node *gnode;
char *g;
char *gslots[4];

/* Self-recursive reader.  */
static int
length (const struct node *n) /* { dg-message "^n does not escape$" } */
{
  return n ? 1 + length (n->next) : 0;
}

/* Mutually recursive readers.  */
static int odd_length (const struct node *n);

static int
even_length (const struct node *n) /* { dg-message "^n does not escape$" } */
{
  return n ? odd_length (n->next) : 1;
}

static int
odd_length (const struct node *n) /* { dg-message "^n does not escape$" } */
{
  return n ? even_length (n->next) : 0;
}

/* Self-recursive, returning a node of the list.  */
static struct node *
last (struct node *n) /* { dg-message "^leaking param: n to result$" } */
{
  return n->next ? last (n->next) : n;
}

/* Self-recursive, storing into the caller's object.  */
static void
find (struct node *n, int v, struct node **out) /* { dg-message "^leaking param: n into \\*out$" } */
/* { dg-message "^out does not escape$" "" { target *-*-* } .-1 } */
{
  if (!n)
    return;
  if (n->v == v)
    *out = n;
  else
    find (n->next, v, out);
}

static void
fill (char **slots, int n, char *v) /* { dg-message "^slots does not escape$" } */
/* { dg-message "^leaking param: v into \\*slots$" "" { target *-*-* } .-1 } */
{
  if (n == 0)
    return;
  slots[0] = v;
  fill (slots + 1, n - 1, v);
}

/* A mutually recursive pair that keeps its argument at the very end.  */
static void ping (char *p, int n);

static void
pong (char *p, int n) /* { dg-message "^leaking param: p$" } */
{
  if (n)
    ping (p, n - 1);
  else
    g = p;
}

static void
ping (char *p, int n) /* { dg-message "^leaking param: p$" } */
{
  pong (p, n);
}

/* The kept parameter is b, but a becomes b one call down.  */
static void
rotate (char *a, char *b, int n) /* { dg-message "^leaking param: a$" } */
/* { dg-message "^leaking param: b$" "" { target *-*-* } .-1 } */
{
  if (n == 0)
    {
      g = b;
      return;
    }
  rotate (b, a, n - 1);
}

/* A cycle of three: only c keeps anything, and only its second
   parameter; the arguments move one place at each call.  */
static void cyc_b (char *x, char *y, char *z, int n);
static void cyc_c (char *x, char *y, char *z, int n);

static void
cyc_a (char *x, char *y, char *z, int n) /* { dg-message "^leaking param: x$" } */
/* { dg-message "^leaking param: y$" "" { target *-*-* } .-1 } */
/* { dg-message "^leaking param: z$" "" { target *-*-* } .-2 } */
{
  if (n)
    cyc_b (z, x, y, n - 1);
}

static void
cyc_b (char *x, char *y, char *z, int n) /* { dg-message "^leaking param: x$" } */
/* { dg-message "^leaking param: y$" "" { target *-*-* } .-1 } */
/* { dg-message "^leaking param: z$" "" { target *-*-* } .-2 } */
{
  cyc_c (x, y, z, n);
}

static void
cyc_c (char *x, char *y, char *z, int n) /* { dg-message "^leaking param: x$" } */
/* { dg-message "^leaking param: y$" "" { target *-*-* } .-1 } */
/* { dg-message "^leaking param: z$" "" { target *-*-* } .-2 } */
{
  g = y;
  cyc_a (x, y, z, n);
}

/* Recursion that returns one of its arguments, through a pair.  */
static char *back_b (char *p, int n);

static char *
back_a (char *p, int n) /* { dg-message "^leaking param: p to result$" } */
{
  return n ? back_b (p, n - 1) : p;
}

static char *
back_b (char *p, int n) /* { dg-message "^leaking param: p to result$" } */
{
  return back_a (p, n);
}

/* Each level allocates a node and returns the list.  */
static struct node *
build (int n)
{
  if (!n)
    return 0;
  struct node *nd = malloc (sizeof *nd); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  nd->v = n;
  nd->next = build (n - 1);
  return nd;
}

int
use_length (void)
{
  struct node *a = malloc (sizeof *a); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  struct node *b = malloc (sizeof (struct node)); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  a->next = b;
  b->next = 0;
  int r = length (a) + even_length (a);
  free (b);
  free (a);
  return r;
}

void
use_last (void)
{
  struct node *a = malloc (sizeof *a); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  struct node *b = malloc (sizeof (struct node)); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  a->next = b;
  b->next = 0;
  gnode = last (a);
}

int
use_find_local (void)
{
  struct node *a = malloc (sizeof *a); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  a->next = 0;
  a->v = 3;
  struct node *hit = 0;
  find (a, 3, &hit);
  int r = hit != 0;
  free (a);
  return r;
}

void
use_find_kept (void)
{
  struct node *a = malloc (sizeof *a); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  a->next = 0;
  a->v = 3;
  find (a, 3, &gnode);
}

int
use_fill_local (void)
{
  char *slots[4];
  char *v = malloc (5); /* { dg-message "^malloc\\(5\\) does not escape$" } */
  v[0] = 0;
  fill (slots, 4, v);
  int r = slots[3][0];
  free (v);
  return r;
}

void
use_fill_global (void)
{
  fill (gslots, 4, malloc (6)); /* { dg-message "^malloc\\(6\\) escapes to heap$" } */
}

void
use_ping (void)
{
  ping (malloc (7), 3); /* { dg-message "^malloc\\(7\\) escapes to heap$" } */
}

void
use_rotate (void)
{
  char *a = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
  char *b = malloc (9); /* { dg-message "^malloc\\(9\\) escapes to heap$" } */
  rotate (a, b, 1);
}

void
use_cycle (void)
{
  char *x = malloc (10); /* { dg-message "^malloc\\(10\\) escapes to heap$" } */
  char *y = malloc (11); /* { dg-message "^malloc\\(11\\) escapes to heap$" } */
  char *z = malloc (12); /* { dg-message "^malloc\\(12\\) escapes to heap$" } */
  cyc_a (x, y, z, 5);
}

int
use_back_local (void)
{
  char *p = malloc (13); /* { dg-message "^malloc\\(13\\) does not escape$" } */
  p[0] = 0;
  int r = back_a (p, 4)[0];
  free (p);
  return r;
}

void
use_back_kept (void)
{
  g = back_a (malloc (14), 4); /* { dg-message "^malloc\\(14\\) escapes to heap$" } */
}

/* build's nodes are its own: storing through them escapes.  */
void
use_build (void)
{
  struct node *l = build (3);
  l->next = malloc (sizeof (struct node)); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
}
