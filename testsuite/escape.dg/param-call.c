/* Every call other than free sends its pointer arguments to the heap:
   unknown functions, calls through function pointers, same-file
   functions, library calls.  (Only cases where the parameter really can
   escape are checked here.)  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

char *gp;
void sink (void *);

static void
keep (char *s) /* { dg-message "^leaking param: s$" } */
{
  gp = s;
}

void
to_unknown (char *p) /* { dg-message "^leaking param: p$" } */
{
  sink (p);
}

void
to_same_file_function (char *p) /* { dg-message "^leaking param: p$" } */
{
  keep (p);
}

void
content_to_call (char **pp) /* { dg-message "^leaking param content: pp$" } */
{
  sink (*pp);
}

void
own_address_to_call (char *p) /* { dg-message "^leaking param: p$" } */
{
  sink (&p);
}

void
via_function_pointer (void (*cb) (char *), char *x) /* { dg-message "^cb does not escape$" } */
/* { dg-message "^leaking param: x$" "" { target *-*-* } .-1 } */
{
  cb (x);
}

void
memcpy_to_global (char *p) /* { dg-message "^leaking param: p$" } */
{
  memcpy (&gp, &p, sizeof p);
}

char *
to_call_then_returned (char *p) /* { dg-message "^leaking param: p$" } */
{
  sink (p);
  return p;
}

void
free_is_not_a_leak (char *p, char *q) /* { dg-message "^p does not escape$" } */
/* { dg-message "^leaking param: q$" "" { target *-*-* } .-1 } */
{
  free (p);
  sink (q);
}
