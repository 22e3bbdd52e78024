/* At -m=2, a constructor that may be re-entered says how: the call of
   code the plugin cannot see, directly or through a callee of the unit,
   which a user could change (a definition in the unit, a summary, a
   call the C library model knows).  The same for a function whose own
   slot one activation at a time owns.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m=2 -fplugin-arg-escape-transform" } */
#include <stdlib.h>

extern void ext (void);
static void (*hook) (void);

struct num
{
  double v;
};

static struct num *
by_extern (double v)
{
  struct num *n = malloc (sizeof *n); /* { dg-message "^malloc\\(8\\) escapes to heap:$" } */
  /* { dg-message "^  flow: n = &\\{storage for malloc\\(8\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from n = malloc\\(8\\) \\(assign\\) at \[^ \]*:21:19$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{temp\\} = n:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from return n \\(assign\\) at \[^ \]*:36:10$" "" { target *-*-* } .-4 } */
  /* { dg-message "^  flow: \\{temp\\} = \\{temp\\}:$" "" { target *-*-* } .-5 } */
  /* { dg-message "^    from return n \\(where control flow merges\\) at \[^ \]*:36:10$" "" { target *-*-* } .-6 } */
  /* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } .-7 } */
  /* { dg-message "^    from return n \\(return\\)$" "" { target *-*-* } .-8 } */
  /* { dg-message "^malloc\\(8\\) escapes to heap$" "" { target *-*-* } .-9 } */
  /* { dg-message "^  for its callers: does not escape at \[^ \]*:87:19$" "" { target *-*-* } .-10 } */
  if (!n)
    return NULL;
  n->v = v;
  ext ();
  return n;
}

static struct num *
by_pointer (double v)
{
  struct num *n = malloc (sizeof *n); /* { dg-message "^malloc\\(8\\) escapes to heap:$" } */
  /* { dg-message "^  flow: n = &\\{storage for malloc\\(8\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from n = malloc\\(8\\) \\(assign\\) at \[^ \]*:42:19$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{temp\\} = n:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from return n \\(assign\\) at \[^ \]*:57:10$" "" { target *-*-* } .-4 } */
  /* { dg-message "^  flow: \\{temp\\} = \\{temp\\}:$" "" { target *-*-* } .-5 } */
  /* { dg-message "^    from return n \\(where control flow merges\\) at \[^ \]*:57:10$" "" { target *-*-* } .-6 } */
  /* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } .-7 } */
  /* { dg-message "^    from return n \\(return\\)$" "" { target *-*-* } .-8 } */
  /* { dg-message "^malloc\\(8\\) escapes to heap$" "" { target *-*-* } .-9 } */
  /* { dg-message "^  for its callers: does not escape at \[^ \]*:87:39$" "" { target *-*-* } .-10 } */
  if (!n)
    return NULL;
  n->v = v;
  hook ();
  return n;
}

static void
helper (void)
{
  ext ();
}

static struct num *
through_helper (double v)
{
  struct num *n = malloc (sizeof *n); /* { dg-message "^malloc\\(8\\) escapes to heap:$" } */
  /* { dg-message "^  flow: n = &\\{storage for malloc\\(8\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from n = malloc\\(8\\) \\(assign\\) at \[^ \]*:69:19$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{temp\\} = n:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from return n \\(assign\\) at \[^ \]*:81:10$" "" { target *-*-* } .-4 } */
  /* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } .-5 } */
  /* { dg-message "^    from return n \\(return\\) at \[^ \]*:81:10$" "" { target *-*-* } .-6 } */
  /* { dg-message "^malloc\\(8\\) escapes to heap$" "" { target *-*-* } .-7 } */
  /* { dg-message "^  for its callers: does not escape at \[^ \]*:87:60$" "" { target *-*-* } .-8 } */
  if (n)
    n->v = v;
  helper ();
  return n;
}

int
use (void)
{
  struct num *a = by_extern (1), *b = by_pointer (2), *c = through_helper (3); /* { dg-message "^by_extern\\(\\{constant\\}\\) does not escape$" } */
  /* { dg-message "^by_extern\\(\\{constant\\}\\) not moved to stack: allocated by the function it calls, which a clone cannot make take this frame's slot$" "" { target *-*-* } .-1 } */
  /* { dg-message "^  by_extern may be re-entered: it calls ext, which is defined in another unit$" "" { target *-*-* } .-2 } */
  /* { dg-message "^by_pointer\\(\\{constant\\}\\) does not escape$" "" { target *-*-* } .-3 } */
  /* { dg-message "^by_pointer\\(\\{constant\\}\\) not moved to stack: allocated by the function it calls, which a clone cannot make take this frame's slot$" "" { target *-*-* } .-4 } */
  /* { dg-message "^  by_pointer may be re-entered: it calls through a pointer at line 56$" "" { target *-*-* } .-5 } */
  /* { dg-message "^through_helper\\(\\{constant\\}\\) does not escape$" "" { target *-*-* } .-6 } */
  /* { dg-message "^through_helper\\(\\{constant\\}\\) not moved to stack: allocated by the function it calls, which a clone cannot make take this frame's slot$" "" { target *-*-* } .-7 } */
  /* { dg-message "^  through_helper may be re-entered: through helper, it calls ext, which is defined in another unit$" "" { target *-*-* } .-8 } */
  int r = a && b && c;
  free (a);
  free (b);
  free (c);
  return r;
}
