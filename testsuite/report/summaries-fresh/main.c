/* The program: st_init's summary in the second build hands over one
   object more than the first build's, which main.c was compiled with.  */
#include <stdio.h>

struct st
{
  void **items;
  int n;
  int *attrs;
};

void st_init (struct st *s, void *first);
void st_free (struct st *s);

int
main (void)
{
  static int x = 5;
  struct st s;
  st_init (&s, &x);
  s.attrs[1] = 7;
  printf ("%d %d %d\n", s.n, *(int *) s.items[0], s.attrs[1]);
  st_free (&s);
  return 0;
}
