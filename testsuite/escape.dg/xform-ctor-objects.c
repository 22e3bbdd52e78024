/* Constructors that hand over several objects (a struct and the members
   it allocates, cJSON_CreateString's item and its copy of the string; an
   object returned and another stored into *out): the caller's call goes
   to one clone with a slot parameter per object, NULL for an object that
   stays on the heap (too large here), and each object that moves is made
   in its slot, by the constructor or by the constructor it calls.  Frees
   in the constructor (one that fails) are guarded against every slot, and
   a disposer it calls goes to its release clone.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

struct item
{
  struct item *next;
  int type;
  char *value;
};

static struct item *
new_item (void)
{
  struct item *n = malloc (sizeof *n); /* { dg-message "^malloc\\(24\\) escapes to heap$" } */
  if (n)
    memset (n, 0, sizeof *n);
  return n;
}

static char *
dup_str (const char *s) /* { dg-message "^leaking param content: s$" } */
{
  size_t n = strlen (s) + 1;
  char *d = malloc (n); /* { dg-message "^malloc\\(n\\) escapes to heap$" } */
  if (!d)
    return NULL;
  memcpy (d, s, n);
  return d;
}

static int deleted;

static void
delete_item (struct item *it) /* { dg-message "^it does not escape$" } */
{
  while (it)
    {
      struct item *next = it->next;
      free (it->value);
      free (it);
      deleted++;
      it = next;
    }
}

/* Two objects, each made by a constructor it calls; a failure disposes
   of the first.  */
static struct item *
create_string (const char *s) /* { dg-message "^leaking param content: s$" } */
{
  struct item *it = new_item (); /* { dg-message "^new_item\\(\\) escapes to heap$" } */
  if (!it)
    return NULL;
  it->type = 16;
  it->value = dup_str (s); /* { dg-message "^dup_str\\(s\\) escapes to heap$" } */
  if (!it->value)
    {
      delete_item (it);
      return NULL;
    }
  return it;
}

struct pair
{
  char *a;
  long *b;
  char *big;
};

/* Three objects of its own, one too large for a slot.  */
static struct pair *
pair_new (int n)
{
  struct pair *p = malloc (sizeof *p); /* { dg-message "^malloc\\(24\\) escapes to heap$" } */
  if (!p)
    abort ();
  p->a = malloc (n + 1); /* { dg-message "^malloc\\(n \\+ 1\\) escapes to heap$" } */
  p->b = calloc (4, sizeof (long)); /* { dg-message "^calloc\\(4, 8\\) escapes to heap$" } */
  p->big = malloc (100000); /* { dg-message "^malloc\\(100000\\) escapes to heap$" } */
  if (!p->a || !p->b || !p->big)
    abort ();
  memset (p->a, 'a', n);
  p->a[n] = 0;
  p->big[99999] = 7;
  return p;
}

/* One object returned, one stored into *out.  */
static char *
two_ways (int v, long **out) /* { dg-message "^out does not escape$" } */
{
  long *o = malloc (sizeof *o); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
  char *r = malloc (4); /* { dg-message "^malloc\\(4\\) escapes to heap$" } */
  if (!o || !r)
    abort ();
  *o = v;
  r[0] = (char) v;
  *out = o;
  return r;
}

static long
use (int i)
{
  long s = 0;
  struct item *x = create_string (i & 1 ? "short" : "a string longer than the sixty-four bytes of a guarded slot, on the heap"); /* { dg-message "^moved to stack: create_string\\(\\{temp\\}\\)$" } */
  /* { dg-message "^moved to stack: create_string\\(\\{temp\\}\\): malloc\\(n\\) at \[^ \]*:34$" "" { target *-*-* } .-1 } */
  s += (long) strlen (x->value) + x->type;
  delete_item (x);

  struct pair *p = pair_new (i); /* { dg-message "^moved to stack: pair_new\\(i\\)$" } */
  /* { dg-message "^moved to stack: pair_new\\(i\\): malloc\\(n \\+ 1\\) at \[^ \]*:88$" "" { target *-*-* } .-1 } */
  /* { dg-message "^moved to stack: pair_new\\(i\\): calloc\\(4, 8\\) at \[^ \]*:89$" "" { target *-*-* } .-2 } */
  /* { dg-message "^pair_new\\(i\\): malloc\\(100000\\) at \[^ \]*:90 does not escape$" "" { target *-*-* } .-3 } */
  s += (long) strlen (p->a) + p->b[3] + p->big[99999];
  free (p->a);
  free (p->b);
  free (p->big);
  free (p);

  long *o;
  char *r = two_ways (i, &o); /* { dg-message "^moved to stack: two_ways\\(i, &o\\)$" } */
  /* { dg-message "^moved to stack: two_ways\\(i, &o\\): malloc\\(4\\) at \[^ \]*:104$" "" { target *-*-* } .-1 } */
  s += *o + r[0];
  free (o);
  free (r);
  return s;
}

int
main (void)
{
  long s = 0, want = 0;
  for (int i = 0; i < 100; i++)
    {
      s += use (i);
      want += (i & 1 ? 5 : 72) + 16 + i + 7 + i + (char) i;
    }
  if (s != want || deleted != 100)
    abort ();
  return 0;
}
