/* advice.c - the one change that would let a site move, and the order in
   which escape-report lists them (docs/escape-report.md, "Ranking").

   A site that does not escape but stays on the heap stays for the reason
   its code names, and the change follows from the code.  A site that
   escapes needs the store that sends it to the heap gone: the last step of
   its path names it.  */

#include <stdlib.h>
#include <string.h>
#include "report.h"

const char *
esr_verdict_text (enum esr_verdict v)
{
  return v == ESR_NOESC ? "does not escape" : "escapes to heap";
}

char *
esr_step_flow (const struct esr_step *s)
{
  if (s->derefs < 0)
    return esr_xasprintf ("%s = &%s", s->dst, s->src);
  char stars[16];
  long long k = s->derefs < 15 ? s->derefs : 15;
  memset (stars, '*', (size_t) k);
  stars[k] = 0;
  return esr_xasprintf ("%s = %s%s", s->dst, stars, s->src);
}

/* The bytes a movable site takes from its function's frame budget, as
   core/transform.c counts them for malloc and calloc (its slot: the size,
   or "slot" when that differs; a 16-byte slot alignment; the report does
   not carry aligned_alloc's own).  */
static long long
slot_bytes (const struct esr_site *s)
{
  long long size = s->slot > 0 ? s->slot
    : s->has_size && s->size > 0 ? s->size : 1;
  return (size + ESR_SLOT_ALIGN - 1) / ESR_SLOT_ALIGN * ESR_SLOT_ALIGN;
}

/* A frame budget that moves site I and keeps every site of its function
   that moves now.  The budget takes the function's candidates (sites that
   move, or that the budget refused) in source order, first come first
   served, so it must hold every candidate up to this site or up to the
   last site that moves now, whichever comes later.  */
static long long
budget_needed (const struct esr_set *set, int i)
{
  const struct esr_site *s = &set->sites[i];
  int first = i - s->index, last = i;
  for (int j = first; j < set->nsites && set->sites[j].unit == s->unit; j++)
    {
      const struct esr_site *t = &set->sites[j];
      if (strcmp (t->function, s->function) == 0
	  && strcmp (t->reason, "moved") == 0 && j > last)
	last = j;
    }
  long long need = 0;
  for (int j = first; j <= last; j++)
    {
      const struct esr_site *t = &set->sites[j];
      if (strcmp (t->function, s->function) == 0 && t->verdict == ESR_NOESC
	  && (strcmp (t->reason, "moved") == 0
	      || strcmp (t->reason, "budget") == 0))
	need += slot_bytes (t);
    }
  return need;
}

/* Steps that are no statement one could change: a value meeting itself
   where control flow merges or at the next loop iteration.  */
static int
bookkeeping (const struct esr_step *st)
{
  return st->why && (strcmp (st->why, "where control flow merges") == 0
		     || strcmp (st->why, "carried into the next loop "
				"iteration") == 0);
}

/* The step whose statement to change: the last one with a position that
   is a statement, else the last one with a position.  */
static const struct esr_step *
last_located (const struct esr_site *s)
{
  for (int pass = 0; pass < 2; pass++)
    for (int k = s->npath - 1; k >= 0; k--)
      if (s->path[k].file && s->path[k].line > 0
	  && (pass == 1 || !bookkeeping (&s->path[k])))
	return &s->path[k];
  return NULL;
}

static char *
escape_change (const struct esr_options *opt, const struct esr_site *s,
	       const char *verb)
{
  const struct esr_step *st = last_located (s);
  if (!st)
    return NULL;
  /* The statement: the located step's, unless the last step has words
     but no position of its own (a return), which then say it better.  */
  const struct esr_step *last = &s->path[s->npath - 1];
  const char *what = !last->file && last->where ? last->where : st->where;
  char *file = esr_display_path (opt, st->file, NULL);
  char *r;
  if (what)
    r = esr_xasprintf ("%s at %s:%lld (`%s`)", verb, file, st->line, what);
  else
    {
      char *flow = esr_step_flow (st);
      r = esr_xasprintf ("%s at %s:%lld (%s)", verb, file, st->line, flow);
      free (flow);
    }
  free (file);
  return r;
}

/* The callee a step's words name, between HEAD and TAIL: "call
   parameter, sink is defined in another unit" names sink.  Caller frees; NULL if none.  */
