/* inventory.h - a small stock list.  */

#ifndef INVENTORY_H
#define INVENTORY_H

struct item
{
  char name[32];
  int count;
  long cents;			/* unit price */
};

struct inventory
{
  struct item *items;
  int n, cap;
};

/* inventory.c */
struct inventory *inventory_new (void);
struct item *inventory_add (struct inventory *inv, const char *name,
			    int count, long cents);
long inventory_total (const struct inventory *inv);
void inventory_free (struct inventory *inv);

/* format.c */
char *format_price (long cents);
void print_table (const struct inventory *inv);

#endif
