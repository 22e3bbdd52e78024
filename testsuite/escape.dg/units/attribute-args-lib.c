/* Another unit for xform-attribute-args.c: functions the test's unit
   knows only by their declarations and attributes, which keep what they
   are given.  */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

void *registry, *last_owner, *pool, *kept;

__attribute__((malloc)) void *
make_node (void *payload)
{
  registry = payload;
  return malloc (8);
}

void
my_free (void *p, void *owner)
{
  if (owner)
    last_owner = owner;
  free (pool);
  pool = p;
}

void *
my_alloc (void)
{
  return malloc (16);
}

int
printf_unlocked (const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  if (strstr (fmt, "%p"))
    kept = va_arg (ap, void *);
  va_end (ap);
  return 0;
}
