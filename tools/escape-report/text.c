/* text.c - the text summary: counts by verdict and by reason code, and the
   sites that could move with one change, best first.  */

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include "report.h"

/* One reason code, its count and the words of its first site.  */
struct reason_count
{
  const char *code, *text;
  int n;
};

static int
by_count (const void *pa, const void *pb)
{
  const struct reason_count *a = pa, *b = pb;
  if (a->n != b->n)
    return a->n > b->n ? -1 : 1;
  return strcmp (a->code, b->code);
}

static int
count_reasons (const struct esr_set *set, struct reason_count **out)
{
  struct reason_count *r = esr_xmalloc ((size_t) set->nsites * sizeof *r);
  int n = 0;
  for (int i = 0; i < set->nsites; i++)
    {
      const struct esr_site *s = &set->sites[i];
      /* A site the plan moves, in a build without the transform, has not
	 moved: say what it would take.  */
      bool would = strcmp (s->reason, "moved") == 0 && !s->moved;
      const char *code = would ? "movable" : s->reason;
      int k = 0;
      while (k < n && strcmp (r[k].code, code) != 0)
	k++;
      if (k == n)
	{
	  r[n].code = code;
	  r[n].text = would ? "would move with -fplugin-arg-escape-transform"
	    : s->reason_text;
	  r[n].n = 0;
	  n++;
	}
      r[k].n++;
    }
  qsort (r, (size_t) n, sizeof *r, by_count);
  *out = r;
  return n;
}

static const char *
cause_text (const char *code)
{
  if (strcmp (code, "extern-call") == 0)
    return "a function of another unit (the plugin reads one unit at a "
      "time)";
  if (strcmp (code, "extern-result") == 0)
    return "stored into what a function of another unit returns (an "
      "allocator wrapper? declare it with allocator=)";
  if (strcmp (code, "interposable") == 0)
    return "a function that may be replaced at load time "
      "(hidden visibility, or static)";
  if (strcmp (code, "lto-partition") == 0)
    return "a function of another LTO partition whose compile recorded no "
      "summary (give the compiles the plugin)";
  return code;
}

/* Escaping sites counted by their "blocked" code (CAUSE 0) or "cause"
   code (1), under TITLE; nothing when there are none.  */
static void
count_section (FILE *out, const struct esr_set *set, int cause,
	       const char *title)
{
  int nb = 0;
  struct reason_count *bc = esr_xmalloc ((size_t) (set->nsites + 1)
					 * sizeof *bc);
  for (int i = 0; i < set->nsites; i++)
    {
      const struct esr_site *s = &set->sites[i];
      const char *code = cause ? s->cause : s->blocked;
      if (s->verdict != ESR_ESC || s->moved || !code
	  || strcmp (code, "moved") == 0
	  || (cause && s->blocked && strcmp (s->blocked, "moved") != 0))
	continue;
      int k = 0;
      while (k < nb && strcmp (bc[k].code, code) != 0)
	k++;
      if (k == nb)
	{
	  bc[nb].code = code;
	  bc[nb].text = cause ? cause_text (code) : esr_blocked_text (code);
	  bc[nb].n = 0;
	  nb++;
	}
      bc[k].n++;
    }
  if (nb)
    {
      qsort (bc, (size_t) nb, sizeof *bc, by_count);
      int w = 0;
      for (int k = 0; k < nb; k++)
	if ((int) strlen (bc[k].code) > w)
	  w = (int) strlen (bc[k].code);
      fprintf (out, "\n%s\n", title);
      for (int k = 0; k < nb; k++)
	fprintf (out, "  %-*s %6d  %s\n", w, bc[k].code, bc[k].n,
		 bc[k].text);
    }
  free (bc);
}

static const char *
plural (long long n, const char *one, const char *many)
{
  return n == 1 ? one : many;
}

