/* summary.c - a function's summary from its solved graph, and the join
   that makes fixed points over recursion terminate.  */

#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "graph-impl.h"
#include "summary.h"

esc_summary *
esc_summary_new (const char *name, int nparams)
{
  esc_summary *s = esc_xrealloc (NULL, sizeof *s);
  memset (s, 0, sizeof *s);
  s->name = esc_strdup (name);
  s->nparams = nparams;
  s->calls_out = true;
  s->leaks = esc_xrealloc (NULL, (size_t) (nparams + 1) * sizeof *s->leaks);
  s->param_names = esc_xrealloc (NULL, (size_t) (nparams + 1)
				 * sizeof *s->param_names);
  s->content_foreign = esc_xrealloc (NULL, (size_t) (nparams + 1)
				     * sizeof *s->content_foreign);
  s->frees = esc_xrealloc (NULL, (size_t) (nparams + 1) * sizeof *s->frees);
  s->scalar = esc_xrealloc (NULL, (size_t) (nparams + 1) * sizeof *s->scalar);
  s->frees_from = esc_xrealloc (NULL, (size_t) (nparams + 1)
				* sizeof *s->frees_from);
  s->writes_deep_into = esc_xrealloc (NULL, (size_t) (nparams + 1)
				      * sizeof *s->writes_deep_into);
  s->content_raw = esc_xrealloc (NULL, (size_t) (nparams + 1)
				 * sizeof *s->content_raw);
  s->typed_reads = esc_xrealloc (NULL, (size_t) (nparams + 1)
				 * sizeof *s->typed_reads);
  s->pointee_type = esc_xrealloc (NULL, (size_t) (nparams + 1)
				  * sizeof *s->pointee_type);
  s->punned = esc_xrealloc (NULL, (size_t) (nparams + 1) * sizeof *s->punned);
  for (int i = 0; i < nparams; i++)
    {
      esc_leaks *lk = &s->leaks[i];
      lk->heap = lk->result = lk->data = ESC_LEAK_NONE;
      lk->nparams = nparams;
      lk->result_levels = 0;
      lk->content = esc_xrealloc (NULL, (size_t) (nparams + 1)
				  * sizeof *lk->content);
      lk->content_levels = esc_xrealloc (NULL, (size_t) (nparams + 1)
					 * sizeof *lk->content_levels);
      lk->deep = esc_xrealloc (NULL, (size_t) (nparams + 1)
			       * sizeof *lk->deep);
      lk->deep_levels = esc_xrealloc (NULL, (size_t) (nparams + 1)
				      * sizeof *lk->deep_levels);
      for (int j = 0; j < nparams; j++)
	{
	  lk->content[j] = lk->deep[j] = ESC_LEAK_NONE;
	  lk->content_levels[j] = lk->deep_levels[j] = 0;
	}
      s->content_foreign[i] = false;
      s->frees[i] = false;
      s->scalar[i] = false;
      s->frees_from[i] = 0;
      s->writes_deep_into[i] = false;
      s->content_raw[i] = false;
      s->typed_reads[i] = false;
      s->pointee_type[i] = 0;
      s->punned[i] = false;
      char buf[32];
      snprintf (buf, sizeof buf, "{param %d}", i + 1);
      s->param_names[i] = esc_strdup (buf);
    }
  s->vararg_heap = s->vararg_data = ESC_LEAK_NONE;
  s->vararg_into = -1;
  s->vararg_into_derefs = ESC_LEAK_NONE;
  s->vararg_format = ESC_FORMAT_SAFE;
  s->va_list_param = -1;
  s->alloc.dealloc_param = -1;
  return s;
}

esc_summary *
esc_summary_start (const esc_graph *g)
{
  esc_summary *s = esc_summary_new (g->fname, g->nparams);
  if (g->varargs_followed)
    s->va_list_param = g->va_list_param;
  /* Its declaration's, as every round's will be (esc_summary_join).  */
  for (int i = 0; i < g->nparams; i++)
    if (g->params[i] >= 0)
      s->pointee_type[i] = g->locs[g->params[i]].pointee_type;
  return s;
}

