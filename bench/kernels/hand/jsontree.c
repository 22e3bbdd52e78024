/* hand/jsontree.c - the stack version of jsontree.c (the limit): the
   items are locals and the name is copied into a 64-byte local, the heap
   beyond.

   jsontree.c - small JSON-like values built, read and deleted, cJSON's
   shape (cJSON.c): an item comes from a constructor that gets it from
   another (cJSON_CreateObject calls cJSON_New_Item), a string item holds
   a copy of its text made by a third (cJSON_CreateString: two objects
   handed over), items are linked into their object, and the whole tree
   is released by a recursive disposer (cJSON_Delete).  Each record of the
   input becomes such an object with a number and a name, is summed, and
   is deleted: it lives and dies in the loop iteration that built it.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NRECORDS 4096
#define ROUNDS 400
#define EXPECTED 0x66548bac8f49bcb0UL

enum { T_NUMBER = 8, T_STRING = 16, T_OBJECT = 64 };

typedef struct item
{
  struct item *next, *child;
  int type;
  double number;
  char *string;
} item;

static char names[NRECORDS][24];
static double values[NRECORDS];

static unsigned
next_rand (unsigned *rng)
{
  *rng = *rng * 1103515245u + 12345u;
  return *rng >> 8;
}

static void
make_input (void)
{
  unsigned state = 99;
  for (int i = 0; i < NRECORDS; i++)
    {
      int n = 3 + next_rand (&state) % 18;
      for (int k = 0; k < n; k++)
	names[i][k] = (char) ('a' + next_rand (&state) % 26);
      names[i][n] = '\0';
      values[i] = (double) (next_rand (&state) % 100000) / 8;
    }
}

static void
add_item (item *object, item *it)
{
  it->next = object->child;
  object->child = it;
}

/* The record's fields, summed into a hash.  */
static unsigned long
hash_object (const item *object)
{
  unsigned long h = 1469598103934665603UL;
  for (const item *it = object->child; it; it = it->next)
    {
      if (it->type == T_NUMBER)
	h = (h ^ (unsigned long) (it->number * 8)) * 1099511628211UL;
      else if (it->type == T_STRING)
	for (const char *p = it->string; *p; p++)
	  h = (h ^ (unsigned char) *p) * 1099511628211UL;
    }
  return h;
}

static unsigned long
round_trip (int i)
{
  item object, number, name;
  char text[64];
  memset (&object, 0, sizeof object);
  memset (&number, 0, sizeof number);
  memset (&name, 0, sizeof name);
  object.type = T_OBJECT;
  number.type = T_NUMBER;
  number.number = values[i];
  name.type = T_STRING;
  size_t n = strlen (names[i]) + 1;
  name.string = n <= sizeof text ? text : malloc (n);
  if (!name.string)
    abort ();
  memcpy (name.string, names[i], n);
  add_item (&object, &number);
  add_item (&object, &name);
  unsigned long h = hash_object (&object);
  if (name.string != text)
    free (name.string);
  return h;
}

int
main (void)
{
  make_input ();
  unsigned long sum = 0;
  for (int r = 0; r < ROUNDS; r++)
    for (int i = 0; i < NRECORDS; i++)
      sum = sum * 31 + round_trip (i);
  printf ("jsontree: checksum %#lx\n", sum);
  if (sum != EXPECTED)
    {
      fprintf (stderr, "jsontree: MISMATCH, expected %#lx\n", EXPECTED);
      return 1;
    }
  return 0;
}
