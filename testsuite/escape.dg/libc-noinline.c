/* Library functions that glibc's <stdlib.h> defines inline at -O2 (atoi,
   atol, atoll, atof, bsearch): declared by hand here so that the calls
   reach the library's model (core/libc.c) at every -O level.  The ato*
   functions only read; bsearch hands the key and the array to a
   comparator it cannot see (defined in another unit), so both escape, and
   it returns a pointer into the array.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stddef.h>

extern void *malloc (size_t);
extern void free (void *);
extern int atoi (const char *);
extern long atol (const char *);
extern long long atoll (const char *);
extern double atof (const char *);
extern void *bsearch (const void *, const void *, size_t, size_t,
		      int (*) (const void *, const void *));

int *g;

int cmp_int (const void *, const void *);

double
to_numbers (void)
{
  char *s = malloc (16); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  s[0] = '1';
  s[1] = 0;
  double r = atoi (s) + atol (s) + atoll (s) + atof (s);
  free (s);
  return r;
}

int
search (size_t n)
{
  int *key = malloc (sizeof *key); /* { dg-message "^malloc\\(4\\) escapes to heap$" } */
  int *arr = malloc (n * sizeof *arr); /* { dg-message "^malloc\\(n \\* 4\\) escapes to heap$" } */
  *key = 3;
  int *hit = bsearch (key, arr, n, sizeof *arr, cmp_int);
  return hit != 0;
}

/* The caller's parameters.  */
int *
find (const int *key, int *arr, size_t n) /* { dg-message "^leaking param: key$" } */
/* { dg-message "^leaking param: arr$" "" { target *-*-* } .-1 } */
{
  return bsearch (key, arr, n, sizeof *arr, cmp_int);
}

int
parse (const char *s) /* { dg-message "^s does not escape$" } */
{
  return atoi (s);
}