void
esc_summary_free (esc_summary *s)
{
  if (!s)
    return;
  for (int i = 0; i < s->nparams; i++)
    {
      esc_free (s->leaks[i].content);
      esc_free (s->leaks[i].content_levels);
      esc_free (s->leaks[i].deep);
      esc_free (s->leaks[i].deep_levels);
      esc_free (s->param_names[i]);
    }
  esc_free (s->leaks);
  esc_free (s->param_names);
  esc_free (s->content_foreign);
  esc_free (s->frees);
  esc_free (s->scalar);
  esc_free (s->frees_from);
  esc_free (s->writes_deep_into);
  esc_free (s->content_raw);
  esc_free (s->typed_reads);
  esc_free (s->pointee_type);
  esc_free (s->punned);
  for (int k = 0; k < s->nfresh; k++)
    {
      esc_free (s->fresh[k].levels);
      esc_free (s->fresh[k].holds);
      esc_free (s->fresh[k].name);
      for (int j = 0; j < s->fresh[k].nchain; j++)
	{
	  esc_free (s->fresh[k].chain[j].function);
	  esc_free (s->fresh[k].chain[j].call);
	}
      esc_free (s->fresh[k].chain);
    }
  esc_free (s->fresh);
  esc_free (s->name);
  esc_free (s);
}

/* Does parameter D of S take part in anything a caller that no longer
   passes it must know: a flow from it into the result or the caller's
   objects, one into what it points to, a write or free through it, an
   object handed over through it, a size or format or va_list it gives?
   Where its value goes besides (the heap, read as data) concerns what
   the constant in its place points to, never the caller's objects: an
   ipa-cp constant is a global's address or a literal's, never a
   local's.  */
static bool
param_used (const esc_summary *s, int d)
{
  const esc_leaks *lk = &s->leaks[d];
  if (lk->result != ESC_LEAK_NONE || s->content_foreign[d] || s->frees[d]
      || s->writes_deep_into[d] || s->content_raw[d])
    return true;
  for (int j = 0; j < s->nparams; j++)
    if (lk->content[j] != ESC_LEAK_NONE || lk->deep[j] != ESC_LEAK_NONE
	|| s->leaks[j].content[d] != ESC_LEAK_NONE
	|| s->leaks[j].deep[d] != ESC_LEAK_NONE)
      return true;
  const esc_alloc_summary *a = &s->alloc;
  if ((a->is_alloc && (a->size.param == d
		       || (a->has_count && a->count.param == d)))
      || a->dealloc_param == d || s->vararg_into == d
      || s->vararg_format == d || s->va_list_param == d)
    return true;
  for (int k = 0; k < s->nfresh; k++)
    if (s->fresh[k].owner == d || s->fresh[k].levels[d])
      return true;
  return false;
}

static int
remap (const int *inv, int i)
{
  return i >= 0 ? inv[i] : i;
}

