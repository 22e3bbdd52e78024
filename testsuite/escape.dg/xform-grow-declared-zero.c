/* A declared reallocator's block made from NULL may come zeroed, as any
   moved declared object starts: the clone that makes it in the caller's
   slot zeroes the bytes asked for.  The slot kept the stack's old bytes
   (an adversarial finding).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m -fplugin-arg-escape-allocator=zrealloc:realloc(1,2):zfree:1" } */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* (NULL, n) zeroes, as tcc_mallocz does for malloc.  */
__attribute__ ((noipa)) void *
zrealloc (void *p, size_t n) /* { dg-message "^leaking param: p to result$" } */
{
  if (!p)
    return calloc (1, n); /* { dg-message "^calloc\\(1, n\\) escapes to heap$" } */
  return realloc (p, n); /* { dg-message "^realloc\\(p, n\\) escapes to heap$" } */
}

__attribute__ ((noipa)) void
zfree (void *p) /* { dg-message "^p does not escape$" } */
{
  free (p);
}

typedef struct
{
  int size, cap;
  char *data;
} Buf;

__attribute__ ((noinline)) static void
buf_init (Buf *b) /* { dg-message "^leaking param: b into \\*b level=1$" } */
{
  b->size = 0;
  b->cap = 32;
  b->data = NULL;
  b->data = zrealloc (b->data, (size_t) b->cap); /* { dg-message "^zrealloc\\(b->data, b->cap\\) escapes to heap$" } */
}

static void
buf_free (Buf *b) /* { dg-message "^b does not escape$" } */
{
  zfree (b->data);
}

__attribute__ ((noinline)) static void
go (const char *x) /* { dg-message "^leaking param content: x$" } */
{
  Buf b;
  buf_init (&b); /* { dg-message "^moved to stack: buf_init\\(&b\\)$" } */
  for (int i = 0; i < b.cap; i++)
    if (b.data[i] != 0)
      abort ();
  strcpy (b.data, x);
  if (strcmp (b.data, x) != 0)
    abort ();
  buf_free (&b);
}

/* Leaves its bytes where go's slot will be.  */
__attribute__ ((noinline)) static void
dirty (void)
{
  volatile char big[4096];
  for (int i = 0; i < 4096; i++)
    big[i] = 'Q';
}

int
main (void)
{
  dirty ();
  go ("hello");
  dirty ();
  go ("world");
  return 0;
}
