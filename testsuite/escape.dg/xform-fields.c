/* Objects held in one field of a local object move when another field is
   what goes out, also after the object is copied whole (docs/design.md,
   "Fields"); what goes out through the field it is in (itself or in a
   copy), a union's other member, bytes copied one by one, or a callee
   that moves values between fields, stays on the heap and is still whole
   after its function returns.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

struct X { char *p1, *p2; char *a[2]; };
char *volatile sink;

static char *
fill (char *p, int c, size_t n) /* { dg-message "^leaking param: p to result$" } */
{
  if (!p)
    abort ();
  memset (p, c, n - 1);
  p[n - 1] = 0;
  return p;
}

__attribute__ ((noinline)) static size_t
var_other_field (char *keep) /* { dg-message "^leaking param: keep$" } */
{
  struct X x;
  x.p1 = fill (malloc (16), 'a', 16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  x.p2 = keep;
  sink = x.p2;
  size_t n = strlen (x.p1);
  free (x.p1);
  return n;
}

__attribute__ ((noinline)) static size_t
copied_other_field (char *keep) /* { dg-message "^leaking param: keep$" } */
{
  struct X x, y;
  x.p1 = fill (malloc (26), 'l', 26); /* { dg-message "^moved to stack: malloc\\(26\\)$" } */
  x.p2 = keep;
  y = x;
  sink = y.p2;
  size_t n = strlen (y.p1);
  free (x.p1);
  return n;
}

__attribute__ ((noinline)) static char *
array_index (void)
{
  char *two[2];
  two[0] = fill (malloc (17), 'b', 17); /* { dg-message "^malloc\\(17\\) escapes to heap$" } */
  two[1] = fill (malloc (18), 'c', 18); /* { dg-message "^moved to stack: malloc\\(18\\)$" } */
  if (strlen (two[1]) != 17)
    abort ();
  free (two[1]);
  return two[0];
}

__attribute__ ((noinline)) static size_t
allocated_other_field (char *keep) /* { dg-message "^leaking param: keep$" } */
{
  struct X *x = malloc (sizeof *x); /* { dg-message "^moved to stack: malloc\\(32\\)$" } */
  if (!x)
    abort ();
  x->p1 = fill (malloc (19), 'd', 19); /* { dg-message "^moved to stack: malloc\\(19\\)$" } */
  x->p2 = keep;
  sink = x->p2;
  size_t n = strlen (x->p1);
  free (x->p1);
  free (x);
  return n;
}

__attribute__ ((noinline)) static char *
either_object (int c)
{
  struct X x = { 0 }, y = { 0 };
  struct X *p = c ? &x : &y;
  p->p1 = fill (malloc (20), 'e', 20); /* { dg-message "^malloc\\(20\\) escapes to heap$" } */
  p->p2 = fill (malloc (21), 'f', 21); /* { dg-message "^moved to stack: malloc\\(21\\)$" } */
  if (strlen (p->p1) != 19 || strlen (c ? x.p2 : y.p2) != 20)
    abort ();
  free (c ? x.p2 : y.p2);
  return c ? x.p1 : y.p1;
}

static void
move (struct X *p) /* { dg-message "^p does not escape$" } */
{
  p->p1 = p->p2;
}

__attribute__ ((noinline)) static char *
moved_by_callee (void)
{
  struct X x;
  x.p2 = fill (malloc (22), 'g', 22); /* { dg-message "^malloc\\(22\\) escapes to heap$" } */
  x.p1 = 0;
  move (&x);
  return x.p1;
}

__attribute__ ((noinline)) static char *
whole_copy (void)
{
  struct X x, y;
  x.p1 = fill (malloc (23), 'h', 23); /* { dg-message "^malloc\\(23\\) escapes to heap$" } */
  x.p2 = 0;
  y = x;
  return y.p1;
}

union U { char *a; char *b; };

__attribute__ ((noinline)) static char *
union_member (void)
{
  union U u;
  u.a = fill (malloc (24), 'i', 24); /* { dg-message "^malloc\\(24\\) escapes to heap$" } */
  return u.b;
}

__attribute__ ((noinline)) static char *
bytes_copied (void)
{
  struct X x;
  x.p1 = fill (malloc (25), 'j', 25); /* { dg-message "^malloc\\(25\\) escapes to heap$" } */
  x.p2 = 0;
  unsigned char *b = (unsigned char *) &x;
  for (int i = 0; i < (int) sizeof x.p1; i++)
    b[sizeof x.p1 + i] = b[i];
  return x.p2;
}

/* The objects the functions hand back, kept where main's frame cannot
   hold them.  */
char *results[6];

static void
check (char *s, int c, size_t n) /* { dg-message "^s does not escape$" } */
{
  for (size_t i = 0; i + 1 < n; i++)
    if (s[i] != c)
      abort ();
  if (s[n - 1])
    abort ();
  free (s);
}

int
main (void)
{
  char keep[4] = "k";
  size_t t = 0;
  for (int i = 0; i < 100; i++)
    {
      t += var_other_field (keep) + allocated_other_field (keep)
	   + copied_other_field (keep);
      char **s = results;
      s[0] = array_index (); /* { dg-message "^array_index\\(\\) escapes to heap$" } */
      s[1] = either_object (i & 1); /* { dg-message "^either_object\\(i & 1\\) escapes to heap$" } */
      s[2] = moved_by_callee (); /* { dg-message "^moved_by_callee\\(\\) escapes to heap$" } */
      s[3] = whole_copy (); /* { dg-message "^whole_copy\\(\\) escapes to heap$" } */
      s[4] = union_member (); /* { dg-message "^union_member\\(\\) escapes to heap$" } */
      s[5] = bytes_copied (); /* { dg-message "^bytes_copied\\(\\) escapes to heap$" } */
      /* Clobber the frames the functions ran in.  */
      var_other_field (keep);
      allocated_other_field (keep);
      copied_other_field (keep);
      check (s[0], 'b', 17);
      check (s[1], 'e', 20);
      check (s[2], 'g', 22);
      check (s[3], 'h', 23);
      check (s[4], 'i', 24);
      check (s[5], 'j', 25);
    }
  if (t != 100 * (15 + 18 + 25))
    abort ();
  return 0;
}
