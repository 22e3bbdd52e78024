/* transform.h - moving allocations to the stack (-fplugin-arg-escape-
   transform), after solving, before reporting.  */

#ifndef ESCAPE_TRANSFORM_PASS_H
#define ESCAPE_TRANSFORM_PASS_H

/* Plan and, with APPLY, rewrite F's allocation sites; REASONS gets each
   site's fate, BLOCKED what else keeps an escaping one on the heap
   (esc_move_site.blocked), SIZES its constant size (or -1), SLOT_SIZES the bytes
   of its guarded slot (0: not guarded), OWNED whether the slot is taken
   by one activation at a time and POOLS the slots of its pool (0: none),
   in the order of F's sites.  When F is recursive or re-entered
   (esc_function.recursive, .reentry) a moved object would multiply with
   the depth; RECURSIVE_CALLER: a recursive or re-entered function calls
   it; CYCLE_FULL: F's cycle has its ESC_MAX_CYCLE_COPIES owned
   copies already, so F gets none.  True if F changed.  Without APPLY the plan only feeds the JSON
   report's "movable".  */
bool esc_transform_function (esc_function *f,
			     bool recursive_caller, bool cycle_full,
			     bool apply,
			     vec<esc_move_reason> &reasons,
			     vec<esc_move_reason> &blocked,
			     vec<long long> &sizes,
			     vec<long long> &slot_sizes, vec<char> &owned,
			     vec<int> &pools);

/* Owned slots (transform.cc), also used by slot-inlining.cc.  Can FUN
   (DECL's body) be copied for an owning activation?  */
bool esc_owned_slots_ok (function *fun, tree decl);
/* A copy of DECL's body as a new local function, never inlined; MAP
   takes each call of DECL to its copy.  NULL if it cannot be made.  */
cgraph_node *esc_owner_copy (tree decl, hash_map<gimple *, gimple *> &map);
/* A thread-local owner word for FNDECL.  */
tree esc_make_owner (tree fndecl);
/* At the current function's entry: the activation that becomes OWNER
   runs COPY instead; RECURSIVE, most activations do not.  The test.  */
gcond *esc_owner_dispatch (tree owner, tree copy, bool recursive);
/* Once nothing more changes the body of F, which has a dispatch: the
   other activations run it as a function of its own.  */
struct esc_function;
void esc_owner_rest (esc_function *f);
/* DECL gets attribute NAME (no arguments) unless it has it.  */
void esc_add_attribute (tree decl, const char *name);
void esc_add_noinline (tree decl);
/* After statements of the current function changed (CFG_CHANGED: its
   blocks too): dominators and loops to be recomputed, virtual SSA
   renamed, call-graph edges rebuilt.  */
void esc_update_after_rewrite (bool cfg_changed);

/* A free whose objects all come from pools (esc_free_action.pool_only):
   for each pool, its counter of slots handed out and its slot count.  */
struct esc_pool_test
{
  tree used;
  long long count;
};
struct esc_pool_free
{
  gcall *call;
  vec<esc_pool_test> pools;	/* Released by its maker.  */
};
/* Skip each loop of the current function that does nothing but such
   frees while every pool they may receive has room (pool-free-loops.cc).
   True if the CFG changed.  */
bool esc_skip_pool_free_loops (const vec<esc_pool_free> &frees);

/* After every function's transform: keep the slots of functions GCC may
   inline out of the frames of recursive and re-entered functions
   (esc_function.recursive, .reentry), whose activations nest
   (slot-inlining.cc).  */
void esc_keep_slots_out_of_cycles (void);

#endif
