/* Summaries of another unit's functions, without LTO: the functions of
   units/summaries-lib.c are only declared here, and the first build's
   reports give their summaries (dg-summaries-from).  fill and total keep
   nothing, so the array handed to them does not escape and moves to the
   stack; keep stores its argument in a global, so that one escapes, the
   step naming keep's summary.  Wrapper roles and constructors are as for
   the unit's own functions: release is a deallocator (what it frees
   moves, and the call goes), xmalloc an allocator (its call moves), and
   make_pair's object is judged here (it does not escape, but only a
   clone of a constructor of the unit could take a slot).  A weak
   weak_keep publishes no summary, and the path says the file has none.  A static pick
   here is not the other unit's static pick (which leaks).  fill,
   xmalloc (abort on its failure path) and release (free) run only their
   unit's code and the C library's, which their summaries say, so
   sum_local, wrapped and released are not re-entered through them and
   their objects take slots of their own (xform-summaries-reentry.c and
   xform-summaries-attr-dealloc.c have callees that call out).  The
   program prints what it printed without the plugin, and runs under
   ASan.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2" } */
/* { dg-summaries-from "units/summaries-lib.c" } */
/* { dg-additional-sources "units/summaries-lib.c" } */
/* { dg-message "^parameter p leaks to \\{heap\\} with derefs=0:$" "" { target *-*-* } summaries-lib.c:11 } */
/* { dg-message "^  flow: \\{heap\\} = p:$" "" { target *-*-* } summaries-lib.c:11 } */
/* { dg-message "^    from summaries_kept = p \\(assign\\) at " "" { target *-*-* } summaries-lib.c:11 } */
/* { dg-message "^leaking param: p$" "" { target *-*-* } summaries-lib.c:11 } */
/* { dg-message "^v does not escape$" "" { target *-*-* } summaries-lib.c:18 } */
/* { dg-message "^v does not escape$" "" { target *-*-* } summaries-lib.c:25 } */
/* { dg-message "^parameter p leaks to \\{heap\\} with derefs=0:$" "" { target *-*-* } summaries-lib.c:34 } */
/* { dg-message "^  flow: \\{heap\\} = p:$" "" { target *-*-* } summaries-lib.c:34 } */
/* { dg-message "^    from pick\\(p\\) \\(call parameter, pick leaks it to the heap\\) at " "" { target *-*-* } summaries-lib.c:34 } */
/* { dg-message "^leaking param: p$" "" { target *-*-* } summaries-lib.c:34 } */
/* { dg-message "^release is a deallocator \\(frees p\\)$" "" { target *-*-* } summaries-lib.c:40 } */
/* { dg-message "^p does not escape$" "" { target *-*-* } summaries-lib.c:40 } */
/* { dg-message "^malloc\\(8\\) escapes to heap:$" "" { target *-*-* } summaries-lib.c:49 } */
/* { dg-message "^  flow: p = &\\{storage for malloc\\(8\\)\\}:$" "" { target *-*-* } summaries-lib.c:49 } */
/* { dg-message "^    from p = malloc\\(8\\) \\(assign\\) at " "" { target *-*-* } summaries-lib.c:49 } */
/* { dg-message "^  flow: \\{temp\\} = p:$" "" { target *-*-* } summaries-lib.c:49 } */
/* { dg-message "^    from return p \\(assign\\) at " "" { target *-*-* } summaries-lib.c:49 } */
/* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } summaries-lib.c:49 } */
/* { dg-message "^    from return p \\(return\\) at " "" { target *-*-* } summaries-lib.c:49 } */
/* { dg-message "^malloc\\(8\\) escapes to heap$" "" { target *-*-* } summaries-lib.c:49 } */
/* { dg-message "^xmalloc is an allocator \\(wraps malloc; size: n\\)$" "" { target *-*-* } summaries-lib.c:59 } */
/* { dg-message "^malloc\\(n\\) escapes to heap:$" "" { target *-*-* } summaries-lib.c:61 } */
/* { dg-message "^  flow: p = &\\{storage for malloc\\(n\\)\\}:$" "" { target *-*-* } summaries-lib.c:61 } */
/* { dg-message "^    from p = malloc\\(n\\) \\(assign\\) at " "" { target *-*-* } summaries-lib.c:61 } */
/* { dg-message "^  flow: \\{temp\\} = p:$" "" { target *-*-* } summaries-lib.c:61 } */
/* { dg-message "^    from return p \\(assign\\) at " "" { target *-*-* } summaries-lib.c:61 } */
/* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } summaries-lib.c:61 } */
/* { dg-message "^    from return p \\(return\\) at " "" { target *-*-* } summaries-lib.c:61 } */
/* { dg-message "^malloc\\(n\\) escapes to heap$" "" { target *-*-* } summaries-lib.c:61 } */
/* { dg-message "^p does not escape$" "" { target *-*-* } summaries-lib.c:69 } */
#include <stdio.h>
#include <stdlib.h>

