/* The second unit of xform-lto-ctor.c: a constructor, a disposer and a
   reader, kept out of line so that lto1 sees the calls themselves.  */
#include <stdlib.h>

struct node
{
  int v;
  struct node *next;
};

__attribute__ ((noinline)) struct node *
node_new (int v, struct node *next)
{
  struct node *n = malloc (sizeof *n);
  if (!n)
    abort ();
  n->v = v;
  n->next = next;
  return n;
}

__attribute__ ((noinline)) void
node_free (struct node *n)
{
  while (n)
    {
      struct node *next = n->next;
      free (n);
      n = next;
    }
}

__attribute__ ((noinline)) int
node_sum (const struct node *n)
{
  int s = 0;
  for (; n; n = n->next)
    s += n->v;
  return s;
}
