/* graph-cfg.cc - the control flow the graph needs: which blocks lie in
   irreducible loops (setjmp's returns included only where they can run
   again), and which run only on a call's failure path.  */

#include "../core/lattice.h"
#include "../core/allocators.h"
#include "../core/summary.h"
#include "../core/transform.h"
#include "../plugin/escape-plugin.h"
#include "../plugin/gcc-headers.h"
#include "gimple-text.h"
#include "build-graph.h"
#include "functions.h"
#include "graph-builder.h"

namespace esc_build {

/* Which blocks lie in irreducible loops, asked of GCC without leaving its
   loop state changed for later passes.  */
void
builder::mark_irreducible ()
{
  irreducible.safe_grow_cleared (last_basic_block_for_fn (fun));
  if (!loops_for_fn (fun))
    {
      /* No loop tree: every block may repeat.  */
      for (int i = 0; i < last_basic_block_for_fn (fun); i++)
	irreducible[i] = 1;
      return;
    }
  bool had = loops_state_satisfies_p (fun, LOOPS_HAVE_MARKED_IRREDUCIBLE_REGIONS);
  auto_vec<int> bb_flags;
  auto_vec<int> edge_flags;
  basic_block bb;
  if (!had)
    FOR_ALL_BB_FN (bb, fun)
      {
	bb_flags.safe_push (bb->flags & BB_IRREDUCIBLE_LOOP);
	edge e;
	edge_iterator ei;
	FOR_EACH_EDGE (e, ei, bb->succs)
	  edge_flags.safe_push (e->flags & EDGE_IRREDUCIBLE_LOOP);
      }
  if (!had)
    mark_irreducible_loops ();
  FOR_ALL_BB_FN (bb, fun)
    irreducible[bb->index] = (bb->flags & BB_IRREDUCIBLE_LOOP) != 0;
  if (!had)
    {
      unsigned bi = 0, ei_ = 0;
      FOR_ALL_BB_FN (bb, fun)
	{
	  bb->flags = (bb->flags & ~BB_IRREDUCIBLE_LOOP) | bb_flags[bi++];
	  edge e;
	  edge_iterator ei;
	  FOR_EACH_EDGE (e, ei, bb->succs)
	    e->flags = (e->flags & ~EDGE_IRREDUCIBLE_LOOP) | edge_flags[ei_++];
	}
      loops_state_clear (fun, LOOPS_HAVE_MARKED_IRREDUCIBLE_REGIONS);
    }
}

/* The block a test of setjmp's result V sends a non-zero result to, found
   from B through copies of V; NULL if not found.  */
static basic_block
nonzero_successor (basic_block b, tree v, int depth)
{
  if (depth > 4 || !v || TREE_CODE (v) != SSA_NAME)
    return NULL;
  for (gimple_stmt_iterator si = gsi_start_bb (b); !gsi_end_p (si);
       gsi_next (&si))
    {
      gimple *s = gsi_stmt (si);
      if (is_gimple_debug (s) || gimple_code (s) == GIMPLE_LABEL)
	continue;
      if (gassign *a = dyn_cast<gassign *> (s))
	{
	  if (gimple_assign_rhs1 (a) == v
	      && (gimple_assign_single_p (a)
		  || CONVERT_EXPR_CODE_P (gimple_assign_rhs_code (a)))
	      && TREE_CODE (gimple_assign_lhs (a)) == SSA_NAME)
	    v = gimple_assign_lhs (a);
	  continue;
	}
      if (gcond *c = dyn_cast<gcond *> (s))
	{
	  if (gimple_cond_lhs (c) != v || !integer_zerop (gimple_cond_rhs (c)))
	    return NULL;
	  edge t, f;
	  extract_true_false_edges_from_block (b, &t, &f);
	  if (gimple_cond_code (c) == NE_EXPR)
	    return t->dest;
	  if (gimple_cond_code (c) == EQ_EXPR)
	    return f->dest;
	  return NULL;
	}
      return NULL;
    }
  /* Only copies here: on to the one successor.  */
  if (single_succ_p (b))
    return nonzero_successor (single_succ (b), v, depth + 1);
  return NULL;
}

/* A longjmp lands on its setjmp, which then returns non-zero: GCC's loop
   tree sees a loop through every call that may longjmp, which made every
   block after a setjmp "irreducible".  Only the blocks a non-zero result
   reaches can run again; the others are irreducible only if a cycle
   without those abnormal edges says so.  */
void
builder::refine_setjmp ()
{
  int n = last_basic_block_for_fn (fun);
  auto_vec<char> receiver, again, cyclic;
  receiver.safe_grow_cleared (n);
  again.safe_grow_cleared (n);
  cyclic.safe_grow_cleared (n);
  /* Where each receiver's second return goes on: the non-zero branch of
     the test of its result, or NULL for every successor.  */
  auto_vec<basic_block> start;
  start.safe_grow_cleared (n);
  auto_vec<basic_block> work;
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    {
      gimple_stmt_iterator si = gsi_start_nondebug_after_labels_bb (bb);
      gcall *c = gsi_end_p (si) ? NULL : dyn_cast<gcall *> (gsi_stmt (si));
      if (!c || !(gimple_call_flags (c) & ECF_RETURNS_TWICE))
	{
	  /* setjmp by name: GCC marks the call, not always the decl.  */
	  tree fn = c ? gimple_call_fndecl (c) : NULL_TREE;
	  if (!fn || !setjmp_call_p (fn))
	    continue;
	}
      receiver[bb->index] = 1;
      /* The setjmp call itself may jump to the dispatcher: look past that
	 edge for the one its return takes.  */
      basic_block next = NULL;
      edge e;
      edge_iterator ei;
      FOR_EACH_EDGE (e, ei, bb->succs)
	if (!(e->flags & EDGE_ABNORMAL))
	  next = next ? bb : e->dest;
      if (next && next != bb)
	start[bb->index] = nonzero_successor (next, gimple_call_lhs (c), 0);
    }
  /* A longjmp lands on a receiver, which goes on at its start.  */
  auto visit = [&] (basic_block b) {
    if (!again[b->index])
      {
	again[b->index] = 1;
	work.safe_push (b);
      }
  };
  auto land = [&] (basic_block r) {
    if (start[r->index])
      visit (start[r->index]);
    else
      {
	edge e;
	edge_iterator ei;
	FOR_EACH_EDGE (e, ei, r->succs)
	  visit (e->dest);
      }
  };
  FOR_EACH_BB_FN (bb, fun)
    if (receiver[bb->index])
      land (bb);
  while (!work.is_empty ())
    {
      bb = work.pop ();
      edge e;
      edge_iterator ei;
      FOR_EACH_EDGE (e, ei, bb->succs)
	if ((e->flags & EDGE_ABNORMAL) && receiver[e->dest->index])
	  land (e->dest);
	else
	  visit (e->dest);
    }
  /* Blocks on a cycle that does not go through a longjmp's landing: a
     block that can reach itself without such an edge.  */
  FOR_EACH_BB_FN (bb, fun)
    {
      if (!irreducible[bb->index])
	continue;
      auto_vec<char> seen;
      seen.safe_grow_cleared (n);
      work.truncate (0);
      work.safe_push (bb);
      bool found = false;
      while (!work.is_empty () && !found)
	{
	  basic_block b = work.pop ();
	  edge e;
	  edge_iterator ei;
	  FOR_EACH_EDGE (e, ei, b->succs)
	    {
	      if ((e->flags & EDGE_ABNORMAL) && receiver[e->dest->index])
		continue;
	      if (e->dest == bb)
		found = true;
	      else if (!seen[e->dest->index])
		{
		  seen[e->dest->index] = 1;
		  work.safe_push (e->dest);
		}
	    }
	}
      cyclic[bb->index] = found;
    }
  FOR_EACH_BB_FN (bb, fun)
    if (irreducible[bb->index] && !again[bb->index] && !cyclic[bb->index])
      irreducible[bb->index] = 0;
}

/* Blocks that run only when a pointer a call returned is NULL (the
   failure path of an allocation, of fopen...): what they call can only
   re-enter the function if that call fails again at each level.  */
void
builder::mark_failing ()
{
  int n = last_basic_block_for_fn (fun);
  failing.safe_grow_cleared (n);
  bool had_dom = dom_info_available_p (fun, CDI_DOMINATORS);
  if (!had_dom)
    calculate_dominance_info (CDI_DOMINATORS);
  auto_sbitmap fail (n);
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator si = gsi_start_bb (bb); !gsi_end_p (si);
	 gsi_next (&si))
      {
	gcall *c = dyn_cast<gcall *> (gsi_stmt (si));
	tree lhs = c ? gimple_call_lhs (c) : NULL_TREE;
	if (!lhs || TREE_CODE (lhs) != SSA_NAME
	    || !POINTER_TYPE_P (TREE_TYPE (lhs)))
	  continue;
	esc_failure_blocks (fun, lhs, fail);
	for (int i = 0; i < n; i++)
	  if (bitmap_bit_p (fail, i))
	    failing[i] = 1;
      }
  if (!had_dom)
    free_dominance_info (fun, CDI_DOMINATORS);
}

} // namespace esc_build

