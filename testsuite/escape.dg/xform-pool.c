/* Pools: a site whose objects outlive their loop iteration (but not the
   function) gets a pool of stack slots, one per allocation, as many as
   the frame budget leaves (at most loop-slots), and the heap once they are
   used up.  Checked: every live object distinct (a list longer than the
   pool), frees of pool and heap objects alike, realloc of a pool object,
   calloc's zeroing per slot, a variable size, a fresh pool in every call,
   a pool in a recursive function (owned), and loop-slots=4 with a budget
   that leaves room for fewer.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2 -fplugin-arg-escape-loop-slots=4" } */
#include <stdlib.h>
#include <string.h>

struct node
{
  struct node *next;
  long v;
};

/* A list of N nodes, summed after it is built: 4 slots, then the heap.  */
__attribute__ ((noinline)) static long
list (int n)
{
  struct node *head = NULL;
  for (int i = 0; i < n; i++)
    {
      struct node *t = malloc (sizeof *t); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
      /* { dg-message "^  a pool of 4 stack slots of 16 bytes, one for each object that outlives its loop iteration, the heap once they are used up$" "" { target *-*-* } .-1 } */
      if (!t)
	abort ();
      t->v = i;
      t->next = head;
      head = t;
    }
  long s = 0;
  for (struct node *t = head; t; t = t->next)
    s += t->v;
  while (head)
    {
      struct node *next = head->next;
      free (head);
      head = next;
    }
  return s;
}

/* calloc in a pool: each slot zeroed when it is handed out; the previous
   object compared with the new one.  */
__attribute__ ((noinline)) static int
zeroed (int n)
{
  long *prev = NULL;
  int bad = 0;
  for (int i = 0; i < n; i++)
    {
      long *cur = calloc (4, sizeof (long)); /* { dg-message "^moved to stack: calloc\\(4, 8\\)$" } */
      /* { dg-message "^  a pool of 4 stack slots of 32 bytes, one for each object that outlives its loop iteration, the heap once they are used up$" "" { target *-*-* } .-1 } */
      if (!cur)
	abort ();
      for (int k = 0; k < 4; k++)
	bad |= cur[k] != 0;
      cur[0] = i;
      if (prev)
	{
	  bad |= prev == cur || prev[0] != i - 1;
	  free (prev);
	}
      prev = cur;
    }
  free (prev);
  return bad;
}

/* A variable size and a realloc of the previous object.  */
__attribute__ ((noinline)) static int
grown (int n)
{
  char *keep[16];
  for (int i = 0; i < n; i++)
    {
      keep[i] = malloc ((size_t) i + 1); /* { dg-message "^moved to stack: malloc\\(i \\+ 1\\)$" } */
      /* { dg-message "^  a pool of 4 stack slots of 64 bytes, one for each object that outlives its loop iteration, the heap once they are used up$" "" { target *-*-* } .-1 } */
      /* { dg-message "^  a 64-byte stack slot when it asks for at most that, the heap otherwise$" "" { target *-*-* } .-2 } */
      if (!keep[i])
	abort ();
      memset (keep[i], 'a' + i, (size_t) i + 1);
    }
  int bad = 0;
  for (int i = 0; i < n; i++)
    {
      char *old = keep[i];
      char *q = realloc (old, 100); /* { dg-message "^realloc\\(old, 100\\) escapes to heap:$" } */
      /* { dg-message "^  flow: q = &\\{storage for realloc\\(old, 100\\)\\}:$" "" { target *-*-* } .-1 } */
      /* { dg-message "^    from q = realloc\\(old, 100\\) \\(assign\\) at \[^ \]*:92:17$" "" { target *-*-* } .-2 } */
      /* { dg-message "^  flow: keep = q:$" "" { target *-*-* } .-3 } */
      /* { dg-message "^    from keep\\\[i\\] = q \\(assign\\) at \[^ \]*:102:15$" "" { target *-*-* } .-4 } */
      /* { dg-message "^  reason: keep lives in memory, which counts as declared outside every loop, so it outlives the loop iteration that allocated realloc\\(old, 100\\)$" "" { target *-*-* } .-5 } */
      /* { dg-message "^realloc\\(old, 100\\) escapes to heap$" "" { target *-*-* } .-6 } */
      if (!q)
	abort ();
      bad |= q[i] != 'a' + i;
      keep[i] = q;
    }
  for (int i = 0; i < n; i++)
    free (keep[i]);
  return bad;
}

/* Recursive: the pool is owned by one activation at a time.  */
__attribute__ ((noinline)) static long
rec (int d, int n)
{
  if (d == 0)
    return 0;
  long s = list (n);
  struct node *head = NULL;
  for (int i = 0; i < n; i++)
    {
      struct node *t = malloc (sizeof *t); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
      /* { dg-message "^  a pool of 4 stack slots of 16 bytes, one for each object that outlives its loop iteration, the heap once they are used up$" "" { target *-*-* } .-1 } */
      /* { dg-message "^  one activation of rec at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-2 } */
      if (!t)
	abort ();
      t->v = d;
      t->next = head;
      head = t;
    }
  s += rec (d - 1, n);
  while (head)
    {
      struct node *next = head->next;
      s += head->v;
      free (head);
      head = next;
    }
  return s;
}

int
main (void)
{
  for (int n = 0; n < 10; n++)
    if (list (n) != (long) n * (n - 1) / 2)
      abort ();
  if (zeroed (9))
    abort ();
  if (grown (16))
    abort ();
  long want = 0;
  for (int d = 1; d <= 6; d++)
    want += 15 + 6L * d;
  if (rec (6, 6) != want)
    abort ();
  return 0;
}

