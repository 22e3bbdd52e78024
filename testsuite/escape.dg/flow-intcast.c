/* Converting a pointer to an integer (of any width) escapes: the integer
   can travel anywhere and be turned back into the pointer.  An integer
   turned into a pointer may point anywhere, so storing through it
   escapes.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <stdint.h>

uintptr_t
handle_of (void)
{
  void *obj = malloc (48); /* { dg-message "malloc\\(48\\) escapes to heap" } */
  return (uintptr_t) obj;
}

long
as_long (void)
{
  char *p = malloc (8); /* { dg-message "malloc\\(8\\) escapes to heap" } */
  long v = (long) p;
  return v;
}

/* Truncation to 32 bits still counts: the address is out.  */
int
as_int_hash (void)
{
  char *p = malloc (12); /* { dg-message "malloc\\(12\\) escapes to heap" } */
  int h = (int) (intptr_t) p;
  free (p);
  return h >> 4;
}

/* Round trip through uintptr_t, then used through the pointer only: the
   integer is only ever copied, so its bits are followed back.  */
int
round_trip (void)
{
  char *p = malloc (20); /* { dg-message "malloc\\(20\\) does not escape" } */
  uintptr_t u = (uintptr_t) p;
  char *q = (char *) u;
  q[0] = 'z';
  int r = q[0];
  free (q);
  return r;
}

/* A pointer made from an integer points to unknown memory.  */
void
store_at (uintptr_t addr)
{
  char **where = (char **) addr;
  *where = malloc (24); /* { dg-message "malloc\\(24\\) escapes to heap" } */
}

uintptr_t
tag_pointer (char *p) /* { dg-message "leaking param: p$" } */
{
  return (uintptr_t) p | 1;
}
