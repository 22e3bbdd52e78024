/* Callees that keep a parameter, or what it points to, in global memory
   ("leaking param: p", "leaking param content: pp"): every caller's
   argument escapes, whatever the caller does with it afterwards.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

char *g;
struct registry { char *items[4]; } reg;
void sink (void *);

static void
keep (char *p) /* { dg-message "^leaking param: p$" } */
{
  g = p;
}

static void
keep_in_static (char *p) /* { dg-message "^leaking param: p$" } */
{
  static char *last;
  last = p;
}

static void
register_item (int i, char *item) /* { dg-message "^leaking param: item$" } */
{
  reg.items[i & 3] = item;
}

static void
keep_content (char **pp) /* { dg-message "^leaking param content: pp$" } */
{
  g = *pp;
}

static void
hand_to_unknown (char *p) /* { dg-message "^leaking param: p$" } */
{
  sink (p);
}

/* Only one of two parameters is kept.  */
static void
keep_second (char *a, char *b) /* { dg-message "^a does not escape$" } */
/* { dg-message "^leaking param: b$" "" { target *-*-* } .-1 } */
{
  a[0] = b[0];
  g = b;
}

void
use_keep (void)
{
  char *p = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
  keep (p);
  p[0] = 0;
}

void
use_keep_in_static (void)
{
  keep_in_static (malloc (9)); /* { dg-message "^malloc\\(9\\) escapes to heap$" } */
}

void
use_register (int i)
{
  register_item (i, malloc (10)); /* { dg-message "^malloc\\(10\\) escapes to heap$" } */
}

/* The container stays local, what it holds escapes.  */
void
use_keep_content (void)
{
  char **box = malloc (sizeof *box); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  *box = malloc (11); /* { dg-message "^malloc\\(11\\) escapes to heap$" } */
  keep_content (box);
  free (box);
}

void
use_keep_content_of_local (void)
{
  char *p = malloc (12); /* { dg-message "^malloc\\(12\\) escapes to heap$" } */
  keep_content (&p);
}

void
use_hand_to_unknown (void)
{
  hand_to_unknown (malloc (13)); /* { dg-message "^malloc\\(13\\) escapes to heap$" } */
}

void
use_keep_second (void)
{
  char *a = malloc (14); /* { dg-message "^malloc\\(14\\) does not escape$" } */
  char *b = malloc (15); /* { dg-message "^malloc\\(15\\) escapes to heap$" } */
  keep_second (a, b);
  free (a);
}

/* Called only on one branch: still escapes.  */
void
use_keep_sometimes (int c)
{
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  if (c)
    keep (p);
  else
    free (p);
}

void
forward_param (char *q) /* { dg-message "^leaking param: q$" } */
{
  keep (q);
}

void
forward_content (char **qq) /* { dg-message "^leaking param content: qq$" } */
{
  keep_content (qq);
}