static char *
cause_callee (const struct esr_site *s, const char *head, const char *tail)
{
  size_t h = strlen (head);
  for (int k = s->npath - 1; k >= 0; k--)
    {
      const char *why = s->path[k].why;
      const char *end = why ? strstr (why, tail) : NULL;
      if (end && strncmp (why, head, h) == 0 && end >= why + h)
	{
	  char *r = esr_xstrdup (why + h);
	  r[end - why - h] = 0;
	  return r;
	}
    }
  return NULL;
}

/* The public function NAME of the build that publishes a summary, or
   NULL: the callee a second compile could see through.  */
static const struct esr_function *
summarized_function (const struct esr_set *set, const char *name)
{
  for (int k = 0; name && k < set->nfunctions; k++)
    {
      const struct esr_function *f = &set->functions[k];
      if (f->is_public && f->summary && f->file && strcmp (f->name, name) == 0)
	return f;
    }
  return NULL;
}

/* The build change that lets the plugin see through the call its escape
   goes through ("cause"), appended to CHANGE; CHANGE itself otherwise.  */
static char *
with_cause (const struct esr_set *set, const struct esr_options *opt,
	    const struct esr_site *s, char *change)
{
  const char *head = "call parameter, ", *tail = NULL, *fmt = NULL;
  if (!s->cause || !change)
    return change;
  if (strcmp (s->cause, "extern-call") == 0)
    {
      tail = " is defined in another unit";
      fmt = "%s; or let the plugin see what %s does with it: it is defined "
	"in another unit, and the plugin reads one unit at a time (a static "
	"inline definition in a header would do)";
    }
  else if (strcmp (s->cause, "interposable") == 0)
    {
      tail = " may be replaced at link or load time";
      fmt = "%s; or let the plugin use %s's summary: it may be replaced at "
	"load time, so give it hidden visibility or make it static";
    }
  else if (strcmp (s->cause, "lto-partition") == 0)
    {
      tail = " is compiled in another LTO partition";
      fmt = "%s; or let the plugin see what %s does with it: it is "
	"compiled in another LTO partition, and its compile recorded no "
	"summary there: give the compiles -fplugin=escape and the plugin's "
	"options too, or link with -flto-partition=one";
    }
  else if (strcmp (s->cause, "extern-result") == 0)
    {
      head = "store into what ";
      tail = " returns (";
      fmt = "%s; or, if %s returns fresh memory (an allocator wrapper of "
	"another unit), declare it with -fplugin-arg-escape-allocator=%s:"
	"SIZE_ARG or in an allocators file";
    }
  else
    return change;
  char *callee = cause_callee (s, head, tail);
  const char *c = callee ? callee : "the callee";
  /* Defined in another unit of this build: its summary is in the
     reports, and a second compile can use it.  */
  const struct esr_function *f = strcmp (s->cause, "extern-call") == 0
    ? summarized_function (set, callee) : NULL;
  if (f)
    {
      char *file = esr_display_path (opt, f->file, NULL);
      char *r = esr_xasprintf ("%s; or let the plugin see what %s does with "
			       "it: it is defined in %s:%lld, another unit, "
			       "whose summary these reports hold: write them "
			       "to a file with escape-report --write-summaries "
			       "FILE and compile again with "
			       "-fplugin-arg-escape-summaries=FILE",
			       change, c, file, f->line);
      free (file);
      free (callee);
      free (change);
      return r;
    }
  char *r = strcmp (s->cause, "extern-result") == 0
    ? esr_xasprintf (fmt, change, c, c) : esr_xasprintf (fmt, change, c);
  free (callee);
  free (change);
  return r;
}

/* The change at the allocation itself for CODE, the reason site I stays
   although it does not escape (or would, without its escape).  */
