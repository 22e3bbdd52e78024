/* Library functions that call a comparator of this unit (core/libc.c,
   esc_libc_callback_model): the comparator gets pointers into the array
   and to the key, so what its summary says it does with its parameters
   happens to the array and the key, and nothing more.  qsort's and
   bsearch's comparators see the array's elements (bsearch's first the
   key: C11 7.22.5); lfind's, lsearch's and the tree functions' may see
   either in either place, and the tree's keys are the library's memory.
   A comparator defined in another unit: libc-callbacks.c.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#define _GNU_SOURCE
#include <search.h>
#include <stdlib.h>

void *g;

static int
cmp_int (const void *a, const void *b) /* { dg-message "^a does not escape$" } */
/* { dg-message "^b does not escape$" "" { target *-*-* } .-1 } */
{
  return *(const int *) a - *(const int *) b;
}

/* Keeps its first parameter.  */
static int
cmp_keep (const void *a, const void *b) /* { dg-message "^leaking param: a$" } */
/* { dg-message "^b does not escape$" "" { target *-*-* } .-1 } */
{
  g = (void *) a;
  return 0;
}

/* Stores its second parameter into what its first points to.  */
static int
cmp_link (const void *a, const void *b) /* { dg-message "^a does not escape$" } */
/* { dg-message "^leaking param: b into \\*a$" "" { target *-*-* } .-1 } */
{
  *(const void **) a = b;
  return 0;
}

/* Keeps what its second parameter points to.  */
static int
cmp_deref (const void *a, const void *b) /* { dg-message "^a does not escape$" } */
/* { dg-message "^leaking param content: b$" "" { target *-*-* } .-1 } */
{
  g = *(void **) b;
  return 0;
}

/* May be replaced at link time: its body proves nothing.  */
__attribute__ ((weak)) int
cmp_weak (const void *a, const void *b) /* { dg-message "^a does not escape$" } */
/* { dg-message "^b does not escape$" "" { target *-*-* } .-1 } */
{
  return *(const int *) a - *(const int *) b;
}

/* Remembers the last element it saw in *arg.  */
static int
cmp_last (const void *a, const void *b, void *arg) /* { dg-message "^leaking param: a into \\*arg$" } */
/* { dg-message "^b does not escape$" "" { target *-*-* } .-1 } */
/* { dg-message "^arg does not escape$" "" { target *-*-* } .-2 } */
{
  *(const void **) arg = a;
  return *(const int *) a - *(const int *) b;
}

int
sort (size_t n)
{
  int *a = malloc (n * sizeof *a); /* { dg-message "^malloc\\(n \\* 4\\) does not escape$" } */
  qsort (a, n, sizeof *a, cmp_int);
  int r = a[0];
  free (a);
  return r;
}

void
sort_keep (size_t n)
{
  int *a = malloc (n * sizeof *a); /* { dg-message "^malloc\\(n \\* 4\\) escapes to heap$" } */
  qsort (a, n, sizeof *a, cmp_keep);
}

void
sort_weak (size_t n)
{
  int *a = malloc (n * sizeof *a); /* { dg-message "^malloc\\(n \\* 4\\) escapes to heap$" } */
  qsort (a, n, sizeof *a, cmp_weak);
  free (a);
}

/* The elements point into the array itself.  qsort moves elements as
   bytes, which could put a pointer where a field that holds no pointers
   is read (core/libc.c): the pointers they hold count as read as data.  */
void
sort_link (size_t n)
{
  void **a = malloc (n * sizeof *a); /* { dg-message "^malloc\\(n \\* 8\\) escapes to heap$" } */
  qsort (a, n, sizeof *a, cmp_link);
  free (a);
}

int
sort_r (size_t n)
{
  const void *last = 0;
  int *a = malloc (n * sizeof *a); /* { dg-message "^malloc\\(n \\* 4\\) does not escape$" } */
  qsort_r (a, n, sizeof *a, cmp_last, &last);
  int r = last != 0;
  free (a);
  return r;
}

void
sort_r_global (size_t n)
{
  int *a = malloc (n * sizeof *a); /* { dg-message "^malloc\\(n \\* 4\\) escapes to heap$" } */
  qsort_r (a, n, sizeof *a, cmp_last, &g);
}

