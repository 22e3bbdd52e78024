/* Loops: an allocation that dies within its iteration does not escape;
   one that survives into a later iteration or past the loop through a
   loop-carried variable does.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

struct item { struct item *next; int value; };

/* Per-iteration scratch buffer, freed before the next iteration.  */
int
per_iteration (int n)
{
  int total = 0;
  for (int i = 0; i < n; i++)
    {
      int *tmp = malloc (8 * sizeof (int)); /* { dg-message "malloc\\(32\\) does not escape" } */
      tmp[0] = i;
      total += tmp[0];
      free (tmp);
    }
  return total;
}

/* A list built in the loop: each node is reachable from the next one.  */
int
build_list (int n)
{
  struct item *head = 0;
  for (int i = 0; i < n; i++)
    {
      struct item *it = malloc (sizeof *it); /* { dg-message "malloc\\(16\\) escapes to heap" } */
      it->value = i;
      it->next = head;
      head = it;
    }
  int s = 0;
  while (head)
    {
      struct item *next = head->next;
      s += head->value;
      free (head);
      head = next;
    }
  return s;
}

/* The last allocation is used after the loop.  */
int
keep_last (int n)
{
  char *last = 0;
  for (int i = 0; i < n; i++)
    {
      char *p = malloc (24); /* { dg-message "malloc\\(24\\) escapes to heap" } */
      p[0] = i;
      free (last);
      last = p;
    }
  int r = last ? last[0] : -1;
  free (last);
  return r;
}

/* Before the loop, outside it: a buffer allocated once and used in the
   loop is fine.  */
int
reuse_buffer (int n)
{
  char *buf = malloc (128); /* { dg-message "malloc\\(128\\) does not escape" } */
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      buf[i & 127] = i;
      s += buf[(i + 1) & 127];
    }
  free (buf);
  return s;
}

/* A local struct lives in memory, declared outside all loops: storing a
   per-iteration allocation in it escapes (conservatively: BAD:).  */
struct pair { char *a; char *b; };

int
through_struct (int n)
{
  struct pair pr;
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      /* BAD: should not escape (freed in its iteration).  */
      pr.a = malloc (40); /* { dg-message "malloc\\(40\\) escapes to heap" } */
      pr.a[0] = i;
      s += pr.a[0];
      free (pr.a);
    }
  return s;
}

/* A nested loop: the inner allocation is carried across the inner loop
   but freed within the outer iteration.  */
int
nested (int n, int m)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      char *prev = 0;
      for (int j = 0; j < m; j++)
        {
          char *q = malloc (56); /* { dg-message "malloc\\(56\\) escapes to heap" } */
          q[0] = j;
          if (prev)
            s += prev[0];
          free (prev);
          prev = q;
        }
      free (prev);
    }
  return s;
}
