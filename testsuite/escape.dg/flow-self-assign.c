/* Self-assignment (Go's isSelfAssign, passes/graph-stmt.cc): a pointer
   loaded from the object p points to and stored back into it ("p->a =
   p->b") changes nothing that escapes, since that object already held
   it; the same for a whole struct copied within one object.  The pointer
   must be the same value on both sides (one SSA name, arithmetic within
   the object, or loaded twice with no store in between); other stores
   are kept: another pointer, a store between the loads, a union
   member, a character read.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

struct node
{
  char *a, *b;
  struct node *next;
  char *v[4];
};

struct pair
{
  char *x, *y;
};

struct two
{
  struct pair first, second;
};

union word
{
  char *p;
  long n;
};

struct boxed
{
  union word u;
  char *q;
};

struct node *keep;

void
move (struct node *p) /* { dg-message "^p does not escape$" } */
{
  p->a = p->b;
}

/* The pointer is loaded twice, with nothing stored in between.  */
void
move_next (struct node *p) /* { dg-message "^p does not escape$" } */
{
  p->next->a = p->next->b;
}

void
move_index (struct node *p, int i, int j) /* { dg-message "^p does not escape$" } */
{
  p->v[i] = p->v[j];
}

/* Elements of one array are one object.  */
void
move_element (struct node *p) /* { dg-message "^p does not escape$" } */
{
  p[1].a = p[0].b;
}

void
move_struct (struct two *t) /* { dg-message "^t does not escape$" } */
{
  t->first = t->second;
}

void
swap (struct node *p) /* { dg-message "^p does not escape$" } */
{
  char *t = p->a;
  p->a = p->b;
  p->b = t;
}

/* Another pointer: q's object may be another one.  */
void
move_from (struct node *p, struct node *q) /* { dg-message "^p does not escape$" } */
/* { dg-message "^leaking param: q into \\*p level=1$" "" { target *-*-* } .-1 } */
{
  p->a = q->b;
}

/* A store between the two loads of p->next: the second may be another
   node (n's, or one reached through *p), which then holds the first one's
   pointer.  */
void
move_after_store (struct node *p, struct node *n) /* { dg-message "^leaking param: p into \\*n level=2$" } */
/* { dg-message "^leaking param: p into \\*\\*p level=2$" "" { target *-*-* } .-1 } */
/* { dg-message "^leaking param: n into \\*p$" "" { target *-*-* } .-2 } */
{
  char *t = p->next->b;
  p->next = n;
  p->next->a = t;
}

/* A pointer read through a union member may be made of bytes written as
   a number: not what the object held as a pointer.  */
void
move_union (struct boxed *s) /* { dg-message "^leaking param: s into \\*s level=1$" } */
{
  s->q = s->u.p;
}

/* What it means for a caller: the nodes stay local.  */
int
caller (void)
{
  struct node *n = malloc (sizeof *n); /* { dg-message "^malloc\\(56\\) does not escape$" } */
  n->next = malloc (sizeof *n->next); /* { dg-message "^malloc\\(56\\) does not escape$" } */
  n->next->b = malloc (8); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  move_next (n);
  int r = n->next->a == n->next->b;
  free (n->next->b);
  free (n->next);
  free (n);
  return r;
}
