/* Objects a function allocates and hands its caller move into the
   caller's frame when the caller keeps them local: the call goes to a
   clone of the constructor that takes the caller's slot (FN.escape_slot),
   the constructor itself stays as it was for its other callers.  Each
   shape: a returned object; a size known only at run time (a guarded
   slot, the heap beyond it); an object stored into the caller's variable;
   a constructor that frees what it made when it fails; calloc's zeroing
   in a loop; a list of two objects linked by the constructor; a caller
   whose object escapes (the original, on the heap); a recursive caller
   (owned slots); a constructor with a slot of its own.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

struct box
{
  int v;
  struct box *next;
};

static struct box *
box_new (int v, struct box *next) /* { dg-message "^leaking param: next$" } */
{
  struct box *b = malloc (sizeof *b); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  if (!b)
    abort ();
  b->v = v;
  b->next = next;
  return b;
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

static void
make_ints (int **out, int k) /* { dg-message "^out does not escape$" } */
{
  int *p = calloc (8, sizeof (int)); /* { dg-message "^calloc\\(8, 4\\) escapes to heap$" } */
  if (!p)
    abort ();
  p[k & 7] += k;
  *out = p;
}

static struct box *
checked_new (int v)
{
  struct box *b = malloc (sizeof *b); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  if (!b)
    return NULL;
  if (v < 0)
    {
      free (b);
      return NULL;
    }
  b->v = v;
  b->next = NULL;
  return b;
}

/* A scratch buffer of its own, moved in its own frame.  */
static struct box *
scratch_new (int v)
{
  int *tmp = malloc (4 * sizeof (int)); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  if (!tmp)
    abort ();
  for (int i = 0; i < 4; i++)
    tmp[i] = v + i;
  struct box *b = malloc (sizeof *b); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  if (!b)
    abort ();
  b->v = tmp[0] + tmp[3];
  b->next = NULL;
  free (tmp);
  return b;
}

struct box *kept;

static long
shapes (const char *word) /* { dg-message "^word does not escape$" } */
{
  long s = 0;
  for (int i = 0; i < 20; i++)
    {
      struct box *a = box_new (i, NULL); /* { dg-message "^moved to stack: box_new\\(i, 0\\)$" } */
      struct box *b = box_new (i + 1, a); /* { dg-message "^moved to stack: box_new\\(i \\+ 1, a\\)$" } */
      s += b->v + b->next->v;
      free (b);
      free (a);
      char *d = dup_str (word); /* { dg-message "^moved to stack: dup_str\\(word\\)$" } */
      if (!d)
	abort ();
      s += (long) strlen (d) + d[0];
      free (d);
      struct box *c = checked_new (i - 10); /* { dg-message "^moved to stack: checked_new\\(i - 10\\)$" } */
      if (c)
	{
	  s += c->v;
	  free (c);
	}
      struct box *x = scratch_new (i); /* { dg-message "^moved to stack: scratch_new\\(i\\)$" } */
      s += x->v;
      free (x);
    }
  for (int i = 0; i < 20; i++)
    {
      int *p;
      /* p is a variable in memory declared in the loop: it dies at the
	 end of each iteration, and so does the object.  */
      make_ints (&p, i); /* { dg-message "^moved to stack: make_ints\\(&p, i\\)$" } */
      for (int k = 0; k < 8; k++)
	s += p[k];
      free (p);
    }
  /* This one is kept: the original constructor, on the heap.  */
  free (kept);
  kept = box_new (7, NULL); /* { dg-message "^box_new\\(7, 0\\) escapes to heap$" } */
  return s;
}

/* Stored into the caller's variable, outside any loop.  */
static long
out_param (int k)
{
  int *p;
  make_ints (&p, k); /* { dg-message "^moved to stack: make_ints\\(&p, k\\)$" } */
  long s = p[k & 7] + p[(k + 1) & 7];
  free (p);
  return s;
}

static long
depth (int n)
{
  if (n == 0)
    return 0;
  struct box *b = box_new (n, NULL); /* { dg-message "^moved to stack: box_new\\(n, 0\\)$" } */
  long r = depth (n - 1) + b->v;
  free (b);
  return r;
}

int
main (void)
{
  char longer[200];
  memset (longer, 'x', sizeof longer - 1);
  longer[sizeof longer - 1] = 0;
  long s = shapes ("hello");
  long t = shapes (longer);
  if (kept->v != 7)
    abort ();
  free (kept);
  long e = 0, f = 0;
  for (int i = 0; i < 20; i++)
    {
      e += 2 * i + 1 + 5 + 'h' + 2 * i + 3 + (i >= 10 ? i - 10 : 0);
      f += 2 * i + 1 + 199 + 'x' + 2 * i + 3 + (i >= 10 ? i - 10 : 0);
    }
  for (int i = 0; i < 20; i++)
    e += i, f += i;
  if (s != e || t != f || depth (1000) != 500500 || out_param (5) != 5)
    abort ();
  return 0;
}
