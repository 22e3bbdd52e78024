/* A unit between main.c and lib.c: mean calls lib.c's total.  In the
   first build total is unknown here and v leaks; in a build with the
   summaries it does not, so mean's summary there is finer than the one
   main.c was compiled with, which must still link.  */
int total (const int *v, int n);

long
mean (const int *v, int n)
{
  return total (v, n) / n;
}
