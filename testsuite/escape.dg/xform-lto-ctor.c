/* Under -flto lto1 sees the whole program: a constructor and a disposer
   of another unit (units/lto-ctor-lib.c) are seen as a compile sees its
   own.  Each object node_new makes is judged at its call, as in one
   file: local_list's stay local (node_free frees them), so they move to
   its frame (node_new's clone takes the slot, node_free's release clone
   leaves it alone); kept_list's is kept in a global.  Without -flto the
   calls are calls of unseen code and nothing is said of them.  The
   program runs as before, under ASan too.  */
/* { dg-do run } */
/* { dg-options "-flto -fplugin-arg-escape-transform -fplugin-arg-escape-m" } */
/* { dg-additional-sources "units/lto-ctor-lib.c" } */
/* { dg-message "^leaking param: next$" "" { target *-*-* } lto-ctor-lib.c:12 } */
/* { dg-message "^malloc\\(16\\) escapes to heap$" "" { target *-*-* } lto-ctor-lib.c:14 } */
/* { dg-message "^n does not escape$" "" { target *-*-* } lto-ctor-lib.c:23 } */
/* { dg-message "^n does not escape$" "" { target *-*-* } lto-ctor-lib.c:34 } */
#include <stdio.h>
#include <stdlib.h>

struct node;
struct node *node_new (int v, struct node *next);
void node_free (struct node *n);
int node_sum (const struct node *n);

static struct node *kept;

__attribute__ ((noinline)) static int
local_list (int k)
{
  struct node *n = node_new (k, NULL); /* { dg-message "^moved to stack: node_new\\(k, 0\\)$" } */
  n = node_new (k + 1, n); /* { dg-message "^moved to stack: node_new\\(k \\+ 1, n\\)$" } */
  int s = node_sum (n);
  node_free (n);
  return s;
}

__attribute__ ((noinline)) static int
kept_list (int k)
{
  kept = node_new (k, NULL); /* { dg-message "^node_new\\(k, 0\\) escapes to heap$" } */
  return node_sum (kept);
}

int
main (int argc, char **argv) /* { dg-message "^argv does not escape$" } */
{
  /* Arguments GCC cannot propagate into the functions (ipa-cp).  */
  int s = local_list (argc) + kept_list (argc + 4);
  node_free (kept);
  if (s != 8)
    abort ();
  return 0;
}
