/* Copies and control-flow merges: a value escapes if any copy of it, on
   any path, escapes; allocations merged into a variable that stays local
   do not escape.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

char *g_buf;

int
fill_local (int big)
{
  char *p;
  if (big)
    p = malloc (1024); /* { dg-message "malloc\\(1024\\) does not escape" } */
  else
    p = malloc (64); /* { dg-message "malloc\\(64\\) does not escape" } */
  char *q = p;
  q[0] = 1;
  int r = p[0];
  free (q);
  return r;
}

void
fill_global (int big)
{
  char *p;
  if (big)
    p = malloc (2048); /* { dg-message "malloc\\(2048\\) escapes to heap" } */
  else
    p = malloc (32); /* { dg-message "malloc\\(32\\) escapes to heap" } */
  g_buf = p;
}

/* The escape happens on one path only; that is enough.  */
void
maybe_publish (int publish)
{
  char *p = malloc (100); /* { dg-message "malloc\\(100\\) escapes to heap" } */
  char *alias = p;
  if (publish)
    g_buf = alias;
  else
    free (p);
}

/* A merge with a local array: the array is not the heap's.  */
int
with_fallback (int n)
{
  char stack[16];
  char *p = n > 16 ? malloc (n) : stack; /* { dg-message "malloc\\(n\\) does not escape" } */
  p[0] = 'a';
  int r = p[0];
  if (p != stack)
    free (p);
  return r;
}

char *
choose (char *a, char *b, int c) /* { dg-message "leaking param: a to result$" } */
/* { dg-message "leaking param: b to result$" "" { target *-*-* } .-1 } */
{
  char *r = a;
  if (c)
    r = b;
  return r;
}