esc_summary *
esc_summary_select (const esc_summary *s, const int *from, int n)
{
  if (n < 0 || n > s->nparams)
    return NULL;
  int *inv = esc_xrealloc (NULL, (size_t) (s->nparams + 1) * sizeof *inv);
  for (int i = 0; i < s->nparams; i++)
    inv[i] = -1;
  bool ok = true;
  for (int k = 0; k < n && ok; k++)
    {
      ok = from[k] >= 0 && from[k] < s->nparams && inv[from[k]] < 0;
      if (ok)
	inv[from[k]] = k;
    }
  for (int i = 0; i < s->nparams && ok; i++)
    ok = inv[i] >= 0 || !param_used (s, i);
  if (!ok)
    {
      esc_free (inv);
      return NULL;
    }
  esc_summary *t = esc_summary_new (s->name, n);
  for (int k = 0; k < n; k++)
    {
      int i = from[k];
      const esc_leaks *a = &s->leaks[i];
      esc_leaks *b = &t->leaks[k];
      b->heap = a->heap;
      b->data = a->data;
      b->result = a->result;
      b->result_levels = a->result_levels;
      for (int m = 0; m < n; m++)
	{
	  b->content[m] = a->content[from[m]];
	  b->content_levels[m] = a->content_levels[from[m]];
	  b->deep[m] = a->deep[from[m]];
	  b->deep_levels[m] = a->deep_levels[from[m]];
	}
      esc_free (t->param_names[k]);
      t->param_names[k] = esc_strdup (s->param_names[i]);
      t->content_foreign[k] = s->content_foreign[i];
      t->content_raw[k] = s->content_raw[i];
      t->frees[k] = s->frees[i];
      t->frees_from[k] = s->frees_from[i];
      t->scalar[k] = s->scalar[i];
      t->typed_reads[k] = s->typed_reads[i];
      t->pointee_type[k] = s->pointee_type[i];
      t->punned[k] = s->punned[i];
      t->writes_deep_into[k] = s->writes_deep_into[i];
    }
  t->libc = s->libc;
  t->writes_deep = s->writes_deep;
  t->result_foreign = s->result_foreign;
  t->calls_out = s->calls_out;
  t->vararg_heap = s->vararg_heap;
  t->vararg_into = remap (inv, s->vararg_into);
  t->vararg_into_derefs = s->vararg_into_derefs;
  t->vararg_foreign = s->vararg_foreign;
  t->vararg_data = s->vararg_data;
  t->vararg_format = remap (inv, s->vararg_format);
  t->va_list_param = remap (inv, s->va_list_param);
  t->alloc = s->alloc;
  t->alloc.size.param = remap (inv, s->alloc.size.param);
  t->alloc.count.param = remap (inv, s->alloc.count.param);
  t->alloc.dealloc_param = remap (inv, s->alloc.dealloc_param);
  if (s->nfresh)
    {
      t->fresh = esc_xrealloc (NULL, (size_t) s->nfresh * sizeof *t->fresh);
      t->nfresh = s->nfresh;
    }
  for (int k = 0; k < s->nfresh; k++)
    {
      const esc_fresh *a = &s->fresh[k];
      esc_fresh *b = &t->fresh[k];
      *b = *a;
      b->owner = remap (inv, a->owner);
      b->levels = esc_xrealloc (NULL, (size_t) (n + 1) * sizeof *b->levels);
      for (int m = 0; m < n; m++)
	b->levels[m] = a->levels[from[m]];
      b->holds = esc_xrealloc (NULL, (size_t) (a->nholds + 1)
			       * sizeof *b->holds);
      memcpy (b->holds, a->holds, (size_t) a->nholds * sizeof *b->holds);
      b->name = a->name ? esc_strdup (a->name) : NULL;
      b->chain = esc_xrealloc (NULL, (size_t) (a->nchain + 1)
			       * sizeof *b->chain);
      for (int j = 0; j < a->nchain; j++)
	{
	  b->chain[j] = a->chain[j];
	  b->chain[j].function = a->chain[j].function
	    ? esc_strdup (a->chain[j].function) : NULL;
	  b->chain[j].call = a->chain[j].call
	    ? esc_strdup (a->chain[j].call) : NULL;
	}
    }
  esc_free (inv);
  return t;
}

/* Does the value SRC, after DEREFS dereferences, carry a pointer that does
   not come from a parameter?  Parameters' flows are in the leak vectors
   already, so the walk does not go through them, nor into the caller's
   objects (their contents are what the parameters point to).  */
static bool
foreign_at (esc_graph *g, esc_loc l, int derefs, void *ctx)
{
  (void) derefs;
  (void) ctx;
  return g->locs[l].kind != ESC_PARAM && g->locs[l].kind != ESC_PARAM_CONTENT
	 && g->locs[l].kind != ESC_PARAM_DEEP;
}

static bool
foreign_address (esc_graph *g, esc_loc l, void *ctx)
{
  /* An object's address; the caller's own objects are fine, and so are
     the fresh ones it will own (esc_fresh says what they hold).  */
  if (g->locs[l].kind == ESC_PARAM_CONTENT
      || g->locs[l].kind == ESC_PARAM_DEEP || esc_fresh_owned (g, l))
    return true;
  *(bool *) ctx = true;
  return false;
}

static bool
foreign_value (esc_graph *g, esc_loc src, int derefs)
{
  if (derefs < 0)
    return true;		/* The address of something of ours.  */
  bool found = false;
  esc_level_walker w = { foreign_at, foreign_address, &found };
  esc_walk_levels (g, src, derefs, &w);
  return found;
}

static bool
pts_has (const esc_loc *pts, int n, esc_loc l)
{
  for (int i = 0; i < n; i++)
    if (pts[i] == l)
      return true;
  return false;
}

