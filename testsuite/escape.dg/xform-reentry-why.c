/* At -m=2, a function whose own slot one activation at a time owns, as it
   may be re-entered, says how: the call of code the plugin cannot see,
   directly or through a callee of the unit, which a user could change (a
   definition in the unit, a summary, a call the C library model knows).
   The constructors may be re-entered too, but allocate nothing of their
   own, so their clones take use's slots (xform-ctor-reentered.c has one
   that cannot, and says how).  */
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
  /* { dg-message "^    from n = malloc\\(8\\) \\(assign\\) at \[^ \]*:23:19$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{temp\\} = n:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from return n \\(assign\\) at \[^ \]*:38:10$" "" { target *-*-* } .-4 } */
  /* { dg-message "^  flow: \\{temp\\} = \\{temp\\}:$" "" { target *-*-* } .-5 } */
  /* { dg-message "^    from return n \\(where control flow merges\\) at \[^ \]*:38:10$" "" { target *-*-* } .-6 } */
  /* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } .-7 } */
  /* { dg-message "^    from return n \\(return\\)$" "" { target *-*-* } .-8 } */
  /* { dg-message "^malloc\\(8\\) escapes to heap$" "" { target *-*-* } .-9 } */
  /* { dg-message "^  for its callers: moved to stack at \[^ \]*:89:19$" "" { target *-*-* } .-10 } */
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
  /* { dg-message "^    from n = malloc\\(8\\) \\(assign\\) at \[^ \]*:44:19$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{temp\\} = n:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from return n \\(assign\\) at \[^ \]*:59:10$" "" { target *-*-* } .-4 } */
  /* { dg-message "^  flow: \\{temp\\} = \\{temp\\}:$" "" { target *-*-* } .-5 } */
  /* { dg-message "^    from return n \\(where control flow merges\\) at \[^ \]*:59:10$" "" { target *-*-* } .-6 } */
  /* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } .-7 } */
  /* { dg-message "^    from return n \\(return\\)$" "" { target *-*-* } .-8 } */
  /* { dg-message "^malloc\\(8\\) escapes to heap$" "" { target *-*-* } .-9 } */
  /* { dg-message "^  for its callers: moved to stack at \[^ \]*:89:39$" "" { target *-*-* } .-10 } */
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
  /* { dg-message "^    from n = malloc\\(8\\) \\(assign\\) at \[^ \]*:71:19$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{temp\\} = n:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from return n \\(assign\\) at \[^ \]*:83:10$" "" { target *-*-* } .-4 } */
  /* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } .-5 } */
  /* { dg-message "^    from return n \\(return\\) at \[^ \]*:83:10$" "" { target *-*-* } .-6 } */
  /* { dg-message "^malloc\\(8\\) escapes to heap$" "" { target *-*-* } .-7 } */
  /* { dg-message "^  for its callers: moved to stack at \[^ \]*:89:60$" "" { target *-*-* } .-8 } */
  if (n)
    n->v = v;
  helper ();
  return n;
}

int
use (void)
{
  struct num *a = by_extern (1), *b = by_pointer (2), *c = through_helper (3); /* { dg-message "^moved to stack: by_extern\\(\\{constant\\}\\)$" } */
  /* { dg-message "^  one activation of use at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-1 } */
  /* { dg-message "^  use may be re-entered: through by_extern, it calls ext, which is defined in another unit$" "" { target *-*-* } .-2 } */
  /* { dg-message "^moved to stack: by_pointer\\(\\{constant\\}\\)$" "" { target *-*-* } .-3 } */
  /* { dg-message "^moved to stack: through_helper\\(\\{constant\\}\\)$" "" { target *-*-* } .-4 } */
  /* (Each of the two notes above comes once per site; one pattern
     matches all three.)  */
  int r = a && b && c;
  free (a);
  free (b);
  free (c);
  return r;
}
