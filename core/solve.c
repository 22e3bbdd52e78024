/* solve.c - the escape solver.

   Three steps, repeated until nothing changes:
   1. Stores: "*p = v" sends v into every object p may point to.  The
      objects come from a points-to walk over this same graph, and each
      store adds edges, so this runs to a fixed point first.
   2. Go's walk: from every root that can matter, the minimal derefs to each
      location reached over incoming edges, clamped at 0 past an address-of.
      A location whose address reaches a root that outlives it escapes; a
      parameter whose value reaches the heap, the result or a caller's
      object leaks there.  Roots are re-walked when they start to escape.
   3. An object that escapes can be written by code we cannot see: it gets
      the heap's address as content, so loads from it point to the heap,
      which may give stores new targets (back to 1).  */

#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>
#include "graph-impl.h"

static void
push (esc_graph *g, int *n, esc_loc l)
{
  if (*n >= g->stack_cap)
    {
      g->stack_cap = g->stack_cap ? 2 * g->stack_cap : 64;
      g->stack = esc_xrealloc (g->stack, (size_t) g->stack_cap
			       * sizeof *g->stack);
    }
  g->stack[(*n)++] = l;
}

static int
clamp_derefs (int d)
{
  return d > ESC_MAX_DEREFS ? ESC_MAX_DEREFS : d;
}

/* Derefs are counted up to ESC_MAX_DEREFS, which stands for that many or
   more.  Back over an address (derefs -1) from there, a walk is at one
   fewer, or still at the top: the count lost on the way up may be any,
   so every level below stays possible.  Without it a pointer loaded nine
   times from a chain of addresses seemed to point to a link of the chain
   and not to the object at its end (adversarial finding: that object
   was moved to the stack and freed).  */
static inline bool
stays_at_top (int base, int k)
{
  return base == ESC_MAX_DEREFS && k < 0;
}

/* The walk over (location, derefs) pairs that points-to, level sets and
   foreign values share.  A location reached at several derefs leads to
   different objects at each ("it = phi (&a, it->next)" reaches it at 0 and
   at 1), so pairs are visited, not minimal derefs; derefs stop at -1 (an
   address: "p = &o; o = v" makes p point to o, not to what v points to).  */
void
esc_walk_levels (esc_graph *g, esc_loc root, int derefs,
		 const esc_level_walker *w)
{
  esc_walk_levels_from (g, &root, 1, derefs, w);
}

/* The same walk from several roots at once: what a pair leads to does not
   depend on the root it was reached from, so each pair is visited once.  */
void
esc_walk_levels_from (esc_graph *g, const esc_loc *roots, int nroots,
		      int derefs, const esc_level_walker *w)
{
  const int span = ESC_MAX_DEREFS + 1;
  unsigned gen = ++g->ptsgen;
  int n = 0;
  derefs = clamp_derefs (derefs);
  for (int r = 0; r < nroots; r++)
    {
      esc_location *l = &g->locs[roots[r]];
      if (l->ptsgen != gen)
	{
	  l->ptsgen = gen;
	  l->ptsmask = 0;
	  l->in_pts = false;
	}
      if (l->ptsmask & (1u << derefs))
	continue;
      l->ptsmask |= 1u << derefs;
      push (g, &n, roots[r] * span + derefs);
    }
  while (n > 0)
    {
      int item = g->stack[--n];
      esc_loc lid = item / span;
      esc_location *l = &g->locs[lid];
      int base = item % span;
      if (w->at && !w->at (g, lid, base, w->ctx))
	continue;
      for (int i = 0; i < l->nedges; i++)
	{
	  esc_edge *e = &l->edges[i];
	  esc_location *s = &g->locs[e->src];
	  int d = clamp_derefs (base + e->derefs);
	  if (s->ptsgen != gen)
	    {
	      s->ptsgen = gen;
	      s->ptsmask = 0;
	      s->in_pts = false;
	    }
	  if (stays_at_top (base, e->derefs)
	      && !(s->ptsmask & (1u << ESC_MAX_DEREFS)))
	    {
	      s->ptsmask |= 1u << ESC_MAX_DEREFS;
	      push (g, &n, e->src * span + ESC_MAX_DEREFS);
	    }
	  if (d < 0)
	    {
	      if (!s->in_pts)
		{
		  s->in_pts = true;
		  if (w->address && !w->address (g, e->src, w->ctx))
		    return;
		}
	    }
	  else if (!(s->ptsmask & (1u << d)))
	    {
	      s->ptsmask |= 1u << d;
	      push (g, &n, e->src * span + d);
	    }
	}
    }
}

static bool
pts_add (esc_graph *g, esc_loc l, void *ctx)
{
  (void) ctx;
  if (g->npts >= g->pts_cap)
    {
      g->pts_cap = g->pts_cap ? 2 * g->pts_cap : 16;
      g->pts = esc_xrealloc (g->pts, (size_t) g->pts_cap * sizeof *g->pts);
    }
  g->pts[g->npts++] = l;
  return true;
}

/* Whatever is loaded from the heap points into the heap; the objects that
   reach it through the heap all escape, and an escaping object takes what
   is stored into it along, so the heap stands for them and the walk need
   not go through everything ever stored into a global.  The same holds
   for the caller's objects reached through a parameter's (ESC_PARAM_DEEP):
   what is stored there is stored, at each call, into every object the
   argument reaches (its own included), so a store through a pointer
   loaded from them lands wherever the caller's own points-to finds those
   values.  The points-to walks stop at such a location: it is its own
   answer.  */
static inline bool
stands_for_contents (const esc_graph *g, esc_loc l)
{
  return l == ESC_LOC_HEAP || g->locs[l].kind == ESC_PARAM_DEEP;
}

static int points_to (esc_graph *g, esc_loc ptr);

/* What each object's contents point to, kept for one round of
   resolve_stores: reach_points_to asks it of the same objects for every
   argument.  A round may read it stale (edges added since); the rounds
   go on until one adds nothing, and that one starts afresh.  */
typedef struct reach_cache
{
  unsigned long version;
  int *off, *cnt;		/* Per location: into POOL, or -1.  */
  esc_loc *pool;
  int npool, cap;
} reach_cache;

static reach_cache *the_cache;

