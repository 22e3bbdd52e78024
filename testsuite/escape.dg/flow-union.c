/* Unions: a pointer written through one member and read back through a
   pointer-sized integer member is still the same address.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <stdint.h>

union word { char *ptr; uintptr_t bits; };

uintptr_t g_bits;
char *g_ptr;

uintptr_t
bits_of_new (void)
{
  union word w;
  w.ptr = malloc (16); /* { dg-message "malloc\\(16\\) escapes to heap" } */
  return w.bits;
}

void
publish_bits (void)
{
  union word w;
  w.ptr = malloc (17); /* { dg-message "malloc\\(17\\) escapes to heap" } */
  g_bits = w.bits;
}

/* Written as an integer, read back as a pointer.  */
void
publish_ptr (void)
{
  union word w;
  w.bits = (uintptr_t) malloc (20); /* { dg-message "malloc\\(20\\) escapes to heap" } */
  g_ptr = w.ptr;
}

/* From one union to another through the integer member.  */
void
relay (void)
{
  union word a, b;
  a.ptr = malloc (21); /* { dg-message "malloc\\(21\\) escapes to heap" } */
  b.bits = a.bits;
  g_ptr = b.ptr;
}

int
local_union (void)
{
  union word w;
  w.ptr = malloc (19); /* { dg-message "malloc\\(19\\) does not escape" } */
  w.ptr[0] = 1;
  int r = w.ptr[0];
  free (w.ptr);
  return r;
}

/* The bits go through an integer but end up only in a local pointer.  */
int
local_bits (void)
{
  union word w;
  w.ptr = malloc (22); /* { dg-message "malloc\\(22\\) does not escape" } */
  uintptr_t x = w.bits;
  char *q = (char *) x;
  q[0] = 0;
  free (q);
  return 0;
}

void
bits_out (uintptr_t *out) /* { dg-message "out does not escape" } */
{
  union word w;
  w.ptr = malloc (23); /* { dg-message "malloc\\(23\\) escapes to heap" } */
  *out = w.bits;
}

/* Each half of the address is enough to rebuild it.  */
unsigned int g_lo, g_hi;

void
publish_halves (void)
{
  union { char *ptr; unsigned int half[2]; } w;
  w.ptr = malloc (31); /* { dg-message "malloc\\(31\\) escapes to heap" } */
  g_lo = w.half[0];
  g_hi = w.half[1];
}
