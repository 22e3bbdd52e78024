/* -flto -ffat-lto-objects: the compile writes bytecode and code, and
   lto1 transforms the bytecode again.  Owned slots are lto1's alone: with
   the compile's in the bytecode, lto1 gave the rest of walk owned slots
   of its own (two activations holding slots at once), and inlined into
   every level of the recursion the dispatch the compile had made for
   visit, which it did not know to be in walk's cycle (1.34x the stack).
   (Adversarial finding.)  At most one activation holds walk's object on
   the stack.  */
/* { dg-do run } */
/* { dg-options "-flto -ffat-lto-objects -fplugin-arg-escape-transform" } */
/* { dg-additional-sources "units/lto-fat-owned-lib.c" } */
#include <stdio.h>
#include <stdlib.h>

struct node
{
  struct node *l, *r;
  int v;
};
long visit (struct node *t, int d);
static char *stack_top;
static int live_on_stack, max_live_on_stack;

__attribute__ ((noinline)) static int
on_stack (void *p)
{
  char here;
  __asm__ ("" : : "r" (&here));
  return (char *) p <= stack_top && (char *) p >= &here - 4096;
}

/* Recursive, and entered again through visit (the other unit).  */
long
walk (struct node *t, int d)
{
  if (!t)
    return 0;
  int *buf = malloc (16 * sizeof (int));
  int mine = on_stack (buf);
  live_on_stack += mine;
  if (live_on_stack > max_live_on_stack)
    max_live_on_stack = live_on_stack;
  for (int i = 0; i < 16; i++)
    buf[i] = t->v + i + d;
  long s = walk (t->l, d + 1);
  s += visit (t->r, d + 1);
  for (int i = 0; i < 16; i++)
    s += buf[i] == t->v + i + d ? 1 : -1000000;
  live_on_stack -= mine;
  free (buf);
  return s;
}

int
main (void)
{
  char top;
  stack_top = &top + 4096;
  struct node *t = 0;
  for (int i = 0; i < 2000; i++)
    {
      struct node *u = malloc (sizeof *u);
      u->v = i;
      u->l = i % 2 ? t : 0;
      u->r = i % 2 ? 0 : t;
      t = u;
    }
  long s = walk (t, 0);
  if (s != 2000 * 17 || max_live_on_stack > 1)
    {
      printf ("FAIL: %ld, %d objects on the stack at once\n", s,
	      max_live_on_stack);
      return 1;
    }
  while (t)
    {
      struct node *n = t->l ? t->l : t->r;
      free (t);
      t = n;
    }
  return 0;
}
