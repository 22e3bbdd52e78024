/* A free that can only receive moved objects is deleted.  One that may
   also receive a heap object (or a guarded site's heap block) is guarded:
   it frees what it is handed only when that is not a slot, so free is
   never handed stack memory.  The heap objects must
   still be freed: each function runs 20000 times and the heap in use must
   not grow (and LeakSanitizer checks the AddressSanitizer build).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2" } */
#include <malloc.h>
#include <stdlib.h>
#include <string.h>

#define RUNS 20000

/* Bytes of heap in use (0 under AddressSanitizer, whose heap is its own;
   LeakSanitizer checks that build instead).  */
static size_t
heap_in_use (void)
{
  return mallinfo2 ().uordblks;
}

/* One free, two objects: the constant-size one moves, the other has a
   guarded slot; the free releases only the heap block.  */
static int
shared_free (int big, int n)
{
  char *p = big ? malloc (n) : malloc (16); /* { dg-message "^moved to stack: malloc\\(n\\)$" } */
  /* { dg-message "^  a 64-byte stack slot when it asks for at most that, the heap otherwise$" "" { target *-*-* } .-1 } */
  /* { dg-message "^moved to stack: malloc\\(16\\)$" "" { target *-*-* } .-2 } */
  if (!p)
    return 1;
  memset (p, 5, 16);
  int r = p[15] != 5;
  free (p);
  return r;
}

/* One free, two moved objects: deleted.  */
static int
moved_only_free (int c)
{
  char *p = c ? malloc (16) : malloc (32); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  /* { dg-message "^moved to stack: malloc\\(32\\)$" "" { target *-*-* } .-1 } */
  if (!p)
    return 1;
  memset (p, 6, 16);
  int r = p[15] != 6;
  free (p);
  return r;
}

/* free (NULL) frees nothing: S must live on when C is 0.  */
static int
free_maybe_null (int c)
{
  char *s = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  if (!s)
    return 1;
  memset (s, 7, 16);
  free (c ? s : NULL);
  char other[16];
  memset (other, 8, 16);
  int r = 0;
  if (!c)
    {
      r = s[0] != 7 || s[15] != 7 || other[3] != 8;
      free (s);
    }
  return r;
}

/* A free that may receive the caller's object.  */
static int
shared_with_param (char *param, int c) /* { dg-message "^param does not escape$" } */
{
  char *p = malloc (24); /* { dg-message "^moved to stack: malloc\\(24\\)$" } */
  if (!p)
    return 1;
  memset (p, 9, 24);
  int r = p[23] != 9;
  free (c ? p : param);
  free (c ? param : p);
  return r;
}

/* Frees shared between moved objects and a guarded one's heap block:
   each releases only what is not a slot.  Every object is freed once on
   each path.  */
static int
cascade (int n, int c)
{
  char *a = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  char *b = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  char *h = malloc (n); /* { dg-message "^moved to stack: malloc\\(n\\)$" } */
  /* { dg-message "^  a 64-byte stack slot when it asks for at most that, the heap otherwise$" "" { target *-*-* } .-1 } */
  if (!a || !b || !h)
    return 1;
  a[0] = 1;
  b[0] = 2;
  h[0] = 3;
  int r = a[0] + b[0] + h[0] != 6;
  free (c ? a : h);
  free (c ? b : a);
  if (c)
    free (h);
  else
    free (b);
  return r;
}

/* Objects freed through a moved container: all of them move.  */
struct pair
{
  char *x, *y;
};

static int
container (void)
{
  struct pair *pr = malloc (sizeof *pr); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  if (!pr)
    return 1;
  pr->x = malloc (8); /* { dg-message "^moved to stack: malloc\\(8\\)$" } */
  pr->y = calloc (1, 8); /* { dg-message "^moved to stack: calloc\\(1, 8\\)$" } */
  if (!pr->x || !pr->y)
    return 1;
  pr->x[7] = 1;
  int r = pr->x[7] + pr->y[7] != 1;
  free (pr->x);
  free (pr->y);
  free (pr);
  return r;
}

int
main (void)
{
  size_t before = heap_in_use ();
  for (int i = 0; i < RUNS; i++)
    {
      char *param = malloc (4096); /* { dg-message "^malloc\\(4096\\) does not escape$" } */
      /* { dg-message "^malloc\\(4096\\) not moved to stack: too large$" "" { target *-*-* } .-1 } */
      if (!param)
	abort ();
      if (shared_free (i & 1, 4096) || moved_only_free (i & 1)
	  || free_maybe_null (i & 1) || shared_with_param (param, i & 1)
	  || cascade (4096, i & 1) || container ())
	abort ();
    }
  /* Deleting any of these frees would leak at least 20000 * 16 bytes.  */
  if (heap_in_use () > before + 256 * 1024)
    abort ();
  return 0;
}
