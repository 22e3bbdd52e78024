/* The C library's conversions (core/libc.c): strtol and its family store
   a pointer into the string through endptr; the string escapes only if
   that pointer does.  (atoi, atol, atoll, atof: libc-noinline.c.)  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <inttypes.h>

char *g;
char *g_end;

long
end_local (void)
{
  char *s = malloc (16); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  char *end;
  s[0] = 0;
  long r = strtol (s, &end, 10);
  r += end - s;
  free (s);
  return r;
}

long
end_global (void)
{
  char *s = malloc (17); /* { dg-message "^malloc\\(17\\) escapes to heap$" } */
  s[0] = 0;
  return strtol (s, &g_end, 10);
}

unsigned long
end_kept (void)
{
  char *s = malloc (18); /* { dg-message "^malloc\\(18\\) escapes to heap$" } */
  char *end;
  s[0] = 0;
  unsigned long r = strtoul (s, &end, 10);
  g = end;
  return r;
}

long long
no_end (void)
{
  char *s = malloc (19); /* { dg-message "^malloc\\(19\\) does not escape$" } */
  s[0] = 0;
  long long r = strtoll (s, 0, 10) + strtoull (s, 0, 10)
		+ strtoimax (s, 0, 10) + strtoumax (s, 0, 10);
  free (s);
  return r;
}

/* Every member of the family, each with its own end pointer kept.  */
void
each_kept (void)
{
  char *a = malloc (20); /* { dg-message "^malloc\\(20\\) escapes to heap$" } */
  char *b = malloc (21); /* { dg-message "^malloc\\(21\\) escapes to heap$" } */
  char *c = malloc (22); /* { dg-message "^malloc\\(22\\) escapes to heap$" } */
  char *d = malloc (23); /* { dg-message "^malloc\\(23\\) escapes to heap$" } */
  char *e = malloc (24); /* { dg-message "^malloc\\(24\\) escapes to heap$" } */
  char *f = malloc (25); /* { dg-message "^malloc\\(25\\) escapes to heap$" } */
  char *h = malloc (26); /* { dg-message "^malloc\\(26\\) escapes to heap$" } */
  a[0] = b[0] = c[0] = d[0] = e[0] = f[0] = h[0] = 0;
  strtoll (a, &g_end, 10);
  strtoull (b, &g_end, 10);
  strtoimax (c, &g_end, 10);
  strtoumax (d, &g_end, 10);
  strtod (e, &g_end);
  strtof (f, &g_end);
  strtold (h, &g_end);
}

double
floats_local (void)
{
  char *s = malloc (27); /* { dg-message "^malloc\\(27\\) does not escape$" } */
  char *end;
  s[0] = 0;
  double r = strtod (s, &end) + strtof (end, &end) + strtold (end, &end);
  free (s);
  return r;
}

/* The caller's parameters: nptr goes into *endptr.  */
long
parse (const char *nptr, char **endptr) /* { dg-message "^leaking param: nptr into \\*endptr$" } */
/* { dg-message "^endptr does not escape$" "" { target *-*-* } .-1 } */
{
  return strtol (nptr, endptr, 0);
}
