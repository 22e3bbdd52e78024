/* An old-style (K&R) definition receives a float parameter promoted to
   double.  The dispatch to an owned copy would pass it as declared, which
   the copy reads as a double: such functions keep the old rule (nothing
   moves in a recursive or re-entered one).  walk (3, 1.5f) is 5.5; scale
   is not recursive but calls printf (re-entry through stdio).
   (Adversarial finding.)  */
/* { dg-do run } */
/* { dg-options "-std=gnu89 -fplugin-arg-escape-transform -fplugin-arg-escape-m" } */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

double walk ();

double
walk (n, f)
     int n;
     float f;
{
  char *p = malloc (32); /* { dg-message "^malloc\\(32\\) does not escape$" } */
  memset (p, 1, 32);
  double r = n > 0 ? walk (n - 1, f) : (double) f;
  r += p[5];
  free (p);
  return r;
}

double
scale (x, f)
     int x;
     float f;
{
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  snprintf (p, 16, "%d", x);
  double r = atoi (p) * f;
  printf ("%s\n", p);
  free (p);
  return r;
}

int
main (void)
{
  if (walk (3, 1.5f) != 5.5 || scale (4, 2.5f) != 10.0)
    {
      printf ("FAIL\n");
      return 1;
    }
  return 0;
}
