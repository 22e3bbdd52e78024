/* Recursive walkers (issue 18): a function's stores into its caller's
   objects below the first (a recursive call on n->l storing into the
   node it is handed) go into "**n", the caller's objects reached through
   *n, which each caller wires into every object its argument reaches.  A
   local tree walked recursively stays local; a tree that reaches a
   global, or a walker that keeps a node, still escapes.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

struct node { struct node *l, *r; int v; };
struct pnode { struct pnode *l, *r, *up; };
struct node *gnode;
struct node *groot;
char *gstr;

static void
swap (struct node **a, struct node **b) /* { dg-message "^leaking param: a into \\*b level=1$" } */
/* { dg-message "^leaking param: b into \\*a level=1$" "" { target *-*-* } .-1 } */
{
  struct node *t = *a;
  *a = *b;
  *b = t;
}

/* Mirrors a tree through a helper: the recursive calls store into the
   caller's nodes below the first.  */
static void
mirror (struct node *n) /* { dg-message "^leaking param: n into \\*n level=1$" } */
/* { dg-message "^leaking param: n into \\*\\*n level=2$" "" { target *-*-* } .-1 } */
{
  if (!n)
    return;
  swap (&n->l, &n->r);
  mirror (n->l);
  mirror (n->r);
}

/* The same with the swap written out: a self-assignment.  */
static void
walk (struct node *n) /* { dg-message "^n does not escape$" } */
{
  if (!n)
    return;
  struct node *t = n->l;
  n->l = n->r;
  n->r = t;
  walk (n->l);
  walk (n->r);
}

/* Links every node to its parent.  A struct is one object, so n->l may
   be what n->up holds: the recursive call may store into *up too.  */
static void
link_up (struct pnode *n, struct pnode *up) /* { dg-message "^leaking param: n into \\*n$" } */
/* { dg-message "^leaking param: n into \\*up$" "" { target *-*-* } .-1 } */
/* { dg-message "^leaking param: n into \\*\\*n$" "" { target *-*-* } .-2 } */
/* { dg-message "^leaking param: n into \\*\\*up$" "" { target *-*-* } .-3 } */
/* { dg-message "^leaking param: up into \\*n$" "" { target *-*-* } .-4 } */
{
  if (!n)
    return;
  n->up = up;
  link_up (n->l, n);
  link_up (n->r, n);
}

/* Mutual recursion: a level that rotates and a level that descends.  */
static void descend (struct node *n);

static void
rotate (struct node *n) /* { dg-message "^leaking param: n into \\*n level=2$" } */
/* { dg-message "^leaking param: n into \\*\\*n$" "" { target *-*-* } .-1 } */
{
  if (!n || !n->r)
    return;
  struct node *r = n->r;
  n->r = r->l;
  r->l = n;
  descend (n->l);
}

static void
descend (struct node *n) /* { dg-message "^leaking param: n into \\*\\*n level=1$" } */
{
  if (!n)
    return;
  rotate (n->l);
  rotate (n->r);
}

/* Hangs LEAF below the leftmost node: a recursive builder.  The node
   loaded after the store may be LEAF itself (summaries are
   flow-insensitive), hence "into *leaf".  */
static void
attach (struct node *n, struct node *leaf) /* { dg-message "^n does not escape$" } */
/* { dg-message "^leaking param: leaf into \\*n$" "" { target *-*-* } .-1 } */
/* { dg-message "^leaking param: leaf into \\*leaf$" "" { target *-*-* } .-2 } */
/* { dg-message "^leaking param: leaf into \\*\\*n$" "" { target *-*-* } .-3 } */
/* { dg-message "^leaking param: leaf into \\*\\*leaf$" "" { target *-*-* } .-4 } */
{
  if (!n->l)
    n->l = leaf;
  else
    attach (n->l, leaf);
}

/* Keeps a node on one path only: what it is handed escapes.  */
static void
keep_leftmost (struct node *n) /* { dg-message "^leaking param: n$" } */
{
  if (!n)
    return;
  if (!n->l)
    gnode = n;
  else
    keep_leftmost (n->l);
}

/* Stores its other parameter into a global, deep down.  */
static void
keep_at (struct node *n, char *s, int depth) /* { dg-message "^n does not escape$" } */
/* { dg-message "^leaking param: s$" "" { target *-*-* } .-1 } */
{
  if (!n)
    return;
  if (depth == 0)
    gstr = s;
  else
    keep_at (n->l, s, depth - 1);
}

/* A public wrapper of a walker.  */
struct tree { struct node *root; };

void
tree_mirror (struct tree *t) /* { dg-message "^leaking param: t into \\*\\*t level=2$" } */
{
  mirror (t->root);
}

int
use_mirror (void)
{
  struct node *a = malloc (sizeof *a); /* { dg-message "^malloc\\(24\\) does not escape$" } */
  struct node *b = malloc (sizeof *b); /* { dg-message "^malloc\\(24\\) does not escape$" } */
  if (!a || !b)
    abort ();
  a->l = b;
  a->r = 0;
  b->l = b->r = 0;
  mirror (a);
  walk (a);
  descend (a);
  struct tree t = { a };
  tree_mirror (&t);
  int v = a->r == b;
  free (b);
  free (a);
  return v;
}

