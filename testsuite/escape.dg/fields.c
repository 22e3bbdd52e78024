/* Fields of a local object kept apart (docs/design.md, "Fields"): a
   value stored into one field of a variable, or of an object a pointer to
   its start reaches (its address, an allocator's result, copies and PHIs
   of those), is read back only by loads of bytes that overlap it.  Every
   other way in (a copy of the whole object, a union's other member, a
   pointer into the middle, a byte copy, a callee that may move values
   between fields) still reaches every field.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

struct X { char *p1, *p2; char *a[2]; };
char *sink;

void
var_other_field (void)
{
  struct X x;
  x.p1 = malloc (1); /* { dg-message "^malloc\\(1\\) does not escape$" } */
  x.p2 = 0;
  sink = x.p2;
  free (x.p1);
}

void
var_same_field (void)
{
  struct X x;
  x.p1 = malloc (2); /* { dg-message "^malloc\\(2\\) escapes to heap$" } */
  x.p2 = 0;
  sink = x.p1;
}

char *
array_index (void)
{
  char *two[2];
  two[0] = malloc (3); /* { dg-message "^malloc\\(3\\) escapes to heap$" } */
  two[1] = malloc (4); /* { dg-message "^malloc\\(4\\) does not escape$" } */
  free (two[1]);
  return two[0];
}

void
array_in_struct (void)
{
  struct X x;
  x.a[0] = malloc (5); /* { dg-message "^malloc\\(5\\) does not escape$" } */
  x.a[1] = 0;
  sink = x.a[1];
  free (x.a[0]);
}

void
allocated_other_field (void)
{
  struct X *x = malloc (sizeof *x); /* { dg-message "^malloc\\(32\\) does not escape$" } */
  x->p1 = malloc (6); /* { dg-message "^malloc\\(6\\) does not escape$" } */
  x->p2 = 0;
  sink = x->p2;
  free (x->p1);
  free (x);
}

void
allocated_same_field (void)
{
  struct X *x = malloc (sizeof *x); /* { dg-message "^malloc\\(32\\) does not escape$" } */
  x->p2 = malloc (7); /* { dg-message "^malloc\\(7\\) escapes to heap$" } */
  x->p1 = 0;
  sink = x->p2;
  free (x);
}

void
either_object (int c)
{
  struct X x, y;
  struct X *p = c ? &x : &y;
  p->p1 = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
  p->p2 = malloc (9); /* { dg-message "^malloc\\(9\\) does not escape$" } */
  x.p2 = y.p2 = 0;
  sink = y.p1;
  free (p->p2);
}

void
moved_between_fields (void)
{
  struct X x;
  x.p2 = malloc (10); /* { dg-message "^malloc\\(10\\) escapes to heap$" } */
  x.p1 = x.p2;
  sink = x.p1;
}

static void
move (struct X *p) /* { dg-message "^p does not escape$" } */
{
  p->p1 = p->p2;
}

void
moved_by_callee (void)
{
  struct X x;
  x.p2 = malloc (11); /* { dg-message "^malloc\\(11\\) escapes to heap$" } */
  x.p1 = 0;
  move (&x);
  sink = x.p1;
}

void
whole_copy (void)
{
  struct X x, y;
  x.p1 = malloc (12); /* { dg-message "^malloc\\(12\\) does not escape$" } */
  x.p2 = 0;
  /* Copied whole, each field of y holds the same field of x.  */
  y = x;
  sink = y.p2;
  free (x.p1);
}

struct Y { struct X x; };

/* Go's field8 and field10: through two copies, the field read is the
   field stored.  */
void
copies_same_field (void)
{
  struct Y y = { 0 }, y1 = { 0 };
  y.x.p1 = malloc (26); /* { dg-message "^malloc\\(26\\) escapes to heap$" } */
  struct X x = y.x;
  y1.x = x;
  sink = y1.x.p1;
}

void
copies_other_field (void)
{
  struct Y y = { 0 }, y1 = { 0 };
  y.x.p1 = malloc (27); /* { dg-message "^malloc\\(27\\) does not escape$" } */
  struct X x = y.x;
  y1.x = x;
  sink = y1.x.p2;
  free (y.x.p1);
}

void
copy_within_array (void)
{
  struct X a[2] = { { 0 } };
  a[0].p1 = malloc (28); /* { dg-message "^malloc\\(28\\) escapes to heap$" } */
  a[1] = a[0];
  sink = a[1].p1;
}

void
copy_between_allocations (void)
{
  struct X *p = malloc (sizeof *p); /* { dg-message "^malloc\\(32\\) does not escape$" } */
  struct X *q = malloc (sizeof *q); /* { dg-message "^malloc\\(32\\) does not escape$" } */
  if (!p || !q)
    abort ();
  p->p1 = malloc (29); /* { dg-message "^malloc\\(29\\) does not escape$" } */
  p->p2 = 0;
  *q = *p;
  sink = q->p2;
  free (p->p1);
  free (p);
  free (q);
}

