/* fresh.c - objects a function hands its caller.

   A constructor allocates an object and returns it (node_new), or stores
   it into the caller's object (str_init (&s, cap), *out = p), possibly
   after filling it in.  Seen from the constructor the object escapes: it
   reaches the result.  Seen from the caller it is an allocation like any
   other, which may well die there.  So the solver is run once more on a
   copy of the function's graph in which every allocation outside loops is
   a *fresh candidate*: reaching the result, a caller's object or another
   fresh object (its *owner*) does not make it escape, and its contents are
   walked as the caller's.  A candidate that escapes anyway (it reaches the
   heap, two owners, a loop keeps it) is dropped and the copy solved again,
   until none is dropped.  What remains is described in the summary
   (esc_fresh): who holds each object, which parameters flow into it and
   whether it holds pointers of the callee's own; a caller makes one
   allocation site per object at each call (call.c).  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "graph-impl.h"
#include "summary.h"

/* Rounds of dropping candidates before giving up on fresh objects: each
   round drops one at least, and functions have few allocations.  */
#define MAX_ROUNDS 16

static bool
candidate (const esc_location *l)
{
  return l->kind == ESC_ALLOC && l->depth == 0;
}

/* The root whose walk first made L escape: the end of its path.  */
static esc_loc
first_root (const esc_graph *g, esc_loc l)
{
  const esc_path *p = &g->locs[l].why;
  return p->n > 0 ? p->steps[p->n - 1].dst : -1;
}

/* The candidates worth a second solve, from the first one: allocations
   outside loops that escaped first by reaching the result, a caller's
   object or another such allocation.  One that some other root reached
   first (the heap, an escaping local) escapes in the second solve too.
   CAND gets one flag per location of SOLVED; false if none.  */
static bool
first_candidates (const esc_graph *solved, bool *cand)
{
  bool any = false;
  for (int i = 0; i < solved->nlocs; i++)
    cand[i] = false;
  for (bool grew = true; grew;)
    {
      grew = false;
      for (int i = 0; i < solved->nlocs; i++)
	{
	  const esc_location *l = &solved->locs[i];
	  if (cand[i] || !candidate (l) || !l->escapes || l->by_loop)
	    continue;
	  esc_loc r = first_root (solved, i);
	  if (r < 0)
	    continue;
	  esc_loc_kind k = solved->locs[r].kind;
	  if (k == ESC_RESULT || k == ESC_PARAM_CONTENT
	      || (k == ESC_ALLOC && cand[r]))
	    any = grew = cand[i] = true;
	}
    }
  return any;
}

bool
esc_has_fresh_candidates (const esc_graph *solved)
{
  bool *cand = esc_xrealloc (NULL, (size_t) (solved->nlocs + 1)
			     * sizeof *cand);
  bool any = first_candidates (solved, cand);
  esc_free (cand);
  return any;
}

/* A candidate must escape, and only a location that is the source of an
   edge can (the walks go from a root back over edges to their sources).
   In the unsolved graph such an edge comes from the function's own
   flows and stores (the graph's edges and stores, a realloc's return)
   or from wiring its calls, which starts flows at the arguments and the
   result only, except for a call whose summary makes its site an
   allocation: an allocator's (the site flows into the result), or one
   with fresh objects (new sites, as deep in loops as the call's).
   Solving adds flows only from the stores' sources, the heap and the
   roots' objects into them.  Nothing else marks a location escaping.  */
bool
esc_may_have_fresh_candidates (const esc_graph *unsolved,
			       esc_summary_lookup lookup, void *ctx)
{
  const esc_graph *g = unsolved;
  bool *cand = esc_xrealloc (NULL, (size_t) (g->nlocs + 1) * sizeof *cand);
  bool any = false, may = false;
  for (int i = 0; i < g->nlocs; i++)
    any |= cand[i] = candidate (&g->locs[i]);
  for (int i = 0; any && !may && i < g->ncalls; i++)
    {
      const esc_call_rec *c = &g->calls[i];
      for (int j = 0; j < c->nargs; j++)
	may |= c->args[j] >= 0 && cand[c->args[j]];
      may |= c->result >= 0 && cand[c->result];
      if (c->alloc_site < 0)
	continue;
      const esc_summary *s[3] = { NULL, NULL, NULL };
      s[0] = lookup ? lookup (ctx, c->callee) : NULL;
      for (int k = 0; k < c->ntargets && lookup && !may; k++)
	{
	  const esc_summary *t = lookup (ctx, c->targets[k]);
	  may |= t && (t->alloc.is_alloc || t->nfresh > 0);
	}
      if (c->cb_callee >= 0)
	{
	  const esc_libc_callback *m = esc_libc_callback_model (c->name);
	  s[1] = m ? m->rest : NULL;
	  s[2] = lookup ? lookup (ctx, c->cb_callee) : NULL;
	}
      for (int k = 0; k < 3; k++)
	may |= s[k] && (s[k]->alloc.is_alloc || s[k]->nfresh > 0);
    }
  for (int d = 0; any && !may && d < g->nlocs; d++)
    for (int i = 0; i < g->locs[d].nedges; i++)
      may |= cand[g->locs[d].edges[i].src];
  for (int i = 0; any && !may && i < g->nstores; i++)
    may |= cand[g->stores[i].src] || cand[g->stores[i].ptr];
  for (int i = 0; any && !may && i < g->nrreturns; i++)
    may |= cand[g->rreturns[i].src] || cand[g->rreturns[i].dst];
  for (int i = 0; any && !may && i < g->nclobbers; i++)
    may |= cand[g->clobbers[i]];
  esc_free (cand);
  return may;
}

