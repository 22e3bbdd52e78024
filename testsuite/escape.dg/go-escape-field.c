/* Go's test/escape_field.go in C: Go's "&i" is an allocation here
   (malloc (4)), its interface sink a global of the value's type.  Go marks
   field1, field5, field6, field6a, field10, field12, field14 BAD (a field
   not stored drags the one stored); with fields apart within a function
   (docs/design.md, "Fields") only field6 and field6a, which go through a
   callee's summary, stay so.  field16-18 are about Go's interfaces.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

typedef struct X { int *p1, *p2; int *a[2]; } X;
typedef struct Y { X x; } Y;

int *sink;
X sink_x;
X *sink_p;

void
field0 (void)
{
  int *i = malloc (4); /* { dg-message "^malloc\\(4\\) escapes to heap$" } */
  X x;
  x.p1 = i;
  sink = x.p1;
}

void
field1 (void)
{
  int *i = malloc (4); /* { dg-message "^malloc\\(4\\) does not escape$" } */
  X x;
  x.p1 = i;
  x.p2 = 0;
  sink = x.p2;
}

void
field3 (void)
{
  int *i = malloc (4); /* { dg-message "^malloc\\(4\\) escapes to heap$" } */
  X x;
  x.p1 = i;
  sink_x = x;
}

void
field4 (void)
{
  int *i = malloc (4); /* { dg-message "^malloc\\(4\\) escapes to heap$" } */
  Y y;
  y.x.p1 = i;
  X x = y.x;
  sink_x = x;
}

void
field5 (void)
{
  int *i = malloc (4); /* { dg-message "^malloc\\(4\\) does not escape$" } */
  X x;
  x.a[0] = i;
  x.a[1] = 0;
  sink = x.a[1];
}

/* BAD (as in Go): only x->p2 leaks.  */
void
field6 (X *x) /* { dg-message "^leaking param content: x$" } */
{
  sink = x->p2;
}

void
field6a (void)
{
  /* BAD (as in Go): field6 reads only p2.  */
  int *i = malloc (4); /* { dg-message "^malloc\\(4\\) escapes to heap$" } */
  X x = { 0 };
  x.p1 = i;
  field6 (&x);
}

int
field7 (void)
{
  int *i = malloc (4); /* { dg-message "^malloc\\(4\\) does not escape$" } */
  Y y = { { 0 } };
  y.x.p1 = i;
  X x = y.x;
  Y y1;
  y1.x = x;
  return y1.x.p1 != 0;
}

void
field8 (void)
{
  int *i = malloc (4); /* { dg-message "^malloc\\(4\\) escapes to heap$" } */
  Y y = { { 0 } };
  y.x.p1 = i;
  X x = y.x;
  Y y1;
  y1.x = x;
  sink = y1.x.p1;
}

void
field9 (void)
{
  int *i = malloc (4); /* { dg-message "^malloc\\(4\\) escapes to heap$" } */
  Y y = { { 0 } };
  y.x.p1 = i;
  X x = y.x;
  Y y1;
  y1.x = x;
  sink_x = y1.x;
}

void
field10 (void)
{
  int *i = malloc (4); /* { dg-message "^malloc\\(4\\) does not escape$" } */
  Y y = { { 0 } };
  y.x.p1 = i;
  X x = y.x;
  Y y1;
  y1.x = x;
  sink = y1.x.p2;
}

void
field11 (void)
{
  int *i = malloc (4); /* { dg-message "^malloc\\(4\\) escapes to heap$" } */
  X x = { .p1 = i };
  sink = x.p1;
}

void
field12 (void)
{
  int *i = malloc (4); /* { dg-message "^malloc\\(4\\) does not escape$" } */
  X x = { .p1 = i };
  sink = x.p2;
}

void
field13 (void)
{
  int *i = malloc (4); /* { dg-message "^malloc\\(4\\) escapes to heap$" } */
  X *x = malloc (sizeof *x); /* { dg-message "^malloc\\(32\\) does not escape$" } */
  *x = (X) { .p1 = i };
  sink = x->p1;
}

void
field14 (void)
{
  int *i = malloc (4); /* { dg-message "^malloc\\(4\\) does not escape$" } */
  X *x = malloc (sizeof *x); /* { dg-message "^malloc\\(32\\) does not escape$" } */
  *x = (X) { .p1 = i };
  sink = x->p2;
}

void
field15 (void)
{
  int *i = malloc (4); /* { dg-message "^malloc\\(4\\) escapes to heap$" } */
  X *x = malloc (sizeof *x); /* { dg-message "^malloc\\(32\\) escapes to heap$" } */
  *x = (X) { .p1 = i };
  sink_p = x;
}
