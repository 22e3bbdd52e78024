/* transform.c - the plan for moving allocations to the stack.  */

#include <stdlib.h>
#include <string.h>
#include "graph-impl.h"
#include "transform.h"

const char *
esc_move_reason_text (esc_move_reason r)
{
  switch (r)
    {
    case ESC_MOVED: return "moved";
    case ESC_STAY_ESCAPES: return "it escapes";
    case ESC_STAY_KIND: return "only malloc, calloc and aligned_alloc move";
    case ESC_STAY_NONCONSTANT: return "non-constant size";
    case ESC_STAY_TOO_LARGE: return "too large";
    case ESC_STAY_TOO_ALIGNED: return "alignment too large for the stack";
    case ESC_STAY_LOOP: return "outlives its loop iteration";
    case ESC_STAY_REALLOC: return "reaches realloc";
    case ESC_STAY_FREED_BY_CALLEE: return "a callee may free it";
    case ESC_STAY_SHARED_FREE: return "shares a free with heap objects";
    case ESC_STAY_RECURSIVE: return "recursive function";
    case ESC_STAY_BUDGET: return "over the frame budget";
    case ESC_STAY_THROWS: return "the call may throw";
    case ESC_STAY_REENTRY:
      return "the function may be re-entered through code it calls that "
	"the plugin cannot see";
    case ESC_STAY_BAD_ALIGN:
      return "invalid alignment (aligned_alloc fails)";
    case ESC_STAY_RECURSIVE_CALLER:
      return "called by a recursive function, which may inline it";
    case ESC_STAY_FOREIGN_FREE:
      return "freed by a deallocator of another family";
    case ESC_STAY_KEPT_FREE:
      return "a deallocator call that cannot be deleted may receive it "
	"(its result is used, or it may throw)";
    case ESC_STAY_ZERO_SIZE:
      return "zero size (no stack slot is the unique empty object malloc (0) "
	"returns)";
    case ESC_STAY_LTO_INLINE:
      return "an always_inline function under -flto, which another unit may "
	"inline into a recursive function";
    case ESC_STAY_CYCLE_COPIES:
      return "recursive function in a call-graph cycle whose other "
	"functions have the most owned copies one cycle gets ("
	ESC_STRINGIFY (ESC_MAX_CYCLE_COPIES) ")";
    case ESC_STAY_CALLEE_MADE:
      return "allocated by the function it calls, which a clone cannot "
	"make take this frame's slot";
    case ESC_STAY_ATTRIBUTE:
      return "an allocator by its attributes only, which do not promise "
	"it does nothing else (declare it with "
	"-fplugin-arg-escape-allocator to move it)";
    case ESC_STAY_RETURNED:
      return "its function hands it to the caller, returned or stored into "
	"the caller's objects (only allocations that die in the function "
	"that makes them move)";
    case ESC_STAY_ROUTES:
      return "it escapes through more than one statement";
    case ESC_STAY_IPA_PTA:
      return "-fipa-pta is on: GCC's points-to over the whole program would "
	"see through the tests that tell a slot from a heap block";
    case ESC_STAY_WRAPPER:
      return "the object an allocator wrapper returns (its callers' calls "
	"are the allocation sites)";
    }
  return "?";
}

const char *
esc_move_reason_code (esc_move_reason r)
{
  static const char *const codes[] = {
    "moved", "escapes", "kind", "nonconstant-size", "too-large",
    "too-aligned", "loop", "realloc", "freed-by-callee", "shared-free",
    "recursive", "budget", "throws", "reentry", "bad-align",
    "recursive-caller", "foreign-free", "attribute-only", "kept-free",
    "zero-size", "lto-inline", "callee-made", "cycle-copies", "returned",
    "wrapper", "routes", "ipa-pta"
  };
  if ((unsigned) r < sizeof codes / sizeof codes[0])
    return codes[r];
  return "?";
}