void
copy_then_pointer (void)
{
  struct X x = { 0 }, y;
  x.p2 = malloc (30); /* { dg-message "^malloc\\(30\\) escapes to heap$" } */
  y = x;
  /* Read through a pointer into y: y whole, which holds the copy.  */
  char **q = &y.p1;
  sink = q[1];
}

union U { char *a; long n; char *b; };

void
union_member (void)
{
  union U u;
  u.a = malloc (13); /* { dg-message "^malloc\\(13\\) escapes to heap$" } */
  sink = u.b;
}

void
interior_pointer (void)
{
  struct X x;
  char **q = &x.p2;
  x.p1 = malloc (14); /* { dg-message "^malloc\\(14\\) escapes to heap$" } */
  x.p2 = 0;
  sink = q[-1];
}

void
interior_store (void)
{
  struct X x;
  char *m = malloc (15); /* { dg-message "^malloc\\(15\\) escapes to heap$" } */
  char **q = &x.p1;
  x.p2 = 0;
  q[1] = m;
  sink = x.p2;
}

void
memcpy_between_fields (void)
{
  struct X x;
  x.p1 = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  x.p2 = 0;
  memcpy (&x.p2, &x.p1, sizeof x.p1);
  sink = x.p2;
}

void
bytes_copied (void)
{
  struct X x;
  x.p1 = malloc (17); /* { dg-message "^malloc\\(17\\) escapes to heap$" } */
  x.p2 = 0;
  unsigned char *b = (unsigned char *) &x;
  for (int i = 0; i < 8; i++)
    b[8 + i] = b[i];
  sink = x.p2;
}

void
bytes_named (void)
{
  struct X x;
  x.p1 = malloc (18); /* { dg-message "^malloc\\(18\\) escapes to heap$" } */
  x.p2 = 0;
  unsigned char *b = (unsigned char *) &x;
  b[8] = b[0]; b[9] = b[1]; b[10] = b[2]; b[11] = b[3];
  b[12] = b[4]; b[13] = b[5]; b[14] = b[6]; b[15] = b[7];
  sink = x.p2;
}

static void
set_p1 (struct X *p, char *v) /* { dg-message "^leaking param: v into \\*p$" } */
/* { dg-message "^p does not escape$" "" { target *-*-* } .-1 } */
{
  p->p1 = v;
}

void
stored_by_callee (void)
{
  struct X x;
  x.p2 = 0;
  /* A callee's store lands at no known bytes: every field may hold it.  */
  set_p1 (&x, malloc (19)); /* { dg-message "^malloc\\(19\\) escapes to heap$" } */
  sink = x.p2;
}

void
read_by_libc (void)
{
  struct X x;
  x.p1 = malloc (20); /* { dg-message "^malloc\\(20\\) does not escape$" } */
  x.p2 = 0;
  /* A model of the C library moves nothing between fields.  */
  sink = (char *) (strlen (x.p1 ? "" : "a") + x.p2);
  free (x.p1);
}

void
self_assign_through_load (void)
{
  struct X x;
  struct X **hp = malloc (sizeof *hp); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  if (!hp)
    abort ();
  *hp = &x;
  x.p1 = 0;
  x.p2 = malloc (21); /* { dg-message "^malloc\\(21\\) escapes to heap$" } */
  /* A self-assignment through a pointer loaded twice: x's fields are
     apart, so the store is made after all.  */
  (*hp)->p1 = (*hp)->p2;
  sink = x.p1;
  free (hp);
}

void
self_assign_param (struct X *p) /* { dg-message "^p does not escape$" } */
{
  struct X x;
  x.p1 = malloc (22); /* { dg-message "^malloc\\(22\\) does not escape$" } */
  x.p2 = 0;
  /* Through the parameter's incoming value: the caller's object, never
     x, so the self-assignment is still skipped.  */
  p->p1 = p->p2;
  sink = x.p2;
  free (x.p1);
}

/* A variable index is the whole object, though GCC bounds the bytes it
   reaches by the array it indexes: code that flattens an array of arrays
   goes past it (adversarial finding).  */
void
flattened (int i)
{
  char *m[2][1] = { { 0 }, { 0 } };
  m[0][i] = malloc (23); /* { dg-message "^malloc\\(23\\) escapes to heap$" } */
  sink = m[1][0];
}

struct one { char *a[1]; char *b; };

void
past_member_array (int i)
{
  struct one x = { { 0 }, 0 };
  x.a[i] = malloc (24); /* { dg-message "^malloc\\(24\\) escapes to heap$" } */
  sink = x.b;
}

void
allocated_inner_array (int i)
{
  struct h { long n; char *a[2][1]; } *p = malloc (sizeof *p); /* { dg-message "^malloc\\(24\\) does not escape$" } */
  if (!p)
    abort ();
  p->n = 0;
  p->a[1][0] = 0;
  p->a[0][i] = malloc (25); /* { dg-message "^malloc\\(25\\) escapes to heap$" } */
  sink = p->a[1][0];
  free (p);
}
