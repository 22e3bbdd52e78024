/* call.c - calls: recorded while building, wired through summaries when
   solving.  A call with no summary sends its arguments to the heap and
   returns a pointer to the heap, as Go does for functions it cannot see.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "graph-impl.h"
#include "summary.h"

int
esc_call_new (esc_graph *g, int callee, const char *name, int nargs,
	      esc_note note)
{
  GROW (g->calls, g->ncalls, g->calls_cap);
  esc_call_rec *c = &g->calls[g->ncalls];
  c->callee = callee;
  c->name = name ? esc_strdup (name) : NULL;
  c->nargs = nargs;
  c->args = esc_xrealloc (NULL, (size_t) (nargs + 1) * sizeof *c->args);
  for (int i = 0; i < nargs; i++)
    c->args[i] = -1;
  c->result = -1;
  c->note = note;
  c->format = esc_xrealloc (NULL, (size_t) (nargs + 1) * sizeof *c->format);
  for (int i = 0; i < nargs; i++)
    c->format[i] = ESC_FORMAT_ANY;
  c->va_list_arg = -1;
  c->confined = esc_xrealloc (NULL, (size_t) (nargs + 1) * sizeof *c->confined);
  c->plain = esc_xrealloc (NULL, (size_t) (nargs + 1) * sizeof *c->plain);
  c->numbers = esc_xrealloc (NULL, (size_t) (nargs + 1)
			     * sizeof *c->numbers);
  c->typed = esc_xrealloc (NULL, (size_t) (nargs + 1) * sizeof *c->typed);
  c->typed_var = esc_xrealloc (NULL, (size_t) (nargs + 1)
			       * sizeof *c->typed_var);
  c->own_param = esc_xrealloc (NULL, (size_t) (nargs + 1)
			       * sizeof *c->own_param);
  for (int i = 0; i < nargs; i++)
    {
      c->confined[i] = c->plain[i] = c->numbers[i] = false;
      c->typed[i] = 0;
      c->typed_var[i] = -1;
      c->own_param[i] = -1;
    }
  c->cb_arg = c->cb_callee = -1;
  c->targets = NULL;
  c->ntargets = 0;
  c->alloc_site = -1;
  c->wired_alloc = false;
  c->free_site = -1;
  c->fresh_sites = NULL;
  c->nfresh_sites = 0;
  return g->ncalls++;
}

void
esc_call_arg (esc_graph *g, int call, int index, esc_loc arg)
{
  g->calls[call].args[index] = arg;
}

void
esc_call_arg_confined (esc_graph *g, int call, int index)
{
  g->calls[call].confined[index] = true;
}

void
esc_call_arg_typed (esc_graph *g, int call, int index, int type,
		    esc_loc var)
{
  g->calls[call].typed[index] = type;
  g->calls[call].typed_var[index] = var;
}

void
esc_var_typed_read (esc_graph *g, esc_loc var, esc_note note)
{
  GROW (g->var_reads, g->nvar_reads, g->var_reads_cap);
  g->var_reads[g->nvar_reads].var = var;
  g->var_reads[g->nvar_reads++].note = note;
}

void
esc_call_arg_own_param (esc_graph *g, int call, int index, int param)
{
  g->calls[call].own_param[index] = param;
}

void
esc_call_arg_numbers (esc_graph *g, int call, int index)
{
  g->calls[call].numbers[index] = true;
}

void
esc_call_arg_plain (esc_graph *g, int call, int index)
{
  g->calls[call].plain[index] = true;
}

void
esc_call_callback (esc_graph *g, int call, int index, int callback)
{
  g->calls[call].cb_arg = index;
  g->calls[call].cb_callee = callback;
}

void
esc_call_targets (esc_graph *g, int call, const int *targets, int n)
{
  esc_call_rec *c = &g->calls[call];
  c->targets = esc_xrealloc (c->targets, (size_t) (n + 1) * sizeof *targets);
  memcpy (c->targets, targets, (size_t) n * sizeof *targets);
  c->ntargets = n;
}

void
esc_call_result (esc_graph *g, int call, esc_loc result)
{
  g->calls[call].result = result;
}

void
esc_call_alloc_site (esc_graph *g, int call, esc_loc site)
{
  g->calls[call].alloc_site = site;
}

bool
esc_call_is_alloc (const esc_graph *g, int call)
{
  return g->calls[call].wired_alloc;
}

int
esc_call_free_site (const esc_graph *g, int call)
{
  return g->calls[call].free_site;
}

int
esc_call_count (const esc_graph *g)
{
  return g->ncalls;
}

void
esc_call_arg_format (esc_graph *g, int call, int index, int format)
{
  g->calls[call].format[index] = format;
}

void
esc_call_va_list (esc_graph *g, int call, int index)
{
  g->calls[call].va_list_arg = index;
}

int
esc_format_join (int a, int b)
{
  if (a == b || b == ESC_FORMAT_SAFE)
    return a;
  if (a == ESC_FORMAT_SAFE)
    return b;
  /* Two parameters' formats (either may print a pointer), or one that
     may print a pointer.  */
  return ESC_FORMAT_ANY;
}

/* The format call C hands callee S for its varargs: ESC_FORMAT_SAFE when
   S prints none that may print a pointer, else what the argument it takes
   the format from is (esc_call_arg_format).  */
static int
format_of_call (const esc_call_rec *c, const esc_summary *s)
{
  if (s->vararg_format < 0)
    return s->vararg_format;
  return s->vararg_format < c->nargs ? c->format[s->vararg_format]
    : ESC_FORMAT_ANY;
}

