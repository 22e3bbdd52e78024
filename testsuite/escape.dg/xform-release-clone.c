/* Objects handed to a function that frees them (a disposer) move when
   the call can go to a release clone of the disposer (FN.escape_release),
   which takes the caller's slots and frees only what is not one of them;
   the disposer stays as it was for its other callers.  Each shape: a
   disposer that frees two members and the struct; one walking a list;
   a recursive one; one that frees only on some paths; one that frees
   through another disposer; a deallocator whose pointer is its second
   parameter; a constructor and its disposer; a guarded slot (run-time
   size, the heap beyond it) freed by a disposer; a recursive caller
   (owned slots); the same disposer handed a heap object in the same
   function.  Kept: a disposer that keeps the pointer, one that grows
   by realloc, one that allocates (its slot could ride along into a
   recursive clone), a disposer called through a pointer.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

struct pair
{
  char *a, *b;
};

struct node
{
  int v;
  struct node *next;
};

static void
pair_free (struct pair *p) /* { dg-message "^p does not escape$" } */
{
  free (p->a);
  free (p->b);
  free (p);
}

static void
list_free (struct node *n) /* { dg-message "^n does not escape$" } */
{
  while (n)
    {
      struct node *next = n->next;
      free (n);
      n = next;
    }
}

static void
tree_free (struct node *n) /* { dg-message "^n does not escape$" } */
{
  if (!n)
    return;
  tree_free (n->next);
  free (n);
}

/* Counts what it frees, so it is more than a deallocator (a call the
   transform could delete).  */
static int released;

static void
maybe_free (struct node *n, int keep) /* { dg-message "^n does not escape$" } */
{
  released++;
  if (!keep)
    free (n);
}

static void
outer_free (struct pair *p) /* { dg-message "^p does not escape$" } */
{
  free (p->a);
  p->a = NULL;
  pair_free (p);
}

/* A deallocator whose pointer is its second parameter: a guarded call
   of it tests that one.  */
static void
tagged_free (int tag, void *p) /* { dg-message "^tagged_free is a deallocator \\(frees p\\)$" } */
/* { dg-message "^p does not escape$" "" { target *-*-* } .-1 } */
{
  (void) tag;
  free (p);
}

static struct node *
node_new (int v)
{
  struct node *n = malloc (sizeof *n); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  if (!n)
    abort ();
  n->v = v;
  n->next = NULL;
  return n;
}

static void
node_free (struct node *n) /* { dg-message "^n does not escape$" } */
{
  released++;
  free (n);
}

/* A constructor that disposes of what it made when it fails: its clone
   calls the disposer's release clone (the disposer freed the caller's
   slot before).  */
static struct node *
node_checked (int v)
{
  struct node *n = malloc (sizeof *n); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  if (!n)
    abort ();
  n->v = v;
  n->next = NULL;
  if (v < 0)
    {
      node_free (n);
      return NULL;
    }
  return n;
}

static struct node *kept_node;

static void
keep_free (struct node *n) /* { dg-message "^leaking param: n$" } */
{
  kept_node = n;
}

static void
grow_free (struct node *n) /* { dg-message "^n does not escape$" } */
{
  struct node *m = realloc (n, 64); /* { dg-message "" } */
  free (m);
}

static void
alloc_free (struct node *n) /* { dg-message "^n does not escape$" } */
{
  char *log = malloc (8); /* { dg-message "^moved to stack: malloc\\(8\\)$" } */
  log[0] = (char) n->v;
  free (log);
  free (n);
}

static void (*volatile indirect_free) (struct node *) = node_free;

static long
shapes (int k)
{
  long s = 0;
  for (int i = 0; i < 10; i++)
    {
      struct pair *p = malloc (sizeof *p); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
      p->a = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
      p->b = malloc (k + 1); /* { dg-message "^moved to stack: malloc\\(k \\+ 1\\)$" } */
      memset (p->b, 'x', k);
      p->b[k] = 0;
      p->a[0] = (char) i;
      s += p->a[0] + (long) strlen (p->b);
      pair_free (p);

      struct node *n = malloc (sizeof *n); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
      n->v = i;
      n->next = malloc (sizeof *n); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
      n->next->v = 2;
      n->next->next = NULL;
      s += n->v + n->next->v;
      list_free (n);

      struct node *t = malloc (sizeof *t); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
      t->v = 3;
      t->next = NULL;
      s += t->v;
      tree_free (t);

      struct node *m = malloc (sizeof *m); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
      m->v = 4;
      s += m->v;
      maybe_free (m, i & 1);
      if (i & 1)
	free (m);

      struct pair *q = malloc (sizeof *q); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
      q->a = malloc (8); /* { dg-message "^moved to stack: malloc\\(8\\)$" } */
      q->b = NULL;
      q->a[0] = 5;
      s += q->a[0];
      outer_free (q);

      char *c = malloc (k + 2); /* { dg-message "^moved to stack: malloc\\(k \\+ 2\\)$" } */
      c[0] = 6;
      s += c[0];
      tagged_free (7, c);

      struct node *b = node_new (8); /* { dg-message "^moved to stack: node_new\\(8\\)$" } */
      s += b->v;
      node_free (b);

      struct node *o = node_checked (i - 5); /* { dg-message "^moved to stack: node_checked\\(i - 5\\)$" } */
      if (o)
	{
	  s += o->v;
	  free (o);
	}

      /* The same disposer, handed a heap object too.  */
      struct node *h = malloc (sizeof *h); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
      h->v = 9;
      struct node *l = malloc (sizeof *l); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
      l->v = 10;
      l->next = NULL;
      s += h->v + l->v;
      kept_node = h;
      node_free (l);
      node_free (kept_node);
      kept_node = NULL;
    }
  return s;
}

static long
kept (void)
{
  long s = 0;
  struct node *a = malloc (sizeof *a); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  a->v = 1;
  s += a->v;
  keep_free (a);
  free (kept_node);
  kept_node = NULL;
  struct node *b = malloc (sizeof *b); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  b->v = 2;
  s += b->v;
  grow_free (b);
  struct node *c = malloc (sizeof *c); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  c->v = 3;
  s += c->v;
  alloc_free (c);
  struct node *d = malloc (sizeof *d); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  d->v = 4;
  s += d->v;
  indirect_free (d);
  return s;
}

/* Owned slots: the copy the owning activation runs calls the clone.  */
static long
depth (int n)
{
  if (n == 0)
    return 0;
  struct node *x = malloc (sizeof *x); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  x->v = n;
  x->next = NULL;
  long r = depth (n - 1) + x->v;
  list_free (x);
  return r;
}

int
main (void)
{
  /* Per iteration: i + k, i + 2, 3, 4, 5, 6, 8, 9 + 10, and i - 5 for
     i >= 5 (0 + 1 + 2 + 3 + 4).  */
  if (shapes (5) != 90 + 10 * 5 + 470 + 10
      || shapes (100) != 90 + 10 * 100 + 470 + 10)
    abort ();
  /* node_free: maybe_free, b, l, kept_node, and node_checked's failures
     (i < 5), per run; and indirect_free once.  */
  if (kept () != 10 || depth (1000) != 500500
      || released != 2 * (10 * 4 + 5) + 1)
    abort ();
  return 0;
}
