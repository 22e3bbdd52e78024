/* With loop-slots=0, an object that outlives its loop iteration stays on
   the heap: with one slot per site, the next iteration's object would
   overwrite it (xform-pool.c has the pools).  At -m=2 the escape path says
   which variable keeps it past the iteration.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2 -fplugin-arg-escape-loop-slots=0" } */
#include <stdlib.h>
#include <string.h>

/* The previous iteration's object is compared with this one's.  */
static int
carried (int n)
{
  char *prev = NULL;
  int changes = 0;
  for (int i = 0; i < n; i++)
    {
      char *cur = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap:$" } */
      /* { dg-message "^  flow: cur = &\\{storage for malloc\\(16\\)\\}:$" "" { target *-*-* } .-1 } */
      /* { dg-message "^    from cur = malloc\\(16\\) \\(assign\\) at \[^ \]*:18:19$" "" { target *-*-* } .-2 } */
      /* { dg-message "^  flow: prev = cur:$" "" { target *-*-* } .-3 } */
      /* { dg-message "^    from prev = cur \\(assign\\) at \[^ \]*:35:12$" "" { target *-*-* } .-4 } */
      /* { dg-message "^  flow: prev = prev:$" "" { target *-*-* } .-5 } */
      /* { dg-message "^    from prev \\(carried into the next loop iteration\\) at \[^ \]*:35:12$" "" { target *-*-* } .-6 } */
      /* { dg-message "^  reason: prev keeps it past the loop iteration that allocated it$" "" { target *-*-* } .-7 } */
      /* { dg-message "^malloc\\(16\\) escapes to heap$" "" { target *-*-* } .-8 } */
      if (!cur)
	abort ();
      memset (cur, i & 1, 16);
      if (prev)
	{
	  changes += prev[0] != cur[0] && prev != cur;
	  free (prev);
	}
      prev = cur;
    }
  free (prev);
  return changes;
}

/* A list built in a loop: every node outlives the iteration that made
   it.  The scratch buffer of the same iteration does not, and moves.  */
struct node
{
  struct node *next;
  int v;
};

static int
list (int n)
{
  struct node *head = NULL;
  for (int i = 0; i < n; i++)
    {
      int *scratch = malloc (4 * sizeof (int)); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
      scratch[0] = i;
      struct node *nd = malloc (sizeof *nd); /* { dg-message "^malloc\\(16\\) escapes to heap:$" } */
      /* { dg-message "^  flow: nd = &\\{storage for malloc\\(16\\)\\}:$" "" { target *-*-* } .-1 } */
      /* { dg-message "^    from nd = malloc\\(16\\) \\(assign\\) at \[^ \]*:57:25$" "" { target *-*-* } .-2 } */
      /* { dg-message "^  flow: head = nd:$" "" { target *-*-* } .-3 } */
      /* { dg-message "^    from head = nd \\(assign\\) at \[^ \]*:68:12$" "" { target *-*-* } .-4 } */
      /* { dg-message "^  flow: head = head:$" "" { target *-*-* } .-5 } */
      /* { dg-message "^    from head \\(carried into the next loop iteration\\) at \[^ \]*:68:12$" "" { target *-*-* } .-6 } */
      /* { dg-message "^  reason: head keeps it past the loop iteration that allocated it$" "" { target *-*-* } .-7 } */
      /* { dg-message "^malloc\\(16\\) escapes to heap$" "" { target *-*-* } .-8 } */
      nd->v = scratch[0];
      nd->next = head;
      head = nd;
      free (scratch);
    }
  int sum = 0;
  while (head)
    {
      struct node *next = head->next;
      sum += head->v;
      free (head);
      head = next;
    }
  return sum;
}

int
main (void)
{
  if (carried (100) != 99)
    abort ();
  if (list (100) != 4950)
    abort ();
  return 0;
}
