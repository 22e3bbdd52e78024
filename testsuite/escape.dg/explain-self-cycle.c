/* An object that holds its own address ("p->fd = p", as SQLite's
   sqlite3WalOpen does) and escapes through a load of that field: the
   recorded path used to go round p -> object -> p until it had as many
   steps as the graph has locations (58 lines in SQLite).  It is cut where
   it first comes back; the verdict is unchanged.  */
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
  /* { dg-message "^    from p = malloc\\(16\\) \\(assign\\) at \[^ \]*:17:17$" "" { target *-*-* } .-2 } */
  /* { dg-message "^malloc\\(16\\) escapes to heap$" "" { target *-*-* } .-3 } */
  p->fd = p;
  return open_it (p->fd);
}