static char *
local_change (const struct esr_set *set, const struct esr_options *opt,
	      int i, const char *code, enum esr_tier *tier)
{
  const struct esr_site *s = &set->sites[i];
  const struct esr_unit *u = &set->units[s->unit];
  (void) opt;
  *tier = ESR_TIER_LOCAL;
  if (strcmp (code, "nonconstant-size") == 0)
    {
      /* With slots on, a run-time size is refused only when the
	 allocator's own minimum is over the slot.  */
      if (u->slot_size > 0)
	return esr_xasprintf ("make the size a compile-time constant no "
			      "larger than %lld bytes, or raise "
			      "-fplugin-arg-escape-slot-size to the "
			      "allocator's minimum size", u->max_size);
      return esr_xasprintf ("make the size a compile-time constant no "
			    "larger than %lld bytes, or build with "
			    "-fplugin-arg-escape-slot-size (a stack slot "
			    "for small sizes)", u->max_size);
    }
  if (strcmp (code, "too-large") == 0)
    {
      if (s->has_size && s->size <= ESR_MAX_SIZE_LIMIT)
	{
	  *tier = ESR_TIER_OPTION;
	  return esr_xasprintf ("shrink it to %lld bytes or raise "
				"-fplugin-arg-escape-max-size to %lld",
				u->max_size, s->size);
	}
      return esr_xasprintf ("shrink it to %lld bytes (max-size cannot go "
			    "above %d)", u->max_size, ESR_MAX_SIZE_LIMIT);
    }
  if (strcmp (code, "budget") == 0)
    {
      *tier = ESR_TIER_OPTION;
      long long need = budget_needed (set, i);
      if (need > u->frame_budget)
	return esr_xasprintf ("raise -fplugin-arg-escape-frame-budget to "
			      "%lld", need);
      return esr_xasprintf ("raise -fplugin-arg-escape-frame-budget above "
			    "%lld", u->frame_budget);
    }
  if (strcmp (code, "shared-free") == 0)
    return esr_xstrdup ("free it through its own free call");
  if (strcmp (code, "callee-made") == 0)
    {
      if (s->made_function)
	{
	  char *file = esr_display_path (opt, s->made_file, NULL);
	  char *t = esr_xasprintf ("it lives and dies in %s: allocate it "
				   "there (it is made by %s in %s at %s:%lld)",
				   s->function, s->made_call, s->made_function,
				   file, s->made_line);
	  free (file);
	  return t;
	}
      return esr_xasprintf ("it lives and dies in %s: allocate it there",
			    s->function);
    }
  if (strcmp (code, "kind") == 0)
    return esr_xasprintf ("allocate it with malloc, calloc or aligned_alloc "
			  "instead of %s", s->allocator);
  if (strcmp (code, "too-aligned") == 0)
    return esr_xstrdup ("ask aligned_alloc for an alignment of at most "
			"4096");
  if (strcmp (code, "bad-align") == 0)
    return esr_xstrdup ("give aligned_alloc a power-of-two alignment");
  if (strcmp (code, "realloc") == 0)
    return esr_xstrdup ("allocate the final size at once instead of "
			"passing it to realloc");
  if (strcmp (code, "freed-by-callee") == 0)
    return esr_xasprintf ("free it in %s, not in a function it is passed to",
			  s->function);
  if (strcmp (code, "foreign-free") == 0)
    return esr_xasprintf ("free it with the deallocator that matches %s",
			  s->allocator);
  if (strcmp (code, "kept-free") == 0)
    return esr_xstrdup ("release it with a deallocator call whose result "
			"is not used, outside exception scopes");
  if (strcmp (code, "attribute-only") == 0)
    return esr_xasprintf ("declare %s with -fplugin-arg-escape-allocator="
			  "%s:SIZE_ARG[:FREE_NAME] if it does nothing but "
			  "allocate", s->allocator, s->allocator);
  if (strcmp (code, "throws") == 0)
    return esr_xstrdup ("build the unit with -fno-exceptions");
  if (strcmp (code, "zero-size") == 0)
    return esr_xstrdup ("drop the zero-byte allocation");
  if (strcmp (code, "lto-inline") == 0)
    return esr_xasprintf ("drop always_inline from %s, or build it without "
			  "-flto", s->function);
  if (strcmp (code, "ipa-pta") == 0)
    return esr_xstrdup ("build without -fipa-pta");

  *tier = ESR_TIER_STRUCTURE;
  if (strcmp (code, "recursive") == 0)
    return esr_xasprintf ("allocate it outside the recursion (%s is "
			  "recursive)", s->function);
  if (strcmp (code, "cycle-copies") == 0)
    return esr_xasprintf ("allocate it outside the recursion, or split the "
			  "call-graph cycle %s is in (it has the 64 owned "
			  "copies one cycle gets)", s->function);
  if (strcmp (code, "recursive-caller") == 0)
    return esr_xasprintf ("allocate it in a function no recursive function "
			  "calls (%s may be inlined into one)", s->function);
  if (strcmp (code, "reentry") == 0)
    return esr_xasprintf ("keep %s from calling code the plugin cannot see "
			  "(function pointers, functions of other units)",
			  s->function);
  if (strcmp (code, s->reason) == 0)
    return esr_xasprintf ("remove why it stays: %s", s->reason_text);
  return esr_xasprintf ("remove why it stays: %s", code);
}