static int
object_points_to (esc_graph *g, esc_loc o, const esc_loc **out)
{
  reach_cache *c = the_cache;
  if (c && c->off[o] >= 0)
    {
      *out = c->pool + c->off[o];
      return c->cnt[o];
    }
  int m = points_to (g, o);
  if (!c)
    {
      *out = g->pts;
      return m;
    }
  if (c->npool + m > c->cap)
    {
      c->cap = 2 * (c->npool + m) + 64;
      c->pool = esc_xrealloc (c->pool, (size_t) c->cap * sizeof *c->pool);
    }
  if (m > 0)
    memcpy (c->pool + c->npool, g->pts, (size_t) m * sizeof *c->pool);
  c->off[o] = c->npool;
  c->cnt[o] = m;
  c->npool += m;
  *out = c->pool + c->off[o];
  return m;
}

/* Points-to of a value that points to every object its argument reaches
   through any number of loads (call.c, deep_reach: "t = a; t = *t"): the
   argument's objects, then what their contents point to, until nothing
   is new.  The walk over levels would find the same up to
   ESC_MAX_DEREFS loads and stop there, and would go over the whole graph
   once per level.  The heap and the caller's deeper objects stand for
   what they hold (stands_for_contents).  */
/* Add to SET (marked with GEN) those of the M objects in PTS not in it.  */
static void
reach_add (esc_graph *g, unsigned gen, esc_loc **set, int *n, int *cap,
	   const esc_loc *pts, int m)
{
  for (int j = 0; j < m; j++)
    {
      esc_location *o = &g->locs[pts[j]];
      if (o->reachgen == gen)
	continue;
      o->reachgen = gen;
      GROW (*set, *n, *cap);
      (*set)[(*n)++] = pts[j];
    }
}

static int closure_walk (esc_graph *g, const esc_loc *roots, int nroots,
			 esc_loc **out);

static int
reach_walk (esc_graph *g, esc_loc t)
{
  /* Outside resolve_stores (the summary's stores, one walk each), no
     cache of each object's points-to: one walk through the objects'
     contents (asking each object's points-to of the graph again took
     minutes on a parser's graph once stores into what another unit's
     parameter reaches came through the summaries file).  */
  if (!the_cache)
    {
      esc_loc *roots = esc_xrealloc (NULL, (size_t) (g->locs[t].nedges + 1)
				     * sizeof *roots);
      int nr = 0;
      for (int i = 0; i < g->locs[t].nedges; i++)
	if (g->locs[t].edges[i].src != t)
	  roots[nr++] = g->locs[t].edges[i].src;
      esc_loc *set;
      int n = closure_walk (g, roots, nr, &set);
      esc_free (roots);
      g->npts = 0;
      for (int i = 0; i < n; i++)
	pts_add (g, set[i], NULL);
      esc_free (set);
      return g->npts;
    }
  unsigned gen = ++g->reachgen;
  esc_loc *set = NULL;
  int n = 0, cap = 0;
  /* The argument's objects (T's own edges, but its loop).  */
  for (int i = 0; i < g->locs[t].nedges; i++)
    if (g->locs[t].edges[i].src != t)
      {
	int m = points_to (g, g->locs[t].edges[i].src);
	reach_add (g, gen, &set, &n, &cap, g->pts, m);
      }
  /* What they hold, and so on.  */
  for (int k = 0; k < n; k++)
    {
      if (stands_for_contents (g, set[k]))
	continue;
      const esc_loc *pts;
      int m = object_points_to (g, set[k], &pts);
      reach_add (g, gen, &set, &n, &cap, pts, m);
    }
  g->npts = 0;
  for (int i = 0; i < n; i++)
    pts_add (g, set[i], NULL);
  esc_free (set);
  return g->npts;
}

static esc_pts_memo *memo_of (esc_graph *g, esc_loc ptr);

/* The answer is kept while no edge is added or removed: the last round
   of resolve_stores, which adds nothing, asks every reach value stored
   through, and the summary asks them all again of the same graph, each
   a walk over most of it when not kept (esc_summary_of: 1.8 of the 4.8
   billion instructions the plugin cost on sqlite3.c at -O0).  Within a
   round, an answer from a cache read stale is not kept.  */
static int
reach_points_to (esc_graph *g, esc_loc t)
{
  esc_pts_memo *m = memo_of (g, t);
  if (m->reach_have && m->reach_version == g->edge_version)
    {
      g->npts = 0;
      for (int i = 0; i < m->nreach_pts; i++)
	pts_add (g, m->reach_pts[i], NULL);
      return g->npts;
    }
  int n = reach_walk (g, t);
  if (!the_cache || the_cache->version == g->edge_version)
    {
      m = memo_of (g, t);
      m->reach_pts = esc_xrealloc (m->reach_pts, (size_t) (n + 1)
				   * sizeof *m->reach_pts);
      if (n > 0)
	memcpy (m->reach_pts, g->pts, (size_t) n * sizeof *m->reach_pts);
      m->nreach_pts = n;
      m->reach_version = g->edge_version;
      m->reach_have = true;
    }
  return n;
}

static esc_pts_memo *
memo_of (esc_graph *g, esc_loc ptr)
{
  if (ptr >= g->memo_cap)
    {
      int cap = g->memo_cap;
      /* Locations are seldom added once solving has begun: room for
	 those there are, twice as much only when one was added.  */
      g->memo_cap = (cap ? 2 * g->nlocs : g->nlocs) + 16;
      if (g->memo_cap <= ptr)
	g->memo_cap = 2 * ptr + 16;
      g->memo = esc_xrealloc (g->memo, (size_t) g->memo_cap
			      * sizeof *g->memo);
      memset (g->memo + cap, 0, (size_t) (g->memo_cap - cap)
	      * sizeof *g->memo);
    }
  return &g->memo[ptr];
}

/* Has none of the locations M's walk went through gained an edge since?
   The walk reads nothing else that changes: the kinds are fixed.  Once
   out of date a memo stays so until walked again, and one found up to
   date holds until the next edge anywhere.  */
static bool
memo_holds (const esc_graph *g, esc_pts_memo *m)
{
  if (!m->have || m->stale || m->version < g->removed_version)
    return false;
  if (m->holds_at == g->edge_version)
    return true;
  for (int i = 0; i < m->nseen; i++)
    if (g->locs[m->seen[i].loc].changed > m->version)
      {
	m->stale = true;
	return false;
      }
  m->holds_at = g->edge_version;
  return true;
}

