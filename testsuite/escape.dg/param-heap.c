/* Parameters whose value, or whose content, reaches the heap: stored to a
   global, or into something that escapes.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

struct S { char *a; };
struct S gs;
char *gp;

void
to_global (char *p) /* { dg-message "^leaking param: p$" } */
{
  gp = p;
}

void
content_to_global (char **pp) /* { dg-message "^leaking param content: pp$" } */
{
  gp = *pp;
}

void
struct_content_to_global (struct S *p) /* { dg-message "^leaking param content: p$" } */
{
  gs = *p;
}

void
array_param_content (char *a[]) /* { dg-message "^leaking param content: a$" } */
{
  gp = a[0];
}

void
through_own_address (char *p) /* { dg-message "^leaking param: p$" } */
{
  char **pp = &p;
  gp = *pp;
}

void
via_local_struct (char *p) /* { dg-message "^leaking param: p$" } */
{
  struct S s;
  s.a = p;
  gs = s;
}

char **
into_returned_container (char *p) /* { dg-message "^leaking param: p$" } */
{
  char **c = malloc (sizeof *c); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
  *c = p;
  return c;
}

int
into_local_struct (char *p) /* { dg-message "^p does not escape$" } */
{
  struct { char *x; } s;
  s.x = p;
  return s.x[0];
}
