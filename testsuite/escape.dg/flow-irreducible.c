/* Irreducible loops (entered in the middle by a goto) have no single
   header to measure lifetimes against: allocations in them escape.  An
   allocation before such a loop is not affected.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

int
resume_scan (const char *s, int resume) /* { dg-message "s does not escape" } */
{
  int i = 0, hits = 0;
  char *scratch = malloc (32); /* { dg-message "malloc\\(32\\) does not escape" } */
  if (resume)
    goto middle;
  while (s[i])
    {
      char *tok = malloc (16); /* { dg-message "malloc\\(16\\) escapes to heap" } */
      tok[0] = (char) i;
      scratch[i & 31] = tok[0];
      free (tok);
    middle:
      hits++;
      i++;
    }
  free (scratch);
  return hits;
}

/* A retry loop that can be entered at its retry point.  */
int
retry (int n, int warm)
{
  int tries = 0;
  char *p = 0;
  if (warm)
    goto retry_point;
  do
    {
      p = malloc (64); /* { dg-message "malloc\\(64\\) escapes to heap" } */
      p[0] = tries;
      free (p);
    retry_point:
      tries++;
    }
  while (tries < n);
  return tries;
}
