/* Pointer bits that a named field, a union, a cast to another struct, a
   strdup or a callee's copy could hide from the named-field rule (found
   by an audit and an adversarial hunt).  Each function publishes a fresh
   object's address and returns; main recovers it after scribbling over
   the stack, checks it and frees it.  None may move.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m" } */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

uintptr_t g_u;
void *g_p;
char *g_slot;

static int *
fresh (void)
{
  int *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  if (!p)
    abort ();
  *p = 42;
  return p;
}

/* memcpy into a field GCC folds to "&s + 8": the store must count as the
   field's.  */
struct S2 { long a; uintptr_t b; };

__attribute__ ((noinline)) static void
into_second_field (void)
{
  int *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  *p = 42;
  struct S2 s = { 0, 0 };
  memcpy (&s.b, &p, sizeof p);
  g_u = s.b ^ 0x5a5a;
}

/* Copied out of the field whole: a struct copy, an argument, a result.  */
struct In { uintptr_t v; };
struct A { struct In in; int tag; };

__attribute__ ((noinline)) static void
field_copied (void)
{
  int *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  *p = 42;
  struct A s;
  memcpy (&s, &p, sizeof p);
  struct In t = s.in;
  memcpy (&g_p, &t, sizeof g_p);
}

__attribute__ ((noinline)) static void
keep_in (struct In in)
{
  memcpy (&g_p, &in, sizeof g_p);
}

__attribute__ ((noinline)) static void
field_passed (void)
{
  int *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  *p = 42;
  struct A s;
  memcpy (&s, &p, sizeof p);
  keep_in (s.in);
}

__attribute__ ((noinline)) static struct In
field_returned_inner (void)
{
  int *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  *p = 42;
  struct A s;
  memcpy (&s, &p, sizeof p);
  return s.in;
}

/* A struct of numbers returned into memory by a callee.  */
struct W3 { uintptr_t a, b, c; };
struct W3 g_w3;

__attribute__ ((noinline)) static struct W3
wrap3 (void *p) /* { dg-message "^leaking param: p$" } */
{
  struct W3 s = { 0, 0, 0 };
  memcpy (&s, &p, sizeof p);
  return s;
}

__attribute__ ((noinline)) static void
struct_result (void)
{
  int *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  *p = 42;
  g_w3 = wrap3 (p);
}

/* A variable-size struct passed by value.  */
__attribute__ ((noinline)) static void
vla_struct (int n)
{
  struct V { char buf[n]; };
  void keep (struct V v) { memcpy (&g_p, v.buf, sizeof g_p); }
  int *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  *p = 42;
  struct V v;
  memcpy (v.buf, &p, sizeof p);
  keep (v);
}

/* A struct's field read through a union.  */
union U { struct { uintptr_t bits; } s; int *p; };

__attribute__ ((noinline)) static void
union_field (void)
{
  union U u;
  u.p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  *u.p = 42;
  g_u = u.s.bits;
}

/* A pointer variable read as a may_alias struct.  */
struct __attribute__ ((may_alias)) N { uintptr_t bits; };

__attribute__ ((noinline)) static void
may_alias_view (void)
{
  int *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  *p = 42;
  g_u = ((struct N *) &p)->bits;
}

/* Back from a field to its struct (container_of), in the caller.  */
struct C { int *p; char name[8]; };

__attribute__ ((noinline)) static void
publish_word (const void *w) /* { dg-message "^w does not escape$" } */
{
  uintptr_t b;
  memcpy (&b, w, sizeof b);
  g_u = b ^ 1;
}

__attribute__ ((noinline)) static void
container_of_field (void)
{
  struct C s;
  s.p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  *s.p = 42;
  char *np = s.name;
  struct C *back = (struct C *) (np - offsetof (struct C, name));
  publish_word (back);
  g_u ^= 1;
}

/* Bytes rebuilt through strdup's copies.  */
__attribute__ ((noinline)) static void
through_strdup (void)
{
  int *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  *p = 42;
  int *r;
  for (size_t i = 0; i < sizeof p; i++)
    {
      char b[2] = { ((char *) &p)[i], 0 };
      char *q = strdup (b); /* { dg-message "^strdup\\(&b\\) does not escape$" } */
      if (!q)
	abort ();
      ((char *) &r)[i] = q[0];
      free (q);
    }
  g_p = r;
}

/* A number field, copied by a callee's memcpy into a pointer.  */
struct B { uintptr_t bits; int n; };

__attribute__ ((noinline)) static void
copy (void *dst, const void *src, size_t n) /* { dg-message "^dst does not escape$" } */
/* { dg-message "^leaking param: src into \\*dst level=1$" "" { target *-*-* } .-1 } */
{
  memcpy (dst, src, n);
}

__attribute__ ((noinline)) static void
number_to_pointer (size_t n)
{
  struct B s;
  s.bits = (uintptr_t) &g_slot;
  char **q;
  copy (&q, &s.bits, n);
  int *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  *p = 42;
  *q = (char *) p;
}

/* Writes over the stack a returned function's slots were in.  */
__attribute__ ((noinline)) static void
scribble (void)
{
  volatile char b[4096];
  for (int i = 0; i < 4096; i++)
    b[i] = 0x5a;
}

static void
check (void *q) /* { dg-message "^q does not escape$" } */
{
  scribble ();
  if (*(int *) q != 42)
    abort ();
  free (q);
}

int
main (void)
{
  int *f = fresh (); /* { dg-message "^moved to stack: fresh\\(\\)$" } */
  free (f);
  into_second_field ();
  check ((void *) (g_u ^ 0x5a5a));
  field_copied ();
  check (g_p);
  field_passed ();
  check (g_p);
  struct In in = field_returned_inner ();
  memcpy (&g_p, &in, sizeof g_p);
  check (g_p);
  struct_result ();
  check ((void *) g_w3.a);
  vla_struct (8);
  check (g_p);
  union_field ();
  check ((void *) g_u);
  may_alias_view ();
  check ((void *) g_u);
  container_of_field ();
  check ((void *) g_u);
  through_strdup ();
  check (g_p);
  number_to_pointer (sizeof (char *));
  check (g_slot);
  return 0;
}
