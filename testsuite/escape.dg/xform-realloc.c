/* An object realloc may receive moves: realloc of its slot grows it in
   place while the size fits (a buffer realloc grows gets a slot of at
   least slot-size bytes), into a new heap block holding the slot's bytes
   beyond.  realloc's, strdup's and strndup's own objects stay: only
   malloc, calloc and aligned_alloc move.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2" } */
#include <stdlib.h>
#include <string.h>

static int
grow (void)
{
  char *p = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  /* { dg-message "^  a 64-byte stack slot: realloc grows it in place up to that size, into a new heap block beyond$" "" { target *-*-* } .-1 } */
  if (!p)
    return 1;
  memset (p, 1, 16);
  char *q = realloc (p, 64); /* { dg-message "^realloc\\(p, 64\\) does not escape$" } */
  /* { dg-message "^realloc\\(p, 64\\) not moved to stack: only malloc, calloc and aligned_alloc move$" "" { target *-*-* } .-1 } */
  if (!q)
    {
      free (p);
      return 1;
    }
  memset (q + 16, 2, 48);
  int r = q[15] != 1 || q[63] != 2;
  free (q);
  return r;
}

/* Only on one path, and shrinking: still reaches realloc.  */
static int
maybe_shrink (int c)
{
  int *p = calloc (8, sizeof (int)); /* { dg-message "^moved to stack: calloc\\(8, 4\\)$" } */
  /* { dg-message "^  a 64-byte stack slot: realloc grows it in place up to that size, into a new heap block beyond$" "" { target *-*-* } .-1 } */
  if (!p)
    return 1;
  p[1] = 5;
  if (c)
    {
      int *q = realloc (p, 2 * sizeof (int)); /* { dg-message "^realloc\\(p, 8\\) does not escape$" } */
      /* { dg-message "^realloc\\(p, 8\\) not moved to stack: only malloc, calloc and aligned_alloc move$" "" { target *-*-* } .-1 } */
      if (!q)
	{
	  free (p);
	  return 1;
	}
      p = q;
    }
  int r = p[1] != 5 || p[0] != 0;
  free (p);
  return r;
}

/* realloc of NULL is malloc: GCC folds it into one before the plugin
   runs, so it moves, under the name GCC gave it.  */
static int
realloc_null (void)
{
  char *keep = malloc (8); /* { dg-message "^moved to stack: malloc\\(8\\)$" } */
  char *p = realloc (NULL, 8); /* { dg-message "^moved to stack: __builtin_malloc\\(8\\)$" } */
  if (!keep || !p)
    return 1;
  memset (keep, 4, 8);
  memcpy (p, keep, 8);
  int r = p[7] != 4;
  free (p);
  free (keep);
  return r;
}

static int
duplicates (void)
{
  char *s = malloc (6); /* { dg-message "^moved to stack: malloc\\(6\\)$" } */
  if (!s)
    return 1;
  memcpy (s, "hello", 6);
  char *d = strdup (s); /* { dg-message "^strdup\\(s\\) does not escape$" } */
  /* { dg-message "^strdup\\(s\\) not moved to stack: only malloc, calloc and aligned_alloc move$" "" { target *-*-* } .-1 } */
  char *e = strndup (s, 3); /* { dg-message "^strndup\\(s, 3\\) does not escape$" } */
  /* { dg-message "^strndup\\(s, 3\\) not moved to stack: only malloc, calloc and aligned_alloc move$" "" { target *-*-* } .-1 } */
  if (!d || !e)
    return 1;
  int r = strcmp (d, "hello") != 0 || strcmp (e, "hel") != 0 || d == s;
  free (e);
  free (d);
  free (s);
  return r;
}

int
main (void)
{
  if (grow ())
    abort ();
  if (maybe_shrink (0) || maybe_shrink (1))
    abort ();
  if (realloc_null ())
    abort ();
  if (duplicates ())
    abort ();
  return 0;
}