/* Index of site LOC in SITES, or -1.  */
static int
site_of (const esc_move_site *sites, int n, esc_loc loc)
{
  for (int i = 0; i < n; i++)
    if (sites[i].loc == loc)
      return i;
  return -1;
}

static void
stay (esc_move_site *s, esc_move_reason r)
{
  if (s->reason == ESC_MOVED)
    s->reason = r;
  else if ((s->reason == ESC_STAY_ESCAPES || s->reason == ESC_STAY_LOOP)
	   && s->blocked == ESC_MOVED && r != ESC_STAY_BUDGET)
    s->blocked = r;
}

/* The objects free site K may free: what its argument points to, or for a
   callee, every object it can reach from there by following pointers (the
   closure of points-to, as the callee's own summary counts its frees).
   Reachability over every edge whatever its derefs took a value loaded
   from an object for one it points to: a callee freeing what an
   interpreter's state reaches seemed to free MuJS's js_concat temporary,
   whose bytes only were copied there.  */
static int
freed_objects (esc_graph *g, int k, esc_loc **out)
{
  if (g->frees[k].kind == ESC_FREE_CALLEE)
    return esc_pointed_closure (g, g->frees[k].arg, out);
  const esc_loc *pts;
  int n = esc_points_to (g, g->frees[k].arg, &pts);
  *out = esc_xrealloc (NULL, (size_t) (n + 1) * sizeof **out);
  if (n > 0)
    memcpy (*out, pts, (size_t) n * sizeof **out);
  return n;
}

bool
esc_free_may_free (esc_graph *g, int k, esc_loc l)
{
  esc_loc *objs;
  int n = freed_objects (g, k, &objs);
  bool hit = false;
  for (int i = 0; i < n && !hit; i++)
    hit = objs[i] == l;
  esc_free (objs);
  return hit;
}

/* Is site S (one of SITES) moved?  */
static bool
moved (const esc_move_site *s)
{
  return s->reason == ESC_MOVED;
}

/* Why S stays, all else being well (it does not escape, no free keeps
   it): the first of the checks at the site and its function that fails,
   or ESC_MOVED.  */
static esc_move_reason
local_reason (const esc_move_site *s, const esc_move_limits *lim)
{
  /* A slot shared with the heap reaches the program through an empty
     asm, and its guards compare with the slot's address: GCC's IPA
     points-to takes what the asm returns for memory that is not this
     function's and folds the guards (adversarial finding: free of a
     slot under -flto -fipa-pta).  */
  if (lim->ipa_pta)
    return ESC_STAY_IPA_PTA;
  if (s->callee_made)
    return ESC_STAY_CALLEE_MADE;
  if (!s->movable_kind)
    return s->attribute_only ? ESC_STAY_ATTRIBUTE : ESC_STAY_KIND;
  if (s->can_throw)
    return ESC_STAY_THROWS;
  if (s->size < 0 && !(s->guardable && lim->slot_size > 0))
    return ESC_STAY_NONCONSTANT;
  if (s->size > lim->max_size)
    return ESC_STAY_TOO_LARGE;
  if (s->size == 0)
    return ESC_STAY_ZERO_SIZE;
  if (s->bad_align)
    return ESC_STAY_BAD_ALIGN;
  if (s->align > lim->max_align)
    return ESC_STAY_TOO_ALIGNED;
  if (lim->lto_always_inline)
    return ESC_STAY_LTO_INLINE;
  if ((lim->recursive || lim->reentry) && !lim->owned_ok)
    return lim->cycle_full ? ESC_STAY_CYCLE_COPIES
      : lim->recursive ? ESC_STAY_RECURSIVE : ESC_STAY_REENTRY;
  if (lim->recursive_caller)
    return ESC_STAY_RECURSIVE_CALLER;
  return ESC_MOVED;
}

/* Objects the caller receives: whose address reaches the result or the
   caller's objects behind the parameters, and, in turn, what those hold.  HANDED has a flag per location.  */
struct handed_ctx { bool *handed; esc_loc *work; int n; };

