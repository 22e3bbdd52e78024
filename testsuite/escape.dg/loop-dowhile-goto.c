/* do-while loops, while (1) with break, and loops made with a backward
   goto follow the same rule as for loops.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

struct node { struct node *next; int v; };

int
do_scratch (int n)
{
  int s = 0;
  do
    {
      char *p = malloc (8); /* { dg-message "^malloc\\(8\\) does not escape$" } */
      p[0] = n;
      s += p[0];
      free (p);
    }
  while (--n > 0);
  return s;
}

int
do_list (int n)
{
  struct node *head = 0;
  do
    {
      struct node *nd = malloc (sizeof *nd); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
      nd->next = head;
      head = nd;
    }
  while (--n > 0);
  int s = 0;
  while (head)
    {
      struct node *nx = head->next;
      free (head);
      head = nx;
      s++;
    }
  return s;
}

int
while1_scratch (int n)
{
  int s = 0;
  while (1)
    {
      char *p = malloc (12); /* { dg-message "^malloc\\(12\\) does not escape$" } */
      p[0] = n;
      s += p[0];
      free (p);
      if (--n <= 0)
	break;
    }
  return s;
}

int
goto_scratch (int n)
{
  int s = 0, i = 0;
 again:
  {
    char *p = malloc (20); /* { dg-message "^malloc\\(20\\) does not escape$" } */
    p[0] = i;
    s += p[0];
    free (p);
  }
  if (++i < n)
    goto again;
  return s;
}

int
goto_list (int n)
{
  struct node *head = 0;
  int i = 0;
 again:
  {
    struct node *nd = malloc (sizeof (struct node)); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
    nd->next = head;
    head = nd;
  }
  if (++i < n)
    goto again;
  int s = 0;
  while (head)
    {
      struct node *nx = head->next;
      free (head);
      head = nx;
      s++;
    }
  return s;
}
