/* allocators.c - the table behind allocators.h.  */

#include <string.h>
#include "allocators.h"

static const esc_allocator table[] = {
  /* name           role              nargs size count align ptr */
  { "malloc",        ESC_ROLE_ALLOC,   1,  0,   -1,   -1,  -1 },
  { "calloc",        ESC_ROLE_ALLOC,   2,  1,    0,   -1,  -1 },
  { "aligned_alloc", ESC_ROLE_ALLOC,   2,  1,   -1,    0,  -1 },
  { "strdup",        ESC_ROLE_ALLOC,   1, -1,   -1,   -1,  -1 },
  { "strndup",       ESC_ROLE_ALLOC,   2, -1,   -1,   -1,  -1 },
  { "realloc",       ESC_ROLE_REALLOC, 2,  1,   -1,   -1,   0 },
  { "free",          ESC_ROLE_FREE,    1, -1,   -1,   -1,   0 },
};

const esc_allocator *
esc_allocator_lookup (const char *name)
{
  if (!name)
    return NULL;
  if (strncmp (name, "__builtin_", 10) == 0)
    name += 10;
  for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
    if (strcmp (table[i].name, name) == 0)
      return &table[i];
  return NULL;
}
