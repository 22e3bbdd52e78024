/* xform-lto-recursion.c with -flto-partition=max: every function in a
   partition of its own, compiled by its own ltrans process, which has no
   body of the others.  A call of another partition's function goes
   through the summary the function's compile recorded in the bytecode
   (lto-summaries.cc): count_r hands count_l what t points to, which
   escapes there (the path names count_l's summary, no longer "compiled in
   another LTO partition").  The summary says nothing of what count_l
   calls: it may call back, so each scratch buffer still takes a slot only
   one activation at a time.  Sound, and as good as one unit alone.  */
/* { dg-do run } */
/* { dg-options "-flto -flto-partition=max -fplugin-arg-escape-transform -fplugin-arg-escape-m=2" } */
/* { dg-additional-sources "units/lto-rec-lib.c" } */
/* { dg-prune-output "lto-wrapper: (warning: using serial compilation|note: see the)" } */
/* { dg-message "^parameter t leaks to \\{heap\\} with derefs=1:$" "" { target *-*-* } lto-rec-lib.c:15 } */
/* { dg-message "^  flow: \\{temp\\} = \\*t:$" "" { target *-*-* } lto-rec-lib.c:15 } */
/* { dg-message "^    from return t->r \\(assign\\) at " "" { target *-*-* } lto-rec-lib.c:15 } */
/* { dg-message "^  flow: \\{heap\\} = \\{temp\\}:$" "" { target *-*-* } lto-rec-lib.c:15 } */
/* { dg-message "^    from \\{temp\\} = count_r\\(t->r, d \\+ 1\\) \\(call parameter, count_r leaks it to the heap\\) at " "" { target *-*-* } lto-rec-lib.c:15 } */
/* { dg-message "^leaking param content: t$" "" { target *-*-* } lto-rec-lib.c:15 } */
/* { dg-message "^moved to stack: malloc\\(64\\)$" "" { target *-*-* } lto-rec-lib.c:19 } */
/* { dg-message "^  one activation of count_l at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } lto-rec-lib.c:19 } */
/* { dg-message "^  count_l may be re-entered: it calls count_r, which is compiled in another LTO partition$" "" { target *-*-* } lto-rec-lib.c:19 } */
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
  /* { dg-message "^  count_r may be re-entered: it calls count_l, which is compiled in another LTO partition$" "" { target *-*-* } .-2 } */
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