static bool
owned (const esc_location *l)
{
  return l->fresh && !l->escapes && l->owner >= 0;
}

esc_graph *
esc_solve_fresh (const esc_graph *unsolved, const esc_graph *solved,
		 esc_summary_lookup lookup, void *ctx)
{
  /* SOLVED is UNSOLVED wired and solved: its locations are the copy's.  */
  bool *dropped = esc_xrealloc (NULL, (size_t) (solved->nlocs + 1)
				* sizeof *dropped);
  first_candidates (solved, dropped);
  for (int i = 0; i < solved->nlocs; i++)
    dropped[i] = !dropped[i];
  int ndropped = solved->nlocs;
  for (int round = 0;; round++)
    {
      esc_graph *h = esc_graph_clone (unsolved);
      esc_wire_calls (h, lookup, ctx);
      /* Wiring adds the same locations in the same order every time.  */
      if (ndropped < h->nlocs)
	{
	  dropped = esc_xrealloc (dropped, (size_t) h->nlocs * sizeof *dropped);
	  memset (dropped + ndropped, 0,
		  (size_t) (h->nlocs - ndropped) * sizeof *dropped);
	  ndropped = h->nlocs;
	}
      bool any = false;
      for (int i = 0; i < h->nlocs; i++)
	if (candidate (&h->locs[i]) && !dropped[i] && round < MAX_ROUNDS)
	  any = h->locs[i].fresh = true;
      esc_solve_graph (h);
      bool changed = false;
      for (int i = 0; any && i < h->nlocs; i++)
	if (h->locs[i].fresh && h->locs[i].escapes)
	  changed = dropped[i] = true;
      if (!changed)
	{
	  esc_free (dropped);
	  return h;
	}
      esc_graph_free (h);
    }
}

/* L's index among the fresh objects ORDER[0..N), or -1.  */
static int
fresh_index (esc_loc l, const esc_loc *order, int n)
{
  for (int k = 0; k < n; k++)
    if (order[k] == l)
      return k;
  return -1;
}

/* What a fresh object's contents hold, from a walk of its incoming flows:
   parameters at each level, the fresh objects it owns (wired apart), and
   anything else: pointers of the callee's own.  */
typedef struct contents_ctx
{
  esc_loc self;
  unsigned *levels;		/* Per parameter.  */
  bool foreign;
  const esc_loc *order;		/* The fresh objects, by index.  */
  int n;
  esc_fresh *f;			/* Gets HOLDS.  */
} contents_ctx;

static bool
contents_at (esc_graph *g, esc_loc lid, int derefs, void *ctx)
{
  contents_ctx *c = ctx;
  esc_location *l = &g->locs[lid];
  if (l->kind == ESC_PARAM)
    {
      if (l->param_index >= 0)
	c->levels[l->param_index] |= 1u << derefs;
      return false;
    }
  if (l->kind == ESC_PARAM_CONTENT)
    {
      /* What the caller's object holds: the parameter, one level down.  */
      if (l->param_index >= 0)
	c->levels[l->param_index] |= 1u << (derefs < ESC_MAX_DEREFS
					    ? derefs + 1 : ESC_MAX_DEREFS);
      return false;
    }
  /* The caller's objects reached through what a parameter points to:
     not described by levels here, so taken for unknown pointers.  */
  if (lid == ESC_LOC_HEAP || l->kind == ESC_PARAM_DEEP)
    {
      c->foreign = true;
      return false;
    }
  return true;
}

