/* asm operands: the assembler text can do anything with a pointer it
   is given, so input and in/out operands escape.  An asm that is given
   nothing cannot see a pointer held in a local.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

void
flush_line (void)
{
  char *p = malloc (64); /* { dg-message "malloc\\(64\\) escapes to heap" } */
  __asm__ volatile ("" : : "r" (p) : "memory");
  free (p);
}

int
opaque_copy (void)
{
  char *p = malloc (65); /* { dg-message "malloc\\(65\\) escapes to heap" } */
  __asm__ ("" : "+r" (p));
  p[0] = 1;
  return p[0];
}

/* The pointer comes out of an output operand: it could be anything.  */
void
store_via_asm (void)
{
  char **slot;
  __asm__ ("" : "=r" (slot));
  *slot = malloc (66); /* { dg-message "malloc\\(66\\) escapes to heap" } */
}

void
touch_memory (void)
{
  char *buf = malloc (67); /* { dg-message "malloc\\(67\\) escapes to heap" } */
  __asm__ volatile ("" : : "m" (*buf));
}

int
barrier_only (void)
{
  char *p = malloc (68); /* { dg-message "malloc\\(68\\) does not escape" } */
  p[0] = 2;
  __asm__ volatile ("" : : : "memory");
  int r = p[0];
  free (p);
  return r;
}

void
fence_param (void *addr) /* { dg-message "leaking param: addr$" } */
{
  __asm__ volatile ("" : : "r" (addr) : "memory");
}

/* A memory operand hands over the whole object, pointers inside it
   included; a register operand holding &p hands over p.  */
struct box { char *ptr; };

void
box_to_asm (void)
{
  struct box b;
  b.ptr = malloc (70); /* { dg-message "malloc\\(70\\) escapes to heap" } */
  __asm__ volatile ("" : : "m" (b));
}

void
addr_to_asm (void)
{
  char *p = malloc (71); /* { dg-message "malloc\\(71\\) escapes to heap" } */
  char **pp = &p;
  __asm__ volatile ("" : : "r" (pp));
}
