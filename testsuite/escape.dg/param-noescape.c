/* Parameters that are unused, only read through, compared, overwritten,
   or freed do not escape.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

struct node { struct node *next; int v; };
char *gp;

void
unused (char *p) /* { dg-message "^p does not escape$" } */
{
}

int
read_only (const char *s) /* { dg-message "^s does not escape$" } */
{
  return s[0] + s[1];
}

int
walk (const struct node *l) /* { dg-message "^l does not escape$" } */
{
  int s = 0;
  for (; l; l = l->next)
    s += l->v;
  return s;
}

void
clear_out (char **pp) /* { dg-message "^pp does not escape$" } */
{
  *pp = 0;
}

void
free_param (char *p) /* { dg-message "^p does not escape$" } */
/* { dg-message "^free_param is a deallocator \\(frees p\\)$" "" { target *-*-* } .-1 } */
{
  free (p);
}

void
free_content (char **pp) /* { dg-message "^pp does not escape$" } */
{
  free (*pp);
}

char *
returns_global (char *p) /* { dg-message "^p does not escape$" } */
{
  return gp;
}

void
overwritten (char *p) /* { dg-message "^p does not escape$" } */
{
  p = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
  gp = p;
}

int
compared (char *a, char *b) /* { dg-message "^a does not escape$" } */
/* { dg-message "^b does not escape$" "" { target *-*-* } .-1 } */
{
  return a == b;
}