esc_summary *
esc_summary_of (esc_graph *g)
{
  esc_summary *s = esc_summary_new (g->fname, g->nparams);
  for (int i = 0; i < g->nparams; i++)
    {
      esc_loc p = g->params[i];
      if (p < 0)
	continue;
      const esc_leaks *lk = &g->locs[p].leaks;
      s->leaks[i].heap = lk->heap;
      s->leaks[i].data = lk->data;
      s->leaks[i].result = lk->result;
      s->leaks[i].result_levels = lk->result_levels;
      for (int j = 0; lk->content && j < lk->nparams && j < g->nparams; j++)
	{
	  s->leaks[i].content[j] = lk->content[j];
	  s->leaks[i].content_levels[j] = lk->content_levels[j];
	  /* Every level from the lowest on: a walker's recursive call
	     finds one level more each round of a cycle's fixed point, and
	     what lies deeper is among the objects the argument reaches
	     anyway.  More stores for a caller, never fewer.  */
	  s->leaks[i].deep[j] = lk->deep[j];
	  s->leaks[i].deep_levels[j]
	    = lk->deep[j] == ESC_LEAK_NONE ? 0
	    : ((1u << (ESC_MAX_DEREFS + 1)) - 1) & ~((1u << lk->deep[j]) - 1);
	}
      s->typed_reads[i] = g->locs[p].typed_read;
      s->pointee_type[i] = g->locs[p].pointee_type;
      s->punned[i] = g->locs[p].punned;
      esc_free (s->param_names[i]);
      s->param_names[i] = esc_strdup (g->locs[p].name);
      /* A scalar parameter points into the heap (esc_param_new_scalar),
	 a carrier to its caller's object.  */
      s->scalar[i] = true;
      for (int k = 0; k < g->locs[p].nedges; k++)
	if (g->locs[p].edges[k].src == g->locs[p].content
	    && g->locs[p].edges[k].derefs == -1)
	  s->scalar[i] = false;
    }

  /* Has every parameter that may point to the caller's objects a
     location for the deeper ones (esc_graph_deep_params)?  Then the
     heap stands for none of them: those of the caller's objects this
     function reaches through the heap have escaped in the caller (the
     summary sends them there), and hold the heap already.  */
  bool deep_all = true;
  for (int i = 0; i < g->nparams; i++)
    if (g->params[i] >= 0 && !s->scalar[i] && g->locs[g->params[i]].deep < 0)
      deep_all = false;

  /* What the stores write into the caller's objects: one points-to walk
     per pointer stored through (stores sorted by it).  */
  int *order = esc_xrealloc (NULL, (size_t) (g->nstores + 1) * sizeof *order);
  esc_stores_by_ptr (g, order);
  esc_loc *copy = NULL;
  int n = 0;
  for (int k = 0; k < g->nstores; k++)
    {
      esc_store_rec *st = &g->stores[order[k]];
      if (k == 0 || st->ptr != g->stores[order[k - 1]].ptr)
	{
	  const esc_loc *pts;
	  n = esc_points_to (g, st->ptr, &pts);
	  if (!deep_all && pts_has (pts, n, ESC_LOC_HEAP))
	    s->writes_deep = true;
	  copy = esc_xrealloc (copy, (size_t) (n + 1) * sizeof *copy);
	  if (n > 0)
	    memcpy (copy, pts, (size_t) n * sizeof *copy);
	}
      bool foreign = false, computed = false;
      for (int j = 0; j < n; j++)
	{
	  esc_location *o = &g->locs[copy[j]];
	  bool deep = o->kind == ESC_PARAM_DEEP;
	  if (deep ? s->writes_deep || s->writes_deep_into[o->param_index]
	      : (o->kind != ESC_PARAM_CONTENT
		 || s->content_foreign[o->param_index]))
	    continue;
	  if (!computed)
	    {
	      foreign = foreign_value (g, st->src, st->derefs);
	      computed = true;
	    }
	  /* Pointers of its own into the caller's deeper objects: those
	     objects may then hold any pointer.  */
	  if (foreign && deep)
	    s->writes_deep_into[o->param_index] = true;
	  else if (foreign)
	    s->content_foreign[o->param_index] = true;
	}
    }
  esc_free (copy);
  esc_free (order);
  /* What may be freed: for a free here (free, realloc, a deallocator),
     the objects the argument points to; for a callee's, all objects
     those reach too.  The caller's where those are its objects behind a
     parameter (deeper ones are a location of their own,
     esc_graph_deep_params: freed from level 1).  The caller's objects
     the heap holds have escaped (the summary sends them there); but
     where a parameter has no deeper objects of its own, the heap stands
     for them: then every parameter the argument is made from.  Reaching further would count a local
     buffer's free as freeing what the buffer holds (jq's
     jv_string_vfmt: its second build's summary freed the format).  */
  bool *all = esc_xrealloc (NULL, (size_t) (g->nparams + 1) * sizeof *all);
  for (int i = 0; i < g->nparams; i++)
    {
      all[i] = false;
      s->frees_from[i] = 1;	/* Lowered to 0 by any free but of **p.  */
    }
  for (int k = 0; k < g->nfrees; k++)
    {
      esc_loc *objs;
      int n;
      if (g->frees[k].kind == ESC_FREE_CALLEE)
	n = esc_pointed_closure (g, g->frees[k].arg, &objs);
      else
	{
	  const esc_loc *pts;
	  n = esc_points_to (g, g->frees[k].arg, &pts);
	  objs = esc_xrealloc (NULL, (size_t) (n + 1) * sizeof *objs);
	  if (n > 0)
	    memcpy (objs, pts, (size_t) n * sizeof *objs);
	}
      if (!deep_all && pts_has (objs, n, ESC_LOC_HEAP))
	esc_reachable_params (g, g->frees[k].arg, all);
      else
	for (int j = 0; j < n; j++)
	  {
	    const esc_location *o = &g->locs[objs[j]];
	    if ((o->kind == ESC_PARAM_CONTENT || o->kind == ESC_PARAM_DEEP)
		&& o->param_index >= 0 && o->param_index < s->nparams)
	      {
		s->frees[o->param_index] = true;
		if (o->kind == ESC_PARAM_CONTENT)
		  s->frees_from[o->param_index] = 0;
	      }
	  }
      esc_free (objs);
    }
  for (int i = 0; i < g->nparams; i++)
    {
      if (all[i])
	s->frees[i] = true, s->frees_from[i] = 0;
      if (!s->frees[i])
	s->frees_from[i] = 0;
    }
  esc_free (all);
  /* Calls that write through what they load do so on our behalf too,
     into the caller's deeper objects, and into its object behind a
     parameter when that is what they were handed pointers into.  */
  if (g->nclobbers > 0 && !deep_all)
    s->writes_deep = true;
  for (int i = 0; i < g->nparams; i++)
    if (g->params[i] >= 0 && g->locs[g->params[i]].content >= 0
	&& g->locs[g->locs[g->params[i]].content].clobbered)
      s->content_foreign[i] = true;
  /* With a location for each parameter's deeper objects, a clobber
     reached those of the parameters whose deeper objects it marked (its
     object behind the parameter too: what that holds, the deeper ones,
     then are another unit's to write).  */
  for (int i = 0; g->nclobbers > 0 && deep_all && i < g->nparams; i++)
    {
      esc_loc p = g->params[i];
      if (p < 0)
	continue;
      esc_loc c = g->locs[p].content, d = g->locs[p].deep;
      if ((c >= 0 && g->locs[c].clobbered)
	  || (d >= 0 && g->locs[d].content_unknown))
	s->writes_deep_into[i] = true;
    }
  s->result_foreign = foreign_value (g, ESC_LOC_RESULT, 0);
  /* Arguments past the parameters are read with va_arg, which we do not
     follow, unless nothing can read them, or every use hands them on to
     calls whose summaries say where they go (printed under a format).  */
  if (g->varargs_followed)
    {
      s->vararg_heap = g->va.heap;
      s->vararg_data = g->va.data;
      s->vararg_foreign = g->va.foreign;
      s->vararg_format = g->va.format;
      s->va_list_param = g->va_list_param;
    }
  else if (!g->varargs_unread)
    {
      s->vararg_heap = 0;
      s->vararg_foreign = true;
    }
  return s;
}

