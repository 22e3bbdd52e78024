/* walk is entered only through via, an extern inline gnu_inline
   wrapper the analysis has no graph for (GCC may still inline it), from
   main and from the hook its own callee calls: it is re-entered, and
   takes its slot one activation at a time.  Reachability once stopped
   at such a body, and walk took a slot in every frame of the recursion
   (adversarial finding: a stack overflow the plain build did not have).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2" } */
#include <stdlib.h>
#include <string.h>

static long total;
static void (*hook) (int d);

static __attribute__ ((noinline)) int
walk (int d)
{
  char *p = malloc (200); /* { dg-message "^moved to stack: malloc\\(200\\)$" } */
  /* { dg-message "^  one activation of walk at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-1 } */
  /* { dg-message "^  walk may be re-entered: it calls through a pointer at line 25$" "" { target *-*-* } .-2 } */
  if (!p)
    abort ();
  memset (p, d, 200);
  if (hook)
    hook (d);
  int r = p[d % 200];
  free (p);
  return r;
}

extern inline __attribute__ ((gnu_inline, always_inline)) int
via (int d)
{
  return walk (d); /* { dg-warning "'walk' is static but used in inline function 'via' which is not static" } */
}

static void
again (int d)
{
  if (d < 3000)
    total += via (d + 1);
}

int
main (void)
{
  hook = again;
  int r = via (0);
  return r == 0 && total != 0 ? 0 : 1;
}
