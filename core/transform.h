/* transform.h - which allocation sites may move to the stack, and what
   becomes of the free calls.  Pure C over a solved graph; the GCC layer
   (passes/transform.cc) only carries the plan out.

   A site moves only if all of these hold, each a reason it stays when not:
   - it does not escape; one that escapes only by outliving its loop
     iteration gets a pool of slots (up to pool-slots, within the budget),
     one per allocation until they run out; otherwise one stack slot
     serves every iteration: the stack does not grow in loops;
   - it is malloc, calloc or aligned_alloc (or an allocator declared or
     found in the unit) with a constant size at most max-size, or a size
     the GCC layer can test at run time: then it is *guarded*, a slot of
     slot-size bytes serving the calls that ask for at most that much,
     the heap the others;
   - an alignment the stack can give, and a size that is not 0 (malloc
     (0)'s unique empty object is no slot);
   - no callee whose summary may free what its argument reaches receives
     it, unless the GCC layer can call a *release clone* of that callee
     instead, which frees only what is not one of the slots it is handed
     (at most ESC_MAX_RELEASE_SLOTS, never a pool's), and a realloc that may receive it is one the GCC layer can
     rewrite (a slot grows in place up to its capacity, into a new heap
     block beyond; a slot that escapes as realloc's new block always gets
     a new block, and a buffer realloc grows gets at least slot-size
     bytes);
   - no deallocator call that must stay (its result is used) receives it;
   - the bytes fit the function's budget; in a recursive or re-entered
     function (or one a recursive function calls), only as an *owned*
     slot: allocated on the stack at run time by the one activation that
     holds the function's slots, the heap for every other activation, so
     that recursion never multiplies them.
   Frees that may receive only moved objects of fixed size are deleted;
   any other free that may receive a moved object is guarded: it releases
   what it is handed only when that is not one of the slots.  Free is
   never handed stack memory.  */

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
  ESC_STAY_LTO_INLINE,
  ESC_STAY_CALLEE_MADE,
  ESC_STAY_CYCLE_COPIES,
  ESC_STAY_RETURNED,		/* Only as esc_move_site.blocked.  */
  ESC_STAY_WRAPPER,		/* Only in the report (passes/).  */
  ESC_STAY_ROUTES,		/* Only as esc_move_site.blocked.  */
  ESC_STAY_IPA_PTA
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
  bool guardable;		/* SIZE is -1, but the size can be tested at
				   run time (a guarded slot).  */
  bool escapes, by_loop;	/* Its verdict as a slot would be: escapes
				   (only through loop depth), which differs
				   from the graph's where a realloc may
				   return its block.  */
  int restart;			/* BY_LOOP: the depth of the enclosing loop
				   at whose header it is dead
				   (esc_loop_restart), where its pool can
				   start again; 0: only at entry.  */
  bool escapes_as_block;	/* It escapes, but only as the new block a
				   realloc hands back: no realloc may grow
				   it in place.  */
  int family;			/* Whose frees may delete it (allocators.h).  */
  bool callee_made;		/* A call handing over an object its callee
				   allocated (core/fresh.c) that stays.  */
  bool by_clone;		/* Such a call whose callee can be cloned
				   to take the slot from the caller: one
				   slot, never a pool.  */
  esc_move_reason reason;	/* Out.  */
  esc_move_reason blocked;	/* Out: for a site that stays because it
				   escapes (or outlives its loop), what would
				   still keep it on the heap without that:
				   ESC_STAY_RETURNED when its function hands
				   it to the caller, else the first other
				   reason; ESC_MOVED if none.  */
  bool guarded;			/* Out: moved behind a size test.  */
  bool owned;			/* Out: its slot is taken at run time by one
				   activation of the function at a time (a
				   recursive or re-entered function); the
				   others use the heap.  Guarded too.  */
  int pool;			/* Out: it outlives its loop iteration (not
				   the function): a pool of POOL slots of
				   CAPACITY bytes, one per allocation until
				   they are used up, the heap then, handed
				   out again from the first after the header
				   of the loop RESTART says; 0 for a single
				   slot.  Guarded too.  A callee makes its
				   objects (BY_CLONE): one slot.  */
  long long capacity;		/* Out: the slot's bytes, when moved.  */
} esc_move_site;

