/* A helper that moves pointers within an object ("p->next->cur =
   p->next->first") keeps nothing (flow-self-assign.c), so the objects
   its caller hands it move to the stack.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

struct cursor
{
  char *first, *cur;
};

struct holder
{
  struct cursor *c;
};

__attribute__ ((noinline)) static void
rewind_cursor (struct holder *h) /* { dg-message "^h does not escape$" } */
{
  h->c->cur = h->c->first;
}

int
first_char (const char *s) /* { dg-message "^s does not escape$" } */
{
  struct holder *h = malloc (sizeof *h); /* { dg-message "^moved to stack: malloc\\(8\\)$" } */
  if (!h)
    abort ();
  h->c = malloc (sizeof *h->c); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  if (!h->c)
    abort ();
  h->c->first = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  if (!h->c->first)
    abort ();
  strncpy (h->c->first, s, 15);
  h->c->first[15] = 0;
  h->c->cur = h->c->first + 1;
  rewind_cursor (h);
  int r = *h->c->cur;
  free (h->c->first);
  free (h->c);
  free (h);
  return r;
}

int
main (void)
{
  return first_char ("xyz") != 'x';
}
