/* A constructor whose copy into its object _FORTIFY_SOURCE checks (glibc's
   strcpy wrapper asks for the object's size, 8 here) is not cloned: in a
   clone the object is a parameter of unknown size, and an overflow the
   plain build stops would write over the caller's frame (adversarial
   finding).  Without the check the same constructor is cloned
   (xform-ctor-clone.c).
   escape-O2-up: glibc fortifies only when optimizing (at -O1 too, but the
   expectations are kept to one shape).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m -D_FORTIFY_SOURCE=2" } */
#include <stdlib.h>
#include <string.h>

__attribute__ ((noinline)) static char *
copy8 (const char *s) /* { dg-message "^leaking param content: s$" } */
{
  char *p = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
  if (!p)
    return NULL;
  strcpy (p, s);
  return p;
}

__attribute__ ((noinline)) static int
first (const char *s) /* { dg-message "^s does not escape$" } */
{
  char *p = copy8 (s); /* { dg-message "^copy8\\(s\\) does not escape$" } */
  int r = p[0];
  free (p);
  return r;
}

int second (const char *);

int
main (void)
{
  return first ("abc") == 'a' && second ("xyz") == 'x' ? 0 : 1;
}

/* The copy in a helper GCC inlines into the constructor only after the
   pass (too large for the early inliner, not always_inline): the
   constructor is not cloned either (adversarial finding: the clone lost
   the check).  */
static int counter;

static void
fill (char *d, const char *s) /* { dg-message "^d does not escape$" } */
/* { dg-message "^leaking param: s into \\*d level=1$" "" { target *-*-* } .-1 } */
{
  for (int i = 0; i < 3; i++)
    counter += s[i] * i;
  counter ^= 0x55;
  strcpy (d, s);
}

static char *
filled (const char *s) /* { dg-message "^leaking param content: s$" } */
{
  char *p = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
  if (!p)
    abort ();
  fill (p, s);
  return p;
}

__attribute__ ((noinline)) int
second (const char *s) /* { dg-message "^s does not escape$" } */
{
  char *p = filled (s); /* { dg-message "^filled\\(s\\) does not escape$" } */
  int r = p[0];
  free (p);
  return r;
}
