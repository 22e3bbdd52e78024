/* stats.c - statistics over a queue: queue_sorted's array is returned
   (escapes); the scratch copy queue_median sorts does not escape.  */

#include <stdlib.h>
#include <string.h>
#include "queue.h"

static void
sort_ints (int *a, int n)
{
  for (int i = 1; i < n; i++)
    for (int j = i; j > 0 && a[j - 1] > a[j]; j--)
      {
	int t = a[j];
	a[j] = a[j - 1];
	a[j - 1] = t;
      }
}

static void
copy_out (const struct queue *q, int *a)
{
  for (int i = 0; i < q->len; i++)
    a[i] = q->buf[(q->head + i) % q->cap];
}

int
queue_median (const struct queue *q)
{
  if (q->len == 0)
    return 0;
  int *a = malloc (q->len * sizeof *a);		/* scratch: does not escape */
  if (!a)
    return 0;
  copy_out (q, a);
  sort_ints (a, q->len);
  int m = a[q->len / 2];
  free (a);
  return m;
}

int *
queue_sorted (const struct queue *q)
{
  int *a = malloc ((q->len + 1) * sizeof *a);	/* returned: escapes */
  if (!a)
    return NULL;
  copy_out (q, a);
  sort_ints (a, q->len);
  return a;
}
