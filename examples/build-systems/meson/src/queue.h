/* queue.h - a growable ring buffer of ints, and statistics over one.  */

#ifndef QUEUE_H
#define QUEUE_H

struct queue
{
  int *buf;
  int head, len, cap;
};

/* queue.c */
struct queue *queue_new (int cap);
int queue_push (struct queue *q, int v);
int queue_pop (struct queue *q, int *v);
void queue_free (struct queue *q);

/* stats.c */
int queue_median (const struct queue *q);
int *queue_sorted (const struct queue *q);

#endif
