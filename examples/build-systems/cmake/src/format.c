/* format.c - printing: format_price's string is returned (escapes); the
   line buffer print_table fills and prints is not kept (does not escape).  */

#include <stdio.h>
#include <stdlib.h>
#include "inventory.h"

char *
format_price (long cents)
{
  char *s = malloc (32);			/* returned: escapes */
  if (s)
    snprintf (s, 32, "%ld.%02ld", cents / 100, cents % 100);
  return s;
}

void
print_table (const struct inventory *inv)
{
  char *line = malloc (80);			/* scratch: does not escape */
  if (!line)
    return;
  for (int i = 0; i < inv->n; i++)
    {
      const struct item *it = &inv->items[i];
      snprintf (line, 80, "%-20s %5d x %6ld.%02ld", it->name, it->count,
		it->cents / 100, it->cents % 100);
      puts (line);
    }
  free (line);
}
