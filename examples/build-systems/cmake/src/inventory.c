/* inventory.c - the stock list: the list and its array are returned to
   the caller (escape); the scratch copy used for totals does not.  */

#include <stdlib.h>
#include <string.h>
#include "inventory.h"

struct inventory *
inventory_new (void)
{
  struct inventory *inv = malloc (sizeof *inv);	/* returned: escapes */
  if (!inv)
    return NULL;
  inv->items = malloc (4 * sizeof *inv->items);	/* stored in it: escapes */
  inv->n = 0;
  inv->cap = inv->items ? 4 : 0;
  return inv;
}

struct item *
inventory_add (struct inventory *inv, const char *name, int count, long cents)
{
  if (inv->n == inv->cap)
    {
      size_t size = 2 * inv->cap * sizeof *inv->items;
      struct item *more = realloc (inv->items, size);	/* kept: escapes */
      if (!more)
	return NULL;
      inv->items = more;
      inv->cap *= 2;
    }
  struct item *it = &inv->items[inv->n++];
  strncpy (it->name, name, sizeof it->name - 1);
  it->name[sizeof it->name - 1] = '\0';
  it->count = count;
  it->cents = cents;
  return it;
}

/* The value of the stock, summed over a copy.  */
long
inventory_total (const struct inventory *inv)
{
  int n = inv->n ? inv->n : 1;
  long *values = calloc (n, sizeof *values);	/* scratch: does not escape */
  if (!values)
    return -1;
  for (int i = 0; i < inv->n; i++)
    values[i] = inv->items[i].count * inv->items[i].cents;
  long total = 0;
  for (int i = 0; i < inv->n; i++)
    total += values[i];
  free (values);
  return total;
}

void
inventory_free (struct inventory *inv)
{
  free (inv->items);
  free (inv);
}
