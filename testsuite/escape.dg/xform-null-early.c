/* Code written for malloc keeps working on a moved object: checks of the
   result against NULL (a stack slot never is), and early returns on every
   path, with and without the free, before and after it.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2" } */
#include <stdlib.h>
#include <string.h>

static int
null_checks (void)
{
  char *a = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  if (!a)
    return 1;
  char *b = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  if (b == NULL)
    abort ();
  char *c = calloc (2, 8); /* { dg-message "^moved to stack: calloc\\(2, 8\\)$" } */
  if (__builtin_expect (c == 0, 0))
    return 1;
  int *d = malloc (sizeof (int)); /* { dg-message "^moved to stack: malloc\\(4\\)$" } */
  int ok = d != NULL && (a ? 1 : 0) && !!b;
  if (d)
    *d = ok;
  a[0] = b[0] = 1;
  int r = !(a[0] + b[0] + c[15] == 2 && *d == 1);
  free (d);
  free (c);
  free (b);
  free (a);
  return r;
}

/* A result checked only after use, and one never checked.  */
static int
late_check (void)
{
  char *p = malloc (8); /* { dg-message "^moved to stack: malloc\\(8\\)$" } */
  char *q = malloc (8); /* { dg-message "^moved to stack: malloc\\(8\\)$" } */
  memset (q, 3, 8);
  if (p)
    memcpy (p, q, 8);
  int r = p ? p[7] != 3 : 1;
  free (q);
  if (p != NULL)
    free (p);
  return r;
}

/* Every path returns on its own, some before the free, some after.  */
static int
early_returns (int k)
{
  char *p = malloc (32); /* { dg-message "^moved to stack: malloc\\(32\\)$" } */
  if (!p)
    return -1;
  memset (p, k, 32);
  if (k == 0)
    return p[0] + 100;		/* leaked: the heap version too */
  if (k == 1)
    {
      int r = p[31];
      free (p);
      return r + 200;
    }
  char *q = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  if (!q)
    {
      free (p);
      return -1;
    }
  memcpy (q, p, 16);
  if (k == 2)
    {
      free (p);
      int r = q[5];
      free (q);
      return r + 300;
    }
  if (k == 3)
    {
      free (q);
      return p[1] + 400;	/* p leaked */
    }
  free (q);
  free (p);
  return k;
}

/* The goto-cleanup style: one exit, reached from every error.  */
static int
cleanup_style (int fail_at)
{
  int r = -1;
  char *a = NULL, *b = NULL, *c = NULL;
  a = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  if (!a || fail_at == 1)
    goto out;
  b = calloc (4, 4); /* { dg-message "^moved to stack: calloc\\(4, 4\\)$" } */
  if (!b || fail_at == 2)
    goto out;
  c = malloc (64); /* { dg-message "^moved to stack: malloc\\(64\\)$" } */
  if (!c || fail_at == 3)
    goto out;
  memset (a, 1, 16);
  memcpy (c, a, 16);
  r = c[15] + b[15];
 out:
  free (c);
  free (b);
  free (a);
  return r;
}

int
main (void)
{
  if (null_checks ())
    abort ();
  if (late_check ())
    abort ();
  if (early_returns (0) != 100 || early_returns (1) != 201
      || early_returns (2) != 302 || early_returns (3) != 403
      || early_returns (4) != 4)
    abort ();
  if (cleanup_style (0) != 1 || cleanup_style (1) != -1
      || cleanup_style (2) != -1 || cleanup_style (3) != -1)
    abort ();
  return 0;
}
