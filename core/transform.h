/* transform.h - which allocation sites may move to the stack, and what
   becomes of the free calls.  Pure C over a solved graph; the GCC layer
   (passes/transform.cc) only carries the plan out.

   A site moves only if all of these hold, each a reason it stays when not:
   - it does not escape, not even by outliving its loop iteration (then one
     stack slot serves every iteration: the stack does not grow in loops);
   - it is malloc, calloc or aligned_alloc with a constant size at most
     max-size, and an alignment the stack can give;
   - no realloc may receive it, and no callee whose summary may free what
     its argument reaches;
   - every free of this function that may receive it receives only moved
     objects (those frees are deleted; a mixed one keeps its objects on the
     heap: free must never be handed stack memory);
   - the size is not 0 (malloc (0)'s unique empty object is no slot);
   - the function is not recursive, and the moved bytes fit its budget.  */

#ifndef ESCAPE_TRANSFORM_H
#define ESCAPE_TRANSFORM_H

#include "lattice.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum esc_move_reason
{
  ESC_MOVED,
  ESC_STAY_ESCAPES,
  ESC_STAY_KIND,
  ESC_STAY_NONCONSTANT,
  ESC_STAY_TOO_LARGE,
  ESC_STAY_TOO_ALIGNED,
  ESC_STAY_LOOP,
  ESC_STAY_REALLOC,
  ESC_STAY_FREED_BY_CALLEE,
  ESC_STAY_SHARED_FREE,
  ESC_STAY_RECURSIVE,
  ESC_STAY_BUDGET,
  ESC_STAY_THROWS,
  ESC_STAY_REENTRY,
  ESC_STAY_BAD_ALIGN,
  ESC_STAY_RECURSIVE_CALLER,
  ESC_STAY_FOREIGN_FREE,
  ESC_STAY_ATTRIBUTE,
  ESC_STAY_KEPT_FREE,
  ESC_STAY_ZERO_SIZE,
  ESC_STAY_LTO_INLINE
} esc_move_reason;

typedef struct esc_move_site
{
  esc_loc loc;
  bool movable_kind;		/* malloc, calloc or aligned_alloc.  */
  bool attribute_only;		/* An allocator by GCC's attributes only.  */
  bool can_throw;		/* The call may throw: leave it.  */
  long long size;		/* Bytes, or -1 if not a constant.  */
  long long align;		/* Bytes the object needs.  */
  bool bad_align;		/* Not a power of two: the call fails.  */
  int family;			/* Whose frees may delete it (allocators.h).  */
  esc_move_reason reason;	/* Out.  */
} esc_move_site;

typedef struct esc_move_limits
{
  long long max_size;
  long long frame_budget;
  long long max_align;
  bool recursive;		/* In a cycle of the call graph.  */
  bool reentry;			/* May be re-entered through code it calls
				   that we cannot see.  */
  bool recursive_caller;	/* Called by a recursive or re-entered
				   function, which may inline it.  */
  bool lto_always_inline;	/* An always_inline function under -flto:
				   another unit may inline it anywhere.  */
} esc_move_limits;

/* What to do with free site I (esc_free_new) of kind ESC_FREE_HERE.  */
typedef struct esc_free_action
{
  bool remove;			/* It can only receive moved objects.  */
  esc_loc clobber;		/* The one object it ends, or -1.  */
} esc_free_action;

/* Decide every site's fate (SITES[i].reason) and every free's action
   (ACTIONS has esc_free_count (G) entries).  */
void esc_plan_moves (esc_graph *g, esc_move_site *sites, int nsites,
		     const esc_move_limits *limits, esc_free_action *actions);

/* A short text for REASON: "too large", "reaches realloc", ...  */
const char *esc_move_reason_text (esc_move_reason reason);

/* A stable code for REASON, as the JSON report writes it: "too-large".  */
const char *esc_move_reason_code (esc_move_reason reason);

#ifdef __cplusplus
}
#endif

#endif /* ESCAPE_TRANSFORM_H */
