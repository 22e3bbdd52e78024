/* Pointer bits carried by integers, floats and bytes: every channel here
   hands a malloc'd object's address to a global in a form that is not a
   pointer, and main turns it back into the pointer after the function
   returned, reads the object and frees it.  None may move: a stack slot
   would be dead by then (and free would be handed stack memory).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m -lm" } */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAGIC 0x5a

uintptr_t g_u;
double g_d;
char g_buf[17];
void *g_args;

/* Builtins with integer arguments.  */
void
by_exchange (void)
{
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  uintptr_t u;
  memcpy (&u, &p, sizeof u);
  __atomic_exchange_n (&g_u, u, __ATOMIC_SEQ_CST);
}

void
by_cas (void)
{
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  uintptr_t u, expected = 0;
  memcpy (&u, &p, sizeof u);
  g_u = 0;
  __atomic_compare_exchange_n (&g_u, &expected, u, 0, __ATOMIC_SEQ_CST,
			       __ATOMIC_SEQ_CST);
}

void
by_store (void)
{
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  uintptr_t u;
  memcpy (&u, &p, sizeof u);
  __atomic_store_n (&g_u, u, __ATOMIC_RELEASE);
}

void
by_fetch_or (void)
{
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  uintptr_t u;
  memcpy (&u, &p, sizeof u);
  g_u = 0;
  __atomic_fetch_or (&g_u, u, __ATOMIC_RELAXED);
}

void
by_sync (void)
{
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  uintptr_t u;
  memcpy (&u, &p, sizeof u);
  __sync_lock_test_and_set (&g_u, u);
}

void
by_bswap (void)
{
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  uint64_t u;
  memcpy (&u, &p, sizeof u);
  g_u = __builtin_bswap64 (u);
}

void
by_speculation (void)
{
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  uintptr_t u;
  memcpy (&u, &p, sizeof u);
  g_u = __builtin_speculation_safe_value (u);
}

/* Floating-point carriers: exact operations keep the bits.  */
void
by_negate (void)
{
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  double d;
  memcpy (&d, &p, sizeof d);
  g_d = -d;
}

void
by_add_zero (void)
{
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  double d;
  memcpy (&d, &p, sizeof d);
  g_d = d + 0.0;
}

void
by_fabs (void)
{
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  double d;
  memcpy (&d, &p, sizeof d);
  g_d = fabs (d);
}

void
by_fmax (void)
{
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  double d;
  memcpy (&d, &p, sizeof d);
  g_d = fmax (d, 0.0);
}

__attribute__ ((noinline)) static double
negate (double x)
{
  return -x;
}

void
by_callee_negate (void)
{
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  double d;
  memcpy (&d, &p, sizeof d);
  g_d = -negate (d);
}

/* Bytes, and flows through control.  */
void
by_fputc (FILE *f) /* { dg-message "^f does not escape$" } */
{
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  unsigned char *b = (unsigned char *) &p;
  for (size_t i = 0; i < sizeof p; i++)
    fputc (b[i], f);
}

void
by_sprintf_c (void)
{
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  unsigned char *b = (unsigned char *) &p;
  for (size_t i = 0; i < sizeof p; i++)
    sprintf (g_buf + i, "%c", b[i]);
}

static const char hex[] = "0123456789abcdef";

void
by_hex (void)
{
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  unsigned char *b = (unsigned char *) &p;
  for (size_t i = 0; i < sizeof p; i++)
    {
      g_buf[2 * i] = hex[b[i] >> 4];
      g_buf[2 * i + 1] = hex[b[i] & 15];
    }
}

void
by_branches (void)
{
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  uintptr_t u, v = 0;
  memcpy (&u, &p, sizeof u);
  for (int i = 0; i < 64; i++)
    if (u & ((uintptr_t) 1 << i))
      v |= (uintptr_t) 1 << i;
  g_u = v;
}

/* __builtin_apply_args: the arguments escape with the block.  */
static void
sink (char *p) /* { dg-message "^leaking param: p$" } */
{
  g_args = p;
}

__attribute__ ((noinline)) static void
forward (char *p) /* { dg-message "^leaking param: p$" } */
{
  void *args = __builtin_apply_args ();
  __builtin_apply ((void (*) ()) sink, args, 64);
}

void
by_apply_args (void)
{
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  forward (p);
}

/* Writes over the stack a returned function's slots were in.  */
__attribute__ ((noinline)) static int
clobber (int n)
{
  volatile char junk[2048];
  for (int i = 0; i < 2048; i++)
    junk[i] = (char) (i + n);
  return junk[n];
}

static void
check (void *q) /* { dg-message "^q does not escape$" } */
{
  clobber (1);
  char *c = q;
  for (int i = 0; i < 16; i++)
    if (c[i] != MAGIC)
      abort ();
  free (q);
}

static void *
from_bits (uintptr_t u)
{
  void *q;
  memcpy (&q, &u, sizeof q);
  return q;
}

static void *
from_double (double d)
{
  void *q;
  memcpy (&q, &d, sizeof q);
  return q;
}

static int
unhex (char c)
{
  return c <= '9' ? c - '0' : c - 'a' + 10;
}

int
main (void)
{
  void (*by_int[]) (void) = { by_exchange, by_cas, by_store, by_fetch_or,
			      by_sync, by_speculation, by_branches };
  for (size_t i = 0; i < sizeof by_int / sizeof by_int[0]; i++)
    {
      g_u = 0;
      by_int[i] ();
      memset (from_bits (g_u), MAGIC, 16);
      check (from_bits (g_u));
    }
  by_bswap ();
  memset (from_bits (__builtin_bswap64 (g_u)), MAGIC, 16);
  check (from_bits (__builtin_bswap64 (g_u)));

  void (*by_float[]) (void) = { by_add_zero, by_fabs, by_fmax,
				by_callee_negate };
  for (size_t i = 0; i < sizeof by_float / sizeof by_float[0]; i++)
    {
      by_float[i] ();
      memset (from_double (g_d), MAGIC, 16);
      check (from_double (g_d));
    }
  by_negate ();
  memset (from_double (-g_d), MAGIC, 16);
  check (from_double (-g_d));

  FILE *f = tmpfile ();
  if (!f)
    abort ();
  by_fputc (f);
  rewind (f);
  void *q;
  if (fread (&q, sizeof q, 1, f) != 1)
    abort ();
  fclose (f);
  memset (q, MAGIC, 16);
  check (q);

  by_sprintf_c ();
  memcpy (&q, g_buf, sizeof q);
  memset (q, MAGIC, 16);
  check (q);

  by_hex ();
  unsigned char b[sizeof q];
  for (size_t i = 0; i < sizeof q; i++)
    b[i] = (unsigned char) (unhex (g_buf[2 * i]) << 4 | unhex (g_buf[2 * i + 1]));
  memcpy (&q, b, sizeof q);
  memset (q, MAGIC, 16);
  check (q);

  by_apply_args ();
  memset (g_args, MAGIC, 16);
  check (g_args);
  return 0;
}