/* A note for a flow a call makes: the call's text and place, WHY.  */
static esc_note
call_note (esc_graph *g, const esc_call_rec *c, const char *why)
{
  /* No note for the call: nobody will print this flow's either.  */
  if (c->note == ESC_NO_NOTE)
    return ESC_NO_NOTE;
  return esc_note_new (g, esc_note_where (g, c->note), why,
		       esc_note_pos (g, c->note));
}

static esc_unknown_why_fn unknown_why;

void
esc_set_unknown_why_hook (esc_unknown_why_fn fn)
{
  unknown_why = fn;
}

/* NO_SUMMARY: the callee has none (not a call that does not fit it).  */
static void
wire_unknown (esc_graph *g, const esc_call_rec *c, bool no_summary)
{
  char words[512], why[600];
  const char *w = c->name ? "call parameter"
    : "call parameter of an indirect call";
  /* Say why there is no summary when that is what a build can change:
     the body is in another unit, or may be replaced at load time.  */
  if (c->name && no_summary && unknown_why && c->callee >= 0
      && c->note != ESC_NO_NOTE
      && unknown_why (c->callee, words, sizeof words))
    {
      snprintf (why, sizeof why, "call parameter, %s", words);
      w = why;
    }
  esc_note n = call_note (g, c, w);
  for (int i = 0; i < c->nargs; i++)
    if (c->args[i] >= 0)
      esc_add_edge (g, ESC_LOC_HEAP, c->args[i], 0, n);
  if (c->result >= 0)
    esc_add_edge (g, c->result, ESC_LOC_HEAP, -1,
		  call_note (g, c, "call result"));
}

/* "call parameter, f stores it into its *o", with "it" made "what it
   points to" (level 1) or "it, dereferenced N times" for deeper flows.  */
static esc_note
summary_note (esc_graph *g, const esc_call_rec *c, const esc_summary *s,
	      const char *what, int derefs)
{
  if (c->note == ESC_NO_NOTE)
    return ESC_NO_NOTE;
  char why[320], verb[200];
  snprintf (verb, sizeof verb, "%s", what);
  char *it = strstr (verb, " it");
  if (derefs > 0 && it)
    {
      char rest[200];
      snprintf (rest, sizeof rest, "%s", it + 3);
      if (derefs == 1)
	snprintf (it, sizeof verb - (size_t) (it - verb), " what it points "
		  "to%s", rest);
      else
	snprintf (it, sizeof verb - (size_t) (it - verb), " it dereferenced "
		  "%d times%s", derefs, rest);
    }
  snprintf (why, sizeof why, "call parameter, %s %s", s->name, verb);
  return call_note (g, c, why);
}

/* The callee reads argument I's pointers as data after DEREFS
   dereferences (1: the bytes of what it points to).  */
static void
wire_data (esc_graph *g, const esc_call_rec *c, const esc_summary *s,
	   int i, int derefs)
{
  if (derefs == ESC_LEAK_NONE)
    return;
  /* A field that holds no pointers holds none of ours, nor anything
     deeper to load one from.  */
  if (derefs >= 1 && c->confined[i])
    return;
  esc_add_edge (g, ESC_LOC_DATA, c->args[i], derefs,
		summary_note (g, c, s, "reads it as data", derefs));
}

/* The callee reads what argument I points to as data only through named
   fields of its parameter's pointee type that hold no pointers
   (esc_summary.typed_reads).  Those bytes hold none of our pointers when
   the object is of that type: the address of a variable declared so (at
   its start), or what our own parameter points to, declared so, which
   our caller decides in turn.  Anything else (memory of another type,
   the heap, a summary whose type cannot be compared): read as data.  */
static void
wire_typed (esc_graph *g, const esc_call_rec *c, const esc_summary *s,
	    int i)
{
  int t = s->pointee_type ? s->pointee_type[i] : 0;
  if (t > 0 && c->typed[i] == t && c->typed_var[i] >= 0
      && !g->locs[c->typed_var[i]].punned)
    return;
  if (t > 0 && c->own_param[i] >= 0)
    {
      esc_loc p = esc_param_at (g, c->own_param[i]);
      if (p >= 0 && g->locs[p].pointee_type == t)
	{
	  g->locs[p].typed_read = true;
	  return;
	}
    }
  wire_data (g, c, s, i, 1);
}

/* The callee stores A (after DEREFS) into what argument J points to.  */
static void
wire_store (esc_graph *g, const esc_call_rec *c, const esc_summary *s,
	    int j, esc_loc a, int derefs, esc_note note)
{
  if (s->content_raw[j] && !c->plain[j] && !c->confined[j])
    /* Copied as bytes where a field that holds no pointers may be read
       by name, trusted to see none: the pointers are exposed.  */
    esc_add_edge (g, ESC_LOC_DATA, a, derefs, note);
  if (c->confined[j])
    /* Into a field that holds no pointers: the pointer becomes bytes,
       which a later read of the field may compute with.  (Stored too: a
       callee may step out of the field to its struct.)  */
    esc_add_edge (g, ESC_LOC_HEAP, a, derefs, note);
  esc_store (g, c->args[j], a, derefs, note);
}

static void wire_fresh (esc_graph *g, esc_call_rec *c,
			const esc_summary *s);

/* A value that points to every object argument J reaches, through any
   number of loads: "for (t = a; ; t = *t)", as a list walk would make.
   Stores through it are the callee's stores into the caller's deeper
   objects (esc_graph_deep_params); it points to the heap wherever those
   objects escape or hold unknown pointers.  */
