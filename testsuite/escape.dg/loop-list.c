/* A list built in a loop survives each iteration through its head, so its
   nodes escape (Go's loop rule), even though the function frees them all
   before returning.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

struct node { struct node *next; int v; };

int
build_then_free (int n)
{
  struct node *head = 0;
  for (int i = 0; i < n; i++)
    {
      struct node *nd = malloc (sizeof *nd); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
      nd->v = i;
      nd->next = head;
      head = nd;
    }
  int s = 0;
  while (head)
    {
      struct node *nx = head->next;
      s += head->v;
      free (head);
      head = nx;
    }
  return s;
}

int
build_at_tail (int n)
{
  struct node *first = 0, *last = 0;
  for (int i = 0; i < n; i++)
    {
      struct node *nd = malloc (sizeof (struct node)); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
      nd->next = 0;
      nd->v = i;
      if (last)
	last->next = nd;
      else
	first = nd;
      last = nd;
    }
  int s = 0;
  while (first)
    {
      struct node *nx = first->next;
      free (first);
      first = nx;
      s++;
    }
  return s;
}

int
chain_of_containers (int n)
{
  /* Each container holds a fresh buffer and the previous container.  */
  char **prev = 0;
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      char **c = malloc (2 * sizeof (char *)); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
      c[0] = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
      c[1] = (char *) prev;
      prev = c;
    }
  while (prev)
    {
      char **nx = (char **) prev[1];
      s++;
      free (prev[0]);
      free (prev);
      prev = nx;
    }
  return s;
}

int
outer_container_filled_in_loop (void)
{
  /* The container is allocated outside the loop and outlives every
     iteration, so what the loop stores into it escapes.  */
  char **c = malloc (10 * sizeof (char *)); /* { dg-message "^malloc\\(80\\) does not escape$" } */
  int s = 0;
  for (int i = 0; i < 10; i++)
    c[i] = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
  for (int i = 0; i < 10; i++)
    {
      s += c[i][0];
      free (c[i]);
    }
  free (c);
  return s;
}
