/* An owner lets go by putting back what it found: a recursive walk on a
   coroutine's stack (ucontext) owns the slot while main, between two
   resumptions, calls the same function on its own stack, whose addresses
   do not compare with the coroutine's.  Resetting the owner to 0 made
   every level of the coroutine's recursion a new owner, each with its
   200-byte slot, and overflowed the 16 KiB coroutine stack that the plain
   build fits in.  (Adversarial finding.)
   escape-no-asan: a 16 KiB coroutine stack is too small for ASan's
   redzones.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m" } */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <ucontext.h>

static ucontext_t main_ctx, co_ctx;
static int yielded;

static void
yield (int v)
{
  yielded = v;
  swapcontext (&co_ctx, &main_ctx);
}

int
walk (int n)
{
  char *buf = malloc (200); /* { dg-message "^moved to stack: malloc\\(200\\)$" } */
  memset (buf, n, 200);
  int r = buf[n % 200];
  if (n > 0)
    {
      yield (n);
      r += walk (n - 1);
    }
  free (buf);
  return r;
}

static int result;

static void
body (void)
{
  result = walk (150);
  yielded = -1;
}

int
main (void)
{
  size_t sz = 16 * 1024, pg = 4096;
  char *mem = mmap (0, sz + pg, PROT_READ | PROT_WRITE,
		    MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (mem == MAP_FAILED)
    return 0;
  mprotect (mem, pg, PROT_NONE);
  getcontext (&co_ctx);
  co_ctx.uc_stack.ss_sp = mem + pg;
  co_ctx.uc_stack.ss_size = sz;
  co_ctx.uc_link = &main_ctx;
  makecontext (&co_ctx, body, 0);
  int side = 0;
  do
    {
      swapcontext (&main_ctx, &co_ctx);
      side += walk (0);
    }
  while (yielded != -1);
  int expect = 0;
  for (int n = 1; n <= 150; n++)
    expect += (char) n;
  if (result != expect || side != 0)
    {
      printf ("FAIL %d %d\n", result, expect);
      return 1;
    }
  return 0;
}