static esc_loc
deep_reach (esc_graph *g, const esc_call_rec *c, int j)
{
  /* One per argument value, whatever the calls: a points-to walk from it
     covers every level, which is worth doing once.  */
  if (g->locs[c->args[j]].reach >= 0)
    return g->locs[c->args[j]].reach;
  /* As deep as the argument: a copy of it, not a variable outside the
     loop that would keep the objects past their iteration.  */
  esc_loc t = esc_loc_new (g, ESC_VALUE, "{temp}", g->locs[c->args[j]].depth,
			   (esc_pos) { NULL, 0, 0 });
  esc_add_edge (g, t, c->args[j], 0, ESC_NO_NOTE);
  esc_add_edge (g, t, t, 1, ESC_NO_NOTE);
  g->locs[c->args[j]].reach = t;
  g->locs[t].reach = t;		/* esc_points_to follows it to the end.  */
  return t;
}

static void
wire_summary (esc_graph *g, esc_call_rec *c, const esc_summary *s)
{
  /* The words of a note, made only where the call has notes (-m=2, a
     report): every wired call made them, 0.3% of a compile at -O0 -m.  */
  char what[160] = "";
  /* An allocator's call is an allocation site of the caller: its result
     is fresh memory, nothing else (what the wrapper's body would say:
     "its own memory", which is the heap).  */
  bool alloc = s->alloc.is_alloc && c->alloc_site >= 0 && c->result >= 0;
  if (alloc)
    {
      c->wired_alloc = true;
      esc_add_edge (g, c->result, c->alloc_site, -1,
		    call_note (g, c, "assign"));
    }
  for (int i = 0; i < c->nargs; i++)
    {
      esc_loc a = c->args[i];
      if (a < 0)
	continue;
      if (i >= s->nparams)
	{
	  /* Varargs.  What a function that prints from a va_list parameter
	     says of varargs is of that va_list's contents: an old-style
	     call's arguments past its parameters escape, as they did.  */
	  if (s->va_list_param >= 0)
	    {
	      esc_add_edge (g, ESC_LOC_HEAP, a, 0,
			    summary_note (g, c, s, "leaks it to the heap", 0));
	      continue;
	    }
	  /* Printed under a format that may print a pointer, which text
	     can be scanned back into.  */
	  if (format_of_call (c, s) != ESC_FORMAT_SAFE)
	    esc_add_edge (g, ESC_LOC_HEAP, a, 0,
			  summary_note (g, c, s, "prints it under a format "
					"that may print a pointer", 0));
	  if (s->vararg_heap != ESC_LEAK_NONE)
	    esc_add_edge (g, ESC_LOC_HEAP, a, s->vararg_heap,
			  summary_note (g, c, s, "leaks it to the heap",
					s->vararg_heap));
	  if (s->vararg_into >= 0 && s->vararg_into < c->nargs
	      && c->args[s->vararg_into] >= 0)
	    {
	      if (c->note != ESC_NO_NOTE)
		snprintf (what, sizeof what, "stores it into *%s",
			  s->param_names[s->vararg_into]);
	      wire_store (g, c, s, s->vararg_into, a, s->vararg_into_derefs,
			  summary_note (g, c, s, what,
					s->vararg_into_derefs));
	    }
	  if (s->vararg_foreign)
	    esc_store (g, a, ESC_LOC_HEAP, -1,
		       call_note (g, c, "may store pointers of its own"));
	  wire_data (g, c, s, i, s->vararg_data);
	  continue;
	}
      const esc_leaks *lk = &s->leaks[i];
      if (lk->heap != ESC_LEAK_NONE)
	esc_add_edge (g, ESC_LOC_HEAP, a, lk->heap,
		      summary_note (g, c, s, "leaks it to the heap",
				    lk->heap));
      /* Every level: a callee that may return p or p->next hands back
	 either, and the caller may store through it.  */
      unsigned levels = esc_levels (lk->result, lk->result_levels);
      for (int d = 0; c->result >= 0 && d <= ESC_MAX_DEREFS; d++)
	if (levels >> d & 1)
	  esc_add_edge (g, c->result, a, d,
			summary_note (g, c, s, "returns it", d));
      for (int j = 0; lk->content && j < lk->nparams && j < c->nargs; j++)
	{
	  levels = esc_levels (lk->content[j], lk->content_levels[j]);
	  if (!levels || c->args[j] < 0)
	    continue;
	  if (c->note != ESC_NO_NOTE)
	    snprintf (what, sizeof what, "stores it into its *%s",
		      s->param_names[j]);
	  for (int d = 0; d <= ESC_MAX_DEREFS; d++)
	    if (levels >> d & 1)
	      wire_store (g, c, s, j, a, d, summary_note (g, c, s, what, d));
	  /* Bytes copied from named number fields may make any pointer.  */
	  if (c->numbers[i] && (levels & ~1u))
	    esc_store (g, c->args[j], ESC_LOC_HEAP, -1,
		       summary_note (g, c, s, "may copy numbers into it", 0));
	}
      for (int j = 0; lk->deep && j < lk->nparams && j < c->nargs; j++)
	{
	  levels = esc_levels (lk->deep[j], lk->deep_levels[j]);
	  if (!levels || c->args[j] < 0)
	    continue;
	  if (c->note != ESC_NO_NOTE)
	    snprintf (what, sizeof what,
		      "stores it into what its *%s reaches",
		      s->param_names[j]);
	  esc_loc reach = deep_reach (g, c, j);
	  for (int d = 0; d <= ESC_MAX_DEREFS; d++)
	    if (levels >> d & 1)
	      {
		esc_note n = summary_note (g, c, s, what, d);
		if (c->confined[j])
		  esc_add_edge (g, ESC_LOC_HEAP, a, d, n);
		esc_store (g, reach, a, d, n);
	      }
	}
      wire_data (g, c, s, i, lk->data);
      if (s->typed_reads[i])
	wire_typed (g, c, s, i);
      if (s->content_foreign[i])
	esc_store (g, a, ESC_LOC_HEAP, -1,
		   summary_note (g, c, s, "may store pointers of its own "
				 "into it", 0));
      /* Writes through pointers the callee loaded land in what *a points
	 to and beyond; what a points to is described exactly above.  */
      if (s->writes_deep || s->writes_deep_into[i])
	{
	  esc_loc deep = esc_loc_new (g, ESC_VALUE, "{temp}", 0,
				      (esc_pos) { NULL, 0, 0 });
	  esc_add_edge (g, deep, a, 1, ESC_NO_NOTE);
	  esc_clobber (g, deep);
	}
      if (i == s->alloc.dealloc_param)
	/* A deallocator: a free of its family, here, which the transform
	   may delete like free itself.  */
	c->free_site = esc_free_new_in (g, a, ESC_FREE_HERE,
					s->alloc.dealloc_family);
      else if (s->frees[i])
	{
	  /* Freed from a level on: the free is of what the argument holds
	     there (esc_summary_of), and the transform keeps on the heap
	     whatever the pointers lead to from there (freed_objects).  */
	  esc_loc v = a;
	  if (s->frees_from[i] > 0)
	    {
	      v = esc_loc_new (g, ESC_VALUE, "{temp}", g->locs[a].depth,
			       (esc_pos) { NULL, 0, 0 });
	      esc_add_edge (g, v, a, s->frees_from[i], ESC_NO_NOTE);
	    }
	  esc_free_set_callsite (g, esc_free_new (g, v, ESC_FREE_CALLEE),
				 (int) (c - g->calls), i);
	}
    }
  if (c->result >= 0 && s->result_foreign && !alloc)
    esc_add_edge (g, c->result, ESC_LOC_HEAP, -1,
		  call_note (g, c, "call result"));
  if (!alloc)
    wire_fresh (g, c, s);
}

