/* A declared reallocator handed a slot and size 0 must do what it does
   with a block of its own and 0: tcc_realloc, as libtcc writes it, is
   glibc's realloc, which frees and returns NULL, while its (NULL, 0)
   returns a fresh block.  (Found by an adversarial hunt: the slot's
   growth called it with NULL and 0.)  The declaration is the one in
   examples/allocators/tcc.alloc.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m -fplugin-arg-escape-allocator=tcc_malloc:1:tcc_free:1+tcc_realloc:realloc(1,2):tcc_free:1" } */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) void *
tcc_malloc (unsigned long n) /* { dg-message "^tcc_malloc is an allocator \\(wraps malloc; size: n\\)$" } */
{
  void *p = malloc (n); /* { dg-message "^malloc\\(n\\) escapes to heap$" } */
  if (!p && n)
    abort ();
  return p;
}

__attribute__ ((noinline)) void *
tcc_realloc (void *ptr, unsigned long size) /* { dg-message "^leaking param: ptr to result$" } */
{
  void *p = realloc (ptr, size); /* { dg-message "^realloc\\(ptr, size\\) escapes to heap$" } */
  if (!p && size)
    abort ();
  return p;
}

__attribute__ ((noinline)) void
tcc_free (void *p) /* { dg-message "^tcc_free is a deallocator \\(frees p\\)$" } */
/* { dg-message "^p does not escape$" "" { target *-*-* } .-1 } */
{
  free (p);
}

/* Shrinks a buffer to what is still in use; NULL when nothing is.  */
__attribute__ ((noinline)) static int
shrink_to_fit (unsigned long n, unsigned long keep)
{
  char *buf = tcc_malloc (n); /* { dg-message "^moved to stack: tcc_malloc\\(n\\)$" } */
  memset (buf, 'x', n);
  buf = tcc_realloc (buf, keep); /* { dg-message "^tcc_realloc\\(buf, keep\\) does not escape$" } */
  int ok = keep ? buf != NULL && buf[(keep < n ? keep : n) - 1] == 'x' : buf == NULL;
  tcc_free (buf);
  return ok;
}

int
main (void)
{
  for (unsigned long keep = 0; keep < 100; keep += 7)
    if (!shrink_to_fit (16, keep))
      abort ();
  return 0;
}