static bool
contents_address (esc_graph *g, esc_loc lid, void *ctx)
{
  contents_ctx *c = ctx;
  esc_location *l = &g->locs[lid];
  if (l->kind == ESC_PARAM_CONTENT)
    {
      /* The caller's object a parameter points to: the parameter's
	 value.  */
      if (l->param_index >= 0)
	c->levels[l->param_index] |= 1u;
      return true;
    }
  /* Another fresh object, or itself: the caller's sites hold each other
     the same way.  */
  int k = owned (l) ? fresh_index (lid, c->order, c->n) : -1;
  if (k >= 0)
    {
      for (int i = 0; i < c->f->nholds; i++)
	if (c->f->holds[i] == k)
	  return true;
      c->f->holds = esc_xrealloc (c->f->holds, (size_t) (c->f->nholds + 1)
				  * sizeof *c->f->holds);
      c->f->holds[c->f->nholds++] = k;
      return true;
    }
  c->foreign = true;
  return true;
}

/* F's chain: its own link, then those of the callee whose fresh object
   L is, if it is one.  */
static void
make_chain (esc_fresh *f, esc_graph *h, esc_loc l,
	    esc_summary_lookup lookup, void *ctx)
{
  const esc_fresh *inner = NULL;
  for (int i = 0; i < h->ncalls && !inner; i++)
    for (int k = 0; k < h->calls[i].nfresh_sites; k++)
      if (h->calls[i].fresh_sites[k] == l)
	{
	  const esc_summary *cs = lookup ? lookup (ctx, h->calls[i].callee)
	    : NULL;
	  if (cs && k < cs->nfresh)
	    inner = &cs->fresh[k];
	  break;
	}
  int n = 1 + (inner ? inner->nchain : 0);
  f->chain = esc_xrealloc (NULL, (size_t) n * sizeof *f->chain);
  f->nchain = n;
  f->chain[0].function = esc_strdup (h->fname);
  f->chain[0].call = esc_strdup (h->locs[l].name);
  f->chain[0].pos = h->locs[l].pos;
  for (int j = 1; j < n; j++)
    {
      f->chain[j].function = esc_strdup (inner->chain[j - 1].function);
      f->chain[j].call = esc_strdup (inner->chain[j - 1].call);
      f->chain[j].pos = inner->chain[j - 1].pos;
    }
}

void
esc_summary_add_fresh (esc_summary *s, esc_graph *h,
		       esc_summary_lookup lookup, void *ctx)
{
  /* Owners before what they own, so that a caller makes the holder's
     site first.  */
  esc_loc *order = esc_xrealloc (NULL, (size_t) (h->nlocs + 1)
				 * sizeof *order);
  int n = 0;
  for (bool grew = true; grew;)
    {
      grew = false;
      for (int i = 0; i < h->nlocs; i++)
	{
	  esc_location *l = &h->locs[i];
	  if (!owned (l) || fresh_index (i, order, n) >= 0)
	    continue;
	  if (!h->locs[l->owner].fresh
	      || fresh_index (l->owner, order, n) >= 0)
	    {
	      order[n++] = i;
	      grew = true;
	    }
	}
    }
  s->fresh = esc_xrealloc (NULL, (size_t) (n + 1) * sizeof *s->fresh);
  s->nfresh = n;
  for (int k = 0; k < n; k++)
    {
      esc_location *l = &h->locs[order[k]];
      esc_fresh *f = &s->fresh[k];
      esc_location *o = &h->locs[l->owner];
      f->owner = o->kind == ESC_RESULT ? ESC_FRESH_RESULT
	: o->kind == ESC_PARAM_CONTENT ? o->param_index
	: ESC_FRESH_MEMBER;
      f->parent = o->fresh ? fresh_index (l->owner, order, n) : -1;
      f->name = esc_strdup (l->name);
      f->pos = l->pos;
      f->loc = order[k];
      f->levels = esc_xrealloc (NULL, (size_t) (s->nparams + 1)
				* sizeof *f->levels);
      memset (f->levels, 0, (size_t) (s->nparams + 1) * sizeof *f->levels);
      f->holds = NULL;
      f->nholds = 0;
      contents_ctx c = { order[k], f->levels, false, order, n, f };
      esc_level_walker w = { contents_at, contents_address, &c };
      esc_walk_levels (h, order[k], 0, &w);
      f->foreign = c.foreign;
      make_chain (f, h, order[k], lookup, ctx);
    }
  esc_free (order);
}

bool
esc_fresh_owned (const esc_graph *g, esc_loc l)
{
  return owned (&g->locs[l]);
}
