/* Pointers stored into a local struct stay local as long as the struct
   does not escape; the struct takes them along when it does.  Field
   insensitive: the struct is one object.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

struct S { char *a; char *b; };
struct S gs;
void sink (void *);

int
two_fields_local (void)
{
  struct S s;
  s.a = malloc (8); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  s.b = malloc (16); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  int r = s.a[0] + s.b[0];
  free (s.a);
  free (s.b);
  return r;
}

void
struct_address_to_call (void)
{
  struct S s;
  s.a = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
  s.b = 0;
  sink (&s);
}

void
copy_then_copy_to_global (void)
{
  struct S s, t;
  s.a = malloc (24); /* { dg-message "^malloc\\(24\\) escapes to heap$" } */
  s.b = 0;
  t = s;
  gs = t;
}

int
copy_stays_local (void)
{
  struct S s, t;
  s.a = malloc (32); /* { dg-message "^malloc\\(32\\) does not escape$" } */
  s.b = 0;
  t = s;
  int r = t.a[0];
  free (t.a);
  return r;
}

void
store_through_field_address (void)
{
  struct S s;
  char **q = &s.b;
  *q = malloc (40); /* { dg-message "^malloc\\(40\\) escapes to heap$" } */
  s.a = 0;
  gs = s;
}
