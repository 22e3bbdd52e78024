/* xform-lto-recursion.c without LTO, in two passes with a summaries file:
   count_l (units/lto-rec-lib.c) is known here by its summary, which says
   what it does with its arguments but not what it calls, and it calls
   count_r back.  So count_r may still be re-entered, and its scratch
   buffer takes a slot only one activation at a time (the summary once
   made count_r look like a leaf: a slot in every frame, multiplied by the
   recursion).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2" } */
/* { dg-summaries-from "units/lto-rec-lib.c" } */
/* { dg-additional-sources "units/lto-rec-lib.c" } */
/* { dg-message "^parameter t leaks to \\{heap\\} with derefs=1:$" "" { target *-*-* } lto-rec-lib.c:15 } */
/* { dg-message "^  flow: \\{temp\\} = \\*t:$" "" { target *-*-* } lto-rec-lib.c:15 } */
/* { dg-message "^    from return t->r \\(assign\\) at " "" { target *-*-* } lto-rec-lib.c:15 } */
/* { dg-message "^  flow: \\{heap\\} = \\{temp\\}:$" "" { target *-*-* } lto-rec-lib.c:15 } */
/* { dg-message "^    from \\{temp\\} = count_r\\(t->r, d \\+ 1\\) \\(call parameter, count_r is defined in another unit \\(the summaries file has no summary of it\\)\\) at " "" { target *-*-* } lto-rec-lib.c:15 } */
/* { dg-message "^leaking param content: t$" "" { target *-*-* } lto-rec-lib.c:15 } */
/* { dg-message "^moved to stack: malloc\\(64\\)$" "" { target *-*-* } lto-rec-lib.c:19 } */
/* { dg-message "^  one activation of count_l at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } lto-rec-lib.c:19 } */
/* { dg-message "^  count_l may be re-entered: it calls count_r, which is defined in another unit \\(the summaries file has no summary of it\\)$" "" { target *-*-* } lto-rec-lib.c:19 } */
#include <stdlib.h>
#include <string.h>

struct tree
{
  struct tree *l, *r;
  int v;
};

int count_l (struct tree *t, int d);

__attribute__ ((noinline)) int
count_r (struct tree *t, int d) /* { dg-message "^parameter t leaks to \\{heap\\} with derefs=1:$" } */
/* { dg-message "^  flow: \\{heap\\} = \\*t:$" "" { target *-*-* } .-1 } */
/* { dg-message "^    from \\{temp\\} = count_l\\(t, d\\) \\(call parameter, count_l leaks what it points to to the heap\\) at " "" { target *-*-* } .-2 } */
/* { dg-message "^leaking param content: t$" "" { target *-*-* } .-3 } */
{
  if (!t)
    return 0;
  char *scratch = malloc (32); /* { dg-message "^moved to stack: malloc\\(32\\)$" } */
  /* { dg-message "^  one activation of count_r at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-1 } */
  /* { dg-message "^  count_r may be re-entered: it calls count_l, which is defined in another unit and may run code of others$" "" { target *-*-* } .-2 } */
  if (!scratch)
    abort ();
  memset (scratch, 1, 32);
  int s = scratch[d % 32];
  free (scratch);
  return s + count_l (t, d);
}

int
main (void)
{
  struct tree leaf1 = { 0, 0, 1 }, leaf2 = { 0, 0, 2 };
  struct tree root = { &leaf1, &leaf2, 3 };
  int s = count_r (&root, 0);
  return s == 0 ? 1 : 0;
}
