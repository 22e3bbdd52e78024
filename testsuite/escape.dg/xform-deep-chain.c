/* An object reached through more than 8 loads (the most derefs the
   analysis counts, standing for 8 or more): freed through a chain of local
   pointers, returned by a callee that loads it ten struct levels down, and
   stored into a global through eleven loads.  Adversarial findings: the
   first two were moved and their free left unguarded, the third moved
   though main reads it after its function returned.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) static int
free_deep (int v)
{
  int *x = malloc (sizeof *x); /* { dg-message "^moved to stack: malloc\\(4\\)$" } */
  if (!x)
    abort ();
  *x = v;
  int **o0 = &x;
  int ***o1 = &o0;
  int ****o2 = &o1;
  int *****o3 = &o2;
  int ******o4 = &o3;
  int *******o5 = &o4;
  int ********o6 = &o5;
  int *********o7 = &o6;
  int **********o8 = &o7;
  int r = *x;
  free (*********o8);
  return r;
}

struct s0 { int *x; };
struct s1 { struct s0 *p; };
struct s2 { struct s1 *p; };
struct s3 { struct s2 *p; };
struct s4 { struct s3 *p; };
struct s5 { struct s4 *p; };
struct s6 { struct s5 *p; };
struct s7 { struct s6 *p; };
struct s8 { struct s7 *p; };
struct s9 { struct s8 *p; };

__attribute__ ((noinline)) static int *
get (struct s9 *p) /* { dg-message "^leaking param: p to result level=8$" } */
{
  return p->p->p->p->p->p->p->p->p->p->x;
}

__attribute__ ((noinline)) static int
free_returned (int v)
{
  struct s0 l0;
  l0.x = malloc (sizeof (int)); /* { dg-message "^moved to stack: malloc\\(4\\)$" } */
  if (!l0.x)
    abort ();
  *l0.x = v;
  struct s1 l1 = { &l0 };
  struct s2 l2 = { &l1 };
  struct s3 l3 = { &l2 };
  struct s4 l4 = { &l3 };
  struct s5 l5 = { &l4 };
  struct s6 l6 = { &l5 };
  struct s7 l7 = { &l6 };
  struct s8 l8 = { &l7 };
  struct s9 l9 = { &l8 };
  int r = *l0.x;
  free (get (&l9));
  return r;
}

int *g;

__attribute__ ((noinline)) static void
store_deep (int v)
{
  int **o9 = &g;
  int ***o8 = &o9;
  int ****o7 = &o8;
  int *****o6 = &o7;
  int ******o5 = &o6;
  int *******o4 = &o5;
  int ********o3 = &o4;
  int *********o2 = &o3;
  int **********o1 = &o2;
  int ***********o0 = &o1;
  int ************p = &o0;
  int *x = malloc (sizeof *x); /* { dg-message "^malloc\\(4\\) escapes to heap$" } */
  if (!x)
    abort ();
  *x = v;
  ***********p = x;
}

/* Overwrites the stack below its caller's frame.  */
__attribute__ ((noinline)) static int
scribble (int v)
{
  volatile char buf[512];
  memset ((char *) buf, v, sizeof buf);
  return buf[v % 512];
}

int
main (void)
{
  if (free_deep (42) != 42 || free_returned (43) != 43)
    abort ();
  store_deep (44);
  scribble (0x55);
  if (*g != 44)
    abort ();
  free (g);
  return 0;
}