/* A site of the caller for the callee's fresh object K: the call's own
   site for the first, copies of it (named after the inner allocation) for
   more.  */
static esc_loc
fresh_site (esc_graph *g, esc_call_rec *c, const esc_summary *s, int k,
	    bool first)
{
  esc_location *t = &g->locs[c->alloc_site];
  if (first)
    return c->alloc_site;
  /* Named after the allocation itself, the innermost link.  */
  const esc_fresh *f = &s->fresh[k];
  const char *call = f->nchain > 0 ? f->chain[f->nchain - 1].call : f->name;
  esc_pos pos = f->nchain > 0 ? f->chain[f->nchain - 1].pos : f->pos;
  char name[512];
  const char *file = pos.file, *slash;
  if (file && (slash = strrchr (file, '/')))
    file = slash + 1;
  if (file)
    snprintf (name, sizeof name, "%s: %s at %s:%d", t->name, call, file,
	      pos.line);
  else
    snprintf (name, sizeof name, "%s: %s", t->name, call);
  esc_loc site = esc_loc_new (g, ESC_ALLOC, name, t->depth, t->pos);
  /* Forced to escape with the call's own (an irreducible loop).  */
  esc_location *h = &g->locs[ESC_LOC_HEAP];
  for (int i = 0; i < h->nedges; i++)
    if (h->edges[i].src == c->alloc_site && h->edges[i].derefs == -1)
      {
	esc_note n = h->edges[i].note;
	esc_add_edge (g, ESC_LOC_HEAP, site, -1, n);
	break;
      }
  return site;
}

/* The callee's fresh objects are allocations of this call: each gets a
   site, held where the callee puts it, holding what it stores into it.  */
static void
wire_fresh (esc_graph *g, esc_call_rec *c, const esc_summary *s)
{
  if (s->nfresh == 0 || c->alloc_site < 0)
    return;
  c->fresh_sites = esc_xrealloc (NULL, (size_t) s->nfresh
				 * sizeof *c->fresh_sites);
  c->nfresh_sites = s->nfresh;
  bool first = true;
  for (int k = 0; k < s->nfresh; k++)
    {
      const esc_fresh *f = &s->fresh[k];
      esc_loc site = -1;
      if (f->owner == ESC_FRESH_MEMBER)
	{
	  if (f->parent >= 0 && f->parent < k
	      && c->fresh_sites[f->parent] >= 0)
	    {
	      site = fresh_site (g, c, s, k, first);
	      esc_add_edge (g, c->fresh_sites[f->parent], site, -1,
			    call_note (g, c, "the object it makes holds "
				       "it"));
	    }
	}
      else if (f->owner == ESC_FRESH_RESULT)
	{
	  if (c->result >= 0)
	    {
	      site = fresh_site (g, c, s, k, first);
	      esc_add_edge (g, c->result, site, -1,
			    call_note (g, c, "assign"));
	    }
	}
      else if (f->owner >= 0 && f->owner < c->nargs)
	{
	  site = fresh_site (g, c, s, k, first);
	  char what[160] = "";
	  if (c->note != ESC_NO_NOTE)
	    snprintf (what, sizeof what, "%s stores the object it makes "
		      "into its *%s", s->name, s->param_names[f->owner]);
	  if (c->args[f->owner] >= 0)
	    esc_store (g, c->args[f->owner], site, -1,
		       call_note (g, c, what));
	  else
	    esc_add_edge (g, ESC_LOC_HEAP, site, -1, call_note (g, c, what));
	}
      c->fresh_sites[k] = site;
      if (site < 0)
	continue;
      first = false;
      for (int i = 0; i < s->nparams && i < c->nargs; i++)
	{
	  if (c->args[i] < 0 || !f->levels[i])
	    continue;
	  const char *what = "stores it into the object it makes";
	  for (int d = 0; d <= ESC_MAX_DEREFS; d++)
	    if (f->levels[i] >> d & 1)
	      esc_add_edge (g, site, c->args[i], d,
			    summary_note (g, c, s, what, d));
	}
      if (f->foreign)
	esc_add_edge (g, site, ESC_LOC_HEAP, -1,
		      call_note (g, c, "the object it makes may hold "
				 "pointers of its own"));
    }
  /* What they hold of each other (a member, a back pointer, a cycle),
     once every site exists.  */
  for (int k = 0; k < s->nfresh; k++)
    for (int i = 0; c->fresh_sites[k] >= 0 && i < s->fresh[k].nholds; i++)
      {
	int j = s->fresh[k].holds[i];
	if (j >= 0 && j < s->nfresh && c->fresh_sites[j] >= 0)
	  esc_add_edge (g, c->fresh_sites[k], c->fresh_sites[j], -1,
			call_note (g, c, "the object it makes holds it"));
      }
}