/* What keeps an escaping site on the heap besides its escape (BLOCKED,
   docs/report-json.md): then no one change moves it.  ESCAPE is the change
   to its escape.  */
static char *
blocked_change (const struct esr_set *set, const struct esr_options *opt,
		int i, char *escape)
{
  const struct esr_site *s = &set->sites[i];
  char *r;
  if (strcmp (s->blocked, "wrapper") == 0)
    r = esr_xasprintf ("nothing to change here: %s is an allocator wrapper, "
		       "whose callers' calls are the sites that can move",
		       s->function);
  else if (strcmp (s->blocked, "routes") == 0)
    {
      struct esr_buf b = { 0 };
      esr_buf_add (&b, "no one change moves it: it escapes through "
		   "more than one statement:");
      for (int k = 0; k < s->nroutes; k++)
	{
	  char *file = s->routes[k].file
	    ? esr_display_path (opt, s->routes[k].file, NULL) : NULL;
	  if (file)
	    esr_buf_printf (&b, "%s `%s` at %s:%lld", k ? "," : "",
			    s->routes[k].where, file, s->routes[k].line);
	  else
	    esr_buf_printf (&b, "%s `%s`", k ? "," : "", s->routes[k].where);
	  free (file);
	}
      r = b.s ? b.s : esr_xstrdup ("no one change moves it");
    }
  else if (strcmp (s->blocked, "returned") == 0)
    r = esr_xasprintf ("no one change moves it: %s hands it to its caller "
		       "(returns it, or stores it into the caller's objects), "
		       "and an object handed over stays on the heap (only "
		       "objects that die in the function that allocates "
		       "them move)", s->function);
  else
    {
      enum esr_tier t;
      char *local = local_change (set, opt, i, s->blocked, &t);
      r = esr_xasprintf ("no one change moves it: %s; and %s",
			 escape ? escape : "remove its escape", local);
      free (local);
    }
  free (escape);
  return r;
}

char *
esr_change_for (const struct esr_set *set, const struct esr_options *opt,
		int i, enum esr_tier *tier)
{
  const struct esr_site *s = &set->sites[i];
  const char *code = s->reason;
  char *r;

  if (s->moved || s->movable || strcmp (code, "moved") == 0)
    return NULL;
  if (s->verdict == ESR_ESC || strcmp (code, "escapes") == 0
      || strcmp (code, "loop") == 0)
    {
      *tier = ESR_TIER_ESCAPE;
      const struct esr_step *last = s->npath ? &s->path[s->npath - 1] : NULL;
      if (strcmp (code, "loop") == 0)
	r = escape_change (opt, s, "stop keeping it past its loop iteration");
      else if (last && strcmp (last->dst, "{result}") == 0)
	r = escape_change (opt, s, "stop returning it");
      else if (last && last->why
	       && strncmp (last->why, "call parameter", 14) == 0)
	r = escape_change (opt, s, "stop passing it");
      else
	r = escape_change (opt, s, "stop storing it");
      if (s->blocked && strcmp (s->blocked, "moved") != 0)
	{
	  *tier = ESR_TIER_BLOCKED;
	  return blocked_change (set, opt, i, r);
	}
      if (r)
	return with_cause (set, opt, s, r);
      *tier = ESR_TIER_STRUCTURE;
      return esr_xstrdup ("see where it escapes with "
			  "-fplugin-arg-escape-m=2 (the report has no path)");
    }
  return local_change (set, opt, i, code, tier);
}