static bool
handed_address (esc_graph *g, esc_loc l, void *ctx)
{
  struct handed_ctx *h = ctx;
  if (g->locs[l].kind == ESC_ALLOC && !h->handed[l])
    {
      h->handed[l] = true;
      h->work[h->n++] = l;
    }
  return true;
}

static bool
handed_at (esc_graph *g, esc_loc l, int derefs, void *ctx)
{
  (void) g, (void) derefs, (void) ctx;
  return l != ESC_LOC_HEAP && l != ESC_LOC_DATA;
}

static bool *
handed_to_caller (esc_graph *g)
{
  bool *handed = esc_xrealloc (NULL, (size_t) (g->nlocs + 1)
			       * sizeof *handed);
  memset (handed, 0, (size_t) (g->nlocs + 1) * sizeof *handed);
  struct handed_ctx h = { handed, esc_xrealloc (NULL, (size_t) (g->nlocs + 1)
						* sizeof (esc_loc)), 0 };
  /* Not through the heap: what the result reads from a global was not
     handed over by this function.  */
  esc_level_walker w = { handed_at, handed_address, &h };
  esc_walk_levels (g, ESC_LOC_RESULT, 0, &w);
  for (esc_loc l = 0; l < g->nlocs; l++)
    if (g->locs[l].kind == ESC_PARAM_CONTENT
	|| g->locs[l].kind == ESC_PARAM_DEEP)
      esc_walk_levels (g, l, 0, &w);
  while (h.n > 0)
    esc_walk_levels (g, h.work[--h.n], 0, &w);
  esc_free (h.work);
  return handed;
}

/* Does the walk from an edge's source reach SITE's address?  */
struct route_ctx { esc_loc site; bool hit; };

static bool
route_address (esc_graph *g, esc_loc l, void *ctx)
{
  (void) g;
  struct route_ctx *r = ctx;
  if (l == r->site)
    {
      r->hit = true;
      return false;
    }
  return true;
}

/* Not through the heap: what comes out of it may have got in by another
   of the statements, which would not make this one a route of its own.  */
static bool
route_at (esc_graph *g, esc_loc l, int derefs, void *ctx)
{
  (void) g, (void) derefs, (void) ctx;
  return l != ESC_LOC_HEAP && l != ESC_LOC_DATA;
}

/* The most edges into a sink examined: past them the count is unknown
   (too few), never too many.  */
#define MAX_ROUTE_EDGES 256

int
esc_sink_routes (esc_graph *g, esc_loc site, esc_note *out, int max)
{
  int n = 0, examined = 0;
  const esc_loc sinks[] = { ESC_LOC_HEAP, ESC_LOC_DATA };
  for (unsigned k = 0; k < sizeof sinks / sizeof sinks[0]; k++)
    {
      esc_location *root = &g->locs[sinks[k]];
      for (int i = 0; i < root->nedges && examined < MAX_ROUTE_EDGES; i++)
	{
	  esc_edge *e = &root->edges[i];
	  if (e->note == ESC_NO_NOTE)
	    continue;
	  examined++;
	  struct route_ctx r = { site, e->derefs < 0 && e->src == site };
	  if (!r.hit && e->derefs >= 0)
	    {
	      esc_level_walker w = { route_at, route_address, &r };
	      esc_walk_levels (g, e->src, e->derefs, &w);
	    }
	  if (!r.hit)
	    continue;
	  /* One statement may make several edges; one edge may stand for
	     two statements (ALSO).  */
	  esc_note both[2] = { e->note, e->also };
	  for (int b = 0; b < 2 && both[b] != ESC_NO_NOTE; b++)
	    {
	      esc_pos p = esc_note_pos (g, both[b]);
	      const char *where = esc_note_where (g, both[b]);
	      bool seen = false;
	      for (int j = 0; j < n && !seen; j++)
		{
		  esc_pos q = esc_note_pos (g, out[j]);
		  seen = q.line == p.line && q.column == p.column
		    && strcmp (where, esc_note_where (g, out[j])) == 0;
		}
	      if (!seen && n < max)
		out[n++] = both[b];
	    }
	}
    }
  return n;
}

