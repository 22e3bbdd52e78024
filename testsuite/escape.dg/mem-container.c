/* A malloc'd array of pointers (a container): its contents stay local
   while it does, and escape when it escapes, however it escapes.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

char **gc;
void sink (void *);

int
container_local (void)
{
  char **c = malloc (2 * sizeof (char *)); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  c[0] = malloc (8); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  c[1] = malloc (24); /* { dg-message "^malloc\\(24\\) does not escape$" } */
  int r = c[0][0] + c[1][0];
  free (c[0]);
  free (c[1]);
  free (c);
  return r;
}

void
container_to_global (void)
{
  char **c = malloc (2 * sizeof (char *)); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  c[0] = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
  gc = c;
}

char **
container_returned (void)
{
  char **c = malloc (32); /* { dg-message "^malloc\\(32\\) escapes to heap$" } */
  c[1] = malloc (5); /* { dg-message "^malloc\\(5\\) escapes to heap$" } */
  return c;
}

void
container_to_call (void)
{
  char **c = calloc (4, sizeof (char *)); /* { dg-message "^calloc\\(4, 8\\) escapes to heap$" } */
  c[0] = malloc (6); /* { dg-message "^malloc\\(6\\) escapes to heap$" } */
  sink (c);
}

void
store_through_interior_pointer (void)
{
  char **c = malloc (40); /* { dg-message "^malloc\\(40\\) escapes to heap$" } */
  char **d = c + 1;
  *d = malloc (4); /* { dg-message "^malloc\\(4\\) escapes to heap$" } */
  gc = c;
}

void
stored_before_container_escapes (int n)
{
  /* The store comes first; the container escapes later, conditionally.  */
  char **c = malloc (48); /* { dg-message "^malloc\\(48\\) escapes to heap$" } */
  c[0] = malloc (7); /* { dg-message "^malloc\\(7\\) escapes to heap$" } */
  if (n)
    gc = c;
  else
    {
      free (c[0]);
      free (c);
    }
}
