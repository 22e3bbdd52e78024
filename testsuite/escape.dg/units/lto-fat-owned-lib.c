/* The second unit of xform-lto-fat-owned.c: a function of walk's cycle
   that this unit's compile cannot see as one.  */
#include <stdlib.h>
#include <string.h>

struct node
{
  struct node *l, *r;
  int v;
};
long walk (struct node *t, int d);

long
visit (struct node *t, int d)
{
  char *tag = malloc (24);
  memset (tag, d, 24);
  long s = walk (t, d);
  s += tag[23] == (char) d;
  free (tag);
  return s;
}
