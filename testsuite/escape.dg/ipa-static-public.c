/* Public functions defined in this file are summarised like static ones:
   the tests compile without -fPIC, so no other definition can replace
   them (ipa-public-pic.c has the -fPIC case).  Each shape once static and
   once public.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

char *g;
struct box { char *p; };

static int
s_read (const char *s) /* { dg-message "^s does not escape$" } */
{
  return s[0];
}

int
p_read (const char *s) /* { dg-message "^s does not escape$" } */
{
  return s[0];
}

static void
s_keep (char *s) /* { dg-message "^leaking param: s$" } */
{
  g = s;
}

void
p_keep (char *s) /* { dg-message "^leaking param: s$" } */
{
  g = s;
}

static void
s_set (struct box *o, char *v) /* { dg-message "^o does not escape$" } */
/* { dg-message "^leaking param: v into \\*o$" "" { target *-*-* } .-1 } */
{
  o->p = v;
}

void
p_set (struct box *o, char *v) /* { dg-message "^o does not escape$" } */
/* { dg-message "^leaking param: v into \\*o$" "" { target *-*-* } .-1 } */
{
  o->p = v;
}

static char *
s_id (char *p) /* { dg-message "^leaking param: p to result$" } */
{
  return p;
}

char *
p_id (char *p) /* { dg-message "^leaking param: p to result$" } */
{
  return p;
}

int
readers (void)
{
  char *a = malloc (8); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  char *b = malloc (9); /* { dg-message "^malloc\\(9\\) does not escape$" } */
  a[0] = b[0] = 0;
  int r = s_read (a) + p_read (b);
  free (a);
  free (b);
  return r;
}

void
keepers (void)
{
  s_keep (malloc (10)); /* { dg-message "^malloc\\(10\\) escapes to heap$" } */
  p_keep (malloc (11)); /* { dg-message "^malloc\\(11\\) escapes to heap$" } */
}

int
setters (void)
{
  struct box b1, b2;
  s_set (&b1, malloc (12)); /* { dg-message "^malloc\\(12\\) does not escape$" } */
  p_set (&b2, malloc (13)); /* { dg-message "^malloc\\(13\\) does not escape$" } */
  int r = b1.p[0] + b2.p[0];
  free (b1.p);
  free (b2.p);
  return r;
}

void
identities (void)
{
  char *a = s_id (malloc (14)); /* { dg-message "^malloc\\(14\\) does not escape$" } */
  char *b = p_id (malloc (15)); /* { dg-message "^malloc\\(15\\) escapes to heap$" } */
  free (a);
  g = b;
}
