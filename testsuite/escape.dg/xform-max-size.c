/* -fplugin-arg-escape-max-size=8: only objects of at most 8 bytes move,
   counting calloc's product.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2 -fplugin-arg-escape-max-size=8" } */
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) static int
sum (const unsigned char *p, int n) /* { dg-message "^p does not escape$" } */
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += p[i];
  return s;
}

static int
sizes (void)
{
  unsigned char *a = malloc (16); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  /* { dg-message "^malloc\\(16\\) not moved to stack: too large$" "" { target *-*-* } .-1 } */
  unsigned char *b = malloc (8); /* { dg-message "^moved to stack: malloc\\(8\\)$" } */
  unsigned char *c = calloc (2, 4); /* { dg-message "^moved to stack: calloc\\(2, 4\\)$" } */
  unsigned char *d = calloc (3, 3); /* { dg-message "^calloc\\(3, 3\\) does not escape$" } */
  /* { dg-message "^calloc\\(3, 3\\) not moved to stack: too large$" "" { target *-*-* } .-1 } */
  unsigned char *e = malloc (0); /* { dg-message "^malloc\\(0\\) does not escape$" } */
  /* { dg-message "^malloc\\(0\\) not moved to stack: zero size \\(no stack slot is the unique empty object malloc \\(0\\) returns\\)$" "" { target *-*-* } .-1 } */
  unsigned char *f = aligned_alloc (16, 16); /* { dg-message "^aligned_alloc\\(16, 16\\) does not escape$" } */
  /* { dg-message "^aligned_alloc\\(16, 16\\) not moved to stack: too large$" "" { target *-*-* } .-1 } */
  if (!a || !b || !c || !d || !e || !f)
    return 1;
  memset (a, 1, 16);
  memset (b, 1, 8);
  memset (f, 1, 16);
  int r = sum (a, 16) + sum (b, 8) + sum (c, 8) + sum (d, 9) + sum (f, 16) != 40;
  free (f);
  free (e);
  free (d);
  free (c);
  free (b);
  free (a);
  return r;
}

int
main (void)
{
  if (sizes ())
    abort ();
  return 0;
}
