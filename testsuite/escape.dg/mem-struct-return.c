/* Returning a struct by value returns the pointers inside it, and what
   they reach; storing a local struct into a caller's object does too.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

struct S { char *a; char *b; };
struct V { char **items; int n; };
struct S gs;

struct S
make_pair (int n)
{
  struct S s;
  s.a = malloc (n); /* { dg-message "^malloc\\(n\\) escapes to heap$" } */
  s.b = calloc (n, sizeof (int)); /* { dg-message "^calloc\\(n, 4\\) escapes to heap$" } */
  return s;
}

struct V
make_vector (void)
{
  struct V v;
  char *tmp = malloc (64); /* { dg-message "^malloc\\(64\\) does not escape$" } */
  v.items = malloc (4 * sizeof (char *)); /* { dg-message "^malloc\\(32\\) escapes to heap$" } */
  v.items[0] = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
  v.n = tmp[0];
  free (tmp);
  return v;
}

void
store_struct_to_caller (struct S *o) /* { dg-message "^o does not escape$" } */
{
  struct S s;
  s.a = malloc (24); /* { dg-message "^malloc\\(24\\) escapes to heap$" } */
  s.b = 0;
  *o = s;
}

void
memcpy_to_global (void)
{
  struct S s;
  s.b = malloc (40); /* { dg-message "^malloc\\(40\\) escapes to heap$" } */
  s.a = 0;
  memcpy (&gs, &s, sizeof s);
}
