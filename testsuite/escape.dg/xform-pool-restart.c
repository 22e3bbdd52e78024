/* (Each struct is one object: a node's fields are read as pointers, not
   through them, so that the tag's bytes read as data are not taken for
   the nodes'.)
   Objects that outlive their loop iteration but not that of an outer
   loop: each is held by a local of the outer loop's body, which is dead
   at the outer loop's header (Go's loop rule, with the depth of a local
   from where it is live).  The pool of the inner loop's site starts again
   at the outer loop's header, and what those objects hold (made in the
   outer loop's body) does not outlive its own iteration: a fixed slot.
   Where the holder lives across the outer loop too, neither holds.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2" } */
#include <stdio.h>
#include <stdlib.h>

struct node
{
  struct node *next;
  char *tag;
  int v;
};

__attribute__ ((noinline)) static long
rows (int n, int m)
{
  long sum = 0;
  for (int i = 0; i < n; i++)
    {
      struct node *head = NULL;
      for (int j = 0; j < m; j++)
	{
	  struct node *x = malloc (sizeof *x); /* { dg-message "^moved to stack: malloc\\(24\\)$" } */
	  /* { dg-message "^  a pool of 31 stack slots of 32 bytes, one for each object that outlives its loop iteration, the heap once they are used up$" "" { target *-*-* } .-1 } */
	  /* { dg-message "^  the pool starts again at each iteration of the loop 1 deep around it, which none of its objects outlives$" "" { target *-*-* } .-2 } */
	  if (!x)
	    abort ();
	  x->v = i * m + j;
	  x->tag = NULL;
	  x->next = head;
	  head = x;
	}
      char *tag = malloc (4); /* { dg-message "^moved to stack: malloc\\(4\\)$" } */
      if (!tag)
	abort ();
      tag[0] = (char) ('a' + i % 26);
      tag[1] = 0;
      if (head)
	head->tag = tag;
      for (struct node *p = head; p; p = p->next)
	sum += p->v + (p->tag != NULL);
      sum += tag[0];
      while (head)
	{
	  struct node *next = head->next;
	  free (head);
	  head = next;
	}
      free (tag);
    }
  return sum;
}

/* The list lives across the outer loop: no restart, and the tag each
   outer iteration makes outlives it.  */
__attribute__ ((noinline)) static long
kept (int n, int m)
{
  long sum = 0;
  struct node *head = NULL;
  for (int i = 0; i < n; i++)
    {
      for (int j = 0; j < m; j++)
	{
	  struct node *x = malloc (sizeof *x); /* { dg-message "^moved to stack: malloc\\(24\\)$" } */
	  /* { dg-message "^  a pool of 32 stack slots of 32 bytes, one for each object that outlives its loop iteration, the heap once they are used up$" "" { target *-*-* } .-1 } */
	  if (!x)
	    abort ();
	  x->v = i * m + j;
	  x->tag = NULL;
	  x->next = head;
	  head = x;
	}
      char *tag = malloc (4); /* { dg-message "^malloc\\(4\\) escapes to heap:$" } */
      /* { dg-message "^  flow: tag = &\\{storage for malloc\\(4\\)\\}:$" "" { target *-*-* } .-1 } */
      /* { dg-message "^    from tag = malloc\\(4\\) \\(assign\\) at \[^ \]*:83:19$" "" { target *-*-* } .-2 } */
      /* { dg-message "^  flow: \\{storage for malloc\\(24\\)\\} = tag:$" "" { target *-*-* } .-3 } */
      /* { dg-message "^    from head->tag = tag \\(store\\) at \[^ \]*:102:17$" "" { target *-*-* } .-4 } */
      /* { dg-message "^  flow: x = &\\{storage for malloc\\(24\\)\\}:$" "" { target *-*-* } .-5 } */
      /* { dg-message "^    from x = malloc\\(24\\) \\(assign\\) at \[^ \]*:74:28$" "" { target *-*-* } .-6 } */
      /* { dg-message "^  flow: head = x:$" "" { target *-*-* } .-7 } */
      /* { dg-message "^    from head = x \\(assign\\) at \[^ \]*:81:16$" "" { target *-*-* } .-8 } */
      /* { dg-message "^  flow: head = head:$" "" { target *-*-* } .-9 } */
      /* { dg-message "^    from head \\(carried into the next loop iteration\\) at \[^ \]*:81:16$" "" { target *-*-* } .-10 } */
      /* { dg-message "^    from head \\(carried into the next loop iteration\\)$" "" { target *-*-* } .-11 } */
      /* { dg-message "^  reason: head keeps it past the loop iteration that allocated it$" "" { target *-*-* } .-12 } */
      /* { dg-message "^malloc\\(4\\) escapes to heap$" "" { target *-*-* } .-13 } */
      /* { dg-message "^malloc\\(4\\) not moved to stack: over the frame budget$" "" { target *-*-* } .-14 } */
      if (!tag)
	abort ();
      tag[0] = (char) ('a' + i % 26);
      tag[1] = 0;
      head->tag = tag;
    }
  for (struct node *p = head; p; p = p->next)
    sum += p->v + (p->tag != NULL);
  while (head)
    {
      struct node *next = head->next;
      free (head->tag);
      free (head);
      head = next;
    }
  return sum;
}

int
main (void)
{
  long s = 0;
  for (int k = 0; k < 3; k++)
    s += rows (50, 1 + k * 20) + kept (5, 1 + k * 3);
  printf ("%ld\n", s);
  return 0;
}
