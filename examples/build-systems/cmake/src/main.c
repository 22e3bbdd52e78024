/* main.c - fill an inventory and print it.  */

#include <stdio.h>
#include <stdlib.h>
#include "inventory.h"

int
main (void)
{
  struct inventory *inv = inventory_new ();
  if (!inv)
    return 1;
  inventory_add (inv, "bolts M4", 200, 7);
  inventory_add (inv, "nuts M4", 250, 3);
  inventory_add (inv, "washers", 500, 1);
  inventory_add (inv, "hex key 3mm", 12, 149);
  inventory_add (inv, "cable ties", 100, 5);
  print_table (inv);
  char *total = format_price (inventory_total (inv));
  if (total)
    printf ("total: %s\n", total);
  free (total);
  inventory_free (inv);
  return 0;
}
