/* Callees that write through pointers they load from the caller's objects
   ("writes deep"): the caller's deeper objects may then hold pointers the
   caller has never seen, so what the caller stores through pointers loaded
   from them escapes.  A parameter stored that deep goes into the caller's
   objects reached through the parameter's ("into **h"), which the caller
   wires into every object its argument reaches.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

char *g;
struct holder { void **slot; };

static void
deep_global (struct holder *h) /* { dg-message "^h does not escape$" } */
{
  *h->slot = &g;
}

static void
deep_param (struct holder *h, void *v) /* { dg-message "^h does not escape$" } */
/* { dg-message "^leaking param: v into \\*\\*h$" "" { target *-*-* } .-1 } */
{
  *h->slot = v;
}

static void
deep_alloc (char ***ppp) /* { dg-message "^ppp does not escape$" } */
{
  **ppp = malloc (4); /* { dg-message "^malloc\\(4\\) escapes to heap$" } */
}

static void
fill (char **slot) /* { dg-message "^slot does not escape$" } */
{
  *slot = g;
}

/* Writes deep through a call: fill stores into what *ppp points to.  */
static void
fill_deep (char ***ppp) /* { dg-message "^ppp does not escape$" } */
{
  fill (*ppp);
}

static int
deep_read (char ***ppp) /* { dg-message "^ppp does not escape$" } */
{
  return ***ppp;
}

void
use_deep_global (void)
{
  void *cell = 0;
  struct holder hd = { &cell };
  deep_global (&hd);
  *(char **) cell = malloc (5); /* { dg-message "^malloc\\(5\\) escapes to heap$" } */
}

void
use_deep_param (void)
{
  void *cell = 0;
  struct holder hd = { &cell };
  /* Into cell, a local that nothing reads again.  */
  deep_param (&hd, malloc (6)); /* { dg-message "^malloc\\(6\\) does not escape$" } */
}

void
use_deep_alloc (void)
{
  char *cell = 0;
  char **mid = &cell;
  deep_alloc (&mid);
  char **c = (char **) cell;
  *c = malloc (7); /* { dg-message "^malloc\\(7\\) escapes to heap$" } */
}

void
use_fill_deep (void)
{
  char *cell = 0;
  char **mid = &cell;
  fill_deep (&mid);
  char **c = (char **) cell;
  *c = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
}

/* The deeper object receives foreign contents; it is not kept itself.  */
void
clobbered_but_local (void)
{
  char **cell = malloc (sizeof *cell); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  char ***mid = &cell;
  deep_alloc ((char ***) mid);
  free (cell);
}

/* A reader leaves the deeper objects alone.  */
int
read_deep (void)
{
  char *cell = malloc (9); /* { dg-message "^malloc\\(9\\) does not escape$" } */
  cell[0] = 0;
  char **mid = &cell;
  int r = deep_read (&mid);
  free (cell);
  return r;
}

void
forward_deep (char ***ppp) /* { dg-message "^ppp does not escape$" } */
{
  deep_alloc (ppp);
}

/* A callee handing a deep writer pointers into the caller's object itself
   (h.slot = &n->p): the writer's pointers land in *n, so the caller's
   object holds pointers of the callee's own, and what the caller stores
   through them escapes.  (Wrongly "does not escape" before.)  */
struct box { char *p; };
char gbuf[16];

static void
into_box (struct box *n) /* { dg-message "^n does not escape$" } */
{
  struct holder h = { (void **) &n->p };
  deep_global (&h);
}

void
use_into_box (char *v) /* { dg-message "^leaking param: v$" } */
{
  struct box x = { 0 };
  into_box (&x);
  char **q = (char **) x.p;
  *q = v;
}

void
use_into_box_alloc (void)
{
  struct box x = { 0 };
  into_box (&x);
  char **q = (char **) x.p;
  *q = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
}
