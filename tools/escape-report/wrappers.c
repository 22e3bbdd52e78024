/* wrappers.c - the allocator wrappers a build defines, as declarations for
   the units that call them.

   The plugin reads one unit at a time: xmalloc's body in alloc.c makes it
   an allocator there (its calls in alloc.c are allocation sites), while
   every other unit sees a call of an unknown function.  Each unit's report
   says which of its functions are allocator or deallocator wrappers
   ("functions", docs/report-json.md): one allocation returned after at
   most a failure check, and nothing else (passes/wrappers.cc), which is
   exactly what a declaration with -fplugin-arg-escape-allocator= promises.
   A wrapper is listed only when the promise holds for every definition of
   its name in the build, since a declaration matches calls by name.  */

#include <stdlib.h>
#include <string.h>
#include "report.h"

/* Names the plugin refuses to declare: the C library keeps its model.  */
static int
library_name (const char *name)
{
  static const char *const lib[] = { "malloc", "calloc", "aligned_alloc",
    "strdup", "strndup", "realloc", "free" };
  for (size_t i = 0; i < sizeof lib / sizeof lib[0]; i++)
    if (strcmp (name, lib[i]) == 0)
      return 1;
  return 0;
}

static int
same_size (const struct esr_size *a, const struct esr_size *b)
{
  return a->known == b->known && a->arg == b->arg && a->min == b->min;
}

static int
same_family (const struct esr_family *a, const struct esr_family *b)
{
  return esr_strcmp_null (a->name, b->name) == 0
    && (!a->name || a->arg == b->arg);
}

/* Do A and B, two definitions of one name, say the same to callers?  */
static int
same_facts (const struct esr_function *a, const struct esr_function *b)
{
  if (a->is_alloc != b->is_alloc || a->frees != b->frees
      || !same_family (&a->frees_family, &b->frees_family))
    return 0;
  return !a->is_alloc
    || (strcmp (a->wraps, b->wraps) == 0 && same_size (&a->size, &b->size)
	&& same_size (&a->count, &b->count) && a->movable == b->movable
	&& a->zeroes == b->zeroes && a->attribute == b->attribute
	&& same_family (&a->family, &b->family));
}

/* Is F's name one a declaration may take for F: not the C library's, and
   every function of that name in the build (static ones too, which a
   declaration would match as well) is a wrapper like F?  */
static int
declarable (const struct esr_set *set, const struct esr_function *f)
{
  if (library_name (f->name))
    return 0;
  for (int i = 0; i < set->nfunctions; i++)
    if (strcmp (set->functions[i].name, f->name) == 0
	&& !same_facts (&set->functions[i], f))
      return 0;
  return 1;
}

/* The first public definition of F's name (one entry per name).  */
static int
first_of_name (const struct esr_set *set, int k)
{
  for (int i = 0; i < k; i++)
    if (set->functions[i].is_public
	&& strcmp (set->functions[i].name, set->functions[k].name) == 0)
      return 0;
  return 1;
}

/* A size argument that is an argument number, no more than its value
   (a minimum of 1 only changes a request of 0 bytes, which no stack slot
   serves anyway).  */
static int
plain_arg (const struct esr_size *s)
{
  return s->known && s->arg > 0 && s->min <= 1;
}

/* SIZE_ARG for F ("1", "1*2", or "-"), and why it is "-" in *NOTE.  */
static char *
size_field (const struct esr_function *f, char **note)
{
  struct esr_size size = f->size, count = f->count;
  /* calloc (1, n): n bytes.  */
  if (count.known && count.arg == 0 && count.min == 1)
    count.known = 0;
  if (count.known)
    {
      if (plain_arg (&count) && plain_arg (&size))
	return esr_xasprintf ("%lld*%lld", count.arg, size.arg);
      *note = esr_xstrdup ("its size is not a product of two of its "
			   "arguments: its calls are reported, never moved");
      return esr_xstrdup ("-");
    }
  if (plain_arg (&size))
    return esr_xasprintf ("%lld", size.arg);
  if (size.known && size.arg == 0)
    *note = esr_xasprintf ("its size, %lld bytes, is none of its "
			   "arguments: its calls are reported, never moved",
			   size.min);
  else if (size.known)
    *note = esr_xasprintf ("it allocates at least %lld bytes whatever "
			   "argument %lld asks for, which a declaration "
			   "cannot say: its calls are reported, never moved",
			   size.min, size.arg);
  else
    *note = esr_xstrdup ("its size is none of its arguments: its calls "
			 "are reported, never moved");
  return esr_xstrdup ("-");
}