int
esr_write_text (FILE *out, const struct esr_set *set,
		const struct esr_options *opt)
{
  int noesc = 0, moved = 0, nparams = 0, nleaking = 0;
  int guarded = 0, stays = 0, esc_moved = 0;
  for (int i = 0; i < set->nsites; i++)
    {
      const struct esr_site *s = &set->sites[i];
      noesc += s->verdict == ESR_NOESC;
      moved += s->moved && s->verdict == ESR_NOESC;
      /* Pools for objects that outlive their loop iteration, and slots a
	 realloc grows out of: "escapes to heap", and moved.  */
      esc_moved += s->moved && s->verdict != ESR_NOESC;
      guarded += s->verdict == ESR_NOESC && s->movable && s->slot > 0
		 && !s->has_size;
      /* (A site that escapes only as realloc's block moves too.)  */
      stays += s->verdict == ESR_NOESC && !s->moved && !s->movable;
    }
  for (int u = 0; u < set->nunits; u++)
    {
      nparams += set->units[u].nparams;
      nleaking += set->units[u].nleaking;
    }
  int movable = esr_count_movable_unmoved (set);

  fprintf (out, "escape-report: %d %s, %d allocation %s, %d pointer %s\n",
	   set->nunits, plural (set->nunits, "unit", "units"), set->nsites,
	   plural (set->nsites, "site", "sites"), nparams,
	   plural (nparams, "parameter", "parameters"));

  fprintf (out, "\nAllocation sites by verdict\n");
  fprintf (out, "  %-17s %6d\n", "does not escape", noesc);
  fprintf (out, "    %-15s %6d\n", "moved to stack", moved);
  if (movable)
    fprintf (out, "    %-15s %6d  (with -fplugin-arg-escape-transform)\n",
	     "movable", movable);
  if (guarded)
    fprintf (out, "    %-15s %6d  (moved or movable: a stack slot for small "
	     "sizes, the heap for large)\n", "size-tested", guarded);
  fprintf (out, "    %-15s %6d\n", "stay on heap", stays);
  fprintf (out, "  %-17s %6d\n", "escapes to heap", set->nsites - noesc);
  if (esc_moved)
    fprintf (out, "    %-15s %6d  (a pool for objects that outlive their "
	     "loop iteration, or a slot realloc grows out of)\n",
	     "moved to stack", esc_moved);

  struct reason_count *rc;
  int nr = count_reasons (set, &rc);
  if (nr)
    {
      int w = 0;
      for (int k = 0; k < nr; k++)
	if ((int) strlen (rc[k].code) > w)
	  w = (int) strlen (rc[k].code);
      fprintf (out, "\nAllocation sites by reason\n");
      for (int k = 0; k < nr; k++)
	fprintf (out, "  %-*s %6d  %s\n", w, rc[k].code, rc[k].n,
		 rc[k].text);
    }
  free (rc);

  /* Escaping sites kept on the heap by more than their escape: the list
     below leaves them out, as no one change moves them.  */
  count_section (out, set, 0, "Escaping sites no one change moves (what "
		 "else keeps them on the heap)");
  /* Escapes through calls the plugin could not see into: a build change
     may let it.  */
  count_section (out, set, 1, "Escapes through calls the plugin cannot see "
		 "into");

  /* Wrappers whose calls in other units are no allocation sites until
     declared.  */
  struct esr_wrapper *w;
  int nw = esr_wrappers (set, &w);
  if (nw)
    {
      fprintf (out, "\nAllocator wrappers defined in this build (their calls "
	       "in other units are allocation sites once declared)\n");
      for (int k = 0; k < nw; k++)
	{
	  const struct esr_function *f = &set->functions[w[k].function];
	  char *file = esr_display_path (opt, f->file, NULL);
	  fprintf (out, "  %s at %s:%lld wraps %s\n"
		   "      -fplugin-arg-escape-allocator=%s\n", f->name, file,
		   f->line, f->wraps, w[k].entry);
	  if (w[k].note)
	    fprintf (out, "      %s\n", w[k].note);
	  free (file);
	}
      fprintf (out, "  (escape-report --write-allocators FILE writes them "
	       "for -fplugin-arg-escape-allocators=FILE)\n");
      if (set->units_without_functions)
	fprintf (out, "  (%d %s from a plugin before \"functions\": "
		 "wrappers there are not listed, and names defined there "
		 "not checked)\n", set->units_without_functions,
		 plural (set->units_without_functions, "report is",
			 "reports are"));
    }
  esr_wrappers_free (w, nw);

  fprintf (out, "\nPointer parameters\n");
  fprintf (out, "  %-17s %6d\n", "does not escape", nparams - nleaking);
  fprintf (out, "  %-17s %6d\n", "leaking param", nleaking);

  struct esr_change *c;
  int n = esr_rank (set, opt, &c);
  int shown = opt->top < n ? opt->top : n;
  fprintf (out, "\n");
  if (movable)
    fprintf (out, "%d %s move to the stack as soon as the build adds "
	     "-fplugin-arg-escape-transform.\n", movable,
	     plural (movable, "site would", "sites would"));
  if (n == 0)
    fprintf (out, "No other site could move with one change.\n");
  else
    {
      if (shown == 0)
	fprintf (out, "%d %s could move with one change.\n", n,
		 plural (n, "site", "sites"));
      else if (shown < n)
	fprintf (out, "Top %d of %d sites that could move with one change\n",
		 shown, n);
      else
	fprintf (out, "%d %s that could move with one change\n", n,
		 plural (n, "site", "sites"));
      for (int k = 0; k < shown; k++)
	{
	  const struct esr_site *s = &set->sites[c[k].site];
	  char *file = esr_display_path (opt, s->file, NULL);
	  fprintf (out, "%4d. %s:%lld:%lld: %s in %s: %s [%s]", k + 1, file,
		   s->line, s->column, s->call, s->function,
		   esr_verdict_text (s->verdict), s->reason);
	  if (c[k].units > 1)
	    fprintf (out, " (%d units)", c[k].units);
	  fprintf (out, "\n      %s\n", c[k].text);
	  free (file);
	}
    }
  esr_changes_free (c, n);
  return ferror (out) ? -1 : 0;
}
