/* A loop that only frees objects of pools, built as a list in an earlier
   loop, is skipped while the pools have room: every object it could free
   is then a slot, which its guarded frees would leave alone anyway.
   Skipped: a list of numbers (pool of 4: lists of up to 3 nodes skip it,
   longer ones free their heap nodes, which LeakSanitizer checks in the
   ASan run), a list whose nodes come from two pools (both must have
   room), and the second walk of odd_first.  Not skipped: a loop that
   counts what it frees, one whose list head is read after it, one that
   calls a function, ones that free on some iterations only (the first
   walk of odd_first, cond_free), one with an inner loop, and a list whose nodes point into the caller's
   text (one object per struct: the walk may then free that text).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-loop-slots=4 -fdump-ipa-all" } */
/* { dg-final { scan-ipa-dump "^ints: the loop at line 44 only frees objects of pools, skipped while they have room$" "escape-summarize" } } */
/* { dg-final { scan-ipa-dump "^two_pools: the loop at line 70 only frees objects of pools, skipped while they have room$" "escape-summarize" } } */
/* { dg-final { scan-ipa-dump "^odd_first: the loop at line 189 only frees objects of pools, skipped while they have room$" "escape-summarize" } } */
/* { dg-final { scan-ipa-dump-times "skipped while they have room" 3 "escape-summarize" } } */
#include <stdlib.h>
#include <string.h>

struct node
{
  struct node *next;
  long v;
};

__attribute__ ((noinline)) static long
ints (int n)
{
  struct node *head = NULL, **tail = &head;
  for (int i = 0; i < n; i++)
    {
      struct node *t = malloc (sizeof *t);
      if (!t)
	abort ();
      t->v = i + 1;
      t->next = NULL;
      *tail = t;
      tail = &t->next;
    }
  long s = 0;
  for (struct node *t = head; t; t = t->next)
    s = s * 3 + t->v;
  while (head)
    {
      struct node *next = head->next;
      free (head);
      head = next;
    }
  return s;
}

/* Nodes from two sites, two pools: both must have room.  */
__attribute__ ((noinline)) static long
two_pools (int n)
{
  struct node *head = NULL;
  for (int i = 0; i < n; i++)
    {
      struct node *t = (i & 1) ? malloc (sizeof *t) : malloc (sizeof *t);
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

/* What the loop computes is used after it.  */
__attribute__ ((noinline)) static int
counted (int n)
{
  struct node *head = NULL;
  for (int i = 0; i < n; i++)
    {
      struct node *t = malloc (sizeof *t);
      if (!t)
	abort ();
      t->next = head;
      head = t;
    }
  int freed = 0;
  while (head)
    {
      struct node *next = head->next;
      free (head);
      head = next;
      freed++;
    }
  return freed;
}

/* The head, a variable in memory, is read after the loop (a skipped
   loop would leave it set).  */
__attribute__ ((noinline)) static int
head_after (int n)
{
  struct node *head = NULL, **tail = &head;
  for (int i = 0; i < n; i++)
    {
      struct node *t = malloc (sizeof *t);
      if (!t)
	abort ();
      t->next = NULL;
      *tail = t;
      tail = &t->next;
    }
  while (head)
    {
      struct node *next = head->next;
      free (head);
      head = next;
    }
  return head == NULL;
}

static int touched;

__attribute__ ((noinline)) static void
touch (struct node *t)
{
  touched += t != NULL;
}

/* The loop calls a function besides free.  */
__attribute__ ((noinline)) static int
with_call (int n)
{
  struct node *head = NULL;
  for (int i = 0; i < n; i++)
    {
      struct node *t = malloc (sizeof *t);
      if (!t)
	abort ();
      t->next = head;
      head = t;
    }
  touched = 0;
  while (head)
    {
      struct node *next = head->next;
      touch (head);
      free (head);
      head = next;
    }
  return touched;
}

/* Frees on some iterations only: the odd nodes go first, then the rest.  */
__attribute__ ((noinline)) static long
odd_first (int n)
{
  struct node *head = NULL;
  for (int i = 0; i < n; i++)
    {
      struct node *t = malloc (sizeof *t);
      if (!t)
	abort ();
      t->v = i;
      t->next = head;
      head = t;
    }
  long s = 0;
  struct node *even = NULL;
  while (head)
    {
      struct node *next = head->next;
      if (head->v & 1)
	free (head);
      else
	{
	  head->next = even;
	  even = head;
	}
      head = next;
    }
  for (struct node *t = even; t; t = t->next)
    s += t->v;
  while (even)
    {
      struct node *next = even->next;
      free (even);
      even = next;
    }
  return s;
}

/* The free runs on some iterations only, as far as the compiler knows:
   a loop that frees nothing could go on for ever, so it stays.  */
__attribute__ ((noinline)) static long
cond_free (int n)
{
  struct node *head = NULL;
  for (int i = 0; i < n; i++)
    {
      struct node *t = malloc (sizeof *t);
      if (!t)
	abort ();
      t->v = i + 1;
      t->next = head;
      head = t;
    }
  long s = 0;
  for (struct node *t = head; t; t = t->next)
    s += t->v;
  while (head)
    {
      struct node *next = head->next;
      if (head->v)
	free (head);
      head = next;
    }
  return s;
}

/* An inner loop: an iteration that may never end (with HANG set, one
   whose test is a constant, which C lets run for ever) stays.  */
__attribute__ ((noinline)) static long
inner_loop (int n, int hang)
{
  struct node *head = NULL;
  for (int i = 0; i < n; i++)
    {
      struct node *t = malloc (sizeof *t);
      if (!t)
	abort ();
      t->v = i;
      t->next = head;
      head = t;
    }
  long s = 0;
  for (struct node *t = head; t; t = t->next)
    s += t->v;
  for (;;)
    {
      if (!head)
	break;
      if (hang)
	for (;;)
	  if (!hang)
	    break;
      struct node *next = head->next;
      free (head);
      head = next;
    }
  return s;
}

struct token
{
  struct token *next;
  const char *start;
};

/* Each node points into the caller's text: with one object per struct,
   the walk's pointer may be that text.  */
__attribute__ ((noinline)) static int
tokens (const char *text)
{
  struct token *head = NULL;
  int n = 0;
  for (const char *p = text; *p; p++)
    if (*p != ' ')
      {
	struct token *t = malloc (sizeof *t);
	if (!t)
	  abort ();
	t->start = p;
	t->next = head;
	head = t;
      }
  for (struct token *t = head; t; t = t->next)
    n += t->start == text;
  while (head)
    {
      struct token *next = head->next;
      free (head);
      head = next;
    }
  return n;
}

int
main (void)
{
  static const long ints_want[] = { 0, 1, 5, 18, 58, 179, 543, 1636 };
  for (int n = 0; n < 8; n++)
    if (ints (n) != ints_want[n])
      abort ();
  for (int n = 0; n < 12; n++)
    if (two_pools (n) != n * (n - 1) / 2)
      abort ();
  for (int n = 0; n < 8; n++)
    if (counted (n) != n || !head_after (n) || with_call (n) != n)
      abort ();
  for (int n = 0; n < 8; n++)
    {
      long want = 0;
      for (int i = 0; i < n; i += 2)
	want += i;
      if (odd_first (n) != want)
	abort ();
    }
  for (int n = 0; n < 8; n++)
    if (cond_free (n) != n * (n + 1) / 2)
      abort ();
  for (int n = 0; n < 8; n++)
    if (inner_loop (n, n < 0) != n * (n - 1) / 2)
      abort ();
  if (tokens ("x y xx z") != 1)
    abort ();
  return 0;
}
