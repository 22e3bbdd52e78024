/* What objects a constructor makes hold of each other reaches the
   caller's sites: a sentinel pointing to itself, a member pointing back to
   its holder.  Keeping the pointer read from one keeps the other.
   (Found by an adversarial hunt: the self pointer was dropped, and the
   sentinel said "does not escape" while a global kept it.)  */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

struct list
{
  struct list *next, *prev;
  int v;
};

struct list *g;

static struct list *
list_new (int v)
{
  struct list *l = malloc (sizeof *l); /* { dg-message "^malloc\\(24\\) escapes to heap$" } */
  if (!l)
    abort ();
  l->next = l;
  l->prev = l;
  l->v = v;
  return l;
}

struct holder
{
  struct part *p;
};

struct part
{
  struct holder *back;
};

static struct holder *
holder_new (void)
{
  struct holder *h = malloc (sizeof *h); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
  if (!h)
    abort ();
  h->p = malloc (sizeof *h->p); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
  if (!h->p)
    abort ();
  h->p->back = h;
  return h;
}

struct holder *gh;

/* l->next is l: kept.  */
void
self_kept (void)
{
  struct list *l = list_new (5); /* { dg-message "^list_new\\(5\\) escapes to heap$" } */
  g = l->next;
}

/* Not kept.  */
int
self_local (void)
{
  struct list *l = list_new (5); /* { dg-message "^list_new\\(5\\) does not escape$" } */
  int r = l->next->v;
  free (l);
  return r;
}

/* The member's back pointer is the holder: kept.  */
void
back_kept (void)
{
  struct holder *h = holder_new ();
  gh = h->p->back;
}
