/* The parameter verdicts: p's value reaches the heap ("leaking param"),
   what p points to reaches the heap ("leaking param content"), p reaches
   the result directly ("to result") or through one dereference
   ("to result level=1"), or none of these.  Non-pointer parameters get
   no note.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stddef.h>

struct entry { const char *key; void *value; struct entry *next; };
struct entry *g_entries;
void *g_last_value;

size_t
key_length (const struct entry *e) /* { dg-message "e does not escape" } */
{
  size_t n = 0;
  while (e->key[n])
    n++;
  return n;
}

void
push (struct entry *e) /* { dg-message "leaking param: e$" } */
{
  e->next = g_entries;
  g_entries = e;
}

void
remember_value (const struct entry *e) /* { dg-message "leaking param content: e$" } */
{
  g_last_value = e->value;
}

struct entry *
self (struct entry *e) /* { dg-message "leaking param: e to result$" } */
{
  return e;
}

void *
value_of (const struct entry *e) /* { dg-message "leaking param: e to result level=1$" } */
{
  return e->value;
}

/* Linking one parameter into another's object: e is stored into *pos, and
   what pos points to (pos->next) into *e.  */
void
link_after (struct entry *pos, struct entry *e) /* { dg-message "leaking param: pos into \\*e level=1$" } */
/* { dg-message "leaking param: e into \\*pos$" "" { target *-*-* } .-1 } */
{
  e->next = pos->next;
  pos->next = e;
}

int
count (int n, long k, double x)
{
  return n + (int) k + (int) x;
}

/* Copying what one parameter points to into what another points to.  */
void
copy_head (struct entry **dst, struct entry **src) /* { dg-message "dst does not escape" } */
/* { dg-message "leaking param: src into \\*dst level=1$" "" { target *-*-* } .-1 } */
{
  *dst = *src;
}

const char *
first_key (struct entry **list) /* { dg-message "leaking param: list to result level=2$" } */
{
  return (*list)->key;
}
