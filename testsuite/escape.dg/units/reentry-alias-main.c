/* The main of xform-reentry-alias.c: it calls pub, and hands it to walk's
   callback, from another unit.  */
#include <stdio.h>

extern int maxd;
extern long sum;
extern void (*volatile cbp) (int);
void pub (int);

int
main (void)
{
  maxd = 2000;
  cbp = pub;
  pub (0);
  printf ("%ld\n", sum);
  return 0;
}
