/* main.c - push some numbers through a queue and report on them.  */

#include <stdio.h>
#include <stdlib.h>
#include "queue.h"

int
main (void)
{
  struct queue *q = queue_new (2);
  if (!q)
    return 1;
  for (int i = 0; i < 10; i++)
    queue_push (q, (i * 7) % 11);
  int v;
  queue_pop (q, &v);
  printf ("popped %d, median %d\n", v, queue_median (q));
  int *sorted = queue_sorted (q);
  if (sorted)
    {
      for (int i = 0; i < q->len; i++)
	printf ("%d%c", sorted[i], i + 1 < q->len ? ' ' : '\n');
      free (sorted);
    }
  queue_free (q);
  return 0;
}
