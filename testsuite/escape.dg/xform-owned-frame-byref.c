/* xform-owned-frame.c for a cycle whose functions take a struct by
   value: A calls itself and B, B calls A.  An ABI may pass the struct by
   reference to a copy the caller makes (aarch64 for more than 16 bytes,
   x86-64's ms_abi for more than 8), and then A's call of its rest cannot
   be a jump: A would keep a frame under every activation B enters it
   through (an adversarial finding: 1.45x the stack on aarch64, 1.53x with
   ms_abi).  Such a function keeps its dispatch in its body.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m" } */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined __x86_64__
#define ABI __attribute__ ((ms_abi))
#else
#define ABI
#endif

struct s
{
  long v[8];
};

static char *deepest;

__attribute__ ((noinline)) static void
probe (void)
{
  deepest = (char *) __builtin_frame_address (0);
  __asm__ volatile ("" ::: "memory");
}

ABI long b (struct s x, int n);

__attribute__ ((noinline)) ABI long
a (struct s x, int n)
{
  char *p = malloc (32); /* { dg-message "^moved to stack: malloc\\(32\\)$" } */
  memset (p, n, 32);
  long r = p[3] + x.v[n & 7];
  free (p);
  if (n <= 0)
    {
      probe ();
      return r;
    }
  x.v[n & 7] += 1;
  if (n % 3 == 0)
    return r + a (x, n - 1);
  return r + b (x, n - 1);
}

__attribute__ ((noinline)) ABI long
b (struct s x, int n)
{
  x.v[0] ^= n;
  return 1 + a (x, n - 1);
}

ABI long b_twin (struct s x, int n);

__attribute__ ((noinline)) ABI long
a_twin (struct s x, int n)
{
  char *p = malloc (100000); /* { dg-message "^malloc\\(100000\\) does not escape$" } */
  memset (p, n, 32);
  long r = p[3] + x.v[n & 7];
  free (p);
  if (n <= 0)
    {
      probe ();
      return r;
    }
  x.v[n & 7] += 1;
  if (n % 3 == 0)
    return r + a_twin (x, n - 1);
  return r + b_twin (x, n - 1);
}

__attribute__ ((noinline)) ABI long
b_twin (struct s x, int n)
{
  x.v[0] ^= n;
  return 1 + a_twin (x, n - 1);
}

#define DEPTH 20000
/* One more frame: the owner's copy, its slot and the dispatch's call.  */
#define SLACK 512

int
main (void)
{
  char *top = (char *) __builtin_frame_address (0);
  struct s x = { { 1, 2, 3, 4, 5, 6, 7, 8 } };
  long r = a (x, DEPTH);
  long need = top - deepest;
  long t = a_twin (x, DEPTH);
  long twin = top - deepest;
  if (r != t || need > twin + SLACK)
    {
      printf ("FAIL: %ld %ld, %ld bytes of stack, twin %ld\n", r, t, need,
	      twin);
      return 1;
    }
  return 0;
}