void
esc_pts_memo_free (esc_graph *g)
{
  for (int i = 0; i < g->memo_cap; i++)
    {
      esc_free (g->memo[i].pts);
      esc_free (g->memo[i].seen);
      esc_free (g->memo[i].reach_pts);
    }
  esc_free (g->memo);
  g->memo = NULL;
  g->memo_cap = 0;
}

static void
memo_pts_add (esc_graph *g, esc_location *s, esc_loc l)
{
  if (!s->in_pts)
    {
      s->in_pts = true;
      pts_add (g, l, NULL);
    }
}

/* S as first reached by the walk marked GEN: no derefs, not an object
   found, nothing pending.  */
static inline void
memo_mark (esc_location *s, unsigned gen)
{
  if (s->ptsgen != gen)
    {
      s->ptsgen = gen;
      s->ptsmask = 0;
      s->ptspend = 0;
      s->in_pts = false;
    }
}

/* The derefs BITS of a location, through an edge of K derefs (K >= 0):
   shifted up, what goes past ESC_MAX_DEREFS clamped to it.  */
static inline unsigned
shift_levels (unsigned bits, int k)
{
  const unsigned all = (1u << (ESC_MAX_DEREFS + 1)) - 1;
  unsigned v = bits << k;
  if (v & ~all)
    v = (v & all) | 1u << ESC_MAX_DEREFS;
  return v;
}

/* SRC reached over an edge of K derefs from a location at derefs BITS,
   in the walk marked GEN: derefs 0 over an address makes SRC an object
   found; the derefs new to SRC are pending, and SRC on the stack while
   any are.  All of a location's derefs go over an edge at once: the
   pairs esc_walk_levels_from reaches one by one.  */
static inline void
memo_reach (esc_graph *g, unsigned gen, int *n, esc_loc src, unsigned bits,
	    int k)
{
  esc_location *s = &g->locs[src];
  memo_mark (s, gen);
  unsigned d;
  if (k < 0)
    {
      if (bits & 1)
	memo_pts_add (g, s, src);
      d = bits >> 1;
      if (stays_at_top (bits >> ESC_MAX_DEREFS & 1 ? ESC_MAX_DEREFS : 0, k))
	d |= 1u << ESC_MAX_DEREFS;
    }
  else
    d = shift_levels (bits, k);
  d &= ~s->ptsmask;
  if (d)
    {
      s->ptsmask |= d;
      if (!s->ptspend)
	push (g, n, src);
      s->ptspend |= d;
    }
}

/* Q's pairs and objects into the walk marked GEN, whose memo is M: all
   that a walk from Q at derefs 0 reaches, closed over the edges, so none
   needs going through again.  */
static void
memo_splice (esc_graph *g, unsigned gen, esc_pts_memo *m,
	     const esc_pts_memo *q)
{
  for (int i = 0; i < q->nseen; i++)
    {
      esc_loc sl = q->seen[i].loc;
      esc_location *s = &g->locs[sl];
      memo_mark (s, gen);
      s->ptsmask |= q->seen[i].mask;
      if (s->seengen != gen)
	{
	  s->seengen = gen;
	  GROW (m->seen, m->nseen, m->seen_cap);
	  m->seen[m->nseen++].loc = sl;
	}
    }
  for (int i = 0; i < q->npts; i++)
    {
      esc_location *s = &g->locs[q->pts[i]];
      memo_mark (s, gen);
      memo_pts_add (g, s, q->pts[i]);
    }
}

/* Points-to of PTR into g->pts: a walk over levels, the heap and
   the caller's deeper objects standing for what they hold.  The stores
   ask it of the same pointers round after round, and the summary once
   more, of a graph that has mostly not changed, and only ever grown,
   since: the memo keeps the answer and the pairs the walk reached (per
   location whose edges it went through: the derefs, and how many edges
   it had).  The answer holds while none of those locations has gained an
   edge; otherwise the walk goes on from where it stopped, over the new
   edges only, and reaches what a walk from scratch would (a pair reached
   before stays reached, and the old edges lead only to pairs reached
   before).  Only the order of the objects can differ, and nobody reads
   it: stores add an edge into each, points-to answers are sets.  A
   removed edge (esc_edges_changed) means a walk from scratch.  */
static int
points_to (esc_graph *g, esc_loc ptr)
{
  esc_pts_memo *m = memo_of (g, ptr);
  bool resume = m->have && m->version >= g->removed_version;
  if (memo_holds (g, m))
    {
      if (m->npts > g->pts_cap)
	{
	  g->pts_cap = m->npts;
	  g->pts = esc_xrealloc (g->pts, (size_t) g->pts_cap
				 * sizeof *g->pts);
	}
      if (m->npts > 0)
	memcpy (g->pts, m->pts, (size_t) m->npts * sizeof *g->pts);
      g->npts = m->npts;
      return g->npts;
    }
  unsigned gen = ++g->ptsgen;
  int n = 0;
  g->npts = 0;
  if (!resume)
    {
      m->nseen = 0;
      m->npts = 0;
    }
  /* The pairs reached before, then the objects found.  */
  for (int i = 0; i < m->nseen; i++)
    {
      esc_location *l = &g->locs[m->seen[i].loc];
      memo_mark (l, gen);
      l->seengen = gen;
      l->ptsmask = m->seen[i].mask;
    }
  for (int i = 0; i < m->npts; i++)
    {
      esc_location *l = &g->locs[m->pts[i]];
      memo_mark (l, gen);
      l->in_pts = true;
      pts_add (g, m->pts[i], NULL);
    }
  if (!resume)
    memo_reach (g, gen, &n, ptr, 1, 0);
  /* The edges added since, from the pairs reached before.  */
  int nold = m->nseen;
  for (int i = 0; i < nold; i++)
    {
      esc_location *l = &g->locs[m->seen[i].loc];
      if (l->changed <= m->version)
	continue;
      for (int k = m->seen[i].nedges; k < l->nedges; k++)
	memo_reach (g, gen, &n, l->edges[k].src, m->seen[i].mask,
		    l->edges[k].derefs);
    }
  while (n > 0)
    {
      esc_loc lid = g->stack[--n];
      esc_location *l = &g->locs[lid];
      unsigned bits = l->ptspend;
      l->ptspend = 0;
      if (stands_for_contents (g, lid))
	{
	  memo_pts_add (g, l, lid);
	  continue;
	}
      if (l->seengen != gen)
	{
	  l->seengen = gen;
	  GROW (m->seen, m->nseen, m->seen_cap);
	  m->seen[m->nseen++].loc = lid;
	}
      /* Another pointer's memo, up to date, has the pairs (LID, 0) leads
	 to already, and the objects they give.  */
      if ((bits & 1) && lid != ptr && lid < g->memo_cap
	  && memo_holds (g, &g->memo[lid]))
	{
	  memo_splice (g, gen, m, &g->memo[lid]);
	  bits &= ~1u;
	  if (!bits)
	    continue;
	}
      for (int i = 0; i < l->nedges; i++)
	memo_reach (g, gen, &n, l->edges[i].src, bits, l->edges[i].derefs);
    }
  for (int i = 0; i < m->nseen; i++)
    {
      esc_location *l = &g->locs[m->seen[i].loc];
      m->seen[i].mask = l->ptsmask;
      m->seen[i].nedges = l->nedges;
    }
  m->have = true;
  m->stale = false;
  m->version = m->holds_at = g->edge_version;
  m->pts = esc_xrealloc (m->pts, (size_t) (g->npts + 1) * sizeof *m->pts);
  if (g->npts > 0)
    memcpy (m->pts, g->pts, (size_t) g->npts * sizeof *m->pts);
  m->npts = g->npts;
  return g->npts;
}

