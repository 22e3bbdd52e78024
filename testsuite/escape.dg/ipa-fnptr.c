/* Calls through function pointers: the target is unknown, so every
   argument escapes and the result may point anywhere, even when the
   pointer holds a function of this file that only reads.  The pointer
   itself is only called, not kept.  (A static function called only with
   functions of this file: ipa-fnptr-known.c.)  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

char *g;
struct ops { void (*use) (char *); char *(*make) (void); };

static int reader_calls;

static void
reader (char *p) /* { dg-message "^p does not escape$" } */
{
  reader_calls += p[0];
}

void
apply (void (*f) (char *)) /* { dg-message "^f does not escape$" } */
{
  char *p = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
  f (p);
}

void
apply_param (void (*f) (char *), char *q) /* { dg-message "^f does not escape$" } */
/* { dg-message "^leaking param: q$" "" { target *-*-* } .-1 } */
{
  f (q);
}

void
through_local_pointer (void)
{
  void (*f) (char *) = reader;
  f (malloc (9)); /* { dg-message "^malloc\\(9\\) escapes to heap$" } */
}

void
direct_call_stays_local (void)
{
  char *p = malloc (10); /* { dg-message "^malloc\\(10\\) does not escape$" } */
  p[0] = 0;
  reader (p);
  free (p);
}

void
through_struct (struct ops *o) /* { dg-message "^o does not escape$" } */
{
  o->use (malloc (11)); /* { dg-message "^malloc\\(11\\) escapes to heap$" } */
}

/* The result of an indirect call may point anywhere.  */
void
store_through_result (char **(*get) (void)) /* { dg-message "^get does not escape$" } */
{
  char **slot = get ();
  *slot = malloc (12); /* { dg-message "^malloc\\(12\\) escapes to heap$" } */
}

/* The container passed to an unknown function escapes with what it
   holds.  */
void
container_to_callback (void (*f) (char **)) /* { dg-message "^f does not escape$" } */
{
  char **box = malloc (sizeof *box); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
  *box = malloc (13); /* { dg-message "^malloc\\(13\\) escapes to heap$" } */
  f (box);
}

/* A table of handlers.  */
static void (*const handlers[2]) (char *) = { reader, reader };

void
dispatch (int i)
{
  handlers[i & 1] (malloc (14)); /* { dg-message "^malloc\\(14\\) escapes to heap$" } */
}

/* Passing a function's address is not calling it.  */
void
register_callback (void (**slot) (char *)) /* { dg-message "^slot does not escape$" } */
{
  *slot = reader;
}