/* Does free K (ESC_FREE_HERE) receive only objects of pools of constant
   size (fixed slots of their own, not owned), which no realloc and no
   callee may receive?  Then, while none of those pools has handed out its
   last slot, every object it may receive is a slot: a pool's allocation
   falls back to the heap only once its slots are used up (its size
   always fits), and nothing else turns the object into a heap block.  */
static bool
pool_only (const esc_graph *g, const esc_move_site *sites, int nsites,
	   esc_loc **freed, const int *nfreed, int k)
{
  for (int j = 0; j < nfreed[k]; j++)
    {
      int i = site_of (sites, nsites, freed[k][j]);
      if (i < 0 || !moved (&sites[i]) || sites[i].pool <= 0
	  || sites[i].size <= 0 || sites[i].owned || sites[i].restart > 0)
	return false;
      for (int m = 0; m < g->nfrees; m++)
	if (m != k && g->frees[m].kind != ESC_FREE_HERE)
	  for (int x = 0; x < nfreed[m]; x++)
	    if (freed[m][x] == freed[k][j])
	      return false;
    }
  return nfreed[k] > 0;
}

void
esc_plan_moves (esc_graph *g, esc_move_site *sites, int nsites,
		const esc_move_limits *lim, esc_free_action *actions)
{
  bool *handed = NULL;
  for (int i = 0; i < nsites; i++)
    {
      esc_move_site *s = &sites[i];
      s->reason = ESC_MOVED;
      s->blocked = ESC_MOVED;
      s->guarded = s->owned = false;
      s->pool = 0;
      s->capacity = s->size;
      if (s->escapes && !(s->by_loop && lim->pool_slots > 0))
	{
	  stay (s, s->by_loop ? ESC_STAY_LOOP : ESC_STAY_ESCAPES);
	  /* What would keep it on the heap were the escape gone: then no
	     one change to the escape moves it.  */
	  if (!handed)
	    handed = handed_to_caller (g);
	  s->blocked = handed[s->loc] ? ESC_STAY_RETURNED
	    : local_reason (s, lim);
	  /* Two statements that each send it to the heap: stopping one
	     leaves the other.  */
	  esc_note routes[2];
	  if (s->blocked == ESC_MOVED && !s->by_loop
	      && esc_sink_routes (g, s->loc, routes, 2) >= 2)
	    s->blocked = ESC_STAY_ROUTES;
	}
      else
	{
	  esc_move_reason r = local_reason (s, lim);
	  if (r != ESC_MOVED)
	    stay (s, r);
	  else if (lim->recursive || lim->reentry)
	    s->owned = s->guarded = true;
	}
      if (moved (s) && s->size < 0)
	{
	  s->guarded = true;
	  s->capacity = lim->slot_size;
	}
      /* Outliving the iteration: a pool, sized by the budget below; if it
	 cannot have one, that is why it stays.  */
      if (moved (s) && s->escapes)
	s->guarded = true, s->pool = -1;
      else if (s->escapes && s->by_loop)
	s->reason = ESC_STAY_LOOP;
    }

  /* What each free may receive.  */
  int nf = g->nfrees;
  bool *grows = esc_xrealloc (NULL, (size_t) (nsites + 1) * sizeof *grows);
  memset (grows, 0, (size_t) (nsites + 1) * sizeof *grows);
  esc_loc **freed = esc_xrealloc (NULL, (size_t) (nf + 1) * sizeof *freed);
  int *nfreed = esc_xrealloc (NULL, (size_t) (nf + 1) * sizeof *nfreed);
  for (int k = 0; k < nf; k++)
    nfreed[k] = freed_objects (g, k, &freed[k]);
  /* A release clone takes one more parameter per slot its call may hand
     it, over all the call's arguments: a call handed many stays as it
     is (adversarial finding: a disposer of 30 arguments got 240).  */
  bool *too_many = esc_xrealloc (NULL, (size_t) (nf + 1) * sizeof *too_many);
  bool *reach = esc_xrealloc (NULL, (size_t) (nsites + 1) * sizeof *reach);
  for (int k = 0; k < nf; k++)
    {
      too_many[k] = false;
      if (g->frees[k].kind != ESC_FREE_CALLEE || !g->frees[k].releasable)
	continue;
      /* Once per call: a later argument's site has the answer.  */
      int first = k;
      for (int m = 0; m < k && first == k; m++)
	if (g->frees[k].call >= 0 && g->frees[m].call == g->frees[k].call
	    && g->frees[m].kind == ESC_FREE_CALLEE && g->frees[m].releasable)
	  first = m;
      if (first < k)
	{
	  too_many[k] = too_many[first];
	  continue;
	}
      memset (reach, 0, (size_t) (nsites + 1) * sizeof *reach);
      int reached = 0;
      for (int m = k; m < nf; m++)
	if (m == k || (g->frees[k].call >= 0
		       && g->frees[m].call == g->frees[k].call))
	  for (int j = 0; j < nfreed[m]; j++)
	    {
	      int i = site_of (sites, nsites, freed[m][j]);
	      if (i >= 0 && !reach[i])
		reach[i] = true, reached++;
	    }
      too_many[k] = reached > ESC_MAX_RELEASE_SLOTS;
    }
  esc_free (reach);
  for (int k = 0; k < nf; k++)
    {
      for (int j = 0; j < nfreed[k]; j++)
	{
	  int i = site_of (sites, nsites, freed[k][j]);
	  if (i < 0)
	    continue;
	  switch (g->frees[k].kind)
	    {
	    case ESC_FREE_HERE:
	      /* Only its own deallocator may skip an object: another
		 family's may do more than free (or free it wrongly).  A call
		 that must stay (its result is used, it may throw) would be
		 handed the slot.  */
	      if (sites[i].family != g->frees[k].family)
		stay (&sites[i], ESC_STAY_FOREIGN_FREE);
	      else if (g->frees[k].pinned)
		stay (&sites[i], ESC_STAY_KEPT_FREE);
	      break;
	    case ESC_FREE_REALLOC:
	      if (!g->frees[k].guardable || g->frees[k].pinned
		  || sites[i].family != g->frees[k].family)
		stay (&sites[i], ESC_STAY_REALLOC);
	      else if (!sites[i].escapes_as_block)
		grows[i] = true;
	      break;
	    case ESC_FREE_CALLEE:
	      /* A callee the GCC layer can replace by a release clone
		 (one that leaves the slots alone) may receive a slot, but
		 not a pool's: the clone tests for a slot's address (a
		 callee-made object's pool has one slot).  */
	      if (!g->frees[k].releasable
		  || (sites[i].pool != 0 && !sites[i].by_clone)
		  || too_many[k])
		stay (&sites[i], ESC_STAY_FREED_BY_CALLEE);
	      /* The clone leaves every slot alone, whatever frees it: only
		 where those frees are of the object's own family, as for a
		 free here (adversarial finding: a pool's release, which may
		 do more, was skipped for a malloc'd object).  */
	      else if (g->frees[k].release_family != sites[i].family)
		stay (&sites[i], ESC_STAY_FOREIGN_FREE);
	      else if (g->frees[k].grows && !sites[i].escapes_as_block)
		grows[i] = true;
	      break;
	    }
	}
    }

  /* A buffer realloc grows gets room to grow in place: a slot of at
     least slot-size bytes, so one that stays small never reaches the
     heap (the C programmer's "char buf[64]" with a heap fallback).  */
  for (int i = 0; i < nsites; i++)
    if (moved (&sites[i]) && grows[i] && sites[i].capacity < lim->slot_size)
      sites[i].capacity = lim->slot_size;
  esc_free (grows);

  /* The budget takes sites in source order, pools last: a pool gets as
     many slots as what is left holds, up to pool-slots.  */
  long long used = 0;
  for (int pass = 0; pass < 2; pass++)
    for (int i = 0; i < nsites; i++)
      {
	if (!moved (&sites[i]) || (sites[i].pool != 0) != (pass == 1))
	  continue;
	long long a = sites[i].align > 0 ? sites[i].align : 1;
	long long bytes = (sites[i].capacity + a - 1) / a * a;
	if (pass == 1)
	  {
	    long long k = (lim->frame_budget - used) / bytes;
	    if (k > lim->pool_slots)
	      k = lim->pool_slots;
	    /* A clone is handed one slot, and tests for its address.  */
	    if (k > 1 && sites[i].by_clone)
	      k = 1;
	    sites[i].pool = (int) k;
	    bytes *= k;
	  }
	if (bytes == 0 || used + bytes > lim->frame_budget)
	  stay (&sites[i], ESC_STAY_BUDGET);
	else
	  {
	    /* Each slot of a pool starts aligned.  */
	    if (pass == 1)
	      sites[i].capacity = (sites[i].capacity + a - 1) / a * a;
	    used += bytes;
	  }
      }
  for (int i = 0; i < nsites; i++)
    if (!moved (&sites[i]))
      {
	sites[i].guarded = sites[i].owned = false;
	sites[i].pool = 0;
      }

  /* A free that may receive only moved objects of fixed size is deleted;
     one that may also receive a heap object (a guarded site's own heap
     instance included) leaves the slots alone.  */
  for (int k = 0; k < nf; k++)
    {
      esc_free_action *act = &actions[k];
      act->remove = false;
      act->clobber = -1;
      act->guards = NULL;
      act->nguards = 0;
      act->pool_only = false;
      if (nfreed[k] == 0 || (g->frees[k].kind == ESC_FREE_CALLEE
			     && !g->frees[k].releasable))
	continue;
      bool all_fixed = true;
      for (int j = 0; j < nfreed[k]; j++)
	{
	  int i = site_of (sites, nsites, freed[k][j]);
	  if (i < 0 || !moved (&sites[i]))
	    {
	      all_fixed = false;
	      continue;
	    }
	  if (sites[i].guarded)
	    all_fixed = false;
	  act->guards = esc_xrealloc (act->guards, (size_t) (act->nguards + 1)
				      * sizeof *act->guards);
	  act->guards[act->nguards++] = freed[k][j];
	}
      if (g->frees[k].kind == ESC_FREE_CALLEE)
	/* Never deleted: the callee does more than free; its release
	   clone gets the slots.  */
	continue;
      if (g->frees[k].kind == ESC_FREE_REALLOC)
	{
	  /* Only slots of fixed size: the realloc becomes the growth of
	     the slot alone.  */
	  act->remove = all_fixed && act->nguards > 0;
	  continue;
	}
      if (g->frees[k].kind == ESC_FREE_HERE && !all_fixed
	  && !g->frees[k].pinned)
	act->pool_only = pool_only (g, sites, nsites, freed, nfreed, k);
      if (g->frees[k].kind == ESC_FREE_HERE && all_fixed
	  && !g->frees[k].pinned)
	{
	  act->remove = true;
	  /* Freeing ends the object; with one candidate, say so to GCC so
	     it can reuse the slot.  */
	  if (nfreed[k] == 1)
	    act->clobber = freed[k][0];
	  esc_free (act->guards);
	  act->guards = NULL;
	  act->nguards = 0;
	}
    }

  for (int k = 0; k < nf; k++)
    esc_free (freed[k]);
  esc_free (too_many);
  esc_free (freed);
  esc_free (nfreed);
  esc_free (handed);
}

void
esc_free_actions_release (esc_free_action *actions, int n)
{
  for (int k = 0; k < n; k++)
    {
      esc_free (actions[k].guards);
      actions[k].guards = NULL;
      actions[k].nguards = 0;
    }
}