/* Points-to: the objects whose address reaches PTR.  */
int
esc_points_to (esc_graph *g, esc_loc ptr, const esc_loc **out)
{
  if (g->locs[ptr].reach == ptr)
    reach_points_to (g, ptr);
  else
    points_to (g, ptr);
  *out = g->pts;
  return g->npts;
}

/* Object L may now hold any pointer: it gets the heap's address as
   content.  The caller's object behind a parameter is marked, for the
   summary (the callee may store pointers of its own there); it held the
   heap's address already unless the caller's deeper objects are a
   location of their own (esc_graph_deep_params).  */
static bool
clobber_one (esc_graph *g, esc_loc l)
{
  esc_location *s = &g->locs[l];
  if (s->kind == ESC_PARAM_CONTENT)
    s->clobbered = true;
  else if (s->kind != ESC_ALLOC && s->kind != ESC_VAR
	   && s->kind != ESC_PARAM_DEEP)
    return false;
  s->content_unknown = true;
  return esc_add_edge (g, l, ESC_LOC_HEAP, -1, ESC_NO_NOTE);
}

/* The objects every clobbered root points to, and every object reachable
   from them (what their contents point to, and so on), get the heap's
   address as content.  One walk over (location, derefs) pairs for all
   roots, as points-to makes (the heap and the caller's deeper objects are
   not gone through: stands_for_contents), that goes on into the contents of each
   object whose address it finds.  Going back over every edge instead,
   whatever its derefs, took the object a loaded value came from for one
   it points to (adversarial finding: Lua's luaT_callTM seemed to write
   into its caller's *p1, a value copied from there having been handed
   to a writing callee); a points-to walk a round, one round a level of
   objects, took minutes on a parser's graph.  */
static int
closure_walk (esc_graph *g, const esc_loc *roots, int nroots, esc_loc **out)
{
  const int span = ESC_MAX_DEREFS + 1;
  bool *seen = esc_xrealloc (NULL, (size_t) (g->nlocs + 1) * sizeof *seen);
  memset (seen, 0, (size_t) (g->nlocs + 1) * sizeof *seen);
  esc_loc *found = NULL;
  int nfound = 0, cap = 0;
  unsigned gen = ++g->ptsgen;
  int n = 0;
#define VISIT(loc, d)							\
  do {									\
    esc_location *v_ = &g->locs[loc];					\
    if (v_->ptsgen != gen)						\
      {									\
	v_->ptsgen = gen;						\
	v_->ptsmask = 0;						\
      }									\
    if (!(v_->ptsmask & (1u << (d))))					\
      {									\
	v_->ptsmask |= 1u << (d);					\
	push (g, &n, (loc) * span + (d));				\
      }									\
  } while (0)
#define FOUND(loc)							\
  do {									\
    if (!seen[loc])							\
      {									\
	seen[loc] = true;						\
	GROW (found, nfound, cap);					\
	found[nfound++] = (loc);					\
      }									\
  } while (0)
  for (int r = 0; r < nroots; r++)
    VISIT (roots[r], 0);
  while (n > 0)
    {
      int item = g->stack[--n];
      esc_loc lid = item / span;
      int base = item % span;
      esc_location *l = &g->locs[lid];
      /* A pointer loaded from the heap or the caller's deeper objects
	 points into them.  */
      if (stands_for_contents (g, lid))
	{
	  FOUND (lid);
	  continue;
	}
      for (int i = 0; i < l->nedges; i++)
	{
	  esc_edge *e = &l->edges[i];
	  int d = clamp_derefs (base + e->derefs);
	  if (stays_at_top (base, e->derefs))
	    VISIT (e->src, ESC_MAX_DEREFS);
	  if (d >= 0)
	    VISIT (e->src, d);
	  else if (!seen[e->src])
	    {
	      /* An object: clobbered, and what it holds points on.  */
	      FOUND (e->src);
	      if (e->src != ESC_LOC_HEAP
		  && g->locs[e->src].kind != ESC_PARAM_DEEP)
		VISIT (e->src, 0);
	    }
	}
    }
#undef VISIT
#undef FOUND
  esc_free (seen);
  *out = found;
  return nfound;
}

static bool
resolve_clobbers (esc_graph *g)
{
  esc_loc *found;
  int nfound = closure_walk (g, g->clobbers, g->nclobbers, &found);
  bool added = false;
  for (int i = 0; i < nfound; i++)
    if (g->locs[found[i]].kind != ESC_HEAP && clobber_one (g, found[i]))
      added = true;
  esc_free (found);
  return added;
}

/* ORDER: the indices of G's stores by the pointer stored through, and
   in order within one pointer (what a stable sort would give).  */
void
esc_stores_by_ptr (const esc_graph *g, int *order)
{
  int *start = esc_xrealloc (NULL, (size_t) (g->nlocs + 1) * sizeof *start);
  memset (start, 0, (size_t) (g->nlocs + 1) * sizeof *start);
  for (int i = 0; i < g->nstores; i++)
    start[g->stores[i].ptr + 1]++;
  for (int l = 0; l < g->nlocs; l++)
    start[l + 1] += start[l];
  for (int i = 0; i < g->nstores; i++)
    order[start[g->stores[i].ptr]++] = i;
  esc_free (start);
}

