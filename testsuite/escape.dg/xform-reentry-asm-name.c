/* Assembly at file scope gives the static impl (kept by a constructor
   that calls it, not "used") a public name, pub,
   which another unit may call while walk, reached from impl, is active
   (walk calls ext, another unit's): every function counts as an entry
   point, and walk takes its slot one activation at a time (adversarial
   finding: a slot in every frame of that recursion).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2" } */
#include <stdlib.h>
#include <string.h>

extern int ext (int d);

static __attribute__ ((noinline)) int
walk (int d)
{
  char *p = malloc (200); /* { dg-message "^moved to stack: malloc\\(200\\)$" } */
  /* { dg-message "^  one activation of walk at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-1 } */
  /* { dg-message "^  walk may be re-entered: it calls ext, which is defined in another unit$" "" { target *-*-* } .-2 } */
  if (!p)
    abort ();
  memset (p, d, 200);
  int r = p[d % 200] + ext (d);
  free (p);
  return r;
}

static __attribute__ ((noinline)) int
impl (int d)
{
  return walk (d);
}

static __attribute__ ((constructor)) void
init (void)
{
  impl (0);
}

__asm__ (".globl pub\n\t.set pub, impl");
