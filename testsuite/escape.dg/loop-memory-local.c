/* Locals that live in memory (structs, arrays, address-taken variables)
   count as declared outside every loop, even when declared in the loop
   body: storing a per-iteration allocation into one makes it escape
   (conservative; each such expectation is marked BAD:).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

struct S { char *a; };

int
struct_outside_loop (int n)
{
  int s = 0;
  struct S st;
  for (int i = 0; i < n; i++)
    {
      /* BAD: should not escape (freed in its iteration).  */
      st.a = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
      st.a[0] = i;
      s += st.a[0];
      free (st.a);
    }
  return s;
}

int
struct_inside_loop (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      struct S st;
      /* BAD: should not escape (st is declared in the loop).  */
      st.a = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
      st.a[0] = i;
      s += st.a[0];
      free (st.a);
    }
  return s;
}

int
address_taken_inside_loop (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      /* BAD: should not escape (p is declared in the loop).  */
      char *p = malloc (24); /* { dg-message "^malloc\\(24\\) escapes to heap$" } */
      char **pp = &p;
      (*pp)[0] = 1;
      s += p[0];
      free (p);
    }
  return s;
}

int
array_filled_in_loop (void)
{
  char *arr[4];
  int s = 0;
  for (int i = 0; i < 4; i++)
    arr[i] = malloc (32); /* { dg-message "^malloc\\(32\\) escapes to heap$" } */
  for (int i = 0; i < 4; i++)
    {
      s += arr[i][0];
      free (arr[i]);
    }
  return s;
}

int
array_inside_loop (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      char *a[2];
      /* BAD: should not escape (a is declared in the loop).  */
      a[0] = malloc (40); /* { dg-message "^malloc\\(40\\) escapes to heap$" } */
      a[0][0] = 1;
      s += a[0][0];
      free (a[0]);
    }
  return s;
}
