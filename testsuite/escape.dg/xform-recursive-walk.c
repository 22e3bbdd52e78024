/* A local tree walked by recursive functions (issue 18) moves to the
   stack: the walkers' stores into the caller's deeper nodes are wired
   into the tree's own nodes, not the heap.  The program checks the
   mirrored tree's order, which a slot reused too early or a node left
   unmirrored would break.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m" } */
#include <stdlib.h>

struct node { struct node *l, *r; int v; };

static void
swap (struct node **a, struct node **b) /* { dg-message "^leaking param: a into \\*b level=1$" } */
/* { dg-message "^leaking param: b into \\*a level=1$" "" { target *-*-* } .-1 } */
{
  struct node *t = *a;
  *a = *b;
  *b = t;
}

__attribute__ ((noinline)) static void
mirror (struct node *n) /* { dg-message "^leaking param: n into \\*n level=1$" } */
/* { dg-message "^leaking param: n into \\*\\*n level=2$" "" { target *-*-* } .-1 } */
{
  if (!n)
    return;
  swap (&n->l, &n->r);
  mirror (n->l);
  mirror (n->r);
}

/* Hangs LEAF below the leftmost node.  */
__attribute__ ((noinline)) static void
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

/* Checks that the values in order are *NEXT, *NEXT - 1, ...; counts the
   nodes into *COUNT.  */
__attribute__ ((noinline)) static int
descending (const struct node *n, int *next, int *count) /* { dg-message "^n does not escape$" } */
/* { dg-message "^next does not escape$" "" { target *-*-* } .-1 } */
/* { dg-message "^count does not escape$" "" { target *-*-* } .-2 } */
{
  if (!n)
    return 1;
  if (!descending (n->l, next, count) || n->v != *next)
    return 0;
  --*next;
  ++*count;
  return descending (n->r, next, count);
}

static struct node *
init (struct node *n, int v, struct node *l, struct node *r) /* { dg-message "^leaking param: n to result$" } */
/* { dg-message "^leaking param: l into \\*n$" "" { target *-*-* } .-1 } */
/* { dg-message "^leaking param: l to result$" "" { target *-*-* } .-2 } */
/* { dg-message "^leaking param: r into \\*n$" "" { target *-*-* } .-3 } */
/* { dg-message "^leaking param: r to result$" "" { target *-*-* } .-4 } */
{
  if (!n)
    abort ();
  n->v = v;
  n->l = l;
  n->r = r;
  return n;
}

/* A tree of eight nodes in the function's own memory, mirrored and
   extended by the recursive walkers.  */
__attribute__ ((noinline)) static int
run (int seed)
{
  struct node *d = init (malloc (sizeof (struct node)), seed + 1, 0, 0); /* { dg-message "^moved to stack: malloc\\(24\\)$" } */
  struct node *e = init (malloc (sizeof (struct node)), seed + 3, 0, 0); /* { dg-message "^moved to stack: malloc\\(24\\)$" } */
  struct node *f = init (malloc (sizeof (struct node)), seed + 5, 0, 0); /* { dg-message "^moved to stack: malloc\\(24\\)$" } */
  struct node *g = init (malloc (sizeof (struct node)), seed + 7, 0, 0); /* { dg-message "^moved to stack: malloc\\(24\\)$" } */
  struct node *b = init (malloc (sizeof (struct node)), seed + 2, d, e); /* { dg-message "^moved to stack: malloc\\(24\\)$" } */
  struct node *c = init (malloc (sizeof (struct node)), seed + 6, f, g); /* { dg-message "^moved to stack: malloc\\(24\\)$" } */
  struct node *a = init (malloc (sizeof (struct node)), seed + 4, b, c); /* { dg-message "^moved to stack: malloc\\(24\\)$" } */
  struct node *leaf = init (malloc (sizeof (struct node)), seed, 0, 0); /* { dg-message "^moved to stack: malloc\\(24\\)$" } */
  attach (a, leaf);
  mirror (a);
  /* Before mirroring, in order: seed, seed + 1, ..., seed + 7; the
     mirror reverses it.  */
  int next = seed + 7, count = 0;
  int ok = descending (a, &next, &count) && count == 8 && next == seed - 1;
  free (leaf);
  free (g);
  free (f);
  free (e);
  free (d);
  free (c);
  free (b);
  free (a);
  return ok;
}

int
main (void)
{
  for (int seed = 0; seed < 100; seed += 10)
    if (!run (seed))
      abort ();
  return 0;
}
