/* C library calls that run the program's code, nested, before they
   return (adversarial findings): raise and kill run a handler, which may
   call anything and, installed with SA_NODEFER, nest; dlsym runs an
   IFUNC symbol's resolver; an assertion's failure prints to stderr,
   which may be a fopencookie stream; fork runs pthread_atfork handlers;
   assembly text may call a function.
   A function calling one may be re-entered, and takes its slot one
   activation at a time.  An empty asm is a barrier only, and abort is not
   followed (docs/design.md, "Re-entry").  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2" } */
#include <assert.h>
#include <dlfcn.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static int
use (char *b, int n) /* { dg-message "^b does not escape$" } */
{
  memset (b, n, 16);
  return b[n & 15];
}

int
by_raise (int n)
{
  char *b = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  /* { dg-message "^  one activation of by_raise at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-1 } */
  /* { dg-message "^  by_raise may be re-entered: it calls raise, which the plugin cannot see$" "" { target *-*-* } .-2 } */
  if (!b)
    return 0;
  if (n > 0)
    raise (SIGUSR1);
  int r = use (b, n);
  free (b);
  return r;
}

int
by_kill (int n)
{
  char *b = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  /* { dg-message "^  one activation of by_kill at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-1 } */
  /* { dg-message "^  by_kill may be re-entered: it calls kill, which the plugin cannot see$" "" { target *-*-* } .-2 } */
  if (!b)
    return 0;
  if (n > 0)
    kill (getpid (), SIGUSR1);
  int r = use (b, n);
  free (b);
  return r;
}

int
by_dlsym (int n)
{
  char *b = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  /* { dg-message "^  one activation of by_dlsym at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-1 } */
  /* { dg-message "^  by_dlsym may be re-entered: it calls dlsym, which may call back into the program$" "" { target *-*-* } .-2 } */
  if (!b)
    return 0;
  int r = use (b, n) + (dlsym (RTLD_DEFAULT, "picked") != 0);
  free (b);
  return r;
}

int
by_assert (int n)
{
  char *b = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  /* { dg-message "^  one activation of by_assert at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-1 } */
  /* { dg-message "^  by_assert may be re-entered: it calls __assert_fail, which may call back into the program$" "" { target *-*-* } .-2 } */
  if (!b)
    return 0;
  assert (n < 1000);
  int r = use (b, n);
  free (b);
  return r;
}

static void
hook_asm (void)
{
  __asm__ volatile ("nop");
}

int
by_asm (int n)
{
  char *b = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  /* { dg-message "^  one activation of by_asm at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-1 } */
  /* { dg-message "^  by_asm may be re-entered: through hook_asm, it runs assembly at line 86$" "" { target *-*-* } .-2 } */
  if (!b)
    return 0;
  hook_asm ();
  int r = use (b, n);
  free (b);
  return r;
}

int
by_barrier (int n)
{
  char *b = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  if (!b)
    return 0;
  __asm__ volatile ("" : : : "memory");
  int r = use (b, n);
  free (b);
  return r;
}

int
by_abort (int n)
{
  char *b = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  if (!b || n < 0)
    abort ();
  int r = use (b, n);
  free (b);
  return r;
}

int
by_fork (int n)
{
  char *b = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  /* { dg-message "^  one activation of by_fork at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-1 } */
  /* { dg-message "^  by_fork may be re-entered: it calls fork, which may call back into the program$" "" { target *-*-* } .-2 } */
  if (!b)
    return 0;
  if (n > 5 && fork () == 0)
    _exit (0);
  int r = use (b, n);
  free (b);
  return r;
}