/* The targets a pointer's stores went into already.  */
typedef struct tried_set { esc_loc *items; int n, cap; } tried_set;

/* Step 1.  Each round walks once per distinct pointer stored through,
   then adds the edges; rounds repeat until none adds an edge, which is the
   same fixed point as updating as we go.  A store is made again only into
   targets it was not made into in an earlier round: there, the edge is
   already in place (esc_add_edge, with this note, or another and a second
   route), so it would change nothing.  Returns true if any edge was
   added.  */
static bool
resolve_stores (esc_graph *g)
{
  bool any = false, added;
  int *order = esc_xrealloc (NULL, (size_t) (g->nstores + 1) * sizeof *order);
  esc_stores_by_ptr (g, order);
  int ngroups = 0;
  int *group = esc_xrealloc (NULL, (size_t) (g->nstores + 1) * sizeof *group);
  for (int i = 0; i < g->nstores; i++)
    if (i == 0 || g->stores[order[i]].ptr != g->stores[order[i - 1]].ptr)
      group[ngroups++] = i;
  group[ngroups] = g->nstores;
  /* A store of the same value at the same derefs as an earlier one
     through the same pointer (calls wired from one summary, one per
     argument level) adds no edge the earlier did not: into an object
     that is not the heap or {data} it changes nothing at all.  Into
     those it may give the edge a second route to report, so it is made
     there still.  */
  bool *again = esc_xrealloc (NULL, (size_t) (g->nstores + 1)
			      * sizeof *again);
  {
    unsigned *mark = esc_xrealloc (NULL, (size_t) (g->nlocs + 1)
				   * sizeof *mark);
    int *mark_group = esc_xrealloc (NULL, (size_t) (g->nlocs + 1)
				    * sizeof *mark_group);
    for (int l = 0; l < g->nlocs; l++)
      mark_group[l] = -1;
    for (int gi = 0; gi < ngroups; gi++)
      for (int i = group[gi]; i < group[gi + 1]; i++)
	{
	  const esc_store_rec *st = &g->stores[order[i]];
	  int d = st->derefs < -1 ? -1
	    : st->derefs > ESC_MAX_DEREFS ? ESC_MAX_DEREFS : st->derefs;
	  unsigned bit = 1u << (d + 1);
	  if (mark_group[st->src] != gi)
	    {
	      mark_group[st->src] = gi;
	      mark[st->src] = 0;
	    }
	  again[i] = (mark[st->src] & bit) != 0;
	  mark[st->src] |= bit;
	}
    esc_free (mark);
    esc_free (mark_group);
  }
  tried_set *tried = esc_xrealloc (NULL, (size_t) (ngroups + 1)
				   * sizeof *tried);
  memset (tried, 0, (size_t) (ngroups + 1) * sizeof *tried);
  esc_loc *targets = NULL;
  int ntargets = 0, targets_cap = 0;
  reach_cache cache = { 0, NULL, NULL, NULL, 0, 0 };
  cache.off = esc_xrealloc (NULL, (size_t) (g->nlocs + 1) * sizeof *cache.off);
  cache.cnt = esc_xrealloc (NULL, (size_t) (g->nlocs + 1) * sizeof *cache.cnt);
  cache.version = g->edge_version + 1;
  the_cache = &cache;
  do
    {
      added = false;
      if (cache.version != g->edge_version)
	{
	  for (int i = 0; i < g->nlocs; i++)
	    cache.off[i] = -1;
	  cache.npool = 0;
	  cache.version = g->edge_version;
	}
      if (g->nclobbers > 0 && resolve_clobbers (g))
	added = true;
      for (int gi = 0; gi < ngroups; gi++)
	{
	  esc_loc ptr = g->stores[order[group[gi]]].ptr;
	  const esc_loc *pts;
	  int npts = esc_points_to (g, ptr, &pts);
	  if (npts > targets_cap)
	    {
	      targets_cap = npts;
	      targets = esc_xrealloc (targets, (size_t) npts * sizeof *targets);
	    }
	  tried_set *t = &tried[gi];
	  unsigned gen = ++g->reachgen;
	  for (int k = 0; k < t->n; k++)
	    g->locs[t->items[k]].reachgen = gen;
	  ntargets = 0;
	  for (int k = 0; k < npts; k++)
	    if (g->locs[pts[k]].reachgen != gen)
	      {
		targets[ntargets++] = pts[k];
		GROW (t->items, t->n, t->cap);
		t->items[t->n++] = pts[k];
	      }
	  for (int i = group[gi]; i < group[gi + 1]; i++)
	    {
	      esc_store_rec *st = &g->stores[order[i]];
	      for (int k = 0; k < ntargets; k++)
		if (again[i] && targets[k] != ESC_LOC_HEAP
		    && targets[k] != ESC_LOC_DATA)
		  continue;
		else if (esc_add_edge (g, targets[k], st->src, st->derefs,
				       st->note))
		  added = true;
	    }
	}
      any |= added;
    }
  while (added);
  the_cache = NULL;
  for (int gi = 0; gi < ngroups; gi++)
    esc_free (tried[gi].items);
  esc_free (tried);
  esc_free (group);
  esc_free (again);
  esc_free (cache.off);
  esc_free (cache.cnt);
  esc_free (cache.pool);
  esc_free (targets);
  esc_free (order);
  return any;
}

/* Does ROOT outlive L?  The heap, the caller's objects and anything that
   escapes outlive everything; so does the result (callers may keep it);
   within the function, a root at a smaller loop depth outlives a location
   deeper in a loop: the object must survive its iteration.  A root that
   outlives its own loop iteration is dead at the header of its enclosing
   loop at its restart depth, as its holders are: it outlives what lies
   deeper than that.  */
static bool
outlives (const esc_location *root, const esc_location *l)
{
  /* An object on the heap only because it outlives its loop iteration
     still dies with the function (nothing outside can reach it), so it
     outlives only what lives inside loops.  */
  if (root->escapes && root->by_loop)
    return l->depth > root->restart;
  if (root->escapes || root->kind == ESC_RESULT || root->fresh)
    return true;
  return root->depth < l->depth;
}

/* Does ROOT make what reaches it escape for a reason other than loops?  */
static bool
escapes_for_real (const esc_location *root)
{
  return (root->escapes && !root->by_loop) || root->kind == ESC_RESULT
	 || root->fresh;
}

/* Can ROOT hand a fresh object to the caller (fresh.c): the result, the
   caller's object behind a parameter, or a fresh object itself?  */
