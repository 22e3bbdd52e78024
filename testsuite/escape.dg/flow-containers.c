/* A store *p = v puts v into whatever p may point to.  Containers that
   stay local (local structs, local arrays, malloc'd structs) keep their
   contents local; once the container escapes, so does everything in it.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

struct buf { size_t len; char *data; };
struct buf *g_buf;

int
local_struct (void)
{
  struct buf b;
  b.len = 10;
  b.data = malloc (b.len); /* { dg-message "malloc\\(b\\.len\\) does not escape" } */
  b.data[0] = 'x';
  int r = b.data[0];
  free (b.data);
  return r;
}

int
heap_struct (void)
{
  struct buf *b = malloc (sizeof *b); /* { dg-message "malloc\\(16\\) does not escape" } */
  b->data = malloc (100); /* { dg-message "malloc\\(100\\) does not escape" } */
  b->len = 100;
  b->data[0] = 0;
  free (b->data);
  free (b);
  return 0;
}

/* The container is published: its contents go with it.  */
void
publish_struct (void)
{
  struct buf *b = malloc (sizeof *b); /* { dg-message "malloc\\(16\\) escapes to heap" } */
  b->data = malloc (200); /* { dg-message "malloc\\(200\\) escapes to heap" } */
  b->len = 200;
  g_buf = b;
}

/* Published first, filled in afterwards: same thing.  */
void
publish_then_fill (void)
{
  struct buf *b = malloc (sizeof *b); /* { dg-message "malloc\\(16\\) escapes to heap" } */
  g_buf = b;
  b->data = malloc (300); /* { dg-message "malloc\\(300\\) escapes to heap" } */
}

/* Two levels of nesting, all local.  */
int
nested_local (void)
{
  struct buf *outer[2];
  struct buf *b = malloc (sizeof *b); /* { dg-message "malloc\\(16\\) does not escape" } */
  outer[0] = b;
  outer[1] = 0;
  outer[0]->data = malloc (8); /* { dg-message "malloc\\(8\\) does not escape" } */
  outer[0]->data[0] = 1;
  int r = b->data[0];
  free (b->data);
  free (b);
  return r;
}

/* Storing into what a parameter points to: the caller's memory.  */
void
fill (struct buf *out, size_t n) /* { dg-message "out does not escape" } */
{
  out->len = n;
  out->data = malloc (n); /* { dg-message "malloc\\(n\\) escapes to heap" } */
}

/* The parameter's pointee is stored into the local, and the local is
   returned.  */
char *
data_of (struct buf *b) /* { dg-message "leaking param: b to result level=1$" } */
{
  struct buf copy = *b;
  return copy.data;
}
