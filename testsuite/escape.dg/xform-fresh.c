/* The transform with objects made by constructors: they move through a
   clone of the constructor, an allocation stored into one that does not
   escape moves, and so do an object and its member a disposer frees (it
   is called as a release clone).  Run under ASan with
   detect_stack_use_after_return too.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

struct box
{
  char *p;
  int n;
};

__attribute__ ((noinline)) static struct box *
box_new (int n)
{
  struct box *b = malloc (sizeof *b); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  if (!b)
    abort ();
  b->p = NULL;
  b->n = n;
  return b;
}

__attribute__ ((noinline)) static void
box_free (struct box *b) /* { dg-message "^b does not escape$" } */
{
  free (b->p);
  free (b);
}

__attribute__ ((noinline)) static int
sum (const struct box *b) /* { dg-message "^b does not escape$" } */
{
  int s = 0;
  for (int i = 0; i < b->n; i++)
    s += b->p[i];
  return s;
}

/* The member lives in this frame; the box is the constructor's.  */
__attribute__ ((noinline)) static int
with_member (int n)
{
  struct box *b = box_new (n); /* { dg-message "^moved to stack: box_new\\(n\\)$" } */
  b->p = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  if (!b->p)
    abort ();
  memset (b->p, 2, 16);
  int r = sum (b);
  free (b->p);
  free (b);
  return r;
}

/* The disposer frees the member and the box: both move.  */
__attribute__ ((noinline)) static int
disposed (int n)
{
  struct box *b = box_new (n); /* { dg-message "^moved to stack: box_new\\(n\\)$" } */
  b->p = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  if (!b->p)
    abort ();
  memset (b->p, 3, 16);
  int r = sum (b);
  box_free (b);
  return r;
}

int
main (void)
{
  for (int i = 0; i < 4; i++)
    if (with_member (8) != 16 || disposed (8) != 24)
      abort ();
  return 0;
}