/* Does S store into the caller's objects reached through a parameter's
   object (leaks.deep)?  */
static bool
stores_deep (const esc_summary *s)
{
  for (int i = 0; i < s->nparams; i++)
    for (int j = 0; s->leaks[i].deep && j < s->nparams; j++)
      if (s->leaks[i].deep[j] != ESC_LEAK_NONE)
	return true;
  return false;
}

/* "call parameter, qsort calls cmp_int, which leaks it to the heap".  */
static esc_note
callback_note (esc_graph *g, const esc_call_rec *c, const esc_summary *cs,
	       const char *what, int derefs)
{
  if (c->note == ESC_NO_NOTE)
    return ESC_NO_NOTE;
  char name[256];
  snprintf (name, sizeof name, "%s calls %s, which", c->name, cs->name);
  esc_summary named = *cs;
  named.name = name;
  return summary_note (g, c, &named, what, derefs);
}

/* What callback CS does with its parameter I, for a call C of the library
   function M describes: every argument the parameter may point into gets
   the parameter's flows.  A flow from or into the library's own memory
   (ESC_CALLBACK_OWN) is one from or into the heap.  */
static void
wire_callback_param (esc_graph *g, esc_call_rec *c,
		     const esc_libc_callback *m, const esc_summary *cs, int i)
{
  const esc_leaks *lk = &cs->leaks[i];
  char what[160] = "";
  for (int k = 0; k < c->nargs && k < 31; k++)
    {
      esc_loc a = c->args[k];
      if (!(m->from[i] >> k & 1) || a < 0)
	continue;
      if (lk->heap != ESC_LEAK_NONE)
	esc_add_edge (g, ESC_LOC_HEAP, a, lk->heap,
		      callback_note (g, c, cs, "leaks it to the heap",
				     lk->heap));
      /* The library only tests the result's sign; taken as data.  */
      if (lk->result != ESC_LEAK_NONE)
	esc_add_edge (g, ESC_LOC_DATA, a, lk->result,
		      callback_note (g, c, cs, "returns it", lk->result));
      /* A typed read of memory the library hands over: of its type only
	 if the library says so, which it does not.  */
      int data = lk->data;
      if (cs->typed_reads[i] && (data == ESC_LEAK_NONE || data > 1))
	data = 1;
      if (data != ESC_LEAK_NONE)
	esc_add_edge (g, ESC_LOC_DATA, a, data,
		      callback_note (g, c, cs, "reads it as data", data));
      for (int j = 0; lk->content && j < lk->nparams && j < m->nargs; j++)
	{
	  unsigned levels = esc_levels (lk->content[j],
					lk->content_levels[j]);
	  if (!levels)
	    continue;
	  if (c->note != ESC_NO_NOTE)
	    snprintf (what, sizeof what, "stores it into its *%s",
		      cs->param_names[j]);
	  for (int d = 0; d <= ESC_MAX_DEREFS; d++)
	    {
	      if (!(levels >> d & 1))
		continue;
	      esc_note n = callback_note (g, c, cs, what, d);
	      if (m->from[j] & ESC_CALLBACK_OWN)
		esc_add_edge (g, ESC_LOC_HEAP, a, d, n);
	      for (int b = 0; b < c->nargs && b < 31; b++)
		if ((m->from[j] >> b & 1) && c->args[b] >= 0)
		  {
		    /* Bytes: pointers may land where a field holding none
		       is read by name.  */
		    if (cs->content_raw[j])
		      esc_add_edge (g, ESC_LOC_DATA, a, d, n);
		    esc_store (g, c->args[b], a, d, n);
		  }
	    }
	}
      if (cs->content_foreign[i])
	esc_store (g, a, ESC_LOC_HEAP, -1,
		   callback_note (g, c, cs, "may store pointers of its own "
				  "into it", 0));
      if (esc_summary_writes_deep (cs))
	{
	  esc_loc deep = esc_loc_new (g, ESC_VALUE, "{temp}", 0,
				      (esc_pos) { NULL, 0, 0 });
	  esc_add_edge (g, deep, a, 1, ESC_NO_NOTE);
	  esc_clobber (g, deep);
	}
      if (cs->frees[i] || cs->alloc.dealloc_param == i)
	esc_free_new (g, a, ESC_FREE_CALLEE);
    }
  /* The library's own memory (ESC_CALLBACK_OWN) stored into what another
     parameter points to: the heap's address.  */
  if (!(m->from[i] & ESC_CALLBACK_OWN))
    return;
  for (int j = 0; lk->content && j < lk->nparams && j < m->nargs; j++)
    {
      if (!esc_levels (lk->content[j], lk->content_levels[j]))
	continue;
      for (int b = 0; b < c->nargs && b < 31; b++)
	if ((m->from[j] >> b & 1) && c->args[b] >= 0)
	  esc_store (g, c->args[b], ESC_LOC_HEAP, -1,
		     callback_note (g, c, cs, "may store pointers of its "
				    "own into it", 0));
    }
}

