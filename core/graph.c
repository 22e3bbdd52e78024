/* graph.c - building the escape graph: locations, notes, flows, stores.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "graph-impl.h"
#include "summary.h"

void
esc_graph_varargs_unread (esc_graph *g)
{
  g->varargs_unread = true;
}

void
esc_graph_varargs_followed (esc_graph *g, int va_list_param)
{
  g->varargs_followed = true;
  g->va_list_param = va_list_param;
}

esc_graph *
esc_graph_new (const char *function_name)
{
  esc_graph *g = esc_xrealloc (NULL, sizeof *g);
  memset (g, 0, sizeof *g);
  g->fname = esc_strdup (function_name);
  g->va_list_param = -1;
  g->va.heap = g->va.data = ESC_LEAK_NONE;
  g->va.format = ESC_FORMAT_SAFE;
  esc_pos none = { NULL, 0, 0 };
  esc_loc_new (g, ESC_HEAP, "{heap}", 0, none);
  esc_loc_new (g, ESC_DISCARD, "{discard}", 0, none);
  esc_loc_new (g, ESC_RESULT, "{result}", 0, none);
  esc_loc_new (g, ESC_HEAP, "{data}", 0, none);
  /* The heap holds pointers to the heap: whatever is loaded from memory we
     cannot see points to memory we cannot see.  */
  esc_add_edge (g, ESC_LOC_HEAP, ESC_LOC_HEAP, -1, ESC_NO_NOTE);
  g->locs[ESC_LOC_HEAP].content_unknown = true;
  return g;
}

static void
free_path (esc_path *p)
{
  esc_free (p->steps);
  p->steps = NULL;
  p->n = 0;
}

void
esc_graph_free (esc_graph *g)
{
  if (!g)
    return;
  for (int i = 0; i < g->nlocs; i++)
    {
      esc_location *l = &g->locs[i];
      esc_free (l->name);
      esc_free (l->edges);
      esc_free (l->leaks.content);
      esc_free (l->leaks.content_levels);
      esc_free (l->leaks.deep);
      esc_free (l->leaks.deep_levels);
      free_path (&l->why);
      free_path (&l->why_result);
    }
  for (int i = 0; i < g->nnotes; i++)
    {
      esc_free (g->notes[i].where);
      esc_free (g->notes[i].why);
    }
  for (int i = 0; i < g->ncalls; i++)
    {
      esc_free (g->calls[i].name);
      esc_free (g->calls[i].args);
      esc_free (g->calls[i].confined);
      esc_free (g->calls[i].plain);
      esc_free (g->calls[i].numbers);
      esc_free (g->calls[i].typed);
      esc_free (g->calls[i].typed_var);
      esc_free (g->calls[i].own_param);
      esc_free (g->calls[i].format);
      esc_free (g->calls[i].fresh_sites);
      esc_free (g->calls[i].targets);
    }
  esc_free (g->calls);
  esc_free (g->frees);
  esc_free (g->rreturns);
  esc_free (g->clobbers);
  esc_free (g->var_reads);
  esc_free (g->locs);
  esc_free (g->notes);
  esc_free (g->stores);
  esc_free (g->fields);
  esc_free (g->copies);
  esc_free (g->mixes);
  esc_free (g->params);
  esc_free (g->edge_keys);
  esc_pts_memo_free (g);
  esc_free (g->pts);
  esc_free (g->stack);
  esc_free (g->fname);
  esc_free (g);
}

esc_loc
esc_loc_new (esc_graph *g, esc_loc_kind kind, const char *name,
	     int loop_depth, esc_pos pos)
{
  GROW (g->locs, g->nlocs, g->locs_cap);
  esc_location *l = &g->locs[g->nlocs];
  memset (l, 0, sizeof *l);
  l->kind = kind;
  l->name = esc_strdup (name);
  l->depth = loop_depth < 0 ? 0 : loop_depth;
  l->pos = pos;
  l->param_index = -1;
  l->content = -1;
  l->deep = -1;
  l->reach = -1;
  l->whole = -1;
  l->fields = -1;
  l->copies = -1;
  l->field_obj = -1;
  l->owner = -1;
  l->dst = -1;
  l->leaks.heap = l->leaks.result = l->leaks.data = ESC_LEAK_NONE;
  /* The heap and the caller's objects outlive everything in the function;
     the result does too, but is not memory the function must keep alive.  */
  if (kind == ESC_HEAP || kind == ESC_PARAM_CONTENT || kind == ESC_PARAM_DEEP)
    l->escapes = true;
  return g->nlocs++;
}

