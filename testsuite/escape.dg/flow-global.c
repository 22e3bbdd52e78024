/* Storing a pointer in a global, a file static, a function-local static,
   or in memory reached from one of them makes it escape.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

char *last_error;
static int *cache;
struct registry { void *slots[8]; int used; } reg;
struct node { struct node *next; char *name; };
static struct node *head;

void
set_error (size_t n)
{
  last_error = malloc (n); /* { dg-message "malloc\\(n\\) escapes to heap" } */
}

void
warm_cache (void)
{
  int *c = calloc (256, sizeof *c); /* { dg-message "calloc\\(256, 4\\) escapes to heap" } */
  cache = c;
}

int *
counter (void)
{
  static int *slot;
  if (!slot)
    slot = malloc (sizeof *slot); /* { dg-message "malloc\\(4\\) escapes to heap" } */
  return 0;
}

void
register_obj (int i)
{
  reg.slots[i & 7] = malloc (32); /* { dg-message "malloc\\(32\\) escapes to heap" } */
  reg.used++;
}

/* Through a pointer loaded from a global: the node is the heap's.  */
void
rename_head (void)
{
  if (head)
    head->name = malloc (16); /* { dg-message "malloc\\(16\\) escapes to heap" } */
}

void
publish (char *msg) /* { dg-message "leaking param: msg$" } */
{
  last_error = msg;
}

void
publish_from (char **msgp) /* { dg-message "leaking param content: msgp$" } */
{
  last_error = *msgp;
}