/* Call C of a library function that calls the function it is handed
   (esc_libc_callback), whose summary LOOKUP has: wired through the
   library's own flows and the callback's.  False (nothing wired) if
   the callback does not fit.  */
static bool
wire_callback (esc_graph *g, esc_call_rec *c, esc_summary_lookup lookup,
	       void *ctx)
{
  const esc_libc_callback *m = esc_libc_callback_model (c->name);
  if (!m || c->cb_arg != m->fn || !lookup || c->nargs < m->rest->nparams)
    return false;
  const esc_summary *cs = lookup (ctx, c->cb_callee);
  /* Fresh objects, varargs and stores into the caller's deeper objects
     are not mapped: the unknown model.  */
  if (!cs || cs->nparams != m->nargs || cs->nfresh > 0 || stores_deep (cs))
    return false;
  wire_summary (g, c, m->rest);
  for (int i = 0; i < m->nargs; i++)
    wire_callback_param (g, c, m, cs, i);
  return true;
}

/* Indirect call C with known targets: wired through every target's
   summary (it calls one of them).  False (nothing wired) if one has no
   summary, too many parameters, fresh objects or an allocator's or
   deallocator's role (those need the call's own site).  */
static bool
wire_targets (esc_graph *g, esc_call_rec *c, esc_summary_lookup lookup,
	      void *ctx)
{
  if (!lookup)
    return false;
  for (int k = 0; k < c->ntargets; k++)
    {
      const esc_summary *s = lookup (ctx, c->targets[k]);
      if (!s || c->nargs < s->nparams || s->nfresh > 0 || s->alloc.is_alloc
	  || s->alloc.dealloc_param >= 0)
	return false;
    }
  for (int k = 0; k < c->ntargets; k++)
    wire_summary (g, c, lookup (ctx, c->targets[k]));
  return true;
}

int
esc_call_fresh_sites (const esc_graph *g, int call, const esc_loc **out)
{
  *out = g->calls[call].fresh_sites;
  return g->calls[call].nfresh_sites;
}

/* Call C hands on the calling function's varargs (esc_call_va_list) to
   callee S (NULL: one whose summary was not used): where S's summary sends
   them, mapped into the caller's terms, joins G's (g->va), which
   esc_summary_of makes the caller's.  A format S prints them under that is
   the caller's own parameter, as it came in, makes the caller's summary
   print them under that parameter's format in turn.  Anything not
   understood: they escape, as they did before formats were followed.  */
static void
follow_va_list (esc_graph *g, const esc_call_rec *c, const esc_summary *s)
{
  int j = c->va_list_arg;
  if (j < 0)
    return;
  /* Stored into the caller's objects (sprintf's buffer): not mapped.  */
  if (!s || s->va_list_param != j || s->vararg_into >= 0)
    {
      g->va.heap = 0;
      g->va.foreign = true;
      return;
    }
  esc_leak_lower (&g->va.heap, s->vararg_heap);
  esc_leak_lower (&g->va.data, s->vararg_data);
  g->va.foreign |= s->vararg_foreign;
  g->va.format = esc_format_join (g->va.format, format_of_call (c, s));
}

/* Does call C hand argument I, pointing to an object of the struct type
   TYPE, to a parameter of that type that writes it only through named
   fields (no esc_summary.punned) and hands it on only so, or to a C
   library model that writes no pointer there?  Any other callee (none,
   from a file, a function of the program taking another type, an
   indirect call) may write it any way.  */
static bool
typed_handover (const esc_call_rec *c, const esc_summary *s, int i, int type)
{
  if (type <= 0 || !s || c->cb_callee >= 0 || c->ntargets > 0
      || c->nargs < s->nparams || i >= s->nparams)
    return false;
  if (s->pointee_type[i] == type)
    return !s->punned[i];
  /* Only the C library's models say all they write (adversarial finding:
     a callee taking void * moved the pointer field over the numbers,
     c[0] = c[1], which its summary did not show).  */
  if (!s->libc)
    return false;
  /* The C library's, which knows no type: it may write bytes there
     (memset, memcpy: pointer bits among them are exposed at the call,
     wire_store), but no pointer, and keep the pointer itself nowhere,
     nor hand it back to a caller that uses the result.  */
  const esc_leaks *lk = &s->leaks[i];
  if (s->content_foreign[i] || s->writes_deep || s->writes_deep_into[i]
      || lk->heap == 0 || (lk->result == 0 && c->result >= 0)
      || s->vararg_into == i || s->va_list_param == i)
    return false;
  for (int j = 0; j < s->nparams; j++)
    {
      if (lk->content && (lk->content[j] == 0 || lk->deep[j] == 0))
	return false;
      if (s->leaks[j].content && s->leaks[j].content[i] != ESC_LEAK_NONE
	  && !s->content_raw[i])
	return false;
      if (s->leaks[j].deep && s->leaks[j].deep[i] != ESC_LEAK_NONE)
	return false;
    }
  return true;
}

