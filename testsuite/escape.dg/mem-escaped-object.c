/* An object that escapes can be written by code we do not see: pointers
   loaded from it point to the heap, and what is stored through them
   escapes.  Storing into an object only read from the heap is not a leak
   by itself.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

struct box { char *p; };
struct box *gb;
char **gslots;
void sink (void *);
char *get_buffer (void);

void
store_after_escape (void)
{
  struct box *b = malloc (sizeof *b); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
  gb = b;
  b->p = malloc (4); /* { dg-message "^malloc\\(4\\) escapes to heap$" } */
}

void
store_through_global_pointer (void)
{
  char **slot = gslots;
  *slot = malloc (12); /* { dg-message "^malloc\\(12\\) escapes to heap$" } */
}

void
load_from_heap_into_local_box (void)
{
  char *q = gb->p;
  struct box *c = malloc (sizeof *c); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  c->p = q;
  free (c);
}

void
store_through_loaded_pointer (void)
{
  struct box *b = malloc (sizeof *b); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
  sink (b);
  struct box *x = (struct box *) b->p;
  x->p = malloc (3); /* { dg-message "^malloc\\(3\\) escapes to heap$" } */
}

void
store_through_call_result (void)
{
  char *p = get_buffer ();
  *(char **) p = malloc (20); /* { dg-message "^malloc\\(20\\) escapes to heap$" } */
}

void
store_through_pointer_kept_in_local_box (void)
{
  /* c is local, but the pointer it holds came from the heap.  */
  char **c = malloc (16); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  c[0] = (char *) gslots;
  char **back = (char **) c[0];
  *back = malloc (28); /* { dg-message "^malloc\\(28\\) escapes to heap$" } */
  free (c);
}

void
merge_of_local_and_heap (int k)
{
  char *loc[1];
  char **slot = k ? loc : gslots;
  *slot = malloc (36); /* { dg-message "^malloc\\(36\\) escapes to heap$" } */
}
