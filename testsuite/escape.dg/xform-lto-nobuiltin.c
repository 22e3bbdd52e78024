/* -fno-builtin-malloc given to the compiles of an -flto build: lto1 has
   no C front end and none of its options, but the unit hands it a malloc
   that is not GCC's builtin, and the plugin takes that for the program's
   own (adversarial finding: every call of a counting malloc was moved to
   the stack at the link).  Here the program counts its calls with the
   linker's --wrap.  escape-no-asan: --wrap=malloc would wrap ASan's.  */
/* { dg-do run } */
/* { dg-options "-flto -fno-builtin-malloc -fno-builtin-free -fplugin-arg-escape-transform -Wl,--wrap=malloc -Wl,--wrap=free" } */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

void *__real_malloc (size_t);
void __real_free (void *);
static int mallocs, frees;

void *
__wrap_malloc (size_t n)
{
  mallocs++;
  return __real_malloc (n);
}

void
__wrap_free (void *p)
{
  if (p)
    frees++;
  __real_free (p);
}

__attribute__ ((noinline)) static int
use (int k)
{
  char *p = malloc (16);
  if (!p)
    abort ();
  memset (p, k, 16);
  int r = p[k & 15];
  free (p);
  return r;
}

int
main (void)
{
  int s = 0;
  for (int i = 0; i < 10; i++)
    s += use (i);
  if (s != 45 || mallocs < 10 || frees < 10)
    abort ();
  return 0;
}