static bool
owner_root (const esc_location *root)
{
  return root->kind == ESC_RESULT || root->kind == ESC_PARAM_CONTENT
	 || (root->fresh && !root->escapes);
}

void
esc_path_record (esc_graph *g, esc_path *path, esc_loc from)
{
  /* A later, shorter flow may have re-pointed a step back into the path
     ("p->fd = p": p is reached again through its own object), which makes
     the chain a cycle: cut it where it first comes back (bench/corpus/
     findings/m2-path-cycles.c).  */
  int n = 0;
  unsigned gen = ++g->ptsgen;
  for (esc_loc l = from; g->locs[l].dst >= 0 && n < g->nlocs;
       l = g->locs[l].dst)
    {
      g->locs[l].ptsgen = gen;
      if (g->locs[g->locs[l].dst].ptsgen == gen)
	break;
      n++;
    }
  path->steps = esc_xrealloc (path->steps, (size_t) (n + 1)
			      * sizeof *path->steps);
  path->n = n;
  esc_loc l = from;
  for (int i = 0; i < n; i++)
    {
      esc_location *src = &g->locs[l];
      esc_location *dst = &g->locs[src->dst];
      esc_edge *e = &dst->edges[src->dst_edge];
      path->steps[i].dst = src->dst;
      path->steps[i].src = l;
      path->steps[i].derefs = e->derefs;
      path->steps[i].note = e->note;
      l = src->dst;
    }
}

void
esc_leaks_alloc_content (esc_graph *g, esc_leaks *lk)
{
  if (lk->content)
    return;
  lk->nparams = g->nparams;
  lk->content = esc_xrealloc (NULL, (size_t) (g->nparams + 1)
			      * sizeof *lk->content);
  lk->content_levels = esc_xrealloc (NULL, (size_t) (g->nparams + 1)
				     * sizeof *lk->content_levels);
  lk->deep = esc_xrealloc (NULL, (size_t) (g->nparams + 1)
			   * sizeof *lk->deep);
  lk->deep_levels = esc_xrealloc (NULL, (size_t) (g->nparams + 1)
				  * sizeof *lk->deep_levels);
  for (int i = 0; i < g->nparams; i++)
    {
      lk->content[i] = lk->deep[i] = ESC_LEAK_NONE;
      lk->content_levels[i] = lk->deep_levels[i] = 0;
    }
}

static void
leak_to (esc_graph *g, esc_location *root, esc_loc param, int derefs)
{
  esc_location *p = &g->locs[param];
  esc_leaks *lk = &p->leaks;
  /* Into a fresh object: the caller's, which fresh.c describes.  */
  if (root->fresh && !root->escapes)
    return;
  if (root->kind == ESC_RESULT && !root->escapes)
    {
      if (lk->result == ESC_LEAK_NONE || derefs < lk->result)
	{
	  lk->result = derefs;
	  esc_path_record (g, &p->why_result, param);
	}
      return;
    }
  int *slot = &lk->heap;
  if (root == &g->locs[ESC_LOC_DATA] && derefs > 0)
    {
      /* Read as data: the caller decides whose pointers those are.  (Its
	 own bits read as data are the parameter leaking.)  */
      if (lk->data == ESC_LEAK_NONE || derefs < lk->data)
	lk->data = derefs;
      return;
    }
  if (root->kind == ESC_PARAM_CONTENT)
    {
      esc_leaks_alloc_content (g, lk);
      slot = &lk->content[root->param_index];
    }
  else if (root->kind == ESC_PARAM_DEEP)
    {
      esc_leaks_alloc_content (g, lk);
      slot = &lk->deep[root->param_index];
    }
  /* WHY explains the best of the heap and content levels, which is the
     one reported.  */
  int best = lk->heap;
  for (int i = 0; lk->content && i < lk->nparams; i++)
    {
      if (lk->content[i] != ESC_LEAK_NONE
	  && (best == ESC_LEAK_NONE || lk->content[i] < best))
	best = lk->content[i];
      if (lk->deep[i] != ESC_LEAK_NONE
	  && (best == ESC_LEAK_NONE || lk->deep[i] < best))
	best = lk->deep[i];
    }
  if (*slot == ESC_LEAK_NONE || derefs < *slot)
    {
      *slot = derefs;
      if (best == ESC_LEAK_NONE || derefs < best)
	esc_path_record (g, &p->why, param);
    }
}

typedef struct root_queue
{
  esc_loc *items;
  int n, cap;
} root_queue;

static void
enqueue (esc_graph *g, root_queue *q, esc_loc l)
{
  if (g->locs[l].queued)
    return;
  g->locs[l].queued = true;
  if (q->n >= q->cap)
    {
      q->cap = q->cap ? 2 * q->cap : 64;
      q->items = esc_xrealloc (q->items, (size_t) q->cap * sizeof *q->items);
    }
  q->items[q->n++] = l;
}

static void
walk_one (esc_graph *g, esc_loc root_id, root_queue *q)
{
  esc_location *root = &g->locs[root_id];
  unsigned gen = ++g->walkgen;
  root->walkgen = gen;
  root->derefs = 0;
  root->dst = -1;
  int n = 0;
  push (g, &n, root_id);
  while (n > 0)
    {
      esc_loc lid = g->stack[--n];
      esc_location *l = &g->locs[lid];
      int derefs = l->derefs;

      if (derefs < 0)
	{
	  /* L's address flows to ROOT.  For "root = &l; l = x", x's address
	     does not: go on from L as if by value.  */
	  derefs = 0;
	  if (lid != root_id && l->fresh && !l->escapes && owner_root (root))
	    {
	      /* Handed to the caller through ROOT: a root of its own, whose
		 walk covers what it holds.  Two holders: it escapes.  */
	      if (l->owner == -1)
		{
		  l->owner = root_id;
		  enqueue (g, q, lid);
		  continue;
		}
	      if (l->owner == root_id)
		continue;
	      l->owner = -2;
	    }
	  if (lid != root_id && outlives (root, l))
	    {
	      bool real = escapes_for_real (root) || l->owner == -2;
	      /* The shallowest loop whose header its holders are all dead
		 at: this root's depth, or its own restart.  */
	      int restart = root->escapes ? root->restart : root->depth;
	      if (!l->escapes || (l->by_loop && real))
		{
		  l->escapes = true;
		  l->by_loop = !real;
		  l->restart = restart;
		  esc_path_record (g, &l->why, lid);
		  enqueue (g, q, lid);
		}
	      else if (l->by_loop && restart < l->restart)
		{
		  /* Held across more iterations: what it holds too.  */
		  l->restart = restart;
		  enqueue (g, q, lid);
		}
	    }
	}

      if (l->kind == ESC_PARAM && outlives (root, l))
	leak_to (g, root, lid, derefs);

      if (lid != root_id && l->escapes && !l->by_loop)
	continue;

      for (int i = 0; i < l->nedges; i++)
	{
	  esc_edge *e = &l->edges[i];
	  esc_location *s = &g->locs[e->src];
	  /* Nothing flows further into the root itself, and an escaping
	     location's own walk covers what flows into it.  */
	  if (e->src == root_id || (s->escapes && !s->by_loop))
	    continue;
	  int d = clamp_derefs (derefs + e->derefs);
	  if (s->walkgen != gen || s->derefs > d)
	    {
	      s->walkgen = gen;
	      s->derefs = d;
	      s->dst = lid;
	      s->dst_edge = i;
	      push (g, &n, e->src);
	    }
	}
    }
}

