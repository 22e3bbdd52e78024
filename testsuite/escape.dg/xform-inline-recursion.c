/* scratch () is not recursive, but walk () is and calls it: GCC inlines a
   static function called once into its caller after this pass, so a slot
   in scratch () would ride along in every activation of walk (), and 1500
   levels would overflow a 256 KiB thread stack.  It keeps its fixed slot,
   and is kept out of line.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2 -pthread" } */
#include <pthread.h>
#include <stdlib.h>

static int
scratch (int v)
{
  int *tmp = malloc (64 * sizeof (int)); /* { dg-message "^moved to stack: malloc\\(256\\)$" } */
  if (!tmp)
    abort ();
  for (int i = 0; i < 64; i++)
    tmp[i] = v + i;
  int s = 0;
  for (int i = 0; i < 64; i += 7)
    s += tmp[i];
  free (tmp);
  return s;
}

static long
walk (int depth)
{
  if (depth == 0)
    return 0;
  long r = walk (depth - 1);
  return r ^ scratch (depth);
}

static void *
thread (void *arg) /* { dg-message "^arg does not escape$" } */
{
  *(long *) arg = walk (1500);
  return NULL;
}

int
main (void)
{
  pthread_attr_t a;
  pthread_t t;
  long r = 0;
  pthread_attr_init (&a);
  pthread_attr_setstacksize (&a, 256 * 1024);
  if (pthread_create (&t, &a, thread, &r) || pthread_join (t, NULL))
    abort ();
  return r == 0;
}
