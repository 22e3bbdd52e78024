/* A pool's counter in a function that calls setjmp: after a longjmp the
   slots it handed out still hold their objects (a heap object keeps its
   bytes), so the counter must keep its last value, as only a volatile
   local does in C.  GCC took it for its value at the setjmp and handed out
   live slots again: the list became a cycle.  Without an outer loop (the
   counter zeroed at entry) and with one (zeroed at its header as well).
   (An adversarial finding.)  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m" } */
#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>

struct t
{
  struct t *next;
  int v;
};

struct box
{
  struct t *h;
};

static jmp_buf jb;

__attribute__ ((noinline)) static void
again (void)
{
  longjmp (jb, 1);
}

/* Each pass after the setjmp adds two objects to the box's list, then
   jumps back until three passes are done: six distinct objects.  */
__attribute__ ((noinline)) static long
flat (void)
{
  long sum = 0;
  struct box *b = malloc (sizeof *b); /* { dg-message "^moved to stack: malloc\\(8\\)$" } */
  if (!b)
    abort ();
  b->h = NULL;
  volatile int k = 0;
  setjmp (jb);
  for (int j = 0; j < 2; j++)
    {
      struct t *x = malloc (sizeof *x); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
      if (!x)
	abort ();
      x->v = k * 10 + j;
      x->next = b->h;
      b->h = x;
    }
  if (++k < 3)
    again ();
  int c = 0;
  for (struct t *p = b->h; p && c < 100; p = p->next, c++)
    sum = sum * 7 + p->v;
  if (c != 6)
    abort ();
  while (b->h && c-- > 0)
    {
      struct t *nx = b->h->next;
      free (b->h);
      b->h = nx;
    }
  free (b);
  return sum;
}

/* The same in each iteration of an outer loop.  */
__attribute__ ((noinline)) static long
nested (int n)
{
  long sum = 0;
  for (int i = 0; i < n; i++)
    {
      struct box *b = malloc (sizeof *b); /* { dg-message "^moved to stack: malloc\\(8\\)$" } */
      if (!b)
	abort ();
      b->h = NULL;
      volatile int k = 0;
      setjmp (jb);
      for (int j = 0; j < 2; j++)
	{
	  struct t *x = malloc (sizeof *x); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
	  if (!x)
	    abort ();
	  x->v = i * 100 + k * 10 + j;
	  x->next = b->h;
	  b->h = x;
	}
      if (++k < 3)
	again ();
      int c = 0;
      for (struct t *p = b->h; p && c < 100; p = p->next, c++)
	sum = sum * 7 + p->v;
      if (c != 6)
	abort ();
      while (b->h && c-- > 0)
	{
	  struct t *nx = b->h->next;
	  free (b->h);
	  b->h = nx;
	}
      free (b);
    }
  return sum;
}

int
main (void)
{
  if (flat () != 405237 || nested (4) != -4156595970407710476L)
    abort ();
  return 0;
}