/* Most functions of one call-graph cycle given owned copies: each copy is
   a function GCC can no longer inline into the cycle, and GCC's IPA
   propagation (modref) over a cycle of many grows faster than the cycle
   (2,000 copies: 9 s of modref alone; 64: 0.01 s).  */
#define ESC_MAX_CYCLE_COPIES 64
/* Most slots one call of a release clone is handed (one parameter
   each).  */
#define ESC_MAX_RELEASE_SLOTS 8
#define ESC_STRINGIFY_(x) #x
#define ESC_STRINGIFY(x) ESC_STRINGIFY_ (x)

typedef struct esc_move_limits
{
  long long max_size;
  long long frame_budget;
  long long max_align;
  bool recursive;		/* In a cycle of the call graph.  */
  bool reentry;			/* May be re-entered through code it calls
				   that we cannot see.  */
  bool recursive_caller;	/* Called by a recursive function, which may
				   inline it, and always_inline (so it
				   cannot be kept out of line).  */
  bool lto_always_inline;	/* An always_inline function under -flto:
				   another unit may inline it anywhere.  */
  bool owned_ok;		/* A recursive or re-entered function can still
				   take slots one activation at a time (owned
				   slots, in a copy of the function).  */
  bool cycle_full;		/* Not OWNED_OK because its call-graph cycle
				   has ESC_MAX_CYCLE_COPIES copies already.  */
  long long slot_size;		/* A guarded slot's bytes; 0: none.  */
  int pool_slots;		/* Most slots of a pool; 0: objects that
				   outlive their loop iteration stay.  */
  bool ipa_pta;			/* GCC's -fipa-pta: nothing moves.  */
} esc_move_limits;

/* What to do with free site I (esc_free_new): a free of this function
   (ESC_FREE_HERE) or a realloc (ESC_FREE_REALLOC).  */
typedef struct esc_free_action
{
  bool remove;			/* It can only receive moved objects of
				   fixed size (a realloc: only grows them,
				   GUARDS).  */
  esc_loc clobber;		/* The one object it ends, or -1.  */
  /* Otherwise the moved sites it may receive, whose slots it must leave
     alone (GUARDS[0..NGUARDS-1], allocated; esc_free_actions_release).  */
  esc_loc *guards;
  int nguards;
  /* A free here whose every object is a pool's (GUARDS), of constant
     size, that nothing but frees here may receive: while no allocation of
     those pools has fallen back to the heap, it frees nothing, and a loop
     that does nothing else may be skipped (passes/transform.cc).  */
  bool pool_only;
} esc_free_action;

/* Decide every site's fate (SITES[i].reason) and every free's action
   (ACTIONS has esc_free_count (G) entries).  */
void esc_plan_moves (esc_graph *g, esc_move_site *sites, int nsites,
		     const esc_move_limits *limits, esc_free_action *actions);

/* May free site K of G (free, realloc, a callee that frees) receive
   object L?  */
bool esc_free_may_free (esc_graph *g, int k, esc_loc l);

/* Free the guard lists of N actions.  */
void esc_free_actions_release (esc_free_action *actions, int n);

/* Statements that each send SITE's address straight to the heap (or
   into data), as the notes of their edges, one per statement, at most MAX
   in OUT; the count.  Routes through escaping containers are not counted,
   so two or more is a fact, fewer says nothing.  */
int esc_sink_routes (esc_graph *g, esc_loc site, esc_note *out, int max);

/* A short text for REASON: "too large", "reaches realloc", ...  */
const char *esc_move_reason_text (esc_move_reason reason);

/* A stable code for REASON, as the JSON report writes it: "too-large".  */
const char *esc_move_reason_code (esc_move_reason reason);

#ifdef __cplusplus
}
#endif

#endif /* ESCAPE_TRANSFORM_H */
