/* A static function entered through a public alias: walk is static, but
   pub, its alias, is public, so code the plugin cannot see may call it
   (main, in units/reentry-alias-main.c, calls it and hands it to walk),
   and walk calls through a pointer, which may lead back to pub: walk may
   be re-entered, and its buffer takes its slot one activation at a time.
   (Only a public or address-taken function counted as an entry point:
   a slot in every frame, and 100,000 levels overflowed an 8 MB stack.)  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2" } */
/* { dg-additional-sources "units/reentry-alias-main.c" } */
#include <stdlib.h>
#include <string.h>

int maxd;
long sum;
void (*volatile cbp) (int);

static void
walk (int d)
{
  char *b = malloc (200); /* { dg-message "^moved to stack: malloc\\(200\\)$" } */
  /* { dg-message "^  one activation of walk at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-1 } */
  /* { dg-message "^  walk may be re-entered: it calls through a pointer at line 28$" "" { target *-*-* } .-2 } */
  if (!b)
    abort ();
  memset (b, d & 0x7f, 200);
  if (d < maxd)
    cbp (d + 1);
  sum += b[d % 200];
  free (b);
}

extern void pub (int) __attribute__ ((alias ("walk")));
/* { dg-output "125160\\n" } */
