/* A comparator of this unit that keeps nothing: qsort and bsearch call it
   with pointers into the array and to the key, which therefore do not
   escape, and move to the stack (they escaped while the comparator was
   taken for unknown code).  The library calls nothing else of the
   program, so the comparator alone decides whether the caller may be
   re-entered: one that calls code the plugin cannot see (a hook) makes
   it re-entrant, and its object takes an owned slot.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2" } */
#include <stdlib.h>
#include <string.h>

static int
cmp_int (const void *a, const void *b) /* { dg-message "^a does not escape$" } */
/* { dg-message "^b does not escape$" "" { target *-*-* } .-1 } */
{
  int x = *(const int *) a, y = *(const int *) b;
  return (x > y) - (x < y);
}

void (*hook) (void);
static int calls;

static int
cmp_hook (const void *a, const void *b) /* { dg-message "^a does not escape$" } */
/* { dg-message "^b does not escape$" "" { target *-*-* } .-1 } */
{
  if (hook)
    hook ();
  return cmp_int (a, b);
}

static void
count (void)
{
  calls++;
}

/* Where 5 ends up once sorted.  */
int
position (const int *src, int n) /* { dg-message "^src does not escape$" } */
{
  int *v = malloc (8 * sizeof *v); /* { dg-message "^moved to stack: malloc\\(32\\)$" } */
  if (!v || n > 8)
    abort ();
  memcpy (v, src, n * sizeof *v);
  qsort (v, n, sizeof *v, cmp_int);
  for (int i = 1; i < n; i++)
    if (v[i - 1] > v[i])
      abort ();
  int *key = malloc (sizeof *key); /* { dg-message "^moved to stack: malloc\\(4\\)$" } */
  if (!key)
    abort ();
  *key = 5;
  int *hit = bsearch (key, v, n, sizeof *v, cmp_int);
  int r = hit ? (int) (hit - v) : -1;
  free (key);
  free (v);
  return r;
}

int
position_hooked (const int *src, int n) /* { dg-message "^src does not escape$" } */
{
  int *v = malloc (8 * sizeof *v); /* { dg-message "^moved to stack: malloc\\(32\\)$" } */
  /* { dg-message "^  one activation of position_hooked at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-1 } */
  if (!v || n > 8)
    abort ();
  memcpy (v, src, n * sizeof *v);
  qsort (v, n, sizeof *v, cmp_hook);
  int r = -1;
  for (int i = 0; i < n; i++)
    if (v[i] == 5)
      r = i;
  free (v);
  return r;
}

int
main (void)
{
  int src[8] = { 7, 5, 3, 1, 8, 6, 4, 2 };
  if (position (src, 8) != 4 || position (src, 3) != 1)
    abort ();
  hook = count;
  if (position_hooked (src, 8) != 4 || calls == 0)
    abort ();
  return 0;
}
/* { dg-message "  position_hooked may be re-entered: through cmp_hook, it calls through a pointer at line 29" "" { target *-*-* } 65 } */