/* Before wiring: a variable whose address a call hands where it may be
   written other than by its fields' names is not trusted to be of its
   type (its number fields may hold pointer bytes), nor, for the caller,
   what a parameter handed on so points to.  */
static void
mark_punned (esc_graph *g, esc_summary_lookup lookup, void *ctx)
{
  for (int k = 0; k < g->ncalls; k++)
    {
      const esc_call_rec *c = &g->calls[k];
      const esc_summary *s = NULL;
      bool asked = false;
      for (int i = 0; i < c->nargs; i++)
	{
	  if (c->typed_var[i] < 0 && c->own_param[i] < 0)
	    continue;
	  if (!asked)
	    s = lookup ? lookup (ctx, c->callee) : NULL, asked = true;
	  if (c->typed_var[i] >= 0
	      && !typed_handover (c, s, i, c->typed[i]))
	    g->locs[c->typed_var[i]].punned = true;
	  esc_loc p = c->own_param[i] >= 0
	    ? esc_param_at (g, c->own_param[i]) : -1;
	  if (p >= 0 && g->locs[p].pointee_type > 0
	      && !typed_handover (c, s, i, g->locs[p].pointee_type))
	    g->locs[p].punned = true;
	}
    }
}

/* Call C runs the program's code (S's, or the callbacks or targets it
   goes through when S is NULL), not the C library's (esc_summary.libc):
   the objects its arguments reach may have values moved between their
   fields by a self-assignment its summary skipped (fields.c).  */
static void
mix_args (esc_graph *g, const esc_call_rec *c, const esc_summary *s)
{
  if (g->nfields == 0 || (s && s->libc))
    return;
  esc_note note = call_note (g, c, "call may move values between the "
			     "fields of what it is handed");
  for (int i = 0; i < c->nargs; i++)
    if (c->args[i] >= 0)
      {
	GROW (g->mixes, g->nmixes, g->mixes_cap);
	g->mixes[g->nmixes].arg = c->args[i];
	g->mixes[g->nmixes++].note = note;
      }
}

void
esc_wire_calls (esc_graph *g, esc_summary_lookup lookup, void *ctx)
{
  if (g->calls_wired)
    return;
  g->calls_wired = true;
  mark_punned (g, lookup, ctx);
  for (int k = 0; k < g->nvar_reads; k++)
    if (g->locs[g->var_reads[k].var].punned)
      esc_bytes_read (g, g->var_reads[k].var, -1, g->var_reads[k].note);
  for (int i = 0; i < g->ncalls; i++)
    {
      esc_call_rec *c = &g->calls[i];
      const esc_summary *s = lookup ? lookup (ctx, c->callee) : NULL;
      /* Too few arguments for the prototype: an old-style call we cannot
	 match to the parameters.  */
      if ((c->cb_callee >= 0 && wire_callback (g, c, lookup, ctx))
	  || (c->ntargets > 0 && wire_targets (g, c, lookup, ctx)))
	{
	  mix_args (g, c, NULL);
	  follow_va_list (g, c, NULL);
	}
      else if (s && c->nargs >= s->nparams)
	{
	  wire_summary (g, c, s);
	  mix_args (g, c, s);
	  follow_va_list (g, c, s);
	}
      else
	{
	  wire_unknown (g, c, !s);
	  follow_va_list (g, c, NULL);
	}
    }
}

void
esc_solve_with (esc_graph *g, esc_summary_lookup lookup, void *ctx)
{
  esc_wire_calls (g, lookup, ctx);
  esc_solve_graph (g);
}

void
esc_solve (esc_graph *g)
{
  esc_solve_with (g, NULL, NULL);
}

static void *
dup_array (const void *p, size_t n, size_t size)
{
  void *q = esc_xrealloc (NULL, n * size + 1);
  if (n)
    memcpy (q, p, n * size);
  return q;
}