bool
esc_summary_writes_deep (const esc_summary *s)
{
  for (int i = 0; i < s->nparams; i++)
    if (s->writes_deep_into[i])
      return true;
  return s->writes_deep;
}

bool
esc_leak_lower (int *into, int from)
{
  if (from != ESC_LEAK_NONE && (*into == ESC_LEAK_NONE || from < *into))
    {
      *into = from;
      return true;
    }
  return false;
}

static bool
add_bits (unsigned *into, unsigned from)
{
  if (from & ~*into)
    {
      *into |= from;
      return true;
    }
  return false;
}

static bool
set_flag (bool *into, bool from)
{
  if (from && !*into)
    {
      *into = true;
      return true;
    }
  return false;
}

bool
esc_summary_join (esc_summary *into, const esc_summary *from)
{
  bool changed = false;
  int n = into->nparams < from->nparams ? into->nparams : from->nparams;
  for (int i = 0; i < n; i++)
    {
      changed |= esc_leak_lower (&into->leaks[i].heap, from->leaks[i].heap);
      changed |= esc_leak_lower (&into->leaks[i].result, from->leaks[i].result);
      changed |= add_bits (&into->leaks[i].result_levels,
			   from->leaks[i].result_levels);
      for (int j = 0; j < n; j++)
	{
	  changed |= esc_leak_lower (&into->leaks[i].content[j],
			    from->leaks[i].content[j]);
	  changed |= add_bits (&into->leaks[i].content_levels[j],
			       from->leaks[i].content_levels[j]);
	  changed |= esc_leak_lower (&into->leaks[i].deep[j], from->leaks[i].deep[j]);
	  changed |= add_bits (&into->leaks[i].deep_levels[j],
			       from->leaks[i].deep_levels[j]);
	}
      changed |= set_flag (&into->content_foreign[i],
			   from->content_foreign[i]);
      if (from->frees[i]
	  && (!into->frees[i] || from->frees_from[i] < into->frees_from[i]))
	{
	  into->frees_from[i] = from->frees_from[i];
	  changed = true;
	}
      changed |= set_flag (&into->frees[i], from->frees[i]);
      /* The parameter's type: the same in every round.  */
      into->scalar[i] = from->scalar[i];
      changed |= set_flag (&into->content_raw[i], from->content_raw[i]);
      changed |= set_flag (&into->typed_reads[i], from->typed_reads[i]);
      changed |= set_flag (&into->punned[i], from->punned[i]);
      /* The parameter's type: the same in every round; a round that did
	 not know it makes it unknown, which reads as data.  */
      if (into->pointee_type[i] != from->pointee_type[i])
	{
	  changed |= into->pointee_type[i] != 0;
	  into->pointee_type[i] = 0;
	}
      changed |= esc_leak_lower (&into->leaks[i].data, from->leaks[i].data);
      if (strcmp (into->param_names[i], from->param_names[i]) != 0)
	{
	  esc_free (into->param_names[i]);
	  into->param_names[i] = esc_strdup (from->param_names[i]);
	}
    }
  for (int i = 0; i < n; i++)
    changed |= set_flag (&into->writes_deep_into[i],
			 from->writes_deep_into[i]);
  changed |= set_flag (&into->writes_deep, from->writes_deep);
  changed |= set_flag (&into->result_foreign, from->result_foreign);
  changed |= set_flag (&into->calls_out, from->calls_out);
  changed |= esc_leak_lower (&into->vararg_heap, from->vararg_heap);
  changed |= set_flag (&into->vararg_foreign, from->vararg_foreign);
  changed |= esc_leak_lower (&into->vararg_data, from->vararg_data);
  if (from->vararg_into >= 0 && into->vararg_into < 0)
    {
      into->vararg_into = from->vararg_into;
      into->vararg_into_derefs = from->vararg_into_derefs;
      changed = true;
    }
  int format = esc_format_join (into->vararg_format, from->vararg_format);
  if (format != into->vararg_format)
    {
      into->vararg_format = format;
      changed = true;
    }
  /* A va_list whose contents one round did not follow: not followed (its
     caller's varargs escape; the vararg fields then describe arguments
     past the parameters, which escape too).  */
  if (into->va_list_param >= 0
      && into->va_list_param != from->va_list_param)
    {
      into->va_list_param = -1;
      changed |= esc_leak_lower (&into->vararg_heap, 0);
      changed |= set_flag (&into->vararg_foreign, true);
      changed = true;
    }
  return changed;
}