/* Step 2.  */
static void
walk_all (esc_graph *g)
{
  /* A root that neither escapes nor is the result matters only if some
     object lies deeper in a loop than it does.  */
  int max_obj_depth = 0;
  for (int i = 0; i < g->nlocs; i++)
    if (esc_is_object (&g->locs[i]) && g->locs[i].depth > max_obj_depth)
      max_obj_depth = g->locs[i].depth;

  root_queue q = { NULL, 0, 0 };
  /* LIFO: push ordinary roots first so the heap, the caller's objects and
     the result are walked first and explanations name the real sink.  */
  for (int i = g->nlocs - 1; i >= 0; i--)
    {
      esc_location *l = &g->locs[i];
      if (!l->escapes && l->kind != ESC_RESULT && l->depth < max_obj_depth)
	enqueue (g, &q, i);
    }
  for (int i = g->nlocs - 1; i >= 0; i--)
    {
      esc_location *l = &g->locs[i];
      if (l->escapes || l->kind == ESC_RESULT)
	enqueue (g, &q, i);
    }
  while (q.n > 0)
    {
      esc_loc r = q.items[--q.n];
      g->locs[r].queued = false;
      walk_one (g, r, &q);
    }
  esc_free (q.items);
}

/* The exact levels at which each parameter reaches ROOT (the result, or
   the caller's object behind parameter J): not stopping at the minimum,
   and not going through parameters (whose own flows these are) or the
   heap (foreign).  */
typedef struct level_ctx { esc_loc root; int j; bool deep; } level_ctx;

static bool
level_at (esc_graph *g, esc_loc lid, int derefs, void *ctx)
{
  level_ctx *c = ctx;
  esc_location *l = &g->locs[lid];
  if (l->kind == ESC_PARAM && lid != c->root)
    {
      if (c->j < 0)
	l->leaks.result_levels |= 1u << derefs;
      else
	{
	  esc_leaks_alloc_content (g, &l->leaks);
	  if (c->deep)
	    l->leaks.deep_levels[c->j] |= 1u << derefs;
	  else
	    l->leaks.content_levels[c->j] |= 1u << derefs;
	}
      return false;
    }
  return l->kind != ESC_HEAP;
}

static void
level_walk (esc_graph *g, esc_loc root, int j, bool deep)
{
  level_ctx c = { root, j, deep };
  esc_level_walker w = { level_at, NULL, &c };
  esc_walk_levels (g, root, 0, &w);
}

static void
level_walks (esc_graph *g)
{
  level_walk (g, ESC_LOC_RESULT, -1, false);
  for (int j = 0; j < g->nparams; j++)
    if (g->params[j] >= 0)
      {
	level_walk (g, g->locs[g->params[j]].content, j, false);
	if (g->locs[g->params[j]].deep >= 0)
	  level_walk (g, g->locs[g->params[j]].deep, j, true);
      }
}

/* D (levels) into *q, and q reaching a sink at E (levels): the value
   reaches the sink at D + max (E, 1) - 1, as the walk's clamp says (a sink
   that holds q holds what q points to).  */
static unsigned
through (unsigned d, unsigned e)
{
  /* Each level b of E as max (b, 1) - 1, shifted by each level of D; what
     goes past the top is clamped to it.  */
  const unsigned all = (1u << (ESC_MAX_DEREFS + 1)) - 1;
  e &= all;
  unsigned f = (e >> 1) | (e & 1), out = 0;
  if (!f)
    return 0;
  /* Only D's levels, lowest first (close_leaks asks this of every
     pair of parameters, each round).  */
  for (unsigned rest = d & all; rest; rest &= rest - 1)
    {
      int a = __builtin_ctz (rest);
      unsigned v = f << a;
      if (v & ~all)
	out |= 1u << ESC_MAX_DEREFS;
      out |= v & all;
    }
  return out;
}

static int
lowest (unsigned levels)
{
  for (int a = 0; a <= ESC_MAX_DEREFS; a++)
    if (levels >> a & 1)
      return a;
  return ESC_LEAK_NONE;
}

/* Add LEVELS to a flow; true if it grew.  */
static bool
add_levels (int *min, unsigned *set, unsigned levels)
{
  if (!levels)
    return false;
  unsigned old = esc_levels (*min, *set);
  if (!(levels & ~old))
    return false;
  *set |= levels;
  int low = lowest (levels);
  if (*min == ESC_LEAK_NONE || low < *min)
    *min = low;
  return true;
}

/* A value stored into *q reaches wherever q's contents go.  The walks
   cannot see this themselves, because the caller's objects are roots of
   their own.  */
