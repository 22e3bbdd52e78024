/* A static function calling through its parameter, whose callers all
   pass functions of this file (ipa-fnptr-known.c): what those keep
   decides, so the buffer moves to the stack.  The call is a call of its
   targets for re-entry too: when one of them calls code the plugin
   cannot see (a hook), the caller may be re-entered, and its object
   takes an owned slot.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2" } */
#include <stdlib.h>
#include <string.h>

void (*hook) (void);
static int hooked;

static void
fill (char *p) /* { dg-message "^p does not escape$" } */
{
  memset (p, 'a', 15);
  p[15] = 0;
}

static void
upper (char *p) /* { dg-message "^p does not escape$" } */
{
  for (; *p; p++)
    if (*p >= 'a' && *p <= 'z')
      *p -= 'a' - 'A';
}

static void
fill_hooked (char *p) /* { dg-message "^p does not escape$" } */
{
  if (hook)
    hook ();
  fill (p);
}

static void
each (void (*fn) (char *), char *p) /* { dg-message "^fn does not escape$" } */
/* { dg-message "^p does not escape$" "" { target *-*-* } .-1 } */
{
  fn (p);
}

static void
each_hooked (void (*fn) (char *), char *p) /* { dg-message "^fn does not escape$" } */
/* { dg-message "^p does not escape$" "" { target *-*-* } .-1 } */
{
  fn (p);
}

static void
count (void)
{
  hooked++;
}

int
shout (void)
{
  char *buf = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  if (!buf)
    abort ();
  each (fill, buf);
  each (upper, buf);
  int r = buf[3];
  free (buf);
  return r;
}

int
shout_hooked (void)
{
  char *buf = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  /* { dg-message "^  one activation of shout_hooked at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-1 } */
  if (!buf)
    abort ();
  each_hooked (fill_hooked, buf);
  each_hooked (upper, buf);
  int r = buf[3];
  free (buf);
  return r;
}

int
main (void)
{
  hook = count;
  if (shout () != 'A' || shout_hooked () != 'A' || hooked != 1)
    abort ();
  return 0;
}
/* { dg-message "  shout_hooked may be re-entered: through each_hooked, it calls through a pointer at line 34" "" { target *-*-* } 74 } */
