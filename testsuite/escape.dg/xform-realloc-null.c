/* realloc of a pointer that is a slot or NULL: NULL must go to the C
   library's realloc (it is malloc then), the slot grows into a new heap
   block.  (Found by an adversarial hunt: the growth was taken for every
   pointer.)  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m" } */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

volatile int want;

__attribute__ ((noinline)) static char *
f (void)
{
  char *p = NULL;
  if (want)
    {
      p = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
      if (!p)
	abort ();
      strcpy (p, "small");
    }
  char *q = realloc (p, 32); /* { dg-message "^realloc\\(p, 32\\) escapes to heap$" } */
  if (!q)
    return NULL;
  if (want && strcmp (q, "small") != 0)
    abort ();
  strcpy (q, "grown");
  return q;
}

int
main (void)
{
  for (int w = 0; w < 2; w++)
    {
      want = w;
      char *q = f (); /* { dg-message "^f\\(\\) does not escape$" } */
      /* { dg-message "^moved to stack: f\\(\\): realloc\\(p, 32\\) at \[^ \]*:24$" "" { target *-*-* } .-1 } */
      if (!q || strcmp (q, "grown") != 0)
	abort ();
      free (q);
    }
  return 0;
}
