/* GCC's malloc attributes promise a fresh result (malloc) or which
   function frees it (malloc (dealloc, n)), nothing about what the call
   does with its arguments: they escape as an unknown function's do, the
   freed pointer too (a pool may keep it).  A builtin's summary from GCC's
   fnspec serves every call, so it is shaped by the declaration, not by
   the first call seen: printf_unlocked's variadic arguments escape though
   its first call passed an int.  (Audit findings; the functions are
   defined in units/attribute-args-lib.c.)  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m" } */
/* { dg-additional-sources "units/attribute-args-lib.c" } */
/* { dg-message "^leaking param: payload$" "" { target *-*-* } attribute-args-lib.c:11 } */
/* { dg-message "^malloc\\(8\\) escapes to heap$" "" { target *-*-* } attribute-args-lib.c:14 } */
/* { dg-message "^leaking param: p$" "" { target *-*-* } attribute-args-lib.c:18 } */
/* { dg-message "^leaking param: owner$" "" { target *-*-* } attribute-args-lib.c:18 } */
/* { dg-message "^my_alloc is an allocator \\(wraps malloc; size: 16\\)$" "" { target *-*-* } attribute-args-lib.c:27 } */
/* { dg-message "^malloc\\(16\\) escapes to heap$" "" { target *-*-* } attribute-args-lib.c:29 } */
/* { dg-message "^fmt does not escape$" "" { target *-*-* } attribute-args-lib.c:33 } */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern void *registry, *last_owner, *pool, *kept;
__attribute__((malloc)) void *make_node (void *payload);
void my_free (void *p, void *owner);
__attribute__((malloc (my_free, 1))) void *my_alloc (void);
int printf_unlocked (const char *fmt, ...);

__attribute__((noinline)) static void
keep_payload (void)
{
  char *obj = malloc (32); /* { dg-message "^malloc\\(32\\) escapes to heap$" } */
  strcpy (obj, "payload");
  void *n = make_node (obj); /* { dg-message "^make_node\\(obj\\) does not escape$" } */
  free (n);
}

__attribute__((noinline)) static void
keep_owner (void)
{
  char *obj = malloc (32); /* { dg-message "^malloc\\(32\\) escapes to heap$" } */
  strcpy (obj, "owner");
  void *x = my_alloc ();
  my_free (x, obj);
}

__attribute__((noinline)) void
keep_freed (void)
{
  char *obj = malloc (32); /* { dg-message "^malloc\\(32\\) escapes to heap$" } */
  strcpy (obj, "pooled");
  my_free (obj, 0);
}

__attribute__((noinline)) void
first (int n)
{
  printf_unlocked ("%d\n", n);
}

__attribute__((noinline)) void
keep_printed (void)
{
  char *obj = malloc (32); /* { dg-message "^malloc\\(32\\) escapes to heap$" } */
  strcpy (obj, "printed");
  printf_unlocked ("%p\n", obj);
}

__attribute__((noinline)) static void
clobber (void)
{
  volatile char buf[1024];
  for (int i = 0; i < 1024; i++)
    buf[i] = 'X';
}

int
main (void)
{
  first (1);
  keep_payload ();
  keep_owner ();
  keep_freed ();
  keep_printed ();
  clobber ();
  if (strcmp ((char *) registry, "payload") != 0
      || strcmp ((char *) last_owner, "owner") != 0
      || strcmp ((char *) pool, "pooled") != 0
      || strcmp ((char *) kept, "printed") != 0)
    {
      printf ("FAIL\n");
      return 1;
    }
  return 0;
}
