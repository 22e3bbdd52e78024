/* Derefs are counted up to 8, which stands for 8 or more: a pointer loaded
   more times than that, back down a chain of addresses, may point to any
   object below, not to a link of the chain (adversarial finding: the
   object at the end of the chain was taken for unreachable and moved).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

int *g;

/* Stored into g through eleven loads.  */
void
store_deep (int v)
{
  int **o9 = &g;
  int ***o8 = &o9;
  int ****o7 = &o8;
  int *****o6 = &o7;
  int ******o5 = &o6;
  int *******o4 = &o5;
  int ********o3 = &o4;
  int *********o2 = &o3;
  int **********o1 = &o2;
  int ***********o0 = &o1;
  int ************p = &o0;
  int *x = malloc (sizeof *x); /* { dg-message "^malloc\\(4\\) escapes to heap$" } */
  *x = v;
  ***********p = x;
}

/* Read back through ten loads: still the local one.  */
int
load_deep (int v)
{
  int *x = malloc (sizeof *x); /* { dg-message "^malloc\\(4\\) escapes to heap$" } */
  *x = v;
  int **o0 = &x;
  int ***o1 = &o0;
  int ****o2 = &o1;
  int *****o3 = &o2;
  int ******o4 = &o3;
  int *******o5 = &o4;
  int ********o6 = &o5;
  int *********o7 = &o6;
  int **********o8 = &o7;
  int ***********o9 = &o8;
  int r = ***********o9 + *x;
  free (x);
  return r;
}
