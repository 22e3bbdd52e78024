/* A struct is one object (docs/design.md, "Deliberately conservative":
   field-insensitive).  Reading the bytes a pointer field points to
   (it->string) as data is then taken to read the bytes of whatever the
   item holds, the items linked through next and child included, whose
   pointers it would expose: items that live and die in the function
   escape (BAD: issue 18's fields).  The same without the byte reads, and
   reads of a named field that holds no pointers (it->type), keep them.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

typedef struct item
{
  struct item *next, *child;
  int type;
  char *string;
} item;

static item *
new_item (void)
{
  item *it = malloc (sizeof *it); /* { dg-message "^malloc\\(32\\) escapes to heap$" } */
  if (it)
    memset (it, 0, sizeof *it);
  return it;
}

static void
add_item (item *object, item *it) /* { dg-message "^leaking param: object into \\*it level=1$" } */
/* { dg-message "^leaking param: it into \\*object$" "" { target *-*-* } .-1 } */
{
  it->next = object->child;
  object->child = it;
}

static void
delete_item (item *it) /* { dg-message "^it does not escape$" } */
{
  while (it)
    {
      item *next = it->next;
      if (it->child)
	delete_item (it->child);
      free (it->string);
      free (it);
      it = next;
    }
}

static unsigned long
hash_strings (const item *object) /* { dg-message "^object does not escape$" } */
{
  unsigned long h = 1;
  for (const item *it = object->child; it; it = it->next)
    for (const char *p = it->string; p && *p; p++)
      h = (h ^ (unsigned char) *p) * 1099511628211UL;
  return h;
}

static unsigned long
hash_types (const item *object) /* { dg-message "^object does not escape$" } */
{
  unsigned long h = 1;
  for (const item *it = object->child; it; it = it->next)
    h = (h ^ (unsigned) it->type) * 1099511628211UL;
  return h;
}

unsigned long
strings (void)
{
  item *object = new_item (); /* { dg-message "^new_item\\(\\) does not escape$" } */
  item *number = new_item (); /* { dg-message "^new_item\\(\\) escapes to heap$" } */
  if (!object || !number)
    abort ();
  add_item (object, number);
  unsigned long h = hash_strings (object);
  delete_item (object);
  return h;
}

unsigned long
types (void)
{
  item *object = new_item (); /* { dg-message "^new_item\\(\\) does not escape$" } */
  item *number = new_item (); /* { dg-message "^new_item\\(\\) does not escape$" } */
  if (!object || !number)
    abort ();
  add_item (object, number);
  unsigned long h = hash_types (object);
  delete_item (object);
  return h;
}
