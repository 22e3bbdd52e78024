/* Chains of calls three deep: each summary is built from the summaries of
   its callees, so what the innermost function does reaches the outermost
   caller, and what it does not do does not.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

struct box { char *p; };
char *g;

/* Heap: level3 keeps, level2 and level1 pass on.  */
static void
keep3 (char *p) /* { dg-message "^leaking param: p$" } */
{
  g = p;
}

static void
keep2 (char *p) /* { dg-message "^leaking param: p$" } */
{
  keep3 (p);
}

static void
keep1 (char *p) /* { dg-message "^leaking param: p$" } */
{
  keep2 (p);
}

/* Reading all the way down.  */
static int
read3 (const char *p) /* { dg-message "^p does not escape$" } */
{
  return p[0];
}

static int
read2 (const char *p) /* { dg-message "^p does not escape$" } */
{
  return read3 (p) + 1;
}

static int
read1 (const char *p) /* { dg-message "^p does not escape$" } */
{
  return read2 (p) + 1;
}

/* Storing into the caller's box, three calls down.  */
static void
store3 (struct box *o, char *v) /* { dg-message "^o does not escape$" } */
/* { dg-message "^leaking param: v into \\*o$" "" { target *-*-* } .-1 } */
{
  o->p = v;
}

static void
store2 (struct box *o, char *v) /* { dg-message "^o does not escape$" } */
/* { dg-message "^leaking param: v into \\*o$" "" { target *-*-* } .-1 } */
{
  store3 (o, v);
}

static void
store1 (char *v, struct box *o) /* { dg-message "^o does not escape$" } */
/* { dg-message "^leaking param: v into \\*o$" "" { target *-*-* } .-1 } */
{
  store2 (o, v);
}

/* Returning, three calls down.  */
static char *
ret3 (char *p) /* { dg-message "^leaking param: p to result$" } */
{
  return p;
}

static char *
ret2 (char *p) /* { dg-message "^leaking param: p to result$" } */
{
  return ret3 (p);
}

static char *
ret1 (char *p) /* { dg-message "^leaking param: p to result$" } */
{
  return ret2 (p);
}

/* The callee's own pointer, stored three calls down.  */
static void
own3 (char ***out) /* { dg-message "^out does not escape$" } */
{
  *out = &g;
}

static void
own2 (char ***out) /* { dg-message "^out does not escape$" } */
{
  own3 (out);
}

static void
own1 (char ***out) /* { dg-message "^out does not escape$" } */
{
  own2 (out);
}

void
use_keep (void)
{
  keep1 (malloc (8)); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
}

int
use_read (void)
{
  char *p = malloc (9); /* { dg-message "^malloc\\(9\\) does not escape$" } */
  p[0] = 0;
  int r = read1 (p);
  free (p);
  return r;
}

int
use_store_local (void)
{
  struct box b;
  store1 (malloc (10), &b); /* { dg-message "^malloc\\(10\\) does not escape$" } */
  int r = b.p[0];
  free (b.p);
  return r;
}

void
use_store_global (struct box *o) /* { dg-message "^o does not escape$" } */
{
  store1 (malloc (11), o); /* { dg-message "^malloc\\(11\\) escapes to heap$" } */
}

int
use_ret_local (void)
{
  char *p = ret1 (malloc (12)); /* { dg-message "^malloc\\(12\\) does not escape$" } */
  p[0] = 0;
  int r = p[0];
  free (p);
  return r;
}

void
use_ret_kept (void)
{
  g = ret1 (malloc (13)); /* { dg-message "^malloc\\(13\\) escapes to heap$" } */
}

void
use_own (void)
{
  char **slot;
  own1 (&slot);
  *slot = malloc (14); /* { dg-message "^malloc\\(14\\) escapes to heap$" } */
}

/* Mixed: returned by one chain, then stored by another.  */
int
use_ret_then_store (void)
{
  struct box b;
  store1 (ret1 (malloc (15)), &b); /* { dg-message "^malloc\\(15\\) does not escape$" } */
  int r = b.p[0];
  free (b.p);
  return r;
}
