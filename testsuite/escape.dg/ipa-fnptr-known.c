/* A call through a parameter of a static function whose every caller
   passes a function of this file there (run (touch, p)): the call goes to
   one of them, so it is wired through each one's summary
   (summarize-pass.cc, resolve_param_calls).  The targets are unknown when
   a caller passes anything else (a pointer variable), when the function
   is public, has its address taken (a caller we do not see), or is kept
   with "used" (asm may call it).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

void *g;
void (*hook) (void *);

static void
touch (void *p) /* { dg-message "^p does not escape$" } */
{
  *(char *) p = 1;
}

static void
clear (void *p) /* { dg-message "^p does not escape$" } */
{
  *(char *) p = 0;
}

static void
keep (void *p) /* { dg-message "^leaking param: p$" } */
{
  g = p;
}

static void *
same (void *p) /* { dg-message "^leaking param: p to result$" } */
{
  return p;
}

static void
run (void (*fn) (void *), void *ctx) /* { dg-message "^fn does not escape$" } */
/* { dg-message "^ctx does not escape$" "" { target *-*-* } .-1 } */
{
  fn (ctx);
}

/* One of its targets keeps the argument.  */
static void
run_keep (void (*fn) (void *), void *ctx) /* { dg-message "^fn does not escape$" } */
/* { dg-message "^leaking param: ctx$" "" { target *-*-* } .-1 } */
{
  fn (ctx);
}

/* A caller passes a pointer variable.  */
static void
run_hook (void (*fn) (void *), void *ctx) /* { dg-message "^fn does not escape$" } */
/* { dg-message "^leaking param: ctx$" "" { target *-*-* } .-1 } */
{
  fn (ctx);
}

/* Its address is taken.  */
static void
run_taken (void (*fn) (void *), void *ctx) /* { dg-message "^fn does not escape$" } */
/* { dg-message "^leaking param: ctx$" "" { target *-*-* } .-1 } */
{
  fn (ctx);
}

void (*taken) (void (*) (void *), void *) = run_taken;

__attribute__ ((used)) static void
run_used (void (*fn) (void *), void *ctx) /* { dg-message "^fn does not escape$" } */
/* { dg-message "^leaking param: ctx$" "" { target *-*-* } .-1 } */
{
  fn (ctx);
}

/* Public: other units may call it with anything.  */
void
run_public (void (*fn) (void *), void *ctx) /* { dg-message "^fn does not escape$" } */
/* { dg-message "^leaking param: ctx$" "" { target *-*-* } .-1 } */
{
  fn (ctx);
}

/* The result goes through the targets' summaries too.  */
static void *
map (void *(*fn) (void *), void *x) /* { dg-message "^fn does not escape$" } */
/* { dg-message "^leaking param: x to result$" "" { target *-*-* } .-1 } */
{
  return fn (x);
}

int
callers (void)
{
  char *a = malloc (1); /* { dg-message "^malloc\\(1\\) does not escape$" } */
  run (touch, a);
  run (clear, a);
  int r = a[0];
  free (a);
  char *b = malloc (2); /* { dg-message "^malloc\\(2\\) escapes to heap$" } */
  run_keep (touch, b);
  run_keep (keep, b);
  char *c = malloc (3); /* { dg-message "^malloc\\(3\\) escapes to heap$" } */
  run_hook (touch, c);
  run_hook (hook, c);
  free (c);
  char *d = malloc (4); /* { dg-message "^malloc\\(4\\) escapes to heap$" } */
  run_taken (touch, d);
  free (d);
  char *e = malloc (5); /* { dg-message "^malloc\\(5\\) escapes to heap$" } */
  run_used (touch, e);
  free (e);
  char *f = malloc (6); /* { dg-message "^malloc\\(6\\) escapes to heap$" } */
  run_public (touch, f);
  free (f);
  char *h = map (same, malloc (7)); /* { dg-message "^malloc\\(7\\) does not escape$" } */
  free (h);
  char *k = map (same, malloc (8)); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
  g = k;
  return r;
}
