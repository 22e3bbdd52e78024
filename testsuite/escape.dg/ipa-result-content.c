/* Callees that return what a parameter points to ("to result level=1",
   "level=2"): the caller's container does not escape through the call,
   but the pointer loaded from it goes wherever the result goes.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

char *g;
struct pair { char *key; char *val; };

static char *
first (char **pp) /* { dg-message "^leaking param: pp to result level=1$" } */
{
  return *pp;
}

static char *
val_of (struct pair *kv) /* { dg-message "^leaking param: kv to result level=1$" } */
{
  return kv->val;
}

static char *
two_down (char ***ppp) /* { dg-message "^leaking param: ppp to result level=2$" } */
{
  return **ppp;
}

void
loaded_pointer_kept (void)
{
  char **arr = malloc (2 * sizeof *arr); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  arr[0] = malloc (4); /* { dg-message "^malloc\\(4\\) escapes to heap$" } */
  arr[1] = 0;
  g = first (arr);
  free (arr);
}

int
loaded_pointer_local (void)
{
  char **arr = malloc (sizeof *arr); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  char *s = malloc (5); /* { dg-message "^malloc\\(5\\) does not escape$" } */
  s[0] = 0;
  arr[0] = s;
  int r = first (arr)[0];
  free (s);
  free (arr);
  return r;
}

void
local_variable_content_kept (void)
{
  char *p = malloc (6); /* { dg-message "^malloc\\(6\\) escapes to heap$" } */
  g = first (&p);
}

char *
struct_field_returned (void)
{
  struct pair kv;
  /* BAD: should not escape (only kv.val is returned).  */
  kv.key = malloc (7); /* { dg-message "^malloc\\(7\\) escapes to heap$" } */
  kv.val = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
  /* Field-insensitive: key and val are the same object.  */
  return val_of (&kv);
}

void
two_levels_kept (void)
{
  char ***top = malloc (sizeof *top); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  char **mid = malloc (sizeof *mid); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  char *leaf = malloc (9); /* { dg-message "^malloc\\(9\\) escapes to heap$" } */
  *mid = leaf;
  *top = mid;
  g = two_down (top);
  free (mid);
  free (top);
}

/* The caller's parameters: the level adds up through the call.  */
char *
first_of_first (char ***ppp) /* { dg-message "^leaking param: ppp to result level=2$" } */
{
  return first (*ppp);
}

void
content_kept (char **pp) /* { dg-message "^leaking param content: pp$" } */
{
  g = first (pp);
}
