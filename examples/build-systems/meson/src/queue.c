/* queue.c - the ring buffer: the queue and its buffer are returned to the
   caller (escape).  */

#include <stdlib.h>
#include "queue.h"

struct queue *
queue_new (int cap)
{
  struct queue *q = malloc (sizeof *q);		/* returned: escapes */
  if (!q)
    return NULL;
  q->buf = malloc (cap * sizeof *q->buf);	/* stored in it: escapes */
  q->head = q->len = 0;
  q->cap = q->buf ? cap : 0;
  return q;
}

int
queue_push (struct queue *q, int v)
{
  if (q->len == q->cap)
    {
      int cap = q->cap ? 2 * q->cap : 4;
      int *buf = malloc (cap * sizeof *buf);	/* stored in *q: escapes */
      if (!buf)
	return 0;
      for (int i = 0; i < q->len; i++)
	buf[i] = q->buf[(q->head + i) % q->cap];
      free (q->buf);
      q->buf = buf;
      q->head = 0;
      q->cap = cap;
    }
  q->buf[(q->head + q->len++) % q->cap] = v;
  return 1;
}

int
queue_pop (struct queue *q, int *v)
{
  if (q->len == 0)
    return 0;
  *v = q->buf[q->head];
  q->head = (q->head + 1) % q->cap;
  q->len--;
  return 1;
}

void
queue_free (struct queue *q)
{
  free (q->buf);
  free (q);
}
