/* What keeps an object handed to a disposer on the heap although the
   disposer could be cloned (adversarial findings on release clones):
   more than 8 slots handed to one call, over all its arguments (a
   disposer of three arguments each reaching five objects); a disposer
   that releases with a deallocator of another family (as a direct call
   of it does); a chain of more than 16 disposers (each would get a
   clone).  And an always_inline disposer, whose clone is not
   always_inline (inlined at -O0, the guarded free warned and -Werror
   builds broke).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m -fplugin-arg-escape-allocator=pool_get:1:pool_put -Wall -Werror" } */
#include <stdlib.h>

struct big
{
  char *m[4];
};

static void
big_free (struct big *b) /* { dg-message "^b does not escape$" } */
{
  for (int i = 0; i < 4; i++)
    free (b->m[i]);
  free (b);
}

static void
three_free (struct big *a, struct big *b, struct big *c) /* { dg-message "^a does not escape$" } */
/* { dg-message "^b does not escape$" "" { target *-*-* } .-1 } */
/* { dg-message "^c does not escape$" "" { target *-*-* } .-2 } */
{
  big_free (a);
  big_free (b);
  big_free (c);
}

/* The pool's deallocator (a declared family of its own); this one frees
   only what malloc made, which the declaration says nothing about.  */
void pool_put (void *p);
void
pool_put (void *p) /* { dg-message "^pool_put is a deallocator \\(frees p\\)$" } */
/* { dg-message "^p does not escape$" "" { target *-*-* } .-1 } */
{
  free (p);
}

static int put;

static void
to_pool (char *p) /* { dg-message "^p does not escape$" } */
{
  put++;
  pool_put (p);
}

/* A chain of disposers: d15's closure has 16 functions, d20's 21.  */
static void
d0 (struct big *b) /* { dg-message "^d0 is a deallocator \\(frees b\\)$" } */
/* { dg-message "^b does not escape$" "" { target *-*-* } .-1 } */
{
  free (b);
}
static void d1 (struct big *b) { if (b->m[0]) b->m[0][0]++; d0 (b); } /* { dg-message "^b does not escape$" } */
static void d2 (struct big *b) { if (b->m[0]) b->m[0][0]++; d1 (b); } /* { dg-message "^b does not escape$" } */
static void d3 (struct big *b) { if (b->m[0]) b->m[0][0]++; d2 (b); } /* { dg-message "^b does not escape$" } */
static void d4 (struct big *b) { if (b->m[0]) b->m[0][0]++; d3 (b); } /* { dg-message "^b does not escape$" } */
static void d5 (struct big *b) { if (b->m[0]) b->m[0][0]++; d4 (b); } /* { dg-message "^b does not escape$" } */
static void d6 (struct big *b) { if (b->m[0]) b->m[0][0]++; d5 (b); } /* { dg-message "^b does not escape$" } */
static void d7 (struct big *b) { if (b->m[0]) b->m[0][0]++; d6 (b); } /* { dg-message "^b does not escape$" } */
static void d8 (struct big *b) { if (b->m[0]) b->m[0][0]++; d7 (b); } /* { dg-message "^b does not escape$" } */
static void d9 (struct big *b) { if (b->m[0]) b->m[0][0]++; d8 (b); } /* { dg-message "^b does not escape$" } */
static void d10 (struct big *b) { if (b->m[0]) b->m[0][0]++; d9 (b); } /* { dg-message "^b does not escape$" } */
static void d11 (struct big *b) { if (b->m[0]) b->m[0][0]++; d10 (b); } /* { dg-message "^b does not escape$" } */
static void d12 (struct big *b) { if (b->m[0]) b->m[0][0]++; d11 (b); } /* { dg-message "^b does not escape$" } */
static void d13 (struct big *b) { if (b->m[0]) b->m[0][0]++; d12 (b); } /* { dg-message "^b does not escape$" } */
static void d14 (struct big *b) { if (b->m[0]) b->m[0][0]++; d13 (b); } /* { dg-message "^b does not escape$" } */
static void d15 (struct big *b) { if (b->m[0]) b->m[0][0]++; d14 (b); } /* { dg-message "^b does not escape$" } */
static void d16 (struct big *b) { if (b->m[0]) b->m[0][0]++; d15 (b); } /* { dg-message "^b does not escape$" } */
static void d17 (struct big *b) { if (b->m[0]) b->m[0][0]++; d16 (b); } /* { dg-message "^b does not escape$" } */
static void d18 (struct big *b) { if (b->m[0]) b->m[0][0]++; d17 (b); } /* { dg-message "^b does not escape$" } */
static void d19 (struct big *b) { if (b->m[0]) b->m[0][0]++; d18 (b); } /* { dg-message "^b does not escape$" } */
static void d20 (struct big *b) { if (b->m[0]) b->m[0][0]++; d19 (b); } /* { dg-message "^b does not escape$" } */

static int freed;

__attribute__ ((always_inline)) static inline void
ai_free (struct big *n) /* { dg-message "^n does not escape$" } */
{
  freed++;
  free (n);
}

int
main (void)
{
  /* Fifteen objects reach three_free's three arguments.  */
  struct big *a = malloc (sizeof *a), *b = malloc (sizeof *b), *c = malloc (sizeof *c); /* { dg-message "^malloc\\(32\\) does not escape$" } */
  a->m[0] = malloc (8); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  a->m[1] = malloc (8); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  a->m[2] = malloc (8); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  a->m[3] = malloc (8); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  b->m[0] = malloc (8); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  b->m[1] = malloc (8); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  b->m[2] = malloc (8); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  b->m[3] = malloc (8); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  c->m[0] = malloc (8); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  c->m[1] = malloc (8); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  c->m[2] = malloc (8); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  c->m[3] = malloc (8); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  three_free (a, b, c);

  char *p = malloc (8); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  p[0] = 1;
  to_pool (p);

  struct big *s = malloc (sizeof *s); /* { dg-message "^moved to stack: malloc\\(32\\)$" } */
  s->m[0] = NULL;
  d15 (s);
  struct big *l = malloc (sizeof *l); /* { dg-message "^malloc\\(32\\) does not escape$" } */
  l->m[0] = NULL;
  d20 (l);

  struct big *n = malloc (sizeof *n); /* { dg-message "^moved to stack: malloc\\(32\\)$" } */
  n->m[0] = NULL;
  ai_free (n);
  return put == 1 && freed == 1 ? 0 : 1;
}
