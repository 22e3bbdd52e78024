/* Blocks behind a test GCC folds from constants never run, and add no
   flow: `if (0)`, a static const flag or table entry, a switch on one.
   The pass runs before constant propagation (at -O0 always), so it
   decides them itself, with GCC's folder; what may change at run time
   (volatile, weak, external, written through its address) decides
   nothing.  GCC folds a public const (pub_flag) itself, -fPIC or not.  */
/* { dg-do compile } */
/* { dg-options "-O0 -fplugin-arg-escape-m" } */
#include <stdlib.h>

void *g;
static const int debug = 0;
static const int on = 1;
static const struct { int trace, level; } cfg = { 0, 2 };
static const int tab[] = { 0, 1 };
extern const int ext_flag;
static volatile const int vflag = 0;
__attribute__ ((weak)) const struct { int on; } wcfg = { 0 };
const int pub_flag = 0;
void poke (int *);

int
literal (void)
{
  int *p = malloc (4); /* { dg-message "^malloc\\(4\\) does not escape$" } */
  *p = 1;
  if (0)
    g = p;
  int r = *p;
  free (p);
  return r;
}

int
static_flag (void)
{
  int *p = malloc (4); /* { dg-message "^malloc\\(4\\) does not escape$" } */
  *p = 1;
  if (debug)
    g = p;
  int r = *p;
  free (p);
  return r;
}

int
flag_on (void)
{
  int *p = malloc (4); /* { dg-message "^malloc\\(4\\) escapes to heap$" } */
  *p = 1;
  if (on)
    g = p;
  int r = *p;
  free (p);
  return r;
}

int
negated (void)
{
  int *p = malloc (4); /* { dg-message "^malloc\\(4\\) escapes to heap$" } */
  *p = 1;
  if (!debug)
    g = p;
  int r = *p;
  free (p);
  return r;
}

int
field (void)
{
  int *p = malloc (4); /* { dg-message "^malloc\\(4\\) does not escape$" } */
  *p = 1;
  if (cfg.trace)
    g = p;
  int r = *p;
  free (p);
  return r;
}

int
field_on (void)
{
  int *p = malloc (4); /* { dg-message "^malloc\\(4\\) escapes to heap$" } */
  *p = 1;
  if (cfg.level > 1)
    g = p;
  int r = *p;
  free (p);
  return r;
}

int
table (int k)
{
  int *p = malloc (4); /* { dg-message "^malloc\\(4\\) does not escape$" } */
  *p = 1;
  if (tab[0])
    g = p;
  int *q = malloc (4); /* { dg-message "^malloc\\(4\\) escapes to heap$" } */
  *q = 2;
  if (tab[k])
    g = q;
  int r = *p + *q;
  free (p);
  free (q);
  return r;
}

int
switched (void)
{
  int *p = malloc (4); /* { dg-message "^malloc\\(4\\) does not escape$" } */
  int *q = malloc (4); /* { dg-message "^malloc\\(4\\) escapes to heap$" } */
  *p = *q = 1;
  switch (cfg.level)
    {
    case 1:
      g = p;
      break;
    case 2:
      g = q;
      break;
    }
  int r = *p + *q;
  free (p);
  return r;
}

int
loop (void)
{
  int *p = malloc (4); /* { dg-message "^malloc\\(4\\) does not escape$" } */
  *p = 1;
  while (debug)
    g = p;
  int r = *p;
  free (p);
  return r;
}

int
entered_by_goto (int x)
{
  int *p = malloc (4); /* { dg-message "^malloc\\(4\\) escapes to heap$" } */
  *p = 1;
  if (x)
    goto store;
  if (debug)
    {
    store:
      g = p;
      return 0;
    }
  int r = *p;
  free (p);
  return r;
}

int
local_flag (void)
{
  int d = 0;
  int *p = malloc (4); /* { dg-message "^malloc\\(4\\) does not escape$" } */
  *p = 1;
  if (d)
    g = p;
  int r = *p;
  free (p);
  return r;
}

int
local_flag_written (void)
{
  int d = 0;
  poke (&d);
  int *p = malloc (4); /* { dg-message "^malloc\\(4\\) escapes to heap$" } */
  *p = 1;
  if (d)
    g = p;
  int r = *p;
  free (p);
  return r;
}

int
may_change (void)
{
  int *p = malloc (4); /* { dg-message "^malloc\\(4\\) escapes to heap$" } */
  int *q = malloc (4); /* { dg-message "^malloc\\(4\\) escapes to heap$" } */
  int *u = malloc (4); /* { dg-message "^malloc\\(4\\) escapes to heap$" } */
  *p = *q = *u = 1;
  if (ext_flag)
    g = p;
  if (vflag)
    g = q;
  if (wcfg.on)
    g = u;
  int r = *p + *q + *u;
  free (p);
  free (q);
  free (u);
  return r;
}

int
public_flag (void)
{
  int *p = malloc (4); /* { dg-message "^malloc\\(4\\) does not escape$" } */
  *p = 1;
  if (pub_flag)
    g = p;
  int r = *p;
  free (p);
  return r;
}
