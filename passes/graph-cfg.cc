/* graph-cfg.cc - the control flow the graph needs: which blocks lie in
   irreducible loops (setjmp's returns included only where they can run
   again), and which never run.  */

#include "../core/lattice.h"
#include "../core/allocators.h"
#include "../core/summary.h"
#include "../core/transform.h"
#include "../plugin/escape-plugin.h"
#include "../plugin/gcc-headers.h"
#include "asan.h"
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
  auto_vec<std::pair<gimple *, std::pair<edge, tree> > > decided;
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
      decided.safe_push (std::make_pair (last, std::make_pair (taken, val)));
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
  /* The transform puts objects on the stack that such a block may still
     free (at -O0 GCC keeps it, and warns about a free of stack memory):
     there the tests become constants, and the CFG cleanup after this pass
     deletes the blocks, as constant propagation does when optimising.
     Only with the transform: a report leaves the code alone.  */
  if (!escape_options.transform)
    return;
  for (const auto &d : decided)
    {
      if (gcond *c = dyn_cast<gcond *> (d.first))
	{
	  if (d.second.first->flags & EDGE_TRUE_VALUE)
	    gimple_cond_make_true (c);
	  else
	    gimple_cond_make_false (c);
	}
      else
	{
	  gswitch *sw = as_a<gswitch *> (d.first);
	  gimple_switch_set_index (sw, d.second.second);
	}
      update_stmt (d.first);
      out->dead_folded = true;
    }
}


/* Record, for each local of the function in memory, the last thing each
   block does to it: R, a reference (its value or its address), or C, the
   end of its life (the clobber GIMPLE puts at every exit of its scope),
   c if references come before that clobber.  */
static tree
note_local_ref (tree *t, int *walk_subtrees, void *data)
{
  if (TYPE_P (*t))
    *walk_subtrees = 0;
  else if (VAR_P (*t))
    ((auto_vec<tree> *) data)->safe_push (*t);
  return NULL_TREE;
}

void
builder::note_local_event (tree decl, basic_block bb, char ev, bool at_end)
{
  if (!VAR_P (decl) || is_global_var (decl) || DECL_CONTEXT (decl) != fun->decl)
    return;
  local_events *&e = locals.get_or_insert (decl);
  if (!e)
    e = new local_events ();
  if (irreducible[bb->index])
    e->irregular = true;
  /* Statements come block by block, in order, so a block's entry is the
     last one; PHI arguments (AT_END) come after all statements.  */
  for (unsigned i = e->blocks.length (); i-- > 0;)
    if (e->blocks[i].first == bb->index)
      {
	gcc_checking_assert (at_end || i == e->blocks.length () - 1);
	/* 'c': a clobber after references in the same block.  */
	e->blocks[i].second = ev == 'C' && e->blocks[i].second != 'C' ? 'c' : ev;
	return;
      }
  e->blocks.safe_push (std::make_pair (bb->index, ev));
}

void
builder::scan_locals ()
{
  locals_scanned = true;
  basic_block bb;
  auto_vec<tree> found;
  FOR_EACH_BB_FN (bb, fun)
    {
      for (gimple_stmt_iterator si = gsi_start_bb (bb); !gsi_end_p (si);
	   gsi_next (&si))
	{
	  gimple *s = gsi_stmt (si);
	  if (is_gimple_debug (s))
	    continue;
	  if (tree v = esc_life_end (s))
	    {
	      note_local_event (v, bb, 'C', false);
	      continue;
	    }
	  /* Another ASan mark (a scope's start unpoisons the local) neither
	     reads nor writes it.  */
	  if (gimple_call_internal_p (s, IFN_ASAN_MARK))
	    continue;
	  found.truncate (0);
	  for (unsigned k = 0; k < gimple_num_ops (s); k++)
	    if (gimple_op (s, k))
	      walk_tree (gimple_op_ptr (s, k), note_local_ref, &found, NULL);
	  for (tree d : found)
	    note_local_event (d, bb, 'R', false);
	}
    }
  /* A PHI's argument is used at the end of its edge's source: after
     every statement there.  */
  FOR_EACH_BB_FN (bb, fun)
    {
      for (gphi_iterator pi = gsi_start_phis (bb); !gsi_end_p (pi);
	   gsi_next (&pi))
	for (unsigned k = 0; k < gimple_phi_num_args (pi.phi ()); k++)
	  {
	    found.truncate (0);
	    walk_tree (gimple_phi_arg_def_ptr (pi.phi (), k), note_local_ref,
		       &found, NULL);
	    for (tree d : found)
	      note_local_event (d, gimple_phi_arg_edge (pi.phi (), k)->src,
				'R', true);
	  }
    }
}

