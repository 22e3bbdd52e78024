/* Pointers stored into a local array of pointers: local while the array
   stays local, escaping with it otherwise.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

char *gp;
void sink (void *);

int
array_local (int i)
{
  char *arr[4];
  arr[0] = malloc (8); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  arr[i & 3] = malloc (32); /* { dg-message "^malloc\\(32\\) does not escape$" } */
  int r = arr[1][0];
  free (arr[0]);
  return r;
}

void
array_to_call (void)
{
  char *arr[4];
  arr[0] = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  sink (arr);
}

void
element_copied_out (void)
{
  char *a[1];
  char *b[1];
  a[0] = malloc (24); /* { dg-message "^malloc\\(24\\) escapes to heap$" } */
  b[0] = a[0];
  gp = b[0];
}

struct S { char *p; int n; };

void
array_of_structs_to_call (void)
{
  struct S arr[2];
  arr[1].p = malloc (40); /* { dg-message "^malloc\\(40\\) escapes to heap$" } */
  arr[1].n = 0;
  sink (&arr[0]);
}

void
static_array (void)
{
  static char *keep[4];
  keep[0] = malloc (48); /* { dg-message "^malloc\\(48\\) escapes to heap$" } */
}

int
copied_between_local_arrays (void)
{
  char *a[2];
  char *b[2];
  a[1] = malloc (56); /* { dg-message "^malloc\\(56\\) does not escape$" } */
  b[0] = a[1];
  int r = b[0][0];
  free (b[0]);
  return r;
}