void fill (int *v, int n, int x);
int total (const int *v, int n);
void keep (int *p);
void release (int *p);
extern int *summaries_kept;
int *make_pair (int a, int b);
void *xmalloc (size_t n);
void weak_keep (int *p);

static int *
pick (int *p) /* { dg-message "^parameter p leaks to \\{result\\} with derefs=0:$" } */
/* { dg-message "^  flow: \\{temp\\} = p:$" "" { target *-*-* } .-1 } */
/* { dg-message "^    from return p \\(assign\\) at " "" { target *-*-* } .-2 } */
/* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } .-3 } */
/* { dg-message "^    from return p \\(return\\) at " "" { target *-*-* } .-4 } */
/* { dg-message "^leaking param: p to result$" "" { target *-*-* } .-5 } */
{
  return p;
}

__attribute__((noinline)) static int
sum_local (void)
{
  int *v = malloc (8 * sizeof *v); /* { dg-message "^moved to stack: malloc\\(32\\)$" } */
  if (!v)
    abort ();
  fill (v, 8, 3);
  int t = total (pick (v), 8);
  free (v);
  return t;
}

__attribute__((noinline)) static void
kept (void)
{
  int *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap:$" } */
  /* { dg-message "^  flow: p = &\\{storage for malloc\\(16\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from p = malloc\\(16\\) \\(assign\\) at " "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{heap\\} = p:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from keep\\(p\\) \\(call parameter, keep leaks it to the heap\\) at \[^ \]*xform-summaries.c:101:3$" "" { target *-*-* } .-4 } */
  /* { dg-message "^malloc\\(16\\) escapes to heap$" "" { target *-*-* } .-5 } */
  if (!p)
    abort ();
  p[0] = 7;
  keep (p);
}

__attribute__((noinline)) static int
released (void)
{
  int *p = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  if (!p)
    abort ();
  p[0] = 5;
  int r = p[0];
  release (p);
  return r;
}

__attribute__((noinline)) static int
made (void)
{
  int *p = make_pair (2, 3); /* { dg-message "^make_pair\\(2, 3\\) does not escape$" } */
  /* { dg-message "^make_pair\\(2, 3\\) not moved to stack: allocated by the function it calls, which a clone cannot make take this frame's slot$" "" { target *-*-* } .-1 } */
  /* { dg-message "^  make_pair is defined in another unit: a clone is made from its body$" "" { target *-*-* } .-2 } */
  int r = p[0] * p[1];
  free (p);
  return r;
}

__attribute__((noinline)) static int
wrapped (void)
{
  int *p = xmalloc (16); /* { dg-message "^moved to stack: xmalloc\\(16\\)$" } */
  p[0] = 9;
  int r = p[0];
  release (p);
  return r;
}

__attribute__((noinline)) static int
unknown (void)
{
  int *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap:$" } */
  /* { dg-message "^  flow: p = &\\{storage for malloc\\(16\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from p = malloc\\(16\\) \\(assign\\) at " "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{heap\\} = p:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from weak_keep\\(p\\) \\(call parameter, weak_keep is defined in another unit \\(the summaries file has no summary of it\\)\\) at " "" { target *-*-* } .-4 } */
  /* { dg-message "^malloc\\(16\\) escapes to heap$" "" { target *-*-* } .-5 } */
  if (!p)
    abort ();
  p[0] = 4;
  weak_keep (p);
  int r = p[0];
  free (p);
  return r;
}

int
main (void)
{
  printf ("%d\n", sum_local ());
  kept ();
  printf ("%d\n", summaries_kept[0]);
  free (summaries_kept);
  printf ("%d\n", released ());
  printf ("%d %d %d\n", made (), wrapped (), unknown ());
  return 0;
}

/* { dg-output "^52\r?\n7\r?\n5\r?\n6 9 4\r?\n$" } */
