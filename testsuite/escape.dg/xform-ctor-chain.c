/* Constructors that get their object from another constructor (two and
   three levels: cJSON_CreateObject calls cJSON_New_Item), moved into the
   caller's frame: the caller calls a clone of the outer constructor,
   which calls a clone of the inner one, handing the slot on; the size
   test of a run-time size is the innermost allocation's.  A constructor
   that fails and hands what it made to a disposer calls the disposer's
   release clone (before, the disposer freed the caller's slot).  And a
   tree built from such objects, freed by a recursive disposer.  Kept: a
   chain whose inner constructor keeps its object on some path.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

struct item
{
  int type;
  struct item *child, *next;
};

static struct item *
item_alloc (void)
{
  struct item *it = malloc (sizeof *it); /* { dg-message "^malloc\\(24\\) escapes to heap$" } */
  if (it)
    memset (it, 0, sizeof *it);
  return it;
}

static struct item *
item_object (void)
{
  struct item *it = item_alloc (); /* { dg-message "^item_alloc\\(\\) escapes to heap$" } */
  if (it)
    it->type = 1;
  return it;
}

static struct item *
item_number (int v)
{
  struct item *it = item_object (); /* { dg-message "^item_object\\(\\) escapes to heap$" } */
  if (!it)
    abort ();
  it->type = v;
  return it;
}

static int disposed;

static void
item_delete (struct item *it) /* { dg-message "^it does not escape$" } */
{
  while (it)
    {
      struct item *next = it->next;
      item_delete (it->child);
      disposed++;
      free (it);
      it = next;
    }
}

static char *
buf_alloc (size_t n) /* { dg-message "^buf_alloc is an allocator \\(wraps malloc; size: n\\)$" } */
{
  return malloc (n); /* { dg-message "^malloc\\(n\\) escapes to heap$" } */
}

static char *
str_make (const char *s) /* { dg-message "^leaking param content: s$" } */
{
  size_t n = strlen (s) + 1;
  char *d = buf_alloc (n); /* { dg-message "^buf_alloc\\(n\\) escapes to heap$" } */
  if (!d)
    abort ();
  memcpy (d, s, n);
  return d;
}

static struct item *
checked (int v)
{
  struct item *it = item_alloc (); /* { dg-message "^item_alloc\\(\\) escapes to heap$" } */
  if (!it)
    abort ();
  it->type = v;
  if (v < 0)
    {
      item_delete (it);
      return NULL;
    }
  return it;
}

static struct item *cache;

static struct item *
sometimes_kept (int v)
{
  struct item *it = item_alloc (); /* { dg-message "^item_alloc\\(\\) escapes to heap$" } */
  if (!it)
    abort ();
  it->type = v;
  if (v == 3 && !cache)
    cache = it;
  return it;
}

static long
shapes (const char *word) /* { dg-message "^word does not escape$" } */
{
  long s = 0;
  for (int i = -2; i < 8; i++)
    {
      struct item *a = item_object (); /* { dg-message "^moved to stack: item_object\\(\\)$" } */
      struct item *b = item_number (i); /* { dg-message "^moved to stack: item_number\\(i\\)$" } */
      if (!a)
	abort ();
      s += a->type + b->type + (a->child == NULL) + (b->next == NULL);
      free (a);
      free (b);

      char *w = str_make (word); /* { dg-message "^moved to stack: str_make\\(word\\)$" } */
      s += (long) strlen (w) + w[0];
      free (w);

      struct item *c = checked (i); /* { dg-message "^moved to stack: checked\\(i\\)$" } */
      if (c)
	{
	  s += c->type;
	  item_delete (c);
	}

      /* Not a constructor: what it makes may be kept.  */
      struct item *k = sometimes_kept (i);
      s += k->type;
      if (k != cache)
	free (k);

      /* A tree: a root and two children, freed by the recursive
	 disposer.  */
      struct item *root = item_object (); /* { dg-message "^moved to stack: item_object\\(\\)$" } */
      struct item *x = item_number (i); /* { dg-message "^moved to stack: item_number\\(i\\)$" } */
      struct item *y = item_number (i + 1); /* { dg-message "^moved to stack: item_number\\(i \\+ 1\\)$" } */
      if (!root)
	abort ();
      root->child = x;
      x->next = y;
      s += root->type + root->child->type + root->child->next->type;
      item_delete (root);
    }
  return s;
}

int
main (void)
{
  char longer[200];
  memset (longer, 'y', sizeof longer - 1);
  longer[sizeof longer - 1] = 0;
  /* Per i: 1 + i + 2, len + first, i when i >= 0, i, 1 + i + i + 1.  */
  long want = 0, want_long = 0;
  for (int i = -2; i < 8; i++)
    {
      long common = 1 + i + 2 + (i >= 0 ? i : 0) + i + 1 + i + i + 1;
      want += common + 5 + 'h';
      want_long += common + 199 + 'y';
    }
  if (shapes ("hello") != want || shapes (longer) != want_long)
    abort ();
  /* checked: 2 failures and 8 successes per run; the trees: 3 each.  */
  if (disposed != 2 * (10 + 30))
    abort ();
  free (cache);
  return 0;
}
