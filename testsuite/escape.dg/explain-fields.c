/* Paths through an object whose fields are apart (docs/design.md,
   "Fields"): the object is named for its fields' locations, the steps
   between them are left out, and a call that mixes its fields is named
   with its reason.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m=2" } */
#include <stdlib.h>

struct pair { char *a, *b; };
char *sink;

void
same_field (void)
{
  struct pair x;
  x.a = malloc (1); /* { dg-message "^malloc\\(1\\) escapes to heap:$" } */
  /* { dg-message "^  flow: \\{temp\\} = &\\{storage for malloc\\(1\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from x\\.a = malloc\\(1\\) \\(assign\\) at \[^ \]*:16:9$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: x = \\{temp\\}:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from x\\.a = malloc\\(1\\) \\(assign\\) at \[^ \]*:16:7$" "" { target *-*-* } .-4 } */
  /* { dg-message "^  flow: \\{temp\\} = x:$" "" { target *-*-* } .-5 } */
  /* { dg-message "^    from sink = x\\.a \\(assign\\) at \[^ \]*:27:11$" "" { target *-*-* } .-6 } */
  /* { dg-message "^  flow: \\{heap\\} = \\{temp\\}:$" "" { target *-*-* } .-7 } */
  /* { dg-message "^    from sink = x\\.a \\(assign\\) at \[^ \]*:27:8$" "" { target *-*-* } .-8 } */
  /* { dg-message "^malloc\\(1\\) escapes to heap$" "" { target *-*-* } .-9 } */
  x.b = 0;
  sink = x.a;
}

static void
move (struct pair *p) /* { dg-message "^p does not escape$" } */
{
  p->a = p->b;
}

void
mixed_by_call (void)
{
  struct pair x;
  x.a = 0;
  x.b = malloc (2); /* { dg-message "^malloc\\(2\\) escapes to heap:$" } */
  /* { dg-message "^  flow: \\{temp\\} = &\\{storage for malloc\\(2\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from x\\.b = malloc\\(2\\) \\(assign\\) at \[^ \]*:41:9$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: x = \\{temp\\}:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from x\\.b = malloc\\(2\\) \\(assign\\) at \[^ \]*:41:7$" "" { target *-*-* } .-4 } */
  /* { dg-message "^  flow: x = x:$" "" { target *-*-* } .-5 } */
  /* { dg-message "^    from move\\(&x\\) \\(call may move values between the fields of what it is handed\\) at \[^ \]*:53:3$" "" { target *-*-* } .-6 } */
  /* { dg-message "^  flow: \\{temp\\} = x:$" "" { target *-*-* } .-7 } */
  /* { dg-message "^    from sink = x\\.a \\(assign\\) at \[^ \]*:54:11$" "" { target *-*-* } .-8 } */
  /* { dg-message "^  flow: \\{heap\\} = \\{temp\\}:$" "" { target *-*-* } .-9 } */
  /* { dg-message "^    from sink = x\\.a \\(assign\\) at \[^ \]*:54:8$" "" { target *-*-* } .-10 } */
  /* { dg-message "^malloc\\(2\\) escapes to heap$" "" { target *-*-* } .-11 } */
  move (&x);
  sink = x.a;
}
