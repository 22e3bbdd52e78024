/* Re-entry through a deallocator of another unit, known by its summary
   (a summaries file).  attr_myfree frees its argument with attr_xfree, a
   deallocator by GCC's attributes, which promise nothing of what it
   calls: its free runs a hook that calls F again.  A summary says what a
   function does with its arguments, not what it calls, so F, calling
   attr_myfree, may be re-entered, and its buffer takes its slot one
   activation at a time.  (A deallocator's summary once counted as code
   that cannot call back: a slot in every frame, and 100,000 levels
   overflowed an 8 MB stack.)  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2" } */
/* { dg-summaries-from "units/summaries-attr-free-lib.c units/summaries-attr-free-wrap.c" } */
/* { dg-additional-sources "units/summaries-attr-free-lib.c units/summaries-attr-free-wrap.c" } */
/* { dg-message "^p does not escape$" "" { target *-*-* } summaries-attr-free-lib.c:8 } */
/* { dg-message "^attr_myfree is a deallocator \\(frees p\\)$" "" { target *-*-* } summaries-attr-free-wrap.c:7 } */
/* { dg-message "^parameter p leaks to \\{heap\\} with derefs=0:$" "" { target *-*-* } summaries-attr-free-wrap.c:7 } */
/* { dg-message "^  flow: \\{heap\\} = p:$" "" { target *-*-* } summaries-attr-free-wrap.c:7 } */
/* { dg-message "^    from attr_xfree\\(p\\) \\(call parameter of attr_xfree, whose attributes say nothing of its arguments\\) at " "" { target *-*-* } summaries-attr-free-wrap.c:7 } */
/* { dg-message "^leaking param: p$" "" { target *-*-* } summaries-attr-free-wrap.c:7 } */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void attr_myfree (void *p);
extern void (*attr_free_hook) (void);
static int depth, maxd;
static long sum;
void F (void);

static void
reenter (void)
{
  F ();
}

void
F (void)
{
  char *buf = malloc (200); /* { dg-message "^moved to stack: malloc\\(200\\)$" } */
  /* { dg-message "^  one activation of F at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-1 } */
  /* { dg-message "^  F may be re-entered: it calls attr_myfree, which is defined in another unit and may run code of others$" "" { target *-*-* } .-2 } */
  if (!buf)
    abort ();
  memset (buf, depth & 0x7f, 200);
  void *q = malloc (1); /* { dg-message "^malloc\\(1\\) escapes to heap:$" } */
  /* { dg-message "^  flow: q = &\\{storage for malloc\\(1\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from q = malloc\\(1\\) \\(assign\\) at " "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{heap\\} = q:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from attr_myfree\\(q\\) \\(call parameter, attr_myfree leaks it to the heap\\) at " "" { target *-*-* } .-4 } */
  /* { dg-message "^malloc\\(1\\) escapes to heap$" "" { target *-*-* } .-5 } */
  if (depth < maxd)
    {
      depth++;
      attr_myfree (q);
    }
  else
    free (q);
  sum += buf[depth % 200];
  free (buf);
}

int
main (void)
{
  maxd = 2000;
  attr_free_hook = reenter;
  F ();
  printf ("%ld\n", sum);
  return 0;
}
/* { dg-output "125160\\n" } */
