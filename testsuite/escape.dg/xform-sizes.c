/* Which sizes move by default: constants up to max-size (256 bytes),
   counting calloc's product; not a size known only at run time; and
   nothing that escapes.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2" } */
#include <stdlib.h>
#include <string.h>

char *kept;

__attribute__ ((noinline)) static int
sum (const unsigned char *p, int n) /* { dg-message "^p does not escape$" } */
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += p[i];
  return s;
}

static int
limits (void)
{
  unsigned char *a = malloc (256); /* { dg-message "^moved to stack: malloc\\(256\\)$" } */
  unsigned char *b = malloc (257); /* { dg-message "^malloc\\(257\\) does not escape$" } */
  /* { dg-message "^malloc\\(257\\) not moved to stack: too large$" "" { target *-*-* } .-1 } */
  unsigned char *c = calloc (16, 16); /* { dg-message "^moved to stack: calloc\\(16, 16\\)$" } */
  unsigned char *d = calloc (257, 1); /* { dg-message "^calloc\\(257, 1\\) does not escape$" } */
  /* { dg-message "^calloc\\(257, 1\\) not moved to stack: too large$" "" { target *-*-* } .-1 } */
  if (!a || !b || !c || !d)
    return 1;
  memset (a, 1, 256);
  memset (b, 1, 257);
  int r = sum (a, 256) + sum (b, 257) + sum (c, 256) + sum (d, 257) != 513;
  free (d);
  free (c);
  free (b);
  free (a);
  return r;
}

static int
runtime_size (int n)
{
  unsigned char *p = malloc (n); /* { dg-message "^moved to stack: malloc\\(n\\)$" } */
  /* { dg-message "^  a 64-byte stack slot when it asks for at most that, the heap otherwise$" "" { target *-*-* } .-1 } */
  unsigned char *q = calloc (n, 2); /* { dg-message "^moved to stack: calloc\\(n, 2\\)$" } */
  /* { dg-message "^  a 64-byte stack slot when it asks for at most that, the heap otherwise$" "" { target *-*-* } .-1 } */
  if (!p || !q)
    return 1;
  memset (p, 2, n);
  int r = sum (p, n) + sum (q, 2 * n) != 2 * n;
  free (q);
  free (p);
  return r;
}

/* Escaping objects stay whatever their size: the reason is the path.  */
static char *
escapes (void)
{
  char *g = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap:$" } */
  /* { dg-message "^  flow: g = &\\{storage for malloc\\(8\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from g = malloc\\(8\\) \\(assign\\) at \[^ \]*:61:13$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{heap\\} = g:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from kept = g \\(assign\\) at \[^ \]*:79:8$" "" { target *-*-* } .-4 } */
  /* { dg-message "^malloc\\(8\\) escapes to heap$" "" { target *-*-* } .-5 } */
  char *r = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap:$" } */
  /* { dg-message "^  flow: r = &\\{storage for malloc\\(8\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from r = malloc\\(8\\) \\(assign\\) at \[^ \]*:67:13$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{temp\\} = r:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from return r \\(assign\\) at \[^ \]*:80:10$" "" { target *-*-* } .-4 } */
  /* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } .-5 } */
  /* { dg-message "^    from return r \\(return\\) at \[^ \]*:80:10$" "" { target *-*-* } .-6 } */
  /* { dg-message "^malloc\\(8\\) escapes to heap$" "" { target *-*-* } .-7 } */
  if (!g || !r)
    abort ();
  strcpy (g, "global");
  strcpy (r, "result");
  kept = g;
  return r;
}

int
main (void)
{
  if (limits ())
    abort ();
  if (runtime_size (100))
    abort ();
  char *r = escapes (); /* { dg-message "^moved to stack: escapes\\(\\)$" } */
  if (strcmp (r, "result") != 0 || strcmp (kept, "global") != 0)
    abort ();
  free (r);
  free (kept);
  return 0;
}

/* Where the objects its constructors hand over go in their callers
   (-m=2; at the end, so that no line above moves).  */
/* { dg-message "^  for its callers: moved to stack at \[^ \]*:90:13$" "" { target *-*-* } 67 } */