esc_graph *
esc_graph_clone (const esc_graph *g)
{
  esc_graph *c = esc_xrealloc (NULL, sizeof *c);
  *c = *g;
  c->fname = esc_strdup (g->fname);
  c->locs = dup_array (g->locs, (size_t) g->nlocs, sizeof *g->locs);
  c->locs_cap = g->nlocs;
  for (int i = 0; i < g->nlocs; i++)
    {
      esc_location *l = &c->locs[i];
      l->name = esc_strdup (g->locs[i].name);
      l->edges = dup_array (g->locs[i].edges, (size_t) l->nedges,
			    sizeof *l->edges);
      l->cap = l->nedges;
      if (l->leaks.content)
	{
	  l->leaks.content = dup_array (l->leaks.content,
					(size_t) l->leaks.nparams,
					sizeof *l->leaks.content);
	  l->leaks.content_levels = dup_array (l->leaks.content_levels,
					       (size_t) l->leaks.nparams,
					       sizeof *l->leaks.content_levels);
  l->leaks.deep = dup_array (l->leaks.deep, (size_t) l->leaks.nparams,
				     sizeof *l->leaks.deep);
	  l->leaks.deep_levels = dup_array (l->leaks.deep_levels,
					    (size_t) l->leaks.nparams,
					    sizeof *l->leaks.deep_levels);
	}
      l->why.steps = dup_array (l->why.steps, (size_t) l->why.n,
				sizeof *l->why.steps);
      l->why_result.steps = dup_array (l->why_result.steps,
				       (size_t) l->why_result.n,
				       sizeof *l->why_result.steps);
    }
  c->notes = dup_array (g->notes, (size_t) g->nnotes, sizeof *g->notes);
  c->notes_cap = g->nnotes;
  for (int i = 0; i < g->nnotes; i++)
    {
      c->notes[i].where = esc_strdup (g->notes[i].where);
      c->notes[i].why = esc_strdup (g->notes[i].why);
    }
  c->stores = dup_array (g->stores, (size_t) g->nstores, sizeof *g->stores);
  c->stores_cap = g->nstores;
  c->fields = dup_array (g->fields, (size_t) g->nfields, sizeof *g->fields);
  c->fields_cap = g->nfields;
  c->copies = dup_array (g->copies, (size_t) g->ncopies, sizeof *g->copies);
  c->copies_cap = g->ncopies;
  c->mixes = dup_array (g->mixes, (size_t) g->nmixes, sizeof *g->mixes);
  c->mixes_cap = g->nmixes;
  c->params = dup_array (g->params, (size_t) g->nparams, sizeof *g->params);
  c->calls = dup_array (g->calls, (size_t) g->ncalls, sizeof *g->calls);
  c->calls_cap = g->ncalls;
  for (int i = 0; i < g->ncalls; i++)
    {
      c->calls[i].name = g->calls[i].name ? esc_strdup (g->calls[i].name)
	: NULL;
      c->calls[i].args = dup_array (g->calls[i].args,
				    (size_t) g->calls[i].nargs,
				    sizeof *g->calls[i].args);
      c->calls[i].confined = dup_array (g->calls[i].confined,
					(size_t) g->calls[i].nargs,
					sizeof *g->calls[i].confined);
      c->calls[i].plain = dup_array (g->calls[i].plain,
				     (size_t) g->calls[i].nargs,
				     sizeof *g->calls[i].plain);
      c->calls[i].numbers = dup_array (g->calls[i].numbers,
				       (size_t) g->calls[i].nargs,
				       sizeof *g->calls[i].numbers);
      c->calls[i].typed = dup_array (g->calls[i].typed,
				     (size_t) g->calls[i].nargs,
				     sizeof *g->calls[i].typed);
      c->calls[i].typed_var = dup_array (g->calls[i].typed_var,
					 (size_t) g->calls[i].nargs,
					 sizeof *g->calls[i].typed_var);
      c->calls[i].own_param = dup_array (g->calls[i].own_param,
					 (size_t) g->calls[i].nargs,
					 sizeof *g->calls[i].own_param);
      c->calls[i].format = dup_array (g->calls[i].format,
				      (size_t) g->calls[i].nargs,
				      sizeof *g->calls[i].format);
      c->calls[i].targets = dup_array (g->calls[i].targets,
				       (size_t) g->calls[i].ntargets,
				       sizeof *g->calls[i].targets);
      c->calls[i].fresh_sites = g->calls[i].nfresh_sites
	? dup_array (g->calls[i].fresh_sites,
		     (size_t) g->calls[i].nfresh_sites,
		     sizeof *g->calls[i].fresh_sites) : NULL;
    }
  c->frees = dup_array (g->frees, (size_t) g->nfrees, sizeof *g->frees);
  c->rreturns = dup_array (g->rreturns, (size_t) g->nrreturns,
			   sizeof *g->rreturns);
  c->rreturns_cap = g->nrreturns;
  c->frees_cap = g->nfrees;
  c->clobbers = dup_array (g->clobbers, (size_t) g->nclobbers,
			   sizeof *g->clobbers);
  c->clobbers_cap = g->nclobbers;
  c->var_reads = dup_array (g->var_reads, (size_t) g->nvar_reads,
			    sizeof *g->var_reads);
  c->var_reads_cap = g->nvar_reads;
  c->edge_keys = dup_array (g->edge_keys, g->edge_cap, sizeof *g->edge_keys);
  c->memo = NULL;
  c->memo_cap = 0;
  c->pts = NULL;
  c->npts = c->pts_cap = 0;
  c->stack = NULL;
  c->stack_cap = 0;
  return c;
}

esc_graph *
esc_graph_without_realloc_returns (const esc_graph *g)
{
  esc_graph *c = esc_graph_clone (g);
  for (int k = 0; k < c->nrreturns; k++)
    {
      esc_location *l = &c->locs[c->rreturns[k].dst];
      int w = 0;
      for (int i = 0; i < l->nedges; i++)
	if (!(l->edges[i].src == c->rreturns[k].src
	      && l->edges[i].derefs == 0))
	  l->edges[w++] = l->edges[i];
      l->nedges = w;
      esc_edges_changed (c, c->rreturns[k].dst);
    }
  /* The edge set forgets them too, or the same flow made another way
     would be taken for a duplicate.  */
  memset (c->edge_keys, 0, c->edge_cap * sizeof *c->edge_keys);
  c->edge_count = 0;
  for (int d = 0; d < c->nlocs; d++)
    for (int i = 0; i < c->locs[d].nedges; i++)
      esc_edge_set_add (c, d, c->locs[d].edges[i].src,
			c->locs[d].edges[i].derefs);
  /* The new block holds what the old one did.  */
  for (int k = 0; k < c->nrreturns; k++)
    esc_store (c, c->rreturns[k].dst, c->rreturns[k].src, 1, ESC_NO_NOTE);
  c->nrreturns = 0;
  return c;
}