int
use_link (void)
{
  struct pnode *a = malloc (sizeof *a); /* { dg-message "^malloc\\(24\\) does not escape$" } */
  struct pnode *b = malloc (sizeof *b); /* { dg-message "^malloc\\(24\\) does not escape$" } */
  if (!a || !b)
    abort ();
  a->l = b;
  a->r = 0;
  b->l = b->r = 0;
  link_up (a, 0);
  int v = b->up == a;
  free (b);
  free (a);
  return v;
}

int
use_attach (void)
{
  struct node *a = malloc (sizeof *a); /* { dg-message "^malloc\\(24\\) does not escape$" } */
  struct node *b = malloc (sizeof *b); /* { dg-message "^malloc\\(24\\) does not escape$" } */
  struct node *leaf = malloc (sizeof *leaf); /* { dg-message "^malloc\\(24\\) does not escape$" } */
  if (!a || !b || !leaf)
    abort ();
  a->l = b;
  a->r = b->l = b->r = 0;
  leaf->l = leaf->r = 0;
  attach (a, leaf);
  int v = b->l == leaf;
  free (leaf);
  free (b);
  free (a);
  return v;
}

/* The tree hangs from a global: what is attached below escapes.  These
   failed before, in the other direction: a tree walked recursively
   escaped whatever its callers did with it.  */
void
use_attach_global (void)
{
  struct node *leaf = malloc (sizeof *leaf); /* { dg-message "^malloc\\(24\\) escapes to heap$" } */
  if (!leaf)
    abort ();
  leaf->l = leaf->r = 0;
  attach (groot, leaf);
}

/* A local root over a global subtree: the same.  */
void
use_attach_below_global (void)
{
  struct node *a = malloc (sizeof *a); /* { dg-message "^malloc\\(24\\) does not escape$" } */
  struct node *leaf = malloc (sizeof *leaf); /* { dg-message "^malloc\\(24\\) escapes to heap$" } */
  if (!a || !leaf)
    abort ();
  a->l = groot;
  a->r = 0;
  leaf->l = leaf->r = 0;
  attach (a, leaf);
  free (a);
}

int
use_keep (void)
{
  struct node *a = malloc (sizeof *a); /* { dg-message "^malloc\\(24\\) escapes to heap$" } */
  struct node *b = malloc (sizeof *b); /* { dg-message "^malloc\\(24\\) escapes to heap$" } */
  if (!a || !b)
    abort ();
  a->l = b;
  a->r = 0;
  b->l = b->r = 0;
  keep_leftmost (a);
  return a->l == b;
}

void
use_keep_at (void)
{
  struct node *a = malloc (sizeof *a); /* { dg-message "^malloc\\(24\\) does not escape$" } */
  char *s = malloc (4); /* { dg-message "^malloc\\(4\\) escapes to heap$" } */
  if (!a || !s)
    abort ();
  a->l = a->r = 0;
  keep_at (a, s, 3);
  free (a);
}

/* A chain of ten nodes from ten sites, the last one a global's: what
   attach hangs below the chain escapes, though it lands more loads down
   than derefs are counted (ESC_MAX_DEREFS): the caller follows its
   argument's loads to the end.  */
void
use_attach_long_chain (void)
{
  struct node *a0 = malloc (sizeof *a0); /* { dg-message "^malloc\\(24\\) does not escape$" } */
  struct node *a1 = malloc (sizeof *a1); /* { dg-message "^malloc\\(24\\) does not escape$" } */
  struct node *a2 = malloc (sizeof *a2); /* { dg-message "^malloc\\(24\\) does not escape$" } */
  struct node *a3 = malloc (sizeof *a3); /* { dg-message "^malloc\\(24\\) does not escape$" } */
  struct node *a4 = malloc (sizeof *a4); /* { dg-message "^malloc\\(24\\) does not escape$" } */
  struct node *a5 = malloc (sizeof *a5); /* { dg-message "^malloc\\(24\\) does not escape$" } */
  struct node *a6 = malloc (sizeof *a6); /* { dg-message "^malloc\\(24\\) does not escape$" } */
  struct node *a7 = malloc (sizeof *a7); /* { dg-message "^malloc\\(24\\) does not escape$" } */
  struct node *a8 = malloc (sizeof *a8); /* { dg-message "^malloc\\(24\\) does not escape$" } */
  struct node *a9 = malloc (sizeof *a9); /* { dg-message "^malloc\\(24\\) escapes to heap$" } */
  struct node *leaf = malloc (sizeof *leaf); /* { dg-message "^malloc\\(24\\) escapes to heap$" } */
  if (!a0 || !a1 || !a2 || !a3 || !a4 || !a5 || !a6 || !a7 || !a8 || !a9
      || !leaf)
    abort ();
  a0->l = a1;
  a1->l = a2;
  a2->l = a3;
  a3->l = a4;
  a4->l = a5;
  a5->l = a6;
  a6->l = a7;
  a7->l = a8;
  a8->l = a9;
  a9->l = 0;
  leaf->l = 0;
  groot = a9;
  attach (a0, leaf);
}
