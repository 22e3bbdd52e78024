/* Pointers hidden in integers or unions, copied byte by byte or through
   inline asm: the analysis cannot follow them, so they escape.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <stdint.h>

char *gp;
char **gc;
uintptr_t gi;
char gbuf[8];

void
integer_to_global (void)
{
  char *p = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
  gi = (uintptr_t) p;
}

void
integer_round_trip (void)
{
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  uintptr_t x = (uintptr_t) p;
  char *q = (char *) x;
  gp = q;
}

void
store_through_integer_arithmetic (void)
{
  char **c = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  uintptr_t x = (uintptr_t) c;
  char **d = (char **) (x + sizeof (char *));
  *d = malloc (24); /* { dg-message "^malloc\\(24\\) escapes to heap$" } */
  gc = c;
}

void
store_through_integer_argument (uintptr_t addr)
{
  *(char **) addr = malloc (32); /* { dg-message "^malloc\\(32\\) escapes to heap$" } */
}

union U { char *p; long l; };

long
union_pun (void)
{
  union U u;
  u.p = malloc (40); /* { dg-message "^malloc\\(40\\) escapes to heap$" } */
  return u.l;
}

void
bytewise_copy_to_global (void)
{
  char *p = malloc (48); /* { dg-message "^malloc\\(48\\) escapes to heap$" } */
  char *src = (char *) &p;
  for (unsigned i = 0; i < sizeof p; i++)
    gbuf[i] = src[i];
}

void
asm_input (void)
{
  char *p = malloc (56); /* { dg-message "^malloc\\(56\\) escapes to heap$" } */
  __asm__ volatile ("" : : "r" (p) : "memory");
}
