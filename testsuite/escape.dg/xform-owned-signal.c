/* A signal handler installed with SA_NODEFER re-enters f () through
   raise (), which glibc declares leaf (it calls nothing of this unit, but
   for signal handlers): GCC dropped the store that makes an activation
   the owner of f's slots, as dead across the call, so each nested
   activation took the 16 KiB of slots again, and 30 levels overflowed
   the 256 KiB signal stack that the plain program fits in (adversarial
   finding).  The owner word is volatile now.
   escape-no-asan: ASan's frames and signal handling exceed the stack.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m -fplugin-arg-escape-max-size=4096 -fplugin-arg-escape-frame-budget=16384" } */
#include <signal.h>
#include <stdlib.h>
#include <string.h>

#define SZ 4096

static volatile int depth;
static volatile long total;
static void f (int n);

static void
handler (int sig)
{
  (void) sig;
  f (--depth);
}

__attribute__ ((noinline)) static void
use (unsigned char *b, int n) /* { dg-message "^b does not escape$" } */
{
  b[n % SZ] ^= (unsigned char) n;
  __asm__ volatile ("" : : : "memory");
}

static void
f (int n)
{
  unsigned char *b = malloc (SZ), *c = malloc (SZ), *e = malloc (SZ), *g = malloc (SZ); /* { dg-message "^moved to stack: malloc\\(4096\\)$" } */
  if (!b || !c || !e || !g)
    abort ();
  memset (b, n, SZ);
  memset (c, n + 1, SZ);
  memset (e, n + 2, SZ);
  memset (g, n + 3, SZ);
  use (b, n);
  use (c, n);
  use (e, n);
  use (g, n);
  if (n > 0)
    raise (SIGUSR1);
  total += b[(n + 1) % SZ] + c[n % SZ] + e[1] + g[2];
  free (b);
  free (c);
  free (e);
  free (g);
}

int
main (void)
{
  depth = 30;
  stack_t ss;
  ss.ss_size = 256 * 1024;
  ss.ss_sp = malloc (ss.ss_size); /* { dg-message "^malloc\\(ss\\.ss_size\\) escapes to heap$" } */
  ss.ss_flags = 0;
  if (!ss.ss_sp || sigaltstack (&ss, 0))
    abort ();
  struct sigaction sa;
  memset (&sa, 0, sizeof sa);
  sa.sa_handler = handler;
  sa.sa_flags = SA_ONSTACK | SA_NODEFER;
  if (sigaction (SIGUSR1, &sa, 0))
    abort ();
  raise (SIGUSR1);
  /* f (29) down to f (0); use () cleared b[n] and changed c[n], e[1]
     when n is 1 and g[2] when n is 2.  */
  long expect = 0;
  for (int n = 0; n < 30; n++)
    expect += n + (unsigned char) ((n + 1) ^ n)
	      + (n == 1 ? (unsigned char) ((n + 2) ^ n) : n + 2)
	      + (n == 2 ? (unsigned char) ((n + 3) ^ n) : n + 3);
  return total == expect ? 0 : 1;
}
