/* Under -fno-strict-aliasing (GCC's dialect in which memory may be read
   through any type), a pointer read through a struct's number field is
   not confined to that field: computing with it exposes the object.  At
   -O0 and -O1 the flag is off by default and the program is ISO C, where
   the field cut holds.  (Audit finding.)  */
/* { dg-do run } */
/* { dg-options "-fno-strict-aliasing -fplugin-arg-escape-transform -fplugin-arg-escape-m" } */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct n { unsigned long bits; };
unsigned long gbits;
#define KEY 0x5a5a5a5aUL

__attribute__((noinline)) static void
hide (void)
{
  char *obj = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  strcpy (obj, "victim");
  void **slot = malloc (sizeof (void *)); /* { dg-message "^moved to stack: malloc\\(8\\)$" } */
  *slot = obj;
  struct n *n = (struct n *) slot;
  gbits = n->bits ^ KEY;
  free (slot);
}

__attribute__((noinline)) static void
clobber (void)
{
  volatile char buf[512];
  for (int i = 0; i < 512; i++)
    buf[i] = 'X';
}

int
main (void)
{
  hide ();
  clobber ();
  if (strcmp ((char *) (gbits ^ KEY), "victim") != 0)
    {
      printf ("FAIL\n");
      return 1;
    }
  free ((char *) (gbits ^ KEY));
  return 0;
}
