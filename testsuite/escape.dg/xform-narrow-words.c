/* A pointer's bits put whole into narrow storage by memcpy (a uint32_t
   pair, a float pair) and read back element by element into globals: the
   object must stay on the heap, or the globals' copy would dangle.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m" } */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

static uint32_t lo, hi;
static float gf[2];

__attribute__ ((noinline)) static void
save_words (void)
{
  char *msg = malloc (32); /* { dg-message "^malloc\\(32\\) escapes to heap$" } */
  strcpy (msg, "payload");
  uint32_t w[2];
  memcpy (w, &msg, sizeof msg);
  lo = w[0];
  hi = w[1];
}

__attribute__ ((noinline)) static void
save_floats (void)
{
  char *msg = malloc (32); /* { dg-message "^malloc\\(32\\) escapes to heap$" } */
  strcpy (msg, "floats");
  float f[2];
  memcpy (f, &msg, sizeof msg);
  gf[0] = f[0];
  gf[1] = f[1];
}

__attribute__ ((noinline)) static void
scribble (void)
{
  volatile char buf[512];
  for (int i = 0; i < 512; i++)
    buf[i] = 'X';
}

int
main (void)
{
  save_words ();
  save_floats ();
  scribble ();
  uint32_t w[2] = { lo, hi };
  char *p, *q;
  memcpy (&p, w, sizeof p);
  memcpy (&q, gf, sizeof q);
  if (strcmp (p, "payload") || strcmp (q, "floats"))
    abort ();
  free (p);
  free (q);
  return 0;
}
