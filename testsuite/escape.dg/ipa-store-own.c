/* Callees that put pointers of their own (their allocations, globals) into
   the caller's objects, or return them.  Such a pointer is not the
   caller's: in the caller it points to the heap, so whatever the caller
   stores through it escapes.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

char *g;
char **g_slot;

/* The allocation outlives the callee: it is stored in the caller's
   object.  */
static void
make (char **out) /* { dg-message "^out does not escape$" } */
{
  *out = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
}

static void
get_slot (char ***out) /* { dg-message "^out does not escape$" } */
{
  *out = &g;
}

static void
get_slot_bytes (char ***out, size_t n) /* { dg-message "^out does not escape$" } */
{
  char **s = g_slot;
  memcpy (out, &s, n);
}

static char *
make_result (void) /* { dg-message "^make_result is an allocator \\(wraps malloc; size: 9\\)$" } */
{
  return malloc (9); /* { dg-message "^malloc\\(9\\) escapes to heap$" } */
}

static char **
global_slot (void)
{
  return &g;
}

/* Only the caller's objects: the result is not the callee's own.  */
static char **
slot_of (char **arr, int i) /* { dg-message "^leaking param: arr to result$" } */
{
  return &arr[i];
}

void
store_through_slot (void)
{
  char **s;
  get_slot (&s);
  *s = malloc (10); /* { dg-message "^malloc\\(10\\) escapes to heap$" } */
}

void
store_through_slot_bytes (size_t n)
{
  char **s;
  get_slot_bytes (&s, n);
  *s = malloc (11); /* { dg-message "^malloc\\(11\\) escapes to heap$" } */
}

void
store_through_made (void)
{
  char *m;
  make (&m); /* { dg-message "^make\\(&m\\) does not escape$" } */
  char **cell = (char **) m;
  *cell = malloc (12); /* { dg-message "^malloc\\(12\\) does not escape$" } */
}

void
store_through_result (void)
{
  *global_slot () = malloc (13); /* { dg-message "^malloc\\(13\\) escapes to heap$" } */
}

void
store_through_made_result (void)
{
  /* make_result is an allocator wrapper: CELL is a fresh object of this
     function, which keeps what is stored into it.  */
  char **cell = (char **) make_result (); /* { dg-message "^make_result\\(\\) does not escape$" } */
  *cell = malloc (14); /* { dg-message "^malloc\\(14\\) does not escape$" } */
}

/* slot_of returns a pointer into the caller's own array.  */
void
store_through_own_slot (void)
{
  char *arr[2];
  *slot_of (arr, 1) = malloc (15); /* { dg-message "^malloc\\(15\\) does not escape$" } */
  free (arr[1]);
}

void
store_through_global_array_slot (void)
{
  *slot_of (g_slot, 0) = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
}

/* The caller's parameter receives the callee's pointer: a caller of this
   one sees it as foreign too.  */
void
forward_get_slot (char ***out) /* { dg-message "^out does not escape$" } */
{
  get_slot (out);
}

void
store_through_forwarded (void)
{
  char **s;
  forward_get_slot (&s);
  *s = malloc (17); /* { dg-message "^malloc\\(17\\) escapes to heap$" } */
}

/* The callee stores the caller's own pointer, not one of its own: the
   slot points to the caller's local.  */
static void
alias_to (char ***out, char **target) /* { dg-message "^out does not escape$" } */
/* { dg-message "^leaking param: target into \\*out$" "" { target *-*-* } .-1 } */
{
  *out = target;
}

void
store_through_aliased_local (void)
{
  char *loc;
  char **s;
  alias_to (&s, &loc);
  *s = malloc (18); /* { dg-message "^malloc\\(18\\) does not escape$" } */
  free (loc);
}

void
store_through_aliased_global (void)
{
  char **s;
  alias_to (&s, &g);
  *s = malloc (19); /* { dg-message "^malloc\\(19\\) escapes to heap$" } */
}