static void
close_leaks (esc_graph *g)
{
  bool changed = true;
  for (int round = 0; changed && round <= 2 * g->nparams + 2; round++)
    {
      changed = false;
      for (int i = 0; i < g->nparams; i++)
	{
	  if (g->params[i] < 0)
	    continue;
	  esc_leaks *li = &g->locs[g->params[i]].leaks;
	  for (int j = 0; li->content && j < li->nparams; j++)
	    {
	      unsigned d = esc_levels (li->content[j], li->content_levels[j]);
	      if (!d || j >= g->nparams || g->params[j] < 0)
		continue;
	      esc_leaks *lj = &g->locs[g->params[j]].leaks;
	      unsigned none = 0;
	      if (lj->heap != ESC_LEAK_NONE)
		changed |= add_levels (&li->heap, &none,
				       through (d, esc_levels (lj->heap, 0)));
	      if (lj->data != ESC_LEAK_NONE)
		changed |= add_levels (&li->data, &none,
				       through (d, esc_levels (lj->data, 0)));
	      changed |= add_levels (&li->result, &li->result_levels,
				     through (d, esc_levels (lj->result,
							     lj->result_levels)));
	      /* Not into *i itself: for a caller, a parameter's contents
		 going back into its own object adds no flow (swap).  */
	      for (int k = 0; lj->content && k < lj->nparams; k++)
		if (k != j && k != i)
		  changed |= add_levels (&li->content[k],
					 &li->content_levels[k],
					 through (d, esc_levels
						  (lj->content[k],
						   lj->content_levels[k])));
	    }
	  /* Into the caller's objects reached through *j: if j's flows
	     take any of them to the heap (or read them as data), the value
	     may go along, at its own levels (the most a sink can get).
	     The other flows need no closing for a caller, which wires
	     both steps; the report prints them as they are.  */
	  for (int j = 0; li->content && j < li->nparams; j++)
	    {
	      unsigned d = esc_levels (li->deep[j], li->deep_levels[j]);
	      if (!d || j >= g->nparams || g->params[j] < 0)
		continue;
	      esc_leaks *lj = &g->locs[g->params[j]].leaks;
	      unsigned none = 0;
	      /* Also when a call may have written unknown pointers there
		 (the walks take **j for what it holds, even then).  */
	      esc_loc dj = g->locs[g->params[j]].deep;
	      if (lj->heap != ESC_LEAK_NONE
		  || (dj >= 0 && g->locs[dj].content_unknown))
		changed |= add_levels (&li->heap, &none, d);
	      if (lj->data != ESC_LEAK_NONE)
		changed |= add_levels (&li->data, &none, d);
	    }
	}
    }
}

/* Everything FROM reaches over incoming edges (any derefs), not through
   the heap; calls VISIT on each location.  */
static void
reach (esc_graph *g, esc_loc from, void (*visit) (esc_graph *, esc_loc,
						   void *), void *ctx)
{
  unsigned gen = ++g->ptsgen;
  int n = 0;
  g->locs[from].ptsgen = gen;
  push (g, &n, from);
  while (n > 0)
    {
      esc_loc lid = g->stack[--n];
      visit (g, lid, ctx);
      esc_location *l = &g->locs[lid];
      if (l->kind == ESC_HEAP)
	continue;
      for (int i = 0; i < l->nedges; i++)
	{
	  esc_location *s = &g->locs[l->edges[i].src];
	  if (s->ptsgen == gen)
	    continue;
	  s->ptsgen = gen;
	  push (g, &n, l->edges[i].src);
	}
    }
}

static void
mark_param (esc_graph *g, esc_loc l, void *ctx)
{
  if (g->locs[l].kind == ESC_PARAM && g->locs[l].param_index >= 0)
    ((bool *) ctx)[g->locs[l].param_index] = true;
}

void
esc_reachable_params (esc_graph *g, esc_loc from, bool *params)
{
  reach (g, from, mark_param, params);
}

int
esc_pointed_closure (esc_graph *g, esc_loc from, esc_loc **out)
{
  return closure_walk (g, &from, 1, out);
}

void
esc_clobber (esc_graph *g, esc_loc root)
{
  GROW (g->clobbers, g->nclobbers, g->clobbers_cap);
  g->clobbers[g->nclobbers++] = root;
}

/* Every object a mixing call's argument reaches (graph-impl.h, mixes)
   that has its fields apart gets its whole contents in the cell every
   read of it takes (fields.c): a field may now hold what another held.
   One walk from every argument; where paths are printed, the call that
   mixed each object is found again (once per object).  True if one was
   new.  */
static bool
mix_fields (esc_graph *g)
{
  bool any = false;
  for (int i = 0; i < g->nfields && !any; i++)
    any = !g->locs[g->fields[i].obj].mixed;
  if (!any)
    return false;
  esc_loc *args = esc_xrealloc (NULL, (size_t) g->nmixes * sizeof *args);
  for (int k = 0; k < g->nmixes; k++)
    args[k] = g->mixes[k].arg;
  esc_loc *objs;
  int n = closure_walk (g, args, g->nmixes, &objs);
  esc_free (args);
  bool added = false;
  for (int j = 0; j < n; j++)
    {
      esc_location *o = &g->locs[objs[j]];
      if (o->whole < 0 || o->mixed)
	continue;
      o->mixed = true;
      added = true;
      esc_note note = ESC_NO_NOTE;
      for (int k = 0; k < g->nmixes && note == ESC_NO_NOTE; k++)
	if (g->mixes[k].note != ESC_NO_NOTE)
	  {
	    esc_loc *one;
	    int m = closure_walk (g, &g->mixes[k].arg, 1, &one);
	    for (int i = 0; i < m && note == ESC_NO_NOTE; i++)
	      if (one[i] == objs[j])
		note = g->mixes[k].note;
	    esc_free (one);
	  }
      esc_add_edge_exact (g, g->locs[objs[j]].whole, objs[j], 0, note);
    }
  esc_free (objs);
  return added;
}

/* Steps 1-3 on a graph whose calls are wired (call.c).  */
void
esc_solve_graph (esc_graph *g)
{
  for (;;)
    {
      do
	resolve_stores (g);
      while (g->nmixes > 0 && mix_fields (g));
      walk_all (g);
      /* Step 3: only objects code outside can reach; one that escapes by
	 loop depth alone is still private to the function.  */
      bool added = false;
      for (int i = 0; i < g->nlocs; i++)
	{
	  esc_location *l = &g->locs[i];
	  if (l->escapes && !l->by_loop && !l->content_unknown
	      && (l->kind == ESC_ALLOC || l->kind == ESC_VAR))
	    {
	      l->content_unknown = true;
	      if (esc_add_edge (g, i, ESC_LOC_HEAP, -1, ESC_NO_NOTE))
		added = true;
	    }
	}
      if (!added || g->nstores == 0)
	break;
    }
  level_walks (g);
  close_leaks (g);
}

int
esc_explain (const esc_graph *g, esc_loc l, bool to_result,
	     const esc_step **out)
{
  const esc_path *p = to_result ? &g->locs[l].why_result : &g->locs[l].why;
  *out = p->steps;
  return p->n;
}
