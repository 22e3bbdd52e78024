/* The program: the string it hands addgsub does not escape by the first
   build's summary of addgsub.  */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct value { void *gc; int tt; };
struct state { struct value *top; struct value *stack; };
struct buf { char *b; size_t size, n; struct state *L; };
extern struct buf *gb;
extern size_t want;
void addgsub (const char *s);

int
main (void)
{
  struct value stack[4] = { { 0, 1 }, { 0, 2 }, { 0, 3 }, { 0, 4 } };
  struct state L = { stack + 4, stack };
  char out[32] = "";
  struct buf b = { out, sizeof out, 0, &L };
  gb = &b;
  want = 4;
  char *s = malloc (8);
  if (!s)
    abort ();
  strcpy (s, "abc");
  addgsub (s);
  addgsub (s);
  printf ("%s %zu %d\n", out, b.n, stack[0].tt);
  free (s);
  return 0;
}