/* ":FREE_NAME[:FREE_ARG]" for allocator F, and what it leaves out in
   *NOTE (appended).  */
static char *
free_field (const struct esr_set *set, const struct esr_function *f,
	    char **note)
{
  const char *name = f->family.name;
  long long arg = f->family.arg;
  struct esr_buf extra = { 0 };
  if (!name)
    {
      esr_buf_add (&extra, "no function of the build or the C library is "
		   "known to release its memory: add :FREE_NAME[:FREE_ARG] "
		   "naming the one that does (without it, a free of its "
		   "objects keeps them on the heap)");
      *note = extra.s;
      return esr_xstrdup ("");
    }
  /* A deallocator wrapper of the same family: the build's callers free
     through it, which an unknown call would make an escape.  */
  int found = -1, nfound = 0;
  struct esr_buf others = { 0 };
  for (int i = 0; i < set->nfunctions; i++)
    {
      const struct esr_function *d = &set->functions[i];
      if (!d->is_public || !d->frees || !same_family (&d->frees_family,
						      &f->family)
	  || !first_of_name (set, i) || !declarable (set, d))
	continue;
      esr_buf_printf (&others, "%s%s", nfound ? ", " : "", d->name);
      if (nfound++ == 0)
	found = i;
    }
  if (nfound == 1)
    {
      name = set->functions[found].name;
      arg = set->functions[found].frees;
      esr_buf_printf (&extra, "%s releases it (a free of its objects by %s "
		      "itself then keeps them on the heap)", name,
		      f->family.name);
    }
  else if (nfound > 1)
    esr_buf_printf (&extra, "%s all release it, and a declaration names "
		    "one deallocator: calls of them keep its objects on the "
		    "heap", others.s);
  free (others.s);
  if (extra.s)
    {
      if (*note)
	{
	  char *both = esr_xasprintf ("%s; %s", *note, extra.s);
	  free (*note);
	  free (extra.s);
	  *note = both;
	}
      else
	*note = extra.s;
    }
  return arg == 1 ? esr_xasprintf (":%s", name)
    : esr_xasprintf (":%s:%lld", name, arg);
}

int
esr_wrappers (const struct esr_set *set, struct esr_wrapper **out)
{
  struct esr_wrapper *w = esr_xmalloc ((size_t) (set->nfunctions + 1)
				       * sizeof *w);
  int n = 0;
  for (int i = 0; i < set->nfunctions; i++)
    {
      const struct esr_function *f = &set->functions[i];
      /* Moves like malloc: not strdup (it copies), not aligned_alloc (a
	 declared allocator's slot has malloc's alignment), not an
	 allocator by GCC attributes only.  */
      if (!f->is_public || !f->is_alloc || !f->movable || f->attribute
	  || !first_of_name (set, i) || !declarable (set, f))
	continue;
      char *note = NULL;
      char *size = size_field (f, &note);
      char *free_ = free_field (set, f, &note);
      w[n].function = i;
      w[n].entry = esr_xasprintf ("%s:%s%s", f->name, size, free_);
      w[n].note = note;
      n++;
      free (size);
      free (free_);
    }
  *out = w;
  return n;
}

void
esr_wrappers_free (struct esr_wrapper *w, int n)
{
  for (int i = 0; i < n; i++)
    {
      free (w[i].entry);
      free (w[i].note);
    }
  free (w);
}

int
esr_write_allocators (FILE *out, const struct esr_set *set,
		      const struct esr_options *opt)
{
  struct esr_wrapper *w;
  int n = esr_wrappers (set, &w);
  fprintf (out, "# Allocator wrappers defined in this build, found by "
	   "escape-report in the\n# plugin's reports: read with "
	   "-fplugin-arg-escape-allocators=FILE.\n");
  if (n == 0)
    fprintf (out, "# (none)\n");
  for (int k = 0; k < n; k++)
    {
      const struct esr_function *f = &set->functions[w[k].function];
      char *file = esr_display_path (opt, f->file, NULL);
      fprintf (out, "\n# %s:%lld: %s wraps %s\n", file, f->line, f->name,
	       f->wraps);
      /* One comment line per part: the file's lines are short.  */
      for (const char *p = w[k].note; p && *p;)
	{
	  const char *end = strstr (p, "; ");
	  int len = end ? (int) (end - p) : (int) strlen (p);
	  fprintf (out, "# %.*s\n", len, p);
	  p = end ? end + 2 : p + len;
	}
      fprintf (out, "%s\n", w[k].entry);
      free (file);
    }
  esr_wrappers_free (w, n);
  return ferror (out) ? -1 : 0;
}
