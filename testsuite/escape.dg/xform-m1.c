/* At -m=1 a moved site says so and a site that stays gets its plain
   verdict, without the reason (that is -m=2).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

char *kept;

static int
f (int n)
{
  char *a = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  char *b = malloc (n); /* { dg-message "^moved to stack: malloc\\(n\\)$" } */
  char *c = malloc (300); /* { dg-message "^malloc\\(300\\) does not escape$" } */
  char *d = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
  if (!a || !b || !c || !d)
    return 1;
  memset (a, 1, 16);
  memset (b, 2, n);
  memset (c, 3, 300);
  kept = d;
  int r = a[15] + b[n - 1] + c[299] != 6;
  free (c);
  free (b);
  free (a);
  return r;
}

int
main (void)
{
  if (f (10))
    abort ();
  free (kept);
  return 0;
}
