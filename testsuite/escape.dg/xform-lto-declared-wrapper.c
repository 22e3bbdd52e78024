/* Allocators declared by name (-fplugin-arg-escape-allocator) in another
   unit, under -flto: GCC's inlining and IPA clones at the link would
   take the names from their calls (lto1 runs after them: my_free
   inlined became a call through J->alloc, my_malloc.constprop lost its
   arguments), and the object escaped.  The compiles keep a declared
   function out of line and uncloned, so lto1 still sees my_malloc and
   my_free, and moves the object.  */
/* { dg-do run } */
/* { dg-options "-flto -fplugin-arg-escape-transform -fplugin-arg-escape-m -fplugin-arg-escape-allocator=my_malloc:2:my_free:2" } */
/* { dg-additional-sources "units/lto-declared-lib.c" } */
/* { dg-message "^leaking param: p to result$" "" { target *-*-* } lto-declared-lib.c:12 } */
/* { dg-message "^c does not escape$" "" { target *-*-* } lto-declared-lib.c:12 } */
/* { dg-message "^realloc\\(p, n\\) escapes to heap$" "" { target *-*-* } lto-declared-lib.c:20 } */
/* { dg-message "^leaking param content: J$" "" { target *-*-* } lto-declared-lib.c:26 } */
/* { dg-message "^leaking param content: J$" "" { target *-*-* } lto-declared-lib.c:35 } */
/* { dg-message "^leaking param: p$" "" { target *-*-* } lto-declared-lib.c:35 } */
#include <string.h>

struct st;
extern struct st S;
void *my_malloc (struct st *J, int n);
void my_free (struct st *J, void *p);

int
use (int k)
{
  char *p = my_malloc (&S, 32); /* { dg-message "^moved to stack: my_malloc\\(&S, 32\\)$" } */
  memset (p, k, 32);
  int r = p[3];
  my_free (&S, p);
  return r;
}

int
main (int c, char **v) /* { dg-message "^v does not escape$" } */
{
  (void) v;
  return use (c) - 1;
}
