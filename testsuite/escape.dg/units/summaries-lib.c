/* Functions of another unit for xform-summaries.c and ipa-summaries.c,
   whose calls there go through the summaries this unit records
   (dg-summaries-from).  */
#include <stdlib.h>

int *summaries_kept;

/* The same name as a static function of the tests, which must not take
   this one's summary: this one leaks its parameter.  */
static int *
pick (int *p)
{
  summaries_kept = p;
  return p;
}

void
fill (int *v, int n, int x)
{
  for (int i = 0; i < n; i++)
    v[i] = x + i;
}

int
total (const int *v, int n)
{
  int t = 0;
  for (int i = 0; i < n; i++)
    t += v[i];
  return t;
}

void
keep (int *p)
{
  pick (p);
}

void
release (int *p)
{
  free (p);
}

/* A constructor: the caller judges the object it hands over.  */
int *
make_pair (int a, int b)
{
  int *p = malloc (2 * sizeof *p);
  if (!p)
    abort ();
  p[0] = a;
  p[1] = b;
  return p;
}

/* An allocator wrapper: its calls are allocation sites of the caller.  */
void *
xmalloc (size_t n)
{
  void *p = malloc (n);
  if (!p)
    abort ();
  return p;
}

/* Weak: it publishes no summary, so a call of it stays unknown.  */
__attribute__ ((weak)) void
weak_keep (int *p)
{
  (void) p;
}
