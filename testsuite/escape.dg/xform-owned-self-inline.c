/* At -O3 GCC inlines a recursive function into itself, so that a level
   of the recursion takes less stack.  With owned slots the function keeps
   doing so: the original body is not marked noinline (it has no slots),
   and the dispatch to the owner's copy is the unlikely path, which GCC's
   inlining and splitting leave aside.  walk (50000) fits a 1 MiB thread
   stack at -O3 plain (about 64,700 levels) and must after the transform
   (32,100 before these fixes).  (Adversarial finding.)
   escape-O3-only: the depth only fits with GCC's -O3 recursive inlining.
   escape-no-asan: ASan's frames are larger.  */
/* { dg-do run { target x86_64-*-* } } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m -pthread" } */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) static int
sum (const char *p, int n) /* { dg-message "^p does not escape$" } */
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += p[i];
  return s;
}

int
walk (int n)
{
  char *p = malloc (24); /* { dg-message "^moved to stack: malloc\\(24\\)$" } */
  memset (p, 0, 24);
  p[n % 24] = n & 1;
  int r = n ? walk (n - 1) : 0;
  r += sum (p, 24);
  free (p);
  return r;
}

static void *
th (void *a) /* { dg-message "^leaking param: a$" } */
{
  return (void *) (long) walk ((int) (long) a);
}

int
main (void)
{
  pthread_attr_t at;
  pthread_attr_init (&at);
  pthread_attr_setstacksize (&at, 1 << 20);
  pthread_t t;
  void *r;
  int depth = 50000;
  if (pthread_create (&t, &at, th, (void *) (long) depth) != 0)
    return 0;
  pthread_join (t, &r);
  if ((long) r != (depth + 1) / 2)
    {
      printf ("FAIL\n");
      return 1;
    }
  return 0;
}