static esc_loc param_new (esc_graph *g, const char *name, int index,
			  esc_pos pos, bool scalar);

esc_loc
esc_param_new (esc_graph *g, const char *name, int index, esc_pos pos)
{
  return param_new (g, name, index, pos, false);
}

esc_loc
esc_param_new_scalar (esc_graph *g, const char *name, int index, esc_pos pos)
{
  return param_new (g, name, index, pos, true);
}

static esc_loc
param_new (esc_graph *g, const char *name, int index, esc_pos pos,
	   bool scalar)
{
  if (!name)
    name = "?";
  esc_loc p = esc_loc_new (g, ESC_PARAM, name, 0, pos);
  size_t n = strlen (name) + 2;
  char *cname = esc_xrealloc (NULL, n);
  snprintf (cname, n, "*%s", name);
  esc_loc c = esc_loc_new (g, ESC_PARAM_CONTENT, cname, 0, pos);
  esc_free (cname);
  g->locs[p].param_index = index;
  g->locs[c].param_index = index;
  g->locs[p].content = c;
  /* The parameter points to the caller's object, which holds pointers we
     cannot see; a scalar points into the heap, if anywhere.  */
  esc_add_edge (g, p, scalar ? ESC_LOC_HEAP : c, -1, ESC_NO_NOTE);
  esc_add_edge (g, c, ESC_LOC_HEAP, -1, ESC_NO_NOTE);
  g->locs[c].content_unknown = true;

  if (index >= g->nparams)
    {
      g->params = esc_xrealloc (g->params, (size_t) (index + 1)
				* sizeof *g->params);
      for (int i = g->nparams; i <= index; i++)
	g->params[i] = -1;
      g->nparams = index + 1;
    }
  g->params[index] = p;
  return p;
}

void
esc_param_pointee_type (esc_graph *g, esc_loc param, int type)
{
  g->locs[param].pointee_type = type > 0 ? type : 0;
}

void
esc_param_typed_read (esc_graph *g, esc_loc param)
{
  g->locs[param].typed_read = true;
}

void
esc_param_punned (esc_graph *g, esc_loc param)
{
  g->locs[param].punned = true;
}

bool
esc_param_typed_reads (const esc_graph *g, esc_loc param)
{
  return g->locs[param].typed_read;
}

esc_loc
esc_param_content (const esc_graph *g, esc_loc param)
{
  return g->locs[param].content;
}

void
esc_graph_deep_params (esc_graph *g)
{
  bool any = false;
  for (int i = 0; i < g->nparams; i++)
    {
      esc_loc p = g->params[i];
      if (p < 0 || g->locs[p].deep >= 0)
	continue;
      esc_loc c = g->locs[p].content;
      /* Only a pointer parameter points to its caller's object (a
	 scalar's points to the heap).  */
      bool points = false;
      for (int k = 0; k < g->locs[p].nedges; k++)
	if (g->locs[p].edges[k].src == c && g->locs[p].edges[k].derefs == -1)
	  points = true;
      if (!points)
	continue;
      /* What the caller's object holds is the caller's: it points to
	 the caller's objects reached through it, which hold pointers to
	 the same, not to the heap.  Stores there are summarised and wired
	 by the caller into every object its argument reaches, where the
	 objects that really are the heap's (globals, escaped) are.  */
      esc_location *cl = &g->locs[c];
      int w = 0;
      for (int k = 0; k < cl->nedges; k++)
	if (!(cl->edges[k].src == ESC_LOC_HEAP && cl->edges[k].derefs == -1))
	  cl->edges[w++] = cl->edges[k];
      cl->nedges = w;
      esc_edges_changed (g, c);
      cl->content_unknown = false;
      size_t n = strlen (g->locs[p].name) + 3;
      char *dname = esc_xrealloc (NULL, n);
      snprintf (dname, n, "**%s", g->locs[p].name);
      esc_loc d = esc_loc_new (g, ESC_PARAM_DEEP, dname, 0, g->locs[p].pos);
      esc_free (dname);
      g->locs[d].param_index = i;
      g->locs[p].deep = d;
      g->locs[c].deep = d;
      any = true;
    }
  if (!any)
    return;
  /* The edge set forgets the removed edges.  */
  memset (g->edge_keys, 0, g->edge_cap * sizeof *g->edge_keys);
  g->edge_count = 0;
  for (int d = 0; d < g->nlocs; d++)
    for (int k = 0; k < g->locs[d].nedges; k++)
      esc_edge_set_add (g, d, g->locs[d].edges[k].src,
			g->locs[d].edges[k].derefs);
  for (int i = 0; i < g->nparams; i++)
    {
      esc_loc p = g->params[i];
      if (p < 0 || g->locs[p].deep < 0)
	continue;
      esc_loc d = g->locs[p].deep;
      esc_add_edge (g, g->locs[p].content, d, -1, ESC_NO_NOTE);
      esc_add_edge (g, d, d, -1, ESC_NO_NOTE);
    }
}

