/* Re-entry through code the plugin cannot see: a public function reaching
   a function pointer only through a static helper, and a static function
   handing qsort a callback that calls it back.  If each activation added
   its moved objects to the stack, 2000 levels of 4 x 256 bytes would
   overflow a 1 MiB thread stack: they move as owned slots, which one
   activation at a time takes, the others using the heap.
   escape-no-asan: ASan's redzones alone exceed the 1 MiB stack.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2 -pthread" } */
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

void (*hook) (int);

static void
helper (int n)
{
  if (n > 0)
    hook (n - 1);
}

int
pub (int n)
{
  char *a = malloc (256), *b = malloc (256); /* { dg-message "^moved to stack: malloc\\(256\\)$" } */
  /* { dg-message "^  one activation of pub at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-1 } */
  if (!a || !b)
    abort ();
  memset (a, 1, 256);
  memset (b, 2, 256);
  helper (n);
  int r = a[0] + b[1];
  free (a);
  free (b);
  return r;
}

static void
again (int n)
{
  pub (n);
}

static int depth;
static void walk (void);

static int
cmp (const void *x, const void *y) /* { dg-message "^x does not escape$" } */
/* { dg-message "^y does not escape$" "" { target *-*-* } .-1 } */
{
  if (depth > 0)
    {
      depth--;
      walk ();
    }
  return *(const int *) x - *(const int *) y;
}

static void
walk (void)
{
  char *a = malloc (256), *b = malloc (256); /* { dg-message "^moved to stack: malloc\\(256\\)$" } */
  /* { dg-message "^  one activation of walk at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-1 } */
  if (!a || !b)
    abort ();
  memset (a, 1, 256);
  memset (b, 2, 256);
  int v[2] = { 2, 1 };
  qsort (v, 2, sizeof v[0], cmp);
  if (a[0] + b[1] != 3)
    abort ();
  free (a);
  free (b);
}

static void *
run (void *arg) /* { dg-message "^arg does not escape$" } */
{
  (void) arg;
  hook = again;
  if (pub (2000) != 3)
    abort ();
  depth = 2000;
  walk ();
  return 0;
}

int
main (void)
{
  pthread_attr_t at;
  pthread_t t;
  pthread_attr_init (&at);
  pthread_attr_setstacksize (&at, 1 << 20);
  if (pthread_create (&t, &at, run, 0) || pthread_join (t, 0))
    abort ();
  return 0;
}
/* { dg-message "  pub may be re-entered: through helper, it calls through a pointer at line 20" "" { target *-*-* } 26 } */
