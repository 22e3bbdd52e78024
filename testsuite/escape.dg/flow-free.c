/* free does not make a pointer escape, but freeing on one path does not
   cancel an escape on another.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

struct conn { int fd; char *rbuf; };
struct conn *g_conn;

void
release (char *p) /* { dg-message "p does not escape" } */
/* { dg-message "^release is a deallocator \\(frees p\\)$" "" { target *-*-* } .-1 } */
{
  free (p);
}

/* Error path frees, success path returns.  */
char *
load (int fail)
{
  char *p = malloc (4096); /* { dg-message "malloc\\(4096\\) escapes to heap" } */
  if (!p)
    return 0;
  if (fail)
    {
      free (p);
      return 0;
    }
  p[0] = 0;
  return p;
}

/* Freed on one path, leaked on the other: goes nowhere either way.  */
int
maybe_free (int keep)
{
  char *p = malloc (100); /* { dg-message "malloc\\(100\\) does not escape" } */
  p[0] = 7;
  int r = p[0];
  if (!keep)
    free (p);
  return r;
}

int
open_conn (int fd, int ok)
{
  struct conn *c = malloc (sizeof *c); /* { dg-message "malloc\\(16\\) escapes to heap" } */
  char *rb = malloc (8192); /* { dg-message "malloc\\(8192\\) escapes to heap" } */
  c->fd = fd;
  c->rbuf = rb;
  if (!ok)
    {
      free (rb);
      free (c);
      return -1;
    }
  g_conn = c;
  return 0;
}

/* free through a struct that stays local.  */
int
temp_conn (int fd)
{
  struct conn *c = malloc (sizeof *c); /* { dg-message "malloc\\(16\\) does not escape" } */
  c->fd = fd;
  c->rbuf = malloc (512); /* { dg-message "malloc\\(512\\) does not escape" } */
  c->rbuf[0] = 0;
  free (c->rbuf);
  free (c);
  return 0;
}

void
drop_conn (struct conn *c) /* { dg-message "c does not escape" } */
{
  free (c->rbuf);
  free (c);
}