esc_note
esc_note_new (esc_graph *g, const char *where, const char *why, esc_pos pos)
{
  GROW (g->notes, g->nnotes, g->notes_cap);
  esc_note_rec *n = &g->notes[g->nnotes];
  n->where = esc_strdup (where);
  n->why = esc_strdup (why);
  n->pos = pos;
  return g->nnotes++;
}

void
esc_edges_changed (esc_graph *g, esc_loc l)
{
  g->locs[l].changed = g->removed_version = ++g->edge_version;
}

/* Edge de-duplication.  */

static uint64_t
edge_key (esc_loc dst, esc_loc src, int derefs)
{
  return ((uint64_t) (uint32_t) dst << 32 | (uint64_t) (uint32_t) src << 4
	  | (uint64_t) (derefs + 1)) + 1;
}

static size_t
edge_hash (uint64_t k, size_t cap)
{
  k ^= k >> 33;
  k *= 0xff51afd7ed558ccdULL;
  k ^= k >> 33;
  return (size_t) k & (cap - 1);
}

/* Double the set's room (rarely: out of the hot path).  */
static __attribute__ ((noinline)) void
edge_set_grow (esc_graph *g)
{
  size_t ocap = g->edge_cap;
  uint64_t *old = g->edge_keys;
  g->edge_cap = ocap ? 2 * ocap : 256;
  g->edge_keys = esc_xrealloc (NULL, g->edge_cap * sizeof *old);
  memset (g->edge_keys, 0, g->edge_cap * sizeof *old);
  for (size_t i = 0; i < ocap; i++)
    if (old[i])
      {
	size_t j = edge_hash (old[i], g->edge_cap);
	while (g->edge_keys[j])
	  j = (j + 1) & (g->edge_cap - 1);
	g->edge_keys[j] = old[i];
      }
  esc_free (old);
}

/* Insert K; false if it was there already.  Inline: the stores ask it
   of edges mostly there already (from another pointer's store).  */
static inline bool
edge_set_insert (esc_graph *g, uint64_t k)
{
  if (__builtin_expect (2 * (g->edge_count + 1) > g->edge_cap, 0))
    edge_set_grow (g);
  size_t mask = g->edge_cap - 1;
  uint64_t *keys = g->edge_keys;
  size_t j = edge_hash (k, g->edge_cap);
  while (keys[j])
    {
      if (keys[j] == k)
	return false;
      j = (j + 1) & mask;
    }
  keys[j] = k;
  g->edge_count++;
  return true;
}

void
esc_edge_set_add (esc_graph *g, esc_loc dst, esc_loc src, int derefs)
{
  edge_set_insert (g, edge_key (dst, src, derefs));
}

/* Edge DST <- SRC (DEREFS), there already, gets NOTE as its second
   route unless it has one.  */
static __attribute__ ((noinline)) void
edge_also (esc_graph *g, esc_loc dst, esc_loc src, int derefs, esc_note note)
{
  esc_location *d = &g->locs[dst];
  for (int i = 0; i < d->nedges; i++)
    if (d->edges[i].src == src && d->edges[i].derefs == derefs)
      {
	if (d->edges[i].also == ESC_NO_NOTE && d->edges[i].note != note)
	  d->edges[i].also = note;
	break;
      }
}

/* The new edge DST <- SRC (DEREFS), made at NOTE.  Out of line, as
   edge_also, so that finding an edge there already saves no registers.  */