int
search (size_t n)
{
  int *key = malloc (sizeof *key); /* { dg-message "^malloc\\(4\\) does not escape$" } */
  int *arr = malloc (n * sizeof *arr); /* { dg-message "^malloc\\(n \\* 4\\) does not escape$" } */
  *key = 3;
  int *hit = bsearch (key, arr, n, sizeof *arr, cmp_int);
  int r = hit != 0;
  free (key);
  free (arr);
  return r;
}

/* bsearch's comparator keeps the key, not an element.  */
int
search_keep (size_t n)
{
  int *key = malloc (sizeof *key); /* { dg-message "^malloc\\(4\\) escapes to heap$" } */
  int *arr = malloc (n * sizeof *arr); /* { dg-message "^malloc\\(n \\* 4\\) does not escape$" } */
  int r = bsearch (key, arr, n, sizeof *arr, cmp_keep) != 0;
  free (arr);
  return r;
}

/* The comparator keeps what an element points to, not the array.  */
void
search_deref (size_t n)
{
  int *key = malloc (sizeof *key); /* { dg-message "^malloc\\(4\\) does not escape$" } */
  void **arr = malloc (n * sizeof *arr); /* { dg-message "^malloc\\(n \\* 8\\) does not escape$" } */
  arr[0] = malloc (4); /* { dg-message "^malloc\\(4\\) escapes to heap$" } */
  bsearch (key, arr, n, sizeof *arr, cmp_deref);
  free (key);
  free (arr);
}

int *
find (const int *key, int *arr, size_t n) /* { dg-message "^key does not escape$" } */
/* { dg-message "^leaking param: arr to result$" "" { target *-*-* } .-1 } */
{
  return bsearch (key, arr, n, sizeof *arr, cmp_int);
}

int *
find_linear (const int *key, int *arr, size_t *n) /* { dg-message "^key does not escape$" } */
/* { dg-message "^leaking param: arr to result$" "" { target *-*-* } .-1 } */
/* { dg-message "^n does not escape$" "" { target *-*-* } .-2 } */
{
  return lfind (key, arr, n, sizeof *arr, cmp_int);
}

/* lfind's comparator may get the key or an element first.  */
void
find_linear_keep (size_t n)
{
  int *key = malloc (sizeof *key); /* { dg-message "^malloc\\(4\\) escapes to heap$" } */
  int *arr = malloc (n * sizeof *arr); /* { dg-message "^malloc\\(n \\* 4\\) escapes to heap$" } */
  lfind (key, arr, &n, sizeof *arr, cmp_keep);
}

int *
insert_linear (const int *key, int *arr, size_t *n) /* { dg-message "^leaking param: key into \\*arr level=1$" } */
/* { dg-message "^leaking param: key to result level=1$" "" { target *-*-* } .-1 } */
/* { dg-message "^leaking param: arr to result$" "" { target *-*-* } .-2 } */
/* { dg-message "^n does not escape$" "" { target *-*-* } .-3 } */
{
  return lsearch (key, arr, n, sizeof *arr, cmp_int);
}

/* The tree's keys: tfind compares the key with keys tsearch kept.  */
void *
tree_find (const int *key, void **root) /* { dg-message "^key does not escape$" } */
/* { dg-message "^root does not escape$" "" { target *-*-* } .-1 } */
{
  return tfind (key, root, cmp_int);
}

void *
tree_insert (const int *key, void **root) /* { dg-message "^leaking param: key$" } */
/* { dg-message "^root does not escape$" "" { target *-*-* } .-1 } */
{
  return tsearch (key, root, cmp_int);
}

void *
tree_delete (const int *key, void **root) /* { dg-message "^key does not escape$" } */
/* { dg-message "^leaking param: root to result$" "" { target *-*-* } .-1 } */
{
  return tdelete (key, root, cmp_int);
}

/* A key a comparator stores into a key of the tree's escapes.  */
void
tree_find_link (void **root) /* { dg-message "^root does not escape$" } */
{
  void **key = malloc (sizeof *key); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
  tfind (key, root, cmp_link);
  free (key);
}