namespace esc_build {

/* Constants of the SSA names folded so far, by version (NULL: unknown),
   for GCC's folder, which takes a plain function.  */
static vec<tree> *dead_values;

static tree
dead_valueize (tree t)
{
  if (TREE_CODE (t) == SSA_NAME && SSA_NAME_VERSION (t) < dead_values->length ())
    if (tree v = (*dead_values)[SSA_NAME_VERSION (t)])
      return v;
  return t;
}

/* Blocks no execution reaches: behind a test GCC's own folder decides
   from constants (`if (0)`, a `static const int debug = 0`, a field of
   a constant table), which the pass sees because it runs before constant
   propagation, at -O0 always.  Folding a load asks ctor_for_folding,
   which refuses what may change (volatile, weak, objects without an
   initializer here) and folds what GCC's optimizers fold too (a public
   const under -fPIC).  Only tests are decided, and only names whose one
   definition folds to a constant, so a block left out never runs,
   whatever the analysis concludes about the others.  */
void
builder::mark_dead ()
{
  int n = last_basic_block_for_fn (fun);
  dead.safe_grow_cleared (n);
  if (n_basic_blocks_for_fn (fun) <= NUM_FIXED_BLOCKS + 1)
    return;
  auto_vec<tree> values;
  values.safe_grow_cleared (num_ssa_names);
  dead_values = &values;
  int *rpo = XNEWVEC (int, n_basic_blocks_for_fn (fun));
  int nrpo = pre_and_rev_post_order_compute_fn (fun, NULL, rpo, false);
  hash_set<edge> never;
  for (int i = 0; i < nrpo; i++)
    {
      basic_block bb = BASIC_BLOCK_FOR_FN (fun, rpo[i]);
      for (gimple_stmt_iterator si = gsi_start_bb (bb); !gsi_end_p (si);
	   gsi_next (&si))
	{
	  gimple *s = gsi_stmt (si);
	  tree lhs = gimple_get_lhs (s);
	  if (is_gimple_assign (s) && lhs && TREE_CODE (lhs) == SSA_NAME
	      && !gimple_has_volatile_ops (s))
	    {
	      tree v = gimple_fold_stmt_to_constant_1 (s, dead_valueize,
						       dead_valueize);
	      if (v && TREE_CODE (v) == INTEGER_CST)
		values[SSA_NAME_VERSION (lhs)] = v;
	    }
	}
      gimple *last = last_stmt (bb);
      tree val = NULL_TREE;
      if (gcond *c = last ? dyn_cast<gcond *> (last) : NULL)
	val = fold_binary (gimple_cond_code (c), boolean_type_node,
			   dead_valueize (gimple_cond_lhs (c)),
			   dead_valueize (gimple_cond_rhs (c)));
      else if (gswitch *sw = last ? dyn_cast<gswitch *> (last) : NULL)
	val = dead_valueize (gimple_switch_index (sw));
      if (!val || TREE_CODE (val) != INTEGER_CST)
	continue;
      edge taken = find_taken_edge (bb, val);
      if (!taken)
	continue;
      edge e;
      edge_iterator ei;
      FOR_EACH_EDGE (e, ei, bb->succs)
	if (e != taken && !(e->flags & (EDGE_EH | EDGE_ABNORMAL)))
	  never.add (e);
    }
  free (rpo);
  dead_values = NULL;
  if (never.is_empty ())
    return;
  /* What the remaining edges reach runs; the rest never does.  */
  auto_vec<basic_block> work;
  auto_vec<char> reached;
  reached.safe_grow_cleared (n);
  reached[ENTRY_BLOCK_PTR_FOR_FN (fun)->index] = 1;
  work.safe_push (ENTRY_BLOCK_PTR_FOR_FN (fun));
  while (!work.is_empty ())
    {
      basic_block b = work.pop ();
      edge e;
      edge_iterator ei;
      FOR_EACH_EDGE (e, ei, b->succs)
	if (!never.contains (e) && !reached[e->dest->index])
	  {
	    reached[e->dest->index] = 1;
	    work.safe_push (e->dest);
	  }
    }
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    dead[bb->index] = !reached[bb->index];
}

} // namespace esc_build