static __attribute__ ((noinline)) void
edge_append (esc_graph *g, esc_loc dst, esc_loc src, int derefs,
	     esc_note note)
{
  esc_location *l = &g->locs[dst];
  GROW (l->edges, l->nedges, l->cap);
  l->edges[l->nedges].src = src;
  l->edges[l->nedges].derefs = derefs;
  l->edges[l->nedges].note = note;
  l->edges[l->nedges].also = ESC_NO_NOTE;
  l->nedges++;
  g->edge_version++;
  l->changed = g->edge_version;
}

bool
esc_add_edge (esc_graph *g, esc_loc dst, esc_loc src, int derefs,
	      esc_note note)
{
  /* Into an object with its fields apart: written at no field's bytes.  */
  if (__builtin_expect (g->locs[dst].whole >= 0, 0)
      && !(dst == src && derefs == 0))
    dst = g->locs[dst].whole;
  return esc_add_edge_exact (g, dst, src, derefs, note);
}

bool
esc_add_edge_exact (esc_graph *g, esc_loc dst, esc_loc src, int derefs,
		    esc_note note)
{
  if (derefs < -1)
    derefs = -1;
  if (derefs > ESC_MAX_DEREFS)
    derefs = ESC_MAX_DEREFS;
  /* A location holding its own value is no flow; the heap's self edge
     (-1) is the one self edge that means something.  */
  if (dst == src && derefs == 0)
    return false;
  if (dst == ESC_LOC_DISCARD)
    return false;
  if (!edge_set_insert (g, edge_key (dst, src, derefs)))
    {
      /* The same flow from another statement into the heap: no new edge
	 (the solution is the same), but a second route to report.  */
      if ((dst == ESC_LOC_HEAP || dst == ESC_LOC_DATA)
	  && note != ESC_NO_NOTE)
	edge_also (g, dst, src, derefs, note);
      return false;
    }
  edge_append (g, dst, src, derefs, note);
  return true;
}

void
esc_flow (esc_graph *g, esc_loc dst, esc_loc src, int derefs, esc_note note)
{
  esc_add_edge (g, dst, src, derefs, note);
}

void
esc_store (esc_graph *g, esc_loc ptr, esc_loc src, int derefs, esc_note note)
{
  if (ptr == ESC_LOC_HEAP)
    {
      /* Through a pointer into memory we cannot see.  */
      esc_add_edge (g, ESC_LOC_HEAP, src, derefs, note);
      return;
    }
  GROW (g->stores, g->nstores, g->stores_cap);
  esc_store_rec *s = &g->stores[g->nstores++];
  s->ptr = ptr;
  s->src = src;
  s->derefs = derefs;
  s->note = note;
}

bool
esc_is_object (const esc_location *l)
{
  return l->kind == ESC_ALLOC || l->kind == ESC_VAR || l->kind == ESC_HEAP
    || l->kind == ESC_PARAM_CONTENT || l->kind == ESC_RESULT
    || l->kind == ESC_PARAM_DEEP;
}

void
esc_force_escape (esc_graph *g, esc_loc loc, esc_note note)
{
  esc_location *l = &g->locs[loc];
  /* An object escapes by its address, a value by itself.  */
  esc_add_edge (g, ESC_LOC_HEAP, loc,
		(l->kind == ESC_ALLOC || l->kind == ESC_VAR) ? -1 : 0, note);
}

void
esc_realloc_return (esc_graph *g, esc_loc dst, esc_loc src, esc_note note)
{
  if (!esc_add_edge (g, dst, src, 0, note))
    return;
  GROW (g->rreturns, g->nrreturns, g->rreturns_cap);
  g->rreturns[g->nrreturns].dst = dst;
  g->rreturns[g->nrreturns].src = src;
  g->nrreturns++;
}

int
esc_realloc_return_count (const esc_graph *g)
{
  return g->nrreturns;
}

void
esc_bytes_read (esc_graph *g, esc_loc loc, int derefs, esc_note note)
{
  esc_add_edge (g, ESC_LOC_DATA, loc, derefs + 1, note);
}

