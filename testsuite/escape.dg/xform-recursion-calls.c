/* Recursion a fixed slot would multiply, through calls the plugin does not
   see as recursion when it runs: an indirect call on a path that ends in
   exit (it nests before the exit), a function pointer that is a constant
   in a recursive function, and one that a recursive function receives
   from a constant table (GCC makes both calls direct and may inline them
   there).  A 64 KiB thread stack holds 400 levels of the plain build, and
   of the transformed one: the recursive functions' slots are owned (one
   activation at a time runs the copy that has them), and their callees'
   fixed slots stay out of line.
   escape-no-asan: ASan's redzones alone exceed the 64 KiB stack.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2 -pthread" } */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

volatile int sink;

/* An indirect call on a path that ends in exit.  */
void nest (int n);
void (*volatile next) (int) = nest;

__attribute__ ((noinline)) void
nest (int n)
{
  char *p = malloc (256); /* { dg-message "^moved to stack: malloc\\(256\\)$" } */
  /* { dg-message "^  one activation of nest at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-1 } */
  if (!p)
    abort ();
  memset (p, n, 256);
  if (n > 0)
    {
      next (n - 1);
      sink = p[0];
      exit (0);
    }
  sink = p[255];
  free (p);
}

/* A function pointer that is a constant in the recursive function.  */
static void
leaf (int n)
{
  char *p = malloc (256); /* { dg-message "^moved to stack: malloc\\(256\\)$" } */
  if (!p)
    abort ();
  memset (p, n, 256);
  sink += p[n & 255];
  free (p);
}

__attribute__ ((noinline)) int
walk_local (int n)
{
  void (*fp) (int) = leaf;
  if (n == 0)
    return 0;
  fp (n);
  int v = walk_local (n - 1);
  sink += v;
  return v + 1;
}

/* A pointer the recursive function gets from a constant table.  */
struct ops { void (*visit) (int); };

static void
visit_leaf (int n)
{
  char *p = malloc (256); /* { dg-message "^moved to stack: malloc\\(256\\)$" } */
  if (!p)
    abort ();
  memset (p, n, 256);
  sink += p[n & 255];
  free (p);
}

static const struct ops leaf_ops = { visit_leaf };

__attribute__ ((noinline)) int
walk_table (const struct ops *o, int n) /* { dg-message "^o does not escape$" } */
{
  if (n == 0)
    return 0;
  o->visit (n);
  int v = walk_table (o, n - 1);
  sink += v;
  return v + 1;
}

static void *
run (void *arg) /* { dg-message "^parameter arg leaks to \\{heap\\} with derefs=0:$" } */
/* { dg-message "^  flow: \\{heap\\} = arg:$" "" { target *-*-* } .-1 } */
/* { dg-message "^    from which = arg \\(pointer converted to integer\\) at \[^ \]*:98:8$" "" { target *-*-* } .-2 } */
/* { dg-message "^leaking param: arg$" "" { target *-*-* } .-3 } */
{
  long which = (long) arg;
  if (which == 0)
    sink = walk_local (400);
  else if (which == 1)
    sink = walk_table (&leaf_ops, 400);
  else
    nest (400);
  return NULL;
}

static void
on_thread (long which)
{
  pthread_attr_t at;
  pthread_t t;
  pthread_attr_init (&at);
  pthread_attr_setstacksize (&at, 64 * 1024);
  if (pthread_create (&t, &at, run, (void *) which) || pthread_join (t, NULL))
    abort ();
}

int
main (void)
{
  on_thread (0);
  on_thread (1);
  on_thread (2);		/* Exits the program.  */
  return 1;
}
/* { dg-message "  nest may be re-entered: it calls through a pointer at line 33" "" { target *-*-* } 26 } */