/* The loop depth local E may have for Go's loop rule, *BUDGET blocks
   visited at most (then 0).  Its value is live at the end of a block
   that refers to it last, and from there on until a block that ends its
   life (C ends it at the end of its scope; an access through a pointer
   after that is undefined).  An object allocated in a loop and stored
   into the local is gone from it before that loop's header runs again
   if the local is not live there: so every loop up to the depth given
   has a header where it is dead, and a loop deeper than that, whose
   objects it would carry into the next iteration, is deeper than the
   local.  */
static int
depth_by_lifetime (function *fun, const local_events *e, int *budget)
{
  int n = last_basic_block_for_fn (fun);
  hash_map<int_hash<int, -1, -2>, char> last;
  for (const std::pair<int, char> &b : e->blocks)
    last.put (b.first, b.second);
  auto_sbitmap live_out (n);
  bitmap_clear (live_out);
  auto_vec<basic_block> work;
  for (const std::pair<int, char> &b : e->blocks)
    if (b.second == 'R')
      {
	bitmap_set_bit (live_out, b.first);
	work.safe_push (BASIC_BLOCK_FOR_FN (fun, b.first));
      }
  while (!work.is_empty ())
    {
      basic_block b = work.pop ();
      edge x;
      edge_iterator ei;
      FOR_EACH_EDGE (x, ei, b->succs)
	if (x->dest->index >= NUM_FIXED_BLOCKS && !last.get (x->dest->index)
	    && !bitmap_bit_p (live_out, x->dest->index))
	  {
	    if (--*budget < 0)
	      return 0;
	    bitmap_set_bit (live_out, x->dest->index);
	    work.safe_push (x->dest);
	  }
    }
  int depth = INT_MAX, deepest = 0;
  for (class loop *l : loops_list (fun, 0))
    {
      int d = loop_depth (l);
      if (d > deepest)
	deepest = d;
      edge x;
      edge_iterator ei;
      FOR_EACH_EDGE (x, ei, l->header->preds)
	if (bitmap_bit_p (live_out, x->src->index) && d - 1 < depth)
	  depth = d - 1;
    }
  return depth < deepest ? depth : deepest;
}

/* The loop depth of local DECL, in memory, for Go's loop rule:
   depth_by_lifetime, so a struct or array declared in a loop's body
   counts as declared there; 0, as if declared outside every loop, where
   that cannot be told.  */
int
builder::local_depth (tree decl)
{
  if (!loops_for_fn (fun) || number_of_loops (fun) <= 1 || fun->calls_setjmp
      || fun->has_nonlocal_label || TREE_THIS_VOLATILE (decl))
    return 0;
  if (!locals_scanned)
    scan_locals ();
  local_events **pe = locals.get (decl);
  const local_events *e = pe ? *pe : NULL;
  if (!e || e->irregular || e->blocks.is_empty ())
    return 0;
  return depth_by_lifetime (fun, e, &local_budget);
}

} // namespace esc_build

tree
esc_life_end (gimple *s)
{
  if (gimple_clobber_p (s, CLOBBER_EOL) && VAR_P (gimple_assign_lhs (s)))
    return gimple_assign_lhs (s);
  if (gimple_call_internal_p (s, IFN_ASAN_MARK))
    {
      tree addr = gimple_call_arg (s, 1);
      if (TREE_CODE (addr) == ADDR_EXPR && VAR_P (TREE_OPERAND (addr, 0))
	  && tree_fits_shwi_p (gimple_call_arg (s, 0))
	  && tree_to_shwi (gimple_call_arg (s, 0)) == ASAN_MARK_POISON)
	return TREE_OPERAND (addr, 0);
    }
  return NULL_TREE;
}