int
esc_free_new_in (esc_graph *g, esc_loc arg, esc_free_kind kind, int family)
{
  GROW (g->frees, g->nfrees, g->frees_cap);
  g->frees[g->nfrees].arg = arg;
  g->frees[g->nfrees].kind = kind;
  g->frees[g->nfrees].family = family;
  g->frees[g->nfrees].pinned = false;
  g->frees[g->nfrees].guardable = false;
  g->frees[g->nfrees].releasable = false;
  g->frees[g->nfrees].grows = false;
  g->frees[g->nfrees].release_family = -1;
  g->frees[g->nfrees].call = -1;
  g->frees[g->nfrees].call_arg = -1;
  return g->nfrees++;
}

int
esc_free_new (esc_graph *g, esc_loc arg, esc_free_kind kind)
{
  return esc_free_new_in (g, arg, kind, 0);
}

int esc_free_family (const esc_graph *g, int i) { return g->frees[i].family; }
void esc_free_pin (esc_graph *g, int i) { g->frees[i].pinned = true; }
void esc_free_set_guardable (esc_graph *g, int i)
{ g->frees[i].guardable = true; }
bool esc_free_guardable (const esc_graph *g, int i)
{ return g->frees[i].guardable; }

void esc_free_set_callsite (esc_graph *g, int i, int call, int arg)
{ g->frees[i].call = call; g->frees[i].call_arg = arg; }
int esc_free_callsite (const esc_graph *g, int i, int *arg)
{
  if (arg)
    *arg = g->frees[i].call_arg;
  return g->frees[i].call;
}
void esc_free_set_releasable (esc_graph *g, int i, bool on, int family)
{
  g->frees[i].releasable = on;
  g->frees[i].release_family = family;
  if (!on)
    g->frees[i].grows = false;
}
void esc_free_set_grows (esc_graph *g, int i) { g->frees[i].grows = true; }
bool esc_free_releasable (const esc_graph *g, int i)
{ return g->frees[i].releasable; }

int esc_free_count (const esc_graph *g) { return g->nfrees; }
esc_free_kind esc_free_kind_of (const esc_graph *g, int i)
{ return g->frees[i].kind; }
esc_loc esc_free_arg (const esc_graph *g, int i) { return g->frees[i].arg; }

/* Queries.  */

int esc_loc_count (const esc_graph *g) { return g->nlocs; }
esc_loc_kind esc_loc_kind_of (const esc_graph *g, esc_loc l)
{ return g->locs[l].kind; }
const char *esc_loc_name (const esc_graph *g, esc_loc l)
{ return g->locs[l].name; }
esc_pos esc_loc_pos (const esc_graph *g, esc_loc l) { return g->locs[l].pos; }
int esc_loc_depth (const esc_graph *g, esc_loc l) { return g->locs[l].depth; }
int esc_param_index (const esc_graph *g, esc_loc p)
{ return g->locs[p].param_index; }
bool esc_escapes (const esc_graph *g, esc_loc l) { return g->locs[l].escapes; }
esc_loc esc_param_at (const esc_graph *g, int index)
{ return index >= 0 && index < g->nparams ? g->params[index] : -1; }
int esc_param_count (const esc_graph *g) { return g->nparams; }
bool esc_escapes_by_loop (const esc_graph *g, esc_loc l)
{ return g->locs[l].escapes && g->locs[l].by_loop; }
int esc_loop_restart (const esc_graph *g, esc_loc l)
{ return esc_escapes_by_loop (g, l) ? g->locs[l].restart : 0; }
const esc_leaks *esc_param_leaks (const esc_graph *g, esc_loc p)
{ return &g->locs[p].leaks; }
const char *esc_function_name (const esc_graph *g) { return g->fname; }

unsigned
esc_levels (int min, unsigned levels)
{
  if (min != ESC_LEAK_NONE)
    levels |= 1u << (min > ESC_MAX_DEREFS ? ESC_MAX_DEREFS : min);
  return levels;
}

const char *
esc_note_where (const esc_graph *g, esc_note n)
{
  return n == ESC_NO_NOTE ? NULL : g->notes[n].where;
}

const char *
esc_note_why (const esc_graph *g, esc_note n)
{
  return n == ESC_NO_NOTE ? NULL : g->notes[n].why;
}

esc_pos
esc_note_pos (const esc_graph *g, esc_note n)
{
  esc_pos none = { NULL, 0, 0 };
  return n == ESC_NO_NOTE ? none : g->notes[n].pos;
}
