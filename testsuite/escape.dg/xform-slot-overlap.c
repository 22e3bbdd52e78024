/* Four moved objects reached through a local array: at -O2 the SLP
   vectoriser hoists "&slot" computations, and a clobber placed before each
   allocation once let stack-slot sharing put another variable on a live
   slot.  The slots' lives end only where they are freed.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

int
main (void)
{
  unsigned char *a = malloc (16), *b = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  unsigned char *c = malloc (16), *d = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  unsigned char *all[4] = { a, b, c, d };
  for (int i = 0; i < 4; i++)
    memset (all[i], i + 1, 16);
  for (int i = 0; i < 4; i++)
    if (all[i][15] != i + 1)
      abort ();
  free (a);
  free (b);
  free (c);
  free (d);
  return 0;
}
