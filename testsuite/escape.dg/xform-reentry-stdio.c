/* Re-entry through the C library: a fopencookie stream's write function
   calls back into the function that wrote to it, so each activation of
   that function nests inside stdio.  With 1 KiB moved per activation a
   256 KiB thread stack that suffices for the plain build would overflow;
   so would a qsort comparator that sorts again.  Both move as owned
   slots: one activation at a time takes them, the others use the
   heap.
   escape-no-asan: ASan's redzones alone exceed the 256 KiB stack.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2 -pthread" } */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static FILE *log_stream;
static int depth;
static long written;

__attribute__ ((noinline, noclone)) static int
touch (char *p, int k) /* { dg-message "^p does not escape$" } */
{
  memset (p, k, 256);
  return p[255];
}

void
log_line (const char *s) /* { dg-message "^s does not escape$" } */
{
  char *a = malloc (256), *b = malloc (256); /* { dg-message "^moved to stack: malloc\\(256\\)$" } */
  /* { dg-message "^  one activation of log_line at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-1 } */
  char *c = malloc (256), *d = malloc (256); /* { dg-message "^moved to stack: malloc\\(256\\)$" } */
  /* { dg-message "^  one activation of log_line at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-1 } */
  if (!a || !b || !c || !d)
    abort ();
  int r = touch (a, 1) + touch (b, 2) + touch (c, 3) + touch (d, 4);
  if (r != 10)
    abort ();
  if (depth-- > 0)
    fputs (s, log_stream);
  free (d);
  free (c);
  free (b);
  free (a);
}

static ssize_t
cookie_write (void *cookie, const char *buf, size_t n) /* { dg-message "^cookie does not escape$" } */
/* { dg-message "^buf does not escape$" "" { target *-*-* } .-1 } */
{
  (void) cookie;
  (void) buf;
  written += (long) n;
  log_line ("x");
  return (ssize_t) n;
}

static int sorts;

static int
by_value (const void *x, const void *y) /* { dg-message "^x does not escape$" } */
/* { dg-message "^y does not escape$" "" { target *-*-* } .-1 } */
{
  if (sorts-- > 0)
    {
      char *a = malloc (256), *b = malloc (256); /* { dg-message "^moved to stack: malloc\\(256\\)$" } */
      /* { dg-message "^  one activation of by_value at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-1 } */
      char *c = malloc (256), *d = malloc (256); /* { dg-message "^moved to stack: malloc\\(256\\)$" } */
      /* { dg-message "^  one activation of by_value at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-1 } */
      if (!a || !b || !c || !d)
	abort ();
      int v[2] = { 2, 1 };
      qsort (v, 2, sizeof v[0], by_value);
      if (touch (a, 1) + touch (b, 2) + touch (c, 3) + touch (d, 4) != 10)
	abort ();
      free (d);
      free (c);
      free (b);
      free (a);
    }
  return *(const int *) x - *(const int *) y;
}

static void *
run (void *arg) /* { dg-message "^arg does not escape$" } */
{
  (void) arg;
  cookie_io_functions_t io = { NULL, cookie_write, NULL, NULL };
  log_stream = fopencookie (NULL, "w", io);
  if (!log_stream)
    abort ();
  setvbuf (log_stream, NULL, _IONBF, 0);
  depth = 600;
  log_line ("x");
  fclose (log_stream);
  sorts = 300;
  int v[2] = { 2, 1 };
  qsort (v, 2, sizeof v[0], by_value);
  return NULL;
}

int
main (void)
{
  pthread_attr_t attr;
  pthread_t t;
  pthread_attr_init (&attr);
  pthread_attr_setstacksize (&attr, 256 * 1024);
  if (pthread_create (&t, &attr, run, NULL) || pthread_join (t, NULL))
    abort ();
  if (written != 600)
    abort ();
  return 0;
}
/* { dg-message "  log_line may be re-entered: it calls fputs, which may call back into the program" "" { target *-*-* } 31 } */
/* { dg-message "  log_line may be re-entered: it calls fputs, which may call back into the program" "" { target *-*-* } 33 } */
