/* memcpy of a pointer's bytes copies the pointer.  GCC folds a
   constant-size memcpy into a plain move, so there may be no call left:
   the copy into a global must still escape.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

char *g_ptr;
struct config { int flags; char *path; } g_config;

void
save_bytes (void)
{
  char *p = malloc (16); /* { dg-message "malloc\\(16\\) escapes to heap" } */
  memcpy (&g_ptr, &p, sizeof p);
}

void
save_struct (void)
{
  struct config c;
  c.flags = 1;
  c.path = malloc (256); /* { dg-message "malloc\\(256\\) escapes to heap" } */
  memcpy (&g_config, &c, sizeof c);
}

void
save_builtin (void)
{
  void *p = malloc (33); /* { dg-message "malloc\\(33\\) escapes to heap" } */
  __builtin_memcpy (&g_ptr, &p, sizeof (void *));
}

/* Variable size: a real call to memcpy, whose model copies the pointer into
   local, which goes nowhere.  */
void
save_n (size_t n)
{
  char *p = malloc (17); /* { dg-message "malloc\\(17\\) does not escape" } */
  char *local;
  memcpy (&local, &p, n);
}

void
save_param (char *s) /* { dg-message "leaking param: s$" } */
{
  memcpy (&g_ptr, &s, sizeof s);
}

/* A byte-by-byte copy of the pointer's representation.  */
unsigned char g_bytes[sizeof (void *)];

void
save_by_bytes (void)
{
  char *p = malloc (30); /* { dg-message "malloc\\(30\\) escapes to heap" } */
  const unsigned char *src = (const unsigned char *) &p;
  for (size_t i = 0; i < sizeof p; i++)
    g_bytes[i] = src[i];
}
