/* Structures passed and returned by value carry the pointers in their
   fields through the call: a small one in registers, a large one in
   memory.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

char *g;
struct small { char *p; };
struct big { char *p; long pad[4]; };
struct small g_small;
struct big g_big;

static void
keep_field (struct small s)
{
  g = s.p;
}

static int
read_field (struct big b)
{
  return b.p[0];
}

static struct small
wrap (char *p) /* { dg-message "^leaking param: p to result$" } */
{
  struct small s = { p };
  return s;
}

static struct big
wrap_big (char *p) /* { dg-message "^leaking param: p to result$" } */
{
  struct big b = { p, { 0 } };
  return b;
}

static struct small
make (void)
{
  struct small s = { malloc (8) }; /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
  return s;
}

void
pass_small_kept (void)
{
  struct small s = { malloc (9) }; /* { dg-message "^malloc\\(9\\) escapes to heap$" } */
  keep_field (s);
}

int
pass_big_read (void)
{
  struct big b = { malloc (10), { 0 } }; /* { dg-message "^malloc\\(10\\) does not escape$" } */
  b.p[0] = 0;
  int r = read_field (b);
  free (b.p);
  return r;
}

void
return_small_kept (void)
{
  g_small = wrap (malloc (11)); /* { dg-message "^malloc\\(11\\) escapes to heap$" } */
}

void
return_big_kept (void)
{
  g_big = wrap_big (malloc (12)); /* { dg-message "^malloc\\(12\\) escapes to heap$" } */
}

void
return_small_local (void)
{
  struct small s = wrap (malloc (13)); /* { dg-message "^malloc\\(13\\) does not escape$" } */
  free (s.p);
}

void
return_big_local (void)
{
  struct big b = wrap_big (malloc (14)); /* { dg-message "^malloc\\(14\\) does not escape$" } */
  free (b.p);
}

void
store_through_made (void)
{
  struct small s = make (); /* { dg-message "^make\\(\\) does not escape$" } */
  *(char **) s.p = malloc (15); /* { dg-message "^malloc\\(15\\) does not escape$" } */
}
