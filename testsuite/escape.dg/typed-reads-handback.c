/* Typed reads (typed-reads.c) trust a local to be of its type only if
   nothing may write a pointer's bytes into its number fields.  Three
   ways that did (adversarial findings; the in-function reads were wrong
   before typed reads too): a number field's address handed to a call,
   which may hand it back to be written through; a callee taking the
   object as another type, which may move the pointer field over the
   numbers (c[0] = c[1]: no flow shows it, the object holds the same
   pointers); and a callee of the type storing the field's address in the
   object.  Each object must escape.  */
/* { dg-do compile } */
/* { dg-options "-fno-strict-aliasing -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

typedef struct
{
  int size, cap;
  char *data;
} CS;

long g;

__attribute__ ((noinline)) long
rd (CS *c) /* { dg-message "^c does not escape$" } */
{
  return (unsigned) c->size | (long) (unsigned) c->cap << 32;
}

__attribute__ ((noinline)) int *
id (int *x) /* { dg-message "^leaking param: x to result$" } */
{
  return x;
}

__attribute__ ((noinline)) void
mvv (void *v) /* { dg-message "^v does not escape$" } */
{
  char **c = v;
  c[0] = c[1];
}

__attribute__ ((noinline)) void
up2 (int *ip) /* { dg-message "^ip does not escape$" } */
{
  CS *c = (CS *) ip;
  *(char **) ip = c->data;
}

__attribute__ ((noinline)) void
up3 (int *ip) /* { dg-message "^ip does not escape$" } */
{
  char **c = (char **) ip;
  c[0] = c[1];
}

__attribute__ ((noinline)) void
link_field (CS *c, int *f) /* { dg-message "^c does not escape$" } */
/* { dg-message "^leaking param: f into \\*c$" "" { target *-*-* } .-1 } */
{
  c->data = (char *) f;
}

void
handed_back (void)
{
  CS s;
  s.data = 0;
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  strcpy (p, "hello");
  char **q = (char **) id (&s.size);
  *q = p;
  g = rd (&s);
}

void
handed_back_here (void)
{
  CS s;
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  strcpy (p, "hello");
  *(char **) id (&s.size) = p;
  g = (unsigned) s.size | (long) (unsigned) s.cap << 32;
}

void
linked (void)
{
  CS s;
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  strcpy (p, "hello");
  link_field (&s, &s.size);
  *(char **) s.data = p;
  g = rd (&s);
}

void
moved_over (void)
{
  CS s;
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  strcpy (p, "hello");
  s.data = p;
  mvv (&s);
  g = rd (&s);
}

void
moved_over_here (void)
{
  CS s;
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  strcpy (p, "hello");
  s.data = p;
  mvv (&s);
  g = (unsigned) s.size | (long) (unsigned) s.cap << 32;
}

void
moved_by_field (void)
{
  CS s;
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  strcpy (p, "hello");
  s.data = p;
  up2 (&s.size);
  g = rd (&s);
}

void
moved_by_field_as_pointers (void)
{
  CS s;
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  strcpy (p, "hello");
  s.data = p;
  up3 (&s.size);
  g = rd (&s);
}
