/* Functions declared but not defined in this file: their arguments escape
   and their results may point anywhere, whatever their prototype says
   (const only promises not to write through the pointer).  A definition
   that another one may replace at link time (weak) or an alias is not
   trusted either; a definition later in the file is.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

char *g;
void ext_use (char *);
int ext_read (const char *);
char **ext_slot (void);
char *ext_id (char *);
static int defined_later (const char *);

__attribute__ ((weak)) void
weak_reader (char *p) /* { dg-message "^p does not escape$" } */
{
  p[0] = 0;
}

void
real_reader (char *p) /* { dg-message "^p does not escape$" } */
{
  p[0] = 0;
}

void alias_reader (char *) __attribute__ ((alias ("real_reader")));

void
use_ext (void)
{
  ext_use (malloc (8)); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
}

int
use_ext_const (void)
{
  char *p = malloc (9); /* { dg-message "^malloc\\(9\\) escapes to heap$" } */
  p[0] = 0;
  return ext_read (p);
}

void
store_through_ext_result (void)
{
  *ext_slot () = malloc (10); /* { dg-message "^malloc\\(10\\) escapes to heap$" } */
}

/* Even if ext_id returned its argument, the argument has escaped already;
   and what it returns may be anything.  */
void
store_through_ext_id (void)
{
  char **cell = malloc (sizeof *cell); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
  char **back = (char **) ext_id ((char *) cell);
  *back = malloc (11); /* { dg-message "^malloc\\(11\\) escapes to heap$" } */
}

void
param_to_ext (char *q) /* { dg-message "^leaking param: q$" } */
{
  ext_use (q);
}

void
use_weak (void)
{
  weak_reader (malloc (12)); /* { dg-message "^malloc\\(12\\) escapes to heap$" } */
}

void
use_alias (void)
{
  alias_reader (malloc (13)); /* { dg-message "^malloc\\(13\\) escapes to heap$" } */
}

void
use_real (void)
{
  real_reader (malloc (14)); /* { dg-message "^malloc\\(14\\) does not escape$" } */
}

int
use_defined_later (void)
{
  char *p = malloc (15); /* { dg-message "^malloc\\(15\\) does not escape$" } */
  p[0] = 0;
  int r = defined_later (p);
  free (p);
  return r;
}

static int
defined_later (const char *s) /* { dg-message "^s does not escape$" } */
{
  return s[0];
}
