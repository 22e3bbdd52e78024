/* What owned slots must not cost (found by an adversarial hunt, each
   overflowing a stack the plain build fits in): every activation but the
   owner runs the function as it was, so tail calls stay tail calls and
   frames keep their size; and a helper with a fixed slot that a
   re-entered function calls stays out of line, or every nested
   activation would carry its slot.  Tail calls and frame sizes are -O2
   matters; at -O0 and -O1 the plain build overflows too.
   escape-O2-up: no sibling calls below -O2.
   escape-no-asan: ASan's redzones alone exceed these stacks.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m -pthread" } */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

volatile int sink;

__attribute__ ((noinline)) static void
use (char *p) /* { dg-message "^p does not escape$" } */
{
  sink = p[1];
}

/* Tail recursion with an accumulator: a loop at -O2.  */
__attribute__ ((noinline)) long
count (long n, long acc)
{
  char *p = malloc (32); /* { dg-message "^moved to stack: malloc\\(32\\)$" } */
  if (!p)
    abort ();
  memset (p, (int) (n & 0x7f), 32);
  use (p);
  free (p);
  if (n == 0)
    return acc;
  return count (n - 1, acc + 1);
}

/* Mutual recursion through tail calls.  */
long step_b (long n);

__attribute__ ((noinline)) long
step_a (long n)
{
  char *p = malloc (32); /* { dg-message "^moved to stack: malloc\\(32\\)$" } */
  if (!p)
    abort ();
  memset (p, (int) n, 32);
  use (p);
  free (p);
  if (n == 0)
    return 0;
  return step_b (n - 1);
}

__attribute__ ((noinline)) long
step_b (long n)
{
  if (n == 0)
    return 1;
  return step_a (n - 1);
}

/* Not a tail call: about 32 bytes a level at -O2.  */
struct t
{
  struct t *l, *r;
};

__attribute__ ((noinline)) static int
depth (struct t *n) /* { dg-message "^n does not escape$" } */
{
  if (!n)
    return 0;
  int *tmp = malloc (2 * sizeof (int)); /* { dg-message "^moved to stack: malloc\\(8\\)$" } */
  if (!tmp)
    abort ();
  tmp[0] = depth (n->l);
  tmp[1] = depth (n->r);
  int d = (tmp[0] > tmp[1] ? tmp[0] : tmp[1]) + 1;
  free (tmp);
  return d;
}

/* Re-entered through a table of function pointers; the helper's fixed
   256-byte slot must not ride along in every activation.  */
struct node;
struct ops
{
  long (*eval) (struct node *);
};
struct node
{
  const struct ops *op;
  struct node *kid;
  long v;
};

static long
helper (long v)
{
  char *a = malloc (256); /* { dg-message "^moved to stack: malloc\\(256\\)$" } */
  if (!a)
    abort ();
  snprintf (a, 256, "%ld", v);
  long r = (long) strlen (a);
  free (a);
  return r;
}

static long
eval_add (struct node *n) /* { dg-message "^leaking param content: n$" } */
{
  long h = helper (n->v);
  long k = n->kid ? n->kid->op->eval (n->kid) : 0;
  return (k + h) % 1000003;
}

static const struct ops add_ops = { eval_add };

static struct t *chain;
static struct node *tree;

static void *
thr (void *arg) /* { dg-message "^arg does not escape$" } */
{
  (void) arg;
  if (count (1000000, 0) != 1000000 || step_a (1000000) != 0)
    abort ();
  if (depth (chain) != 20000)
    abort ();
  if (tree->op->eval (tree) != 14890)
    abort ();
  return NULL;
}

int
main (void)
{
  for (long i = 0; i < 20000; i++)
    {
      struct t *x = malloc (sizeof *x); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
      if (!x)
	abort ();
      x->l = chain;
      x->r = NULL;
      chain = x;
    }
  for (int i = 0; i < 4000; i++)
    {
      struct node *x = malloc (sizeof *x); /* { dg-message "^malloc\\(24\\) escapes to heap$" } */
      if (!x)
	abort ();
      x->op = &add_ops;
      x->kid = tree;
      x->v = i;
      tree = x;
    }
  pthread_attr_t at;
  pthread_attr_init (&at);
  pthread_attr_setstacksize (&at, 1 << 20);
  pthread_t t;
  if (pthread_create (&t, &at, thr, NULL) || pthread_join (t, NULL))
    abort ();
  return 0;
}
