/* An object that holds its own address ("p->fd = p", as SQLite's
   sqlite3WalOpen does) and escapes through a load of that field: the
   recorded path used to go round p -> object -> p until it had as many
   steps as the graph has locations (58 lines in SQLite).  It is cut where
   it first comes back; the verdict is unchanged.  Through a pointer to
   the object's start (f) the field is a location of its own and the path
   goes through it to the call, with no cycle; through a pointer into it
   (h), the object is one location and the cycle is cut.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m=2" } */

#include <stdlib.h>

struct w { void *fd; };
int open_it (void *);

int
f (void)
{
  struct w *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap:$" } */
  /* { dg-message "^  flow: p = &\\{storage for malloc\\(16\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from p = malloc\\(16\\) \\(assign\\) at \[^ \]*:20:17$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{storage for malloc\\(16\\)\\} = p:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from p->fd = p \\(store\\) at \[^ \]*:30:9$" "" { target *-*-* } .-4 } */
  /* { dg-message "^  flow: \\{temp\\} = \\{storage for malloc\\(16\\)\\}:$" "" { target *-*-* } .-5 } */
  /* { dg-message "^    from return p->fd \\(assign\\) at \[^ \]*:31:10$" "" { target *-*-* } .-6 } */
  /* { dg-message "^  flow: \\{heap\\} = \\{temp\\}:$" "" { target *-*-* } .-7 } */
  /* { dg-message "^    from return open_it\\(p->fd\\) \\(call parameter, open_it is defined in another unit\\) at \[^ \]*:31:10$" "" { target *-*-* } .-8 } */
  /* { dg-message "^malloc\\(16\\) escapes to heap$" "" { target *-*-* } .-9 } */
  p->fd = p;
  return open_it (p->fd);
}

int
h (long off)
{
  struct w *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap:$" } */
  /* { dg-message "^  flow: p = &\\{storage for malloc\\(16\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from p = malloc\\(16\\) \\(assign\\) at \[^ \]*:37:17$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: q = p:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from q = p \\+ off \\(assign\\) at \[^ \]*:43:13$" "" { target *-*-* } .-4 } */
  /* { dg-message "^malloc\\(16\\) escapes to heap$" "" { target *-*-* } .-5 } */
  struct w *q = p + off;
  q->fd = q;
  return open_it (q->fd);
}