const char *
esr_blocked_text (const char *code)
{
  static const char *const words[][2] = {
    { "returned", "its function hands it to the caller" },
    { "wrapper", "the object an allocator wrapper returns" },
    { "routes", "it escapes through more than one statement" },
    { "kind", "not malloc, calloc or aligned_alloc" },
    { "callee-made", "allocated by the function it calls" },
    { "nonconstant-size", "non-constant size" },
    { "too-large", "too large" },
    { "realloc", "reaches realloc" },
    { "freed-by-callee", "a callee may free it" },
    { "foreign-free", "freed by a deallocator of another family" },
    { "kept-free", "a deallocator call that cannot be deleted" },
    { "attribute-only", "an allocator by its attributes only" },
    { "throws", "the call may throw" },
    { "zero-size", "zero size" },
    { "recursive", "recursive function" },
    { "reentry", "the function may be re-entered" },
    { "recursive-caller", "called by a recursive function" },
    { "cycle-copies", "a call-graph cycle with all its owned copies" },
    { "ipa-pta", "built with -fipa-pta" },
  };
  for (size_t k = 0; k < sizeof words / sizeof words[0]; k++)
    if (strcmp (words[k][0], code) == 0)
      return words[k][1];
  return code;
}

int
esr_count_blocked (const struct esr_set *set)
{
  int n = 0;
  for (int i = 0; i < set->nsites; i++)
    n += set->sites[i].verdict == ESR_ESC && !set->sites[i].moved
      && set->sites[i].blocked && strcmp (set->sites[i].blocked, "moved");
  return n;
}

int
esr_count_movable_unmoved (const struct esr_set *set)
{
  int n = 0;
  for (int i = 0; i < set->nsites; i++)
    n += set->sites[i].movable && !set->sites[i].moved;
  return n;
}

/* Sorting needs the set and the display paths.  */
struct keyed
{
  struct esr_change c;
  const struct esr_site *s;
  char *file;
};

static int
cmp_ll (long long a, long long b)
{
  return (a > b) - (a < b);
}

/* Everything but the unit: entries equal here are one site, reported by
   several units (a function in a header).  */
static int
cmp_site (const struct keyed *a, const struct keyed *b)
{
  int c;
  if ((c = cmp_ll (a->c.tier, b->c.tier)))
    return c;
  if ((c = cmp_ll (a->s->npath, b->s->npath)))
    return c;
  if ((c = cmp_ll (!a->s->has_size, !b->s->has_size)))
    return c;
  if ((c = cmp_ll (a->s->size, b->s->size)))
    return c;
  if ((c = strcmp (a->file, b->file)))
    return c;
  if ((c = cmp_ll (a->s->line, b->s->line)))
    return c;
  if ((c = cmp_ll (a->s->column, b->s->column)))
    return c;
  if ((c = strcmp (a->s->call, b->s->call)))
    return c;
  if ((c = strcmp (a->s->function, b->s->function)))
    return c;
  return strcmp (a->c.text, b->c.text);
}

static int
cmp_keyed (const void *pa, const void *pb)
{
  const struct keyed *a = pa, *b = pb;
  int c = cmp_site (a, b);
  return c ? c : cmp_ll (a->c.site, b->c.site);
}

int
esr_rank (const struct esr_set *set, const struct esr_options *opt,
	  struct esr_change **out)
{
  struct keyed *k = esr_xmalloc ((size_t) set->nsites * sizeof *k);
  int n = 0;
  for (int i = 0; i < set->nsites; i++)
    {
      enum esr_tier tier;
      char *text = esr_change_for (set, opt, i, &tier);
      if (!text)
	continue;
      /* Not one change: counted apart (esr_count_blocked).  */
      if (tier == ESR_TIER_BLOCKED)
	{
	  free (text);
	  continue;
	}
      k[n].c.site = i;
      k[n].c.tier = tier;
      k[n].c.text = text;
      k[n].c.units = 1;
      k[n].s = &set->sites[i];
      k[n].file = esr_display_path (opt, set->sites[i].file, NULL);
      n++;
    }
  qsort (k, (size_t) n, sizeof *k, cmp_keyed);
  struct esr_change *c = esr_xmalloc ((size_t) n * sizeof *c);
  int m = 0;
  for (int i = 0; i < n; i++)
    {
      if (m > 0 && cmp_site (&k[i], &k[i - 1]) == 0)
	{
	  c[m - 1].units++;
	  free (k[i].c.text);
	}
      else
	c[m++] = k[i].c;
    }
  for (int i = 0; i < n; i++)
    free (k[i].file);
  free (k);
  *out = c;
  return m;
}

void
esr_changes_free (struct esr_change *c, int n)
{
  for (int i = 0; i < n; i++)
    free (c[i].text);
  free (c);
}
