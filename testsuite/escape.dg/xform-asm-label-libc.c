/* A declaration of a C library function whose asm label sends its calls
   to a function of the program (units/asm-label-lib.c's remember, which
   keeps the string): the library's model of strtol (reads the string,
   keeps nothing) does not describe it, so the buffer escapes and stays
   on the heap (adversarial finding: it moved, and the program printed
   the dead slot's bytes).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m" } */
/* { dg-additional-sources "units/asm-label-lib.c" } */
/* { dg-message "^leaking param: s$" "" { target *-*-* } asm-label-lib.c:8 } */
/* { dg-message "^end does not escape$" "" { target *-*-* } asm-label-lib.c:8 } */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

long strtol (const char *, char **, int) __asm__ ("remember");
extern const char *remembered;

__attribute__ ((noinline)) static long
parse (void)
{
  char *buf = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  if (!buf)
    abort ();
  strcpy (buf, "value-42");
  return strtol (buf, NULL, 10);
}

__attribute__ ((noinline)) static void
scribble (void)
{
  volatile char junk[64];
  memset ((char *) junk, '#', sizeof junk);
}

int
main (void)
{
  long n = parse ();
  scribble ();
  printf ("%ld kept: %s\n", n, remembered);
  return n == 8 && strcmp (remembered, "value-42") == 0 ? 0 : 1;
}
