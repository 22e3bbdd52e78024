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
    case ESC_STAY_ATTRIBUTE:
      return "an allocator by its attributes only, which do not promise "
	"it does nothing else (declare it with "
	"-fplugin-arg-escape-allocator to move it)";
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
    "zero-size", "lto-inline"
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
}

/* The objects free site K may free: what its argument points to, or for a
   callee, everything the argument reaches.  */
static int
freed_objects (esc_graph *g, int k, esc_loc **out)
{
  if (g->frees[k].kind == ESC_FREE_CALLEE)
    return esc_reachable_objects (g, g->frees[k].arg, out);
  const esc_loc *pts;
  int n = esc_points_to (g, g->frees[k].arg, &pts);
  *out = esc_xrealloc (NULL, (size_t) (n + 1) * sizeof **out);
  if (n > 0)
    memcpy (*out, pts, (size_t) n * sizeof **out);
  return n;
}

void
esc_plan_moves (esc_graph *g, esc_move_site *sites, int nsites,
		const esc_move_limits *lim, esc_free_action *actions)
{
  for (int i = 0; i < nsites; i++)
    {
      esc_move_site *s = &sites[i];
      s->reason = ESC_MOVED;
      if (esc_escapes (g, s->loc))
	stay (s, esc_escapes_by_loop (g, s->loc) ? ESC_STAY_LOOP
	      : ESC_STAY_ESCAPES);
      else if (!s->movable_kind)
	stay (s, s->attribute_only ? ESC_STAY_ATTRIBUTE : ESC_STAY_KIND);
      else if (s->can_throw)
	stay (s, ESC_STAY_THROWS);
      else if (s->size < 0)
	stay (s, ESC_STAY_NONCONSTANT);
      else if (s->size > lim->max_size)
	stay (s, ESC_STAY_TOO_LARGE);
      else if (s->size == 0)
	stay (s, ESC_STAY_ZERO_SIZE);
      else if (s->bad_align)
	stay (s, ESC_STAY_BAD_ALIGN);
      else if (s->align > lim->max_align)
	stay (s, ESC_STAY_TOO_ALIGNED);
      else if (lim->recursive)
	stay (s, ESC_STAY_RECURSIVE);
      else if (lim->reentry)
	stay (s, ESC_STAY_REENTRY);
      else if (lim->recursive_caller)
	stay (s, ESC_STAY_RECURSIVE_CALLER);
      else if (lim->lto_always_inline)
	stay (s, ESC_STAY_LTO_INLINE);
    }

  /* What each free may receive.  */
  int nf = g->nfrees;
  esc_loc **freed = esc_xrealloc (NULL, (size_t) (nf + 1) * sizeof *freed);
  int *nfreed = esc_xrealloc (NULL, (size_t) (nf + 1) * sizeof *nfreed);
  for (int k = 0; k < nf; k++)
    {
      nfreed[k] = freed_objects (g, k, &freed[k]);
      if (g->frees[k].kind == ESC_FREE_HERE)
	{
	  /* Only its own deallocator may be deleted for an object: another
	     family's may do more than free (or free it wrongly).  */
	  for (int j = 0; j < nfreed[k]; j++)
	    {
	      int i = site_of (sites, nsites, freed[k][j]);
	      if (i >= 0 && sites[i].family != g->frees[k].family)
		stay (&sites[i], ESC_STAY_FOREIGN_FREE);
	      else if (i >= 0 && g->frees[k].pinned)
		stay (&sites[i], ESC_STAY_KEPT_FREE);
	    }
	  continue;
	}
      for (int j = 0; j < nfreed[k]; j++)
	{
	  int i = site_of (sites, nsites, freed[k][j]);
	  if (i >= 0)
	    stay (&sites[i], g->frees[k].kind == ESC_FREE_REALLOC
		  ? ESC_STAY_REALLOC : ESC_STAY_FREED_BY_CALLEE);
	}
    }

  /* A free that may receive a moved object and anything else keeps all of
     them on the heap; the budget takes sites in order.  Both can only
     remove sites, so repeat until neither does.  */
  bool changed = true;
  while (changed)
    {
      changed = false;
      for (int k = 0; k < nf; k++)
	{
	  if (g->frees[k].kind != ESC_FREE_HERE)
	    continue;
	  bool moved = false, other = false;
	  for (int j = 0; j < nfreed[k]; j++)
	    {
	      int i = site_of (sites, nsites, freed[k][j]);
	      if (i >= 0 && sites[i].reason == ESC_MOVED)
		moved = true;
	      else
		other = true;
	    }
	  if (!(moved && other))
	    continue;
	  for (int j = 0; j < nfreed[k]; j++)
	    {
	      int i = site_of (sites, nsites, freed[k][j]);
	      if (i >= 0 && sites[i].reason == ESC_MOVED)
		{
		  stay (&sites[i], ESC_STAY_SHARED_FREE);
		  changed = true;
		}
	    }
	}
      long long used = 0;
      for (int i = 0; i < nsites; i++)
	{
	  if (sites[i].reason != ESC_MOVED)
	    continue;
	  long long a = sites[i].align > 0 ? sites[i].align : 1;
	  long long size = sites[i].size;
	  long long bytes = (size + a - 1) / a * a;
	  if (used + bytes > lim->frame_budget)
	    {
	      stay (&sites[i], ESC_STAY_BUDGET);
	      changed = true;
	    }
	  else
	    used += bytes;
	}
    }

  for (int k = 0; k < nf; k++)
    {
      actions[k].remove = false;
      actions[k].clobber = -1;
      if (g->frees[k].kind != ESC_FREE_HERE || nfreed[k] == 0)
	continue;
      bool all_moved = true;
      for (int j = 0; j < nfreed[k]; j++)
	{
	  int i = site_of (sites, nsites, freed[k][j]);
	  if (i < 0 || sites[i].reason != ESC_MOVED)
	    all_moved = false;
	}
      actions[k].remove = all_moved && !g->frees[k].pinned;
      /* Freeing ends the object; with one candidate, say so to GCC so it
	 can reuse the slot.  */
      if (all_moved && nfreed[k] == 1)
	actions[k].clobber = freed[k][0];
    }

  for (int k = 0; k < nf; k++)
    free (freed[k]);
  free (freed);
  free (nfreed);
}
