/* -flive-patching: a patch of a public function must reach every call of
   it, so GCC neither clones nor inlines one, and neither does the
   transform: node_new's object stays on the heap, made by node_new
   itself (adversarial finding: its clone, inlined into sum, took the
   patch's place).  A static constructor still gets its clone.  */
/* { dg-do run } */
/* { dg-options "-flive-patching=inline-only-static -fplugin-arg-escape-transform -fplugin-arg-escape-m" } */
#include <stdlib.h>

struct node
{
  int v;
  struct node *next;
};

struct node *
node_new (int v)
{
  struct node *n = malloc (sizeof *n); /* { dg-message "malloc\\(16\\) escapes to heap" } */
  if (!n)
    abort ();
  n->v = v;
  n->next = NULL;
  return n;
}

static struct node *
local_new (int v)
{
  struct node *n = malloc (sizeof *n); /* { dg-message "malloc\\(16\\) escapes to heap" } */
  if (!n)
    abort ();
  n->v = v;
  n->next = NULL;
  return n;
}

int
sum (int k)
{
  int s = 0;
  for (int i = 0; i < k; i++)
    {
      struct node *n = node_new (i); /* { dg-message "node_new\\(i\\) does not escape" } */
      struct node *m = local_new (i); /* { dg-message "moved to stack: local_new\\(i\\)" } */
      s += n->v + m->v;
      free (m);
      free (n);
    }
  return s;
}

int
main (void)
{
  return sum (10) == 90 ? 0 : 1;
}
