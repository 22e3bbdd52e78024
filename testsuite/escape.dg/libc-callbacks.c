/* Library functions that hand pointers to code they do not show
   (core/libc.c): qsort passes pointers into the array to a comparator
   defined in another unit, so the array escapes (bsearch:
   libc-noinline.c; a comparator of this unit: libc-callbacks-known.c);
   pthread_create and on_exit keep their argument for later; atexit keeps
   only a function.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#define _GNU_SOURCE
#include <stdlib.h>
#include <pthread.h>

char *g;

int cmp_int (const void *, const void *);

static void *
worker (void *arg) /* { dg-message "^arg does not escape$" } */
{
  *(char *) arg = 0;
  return 0;
}

static void
at_exit_plain (void)
{
}

static void
at_exit_arg (int status, void *arg) /* { dg-message "^arg does not escape$" } */
{
  *(int *) arg = status;
}

/* Even with a comparator that only reads.  */
void
sort (size_t n)
{
  int *a = malloc (n * sizeof *a); /* { dg-message "^malloc\\(n \\* 4\\) escapes to heap$" } */
  qsort (a, n, sizeof *a, cmp_int);
}

/* The elements are moved around: what they point to escapes too.  */
void
sort_pointers (size_t n)
{
  char **a = malloc (n * sizeof *a); /* { dg-message "^malloc\\(n \\* 8\\) escapes to heap$" } */
  a[0] = malloc (4); /* { dg-message "^malloc\\(4\\) escapes to heap$" } */
  qsort (a, n, sizeof *a, cmp_int);
}

int
start_thread (void)
{
  pthread_t t;
  char *p = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
  return pthread_create (&t, 0, worker, p);
}

/* The thread handle is only written.  */
int
start_thread_handle (void)
{
  pthread_t *t = malloc (sizeof *t); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  int r = pthread_create (t, 0, worker, 0);
  free (t);
  return r;
}

void
exit_handlers (void)
{
  int *status = malloc (sizeof *status); /* { dg-message "^malloc\\(4\\) escapes to heap$" } */
  atexit (at_exit_plain);
  on_exit (at_exit_arg, status);
}

/* The caller's parameters.  */
void
sort_param (int *a, size_t n) /* { dg-message "^leaking param: a$" } */
{
  qsort (a, n, sizeof *a, cmp_int);
}

int
spawn (pthread_t *t, void *arg) /* { dg-message "^t does not escape$" } */
/* { dg-message "^leaking param: arg$" "" { target *-*-* } .-1 } */
{
  return pthread_create (t, 0, worker, arg);
}
