/* pool-free-loops.cc - skipping a loop that only frees pool objects.

   A list built in a loop gets a pool (core/transform.h); the walk that
   frees it,
       while (head) { next = head->next; free (head); head = next; }
   has its frees guarded (each tests "inside the pool") but still runs
   over every node.  When every object those frees may receive comes from
   pools of constant size (esc_free_action.pool_only), none of which has
   handed out its last slot, every such object is a slot and the frees
   free nothing: a loop that does nothing else, and leaves no value the
   code after it uses, is skipped.  Its preheader gets the test
       if (used_1 < count_1 && ...) goto <after the loop>;
   Such a loop terminates when it runs (C11 6.8.5p6: it does no I/O, no
   volatile or atomic access), so skipping it changes nothing else.  */

#include "../core/lattice.h"
#include "../core/summary.h"
#include "../core/transform.h"
#include "../plugin/gcc-headers.h"
#include "build-graph.h"
#include "functions.h"
#include "transform.h"
#include "cfghooks.h"
#include "cfgloop.h"

namespace {

/* Is V a local variable of the current function's frame, one a store
   may go into that is seen again only by name or through pointers
   while it lives?  */
bool
local_var_p (tree v)
{
  return VAR_P (v) && !TREE_STATIC (v) && !DECL_EXTERNAL (v)
	 && !TREE_THIS_VOLATILE (v) && !DECL_HARD_REGISTER (v)
	 && DECL_CONTEXT (v) == current_function_decl;
}

/* Is local V dead from the start of BB on: its life ends (its clobber,
   or the function's return) before any statement that may read memory,
   on the one path from BB, following single successors?  */
bool
dead_after (tree v, basic_block bb)
{
  for (int steps = 0; steps < 64; steps++)
    {
      for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	   gsi_next (&gsi))
	{
	  gimple *s = gsi_stmt (gsi);
	  if (is_gimple_debug (s) || gimple_code (s) == GIMPLE_LABEL
	      || gimple_code (s) == GIMPLE_NOP)
	    continue;
	  if (esc_life_end (s) == v)
	    return true;
	  /* Another local's clobber or ASan mark changes only its own
	     bytes or their shadow.  */
	  if (gimple_clobber_p (s) || gimple_call_internal_p (s, IFN_ASAN_MARK))
	    continue;
	  if (greturn *r = dyn_cast<greturn *> (s))
	    {
	      tree x = gimple_return_retval (r);
	      return !x || TREE_CODE (x) == SSA_NAME || CONSTANT_CLASS_P (x);
	    }
	  if (gimple_vuse (s) || gimple_vdef (s)
	      || gimple_code (s) != GIMPLE_ASSIGN)
	    return false;
	}
      if (!single_succ_p (bb)
	  || (single_succ_edge (bb)->flags & (EDGE_ABNORMAL | EDGE_EH)))
	return false;
      bb = single_succ (bb);
      if (bb == EXIT_BLOCK_PTR_FOR_FN (cfun))
	return false;
    }
  return false;
}

/* Is S a statement a skipped loop may hold: control flow, a computation
   or load with no side effect that cannot trap into a handler, or one of
   the frees FREES?  */
bool
skippable (gimple *s, hash_set<gimple *> &frees)
{
  switch (gimple_code (s))
    {
    case GIMPLE_DEBUG:
    case GIMPLE_LABEL:
    case GIMPLE_NOP:
    case GIMPLE_PREDICT:
    case GIMPLE_COND:
    case GIMPLE_SWITCH:
      return true;
    case GIMPLE_ASSIGN:
      if (gimple_has_volatile_ops (s) || stmt_could_throw_p (cfun, s))
	return false;
      if (!gimple_vdef (s))
	return TREE_CODE (gimple_assign_lhs (s)) == SSA_NAME;
      /* A store into a local of the frame ("head = next" where head's
	 address was taken), checked dead after the loop (dead_after).  */
      return local_var_p (gimple_assign_lhs (s));
    case GIMPLE_CALL:
      return frees.contains (s);
    default:
      return false;
    }
}

/* Is NAME (a real SSA name) used outside LOOP, other than by debug
   statements?  */
bool
used_outside (class loop *loop, tree name)
{
  imm_use_iterator it;
  gimple *use;
  FOR_EACH_IMM_USE_STMT (use, it, name)
    if (!is_gimple_debug (use)
	&& !flow_bb_inside_loop_p (loop, gimple_bb (use)))
      return true;
  return false;
}

/* Can LOOP be skipped: every statement skippable, one way in from
   outside (*PRE) and one way out (*EXIT), no value of it used after?  */
bool
free_only (class loop *loop, basic_block *body, hash_set<gimple *> &frees,
	   edge *pre, edge *exit)
{
  *pre = *exit = NULL;
  unsigned n = loop->num_nodes;
  bool ok = true;
  for (unsigned i = 0; i < n && ok; i++)
    {
      basic_block bb = body[i];
      if (bb->flags & BB_IRREDUCIBLE_LOOP)
	ok = false;
      edge e;
      edge_iterator ei;
      FOR_EACH_EDGE (e, ei, bb->succs)
	if (!flow_bb_inside_loop_p (loop, e->dest))
	  {
	    if (*exit || (e->flags & (EDGE_ABNORMAL | EDGE_EH)))
	      ok = false;
	    *exit = e;
	  }
      if (bb == loop->header)
	FOR_EACH_EDGE (e, ei, bb->preds)
	  if (!flow_bb_inside_loop_p (loop, e->src))
	    {
	      if (*pre || (e->flags & (EDGE_ABNORMAL | EDGE_EH)))
		ok = false;
	      *pre = e;
	    }
      for (gphi_iterator pi = gsi_start_phis (bb); ok && !gsi_end_p (pi);
	   gsi_next (&pi))
	{
	  tree r = gimple_phi_result (pi.phi ());
	  ok = virtual_operand_p (r) || !used_outside (loop, r);
	}
      for (gimple_stmt_iterator gsi = gsi_start_bb (bb);
	   ok && !gsi_end_p (gsi); gsi_next (&gsi))
	{
	  gimple *s = gsi_stmt (gsi);
	  tree lhs = gimple_get_lhs (s);
	  ok = skippable (s, frees)
	       && !(lhs && TREE_CODE (lhs) == SSA_NAME
		    && used_outside (loop, lhs));
	}
    }
  /* Its stores into locals leave nothing the code after it reads.  */
  for (unsigned i = 0; i < n && ok && *exit; i++)
    for (gimple_stmt_iterator gsi = gsi_start_bb (body[i]);
	 ok && !gsi_end_p (gsi); gsi_next (&gsi))
      if (is_gimple_assign (gsi_stmt (gsi)) && gimple_vdef (gsi_stmt (gsi)))
	ok = dead_after (gimple_assign_lhs (gsi_stmt (gsi)), (*exit)->dest);
  return ok && *pre && *exit;
}

/* Are A and B the same value: the same name, or loads of the same
   variable with no store between them (the same virtual operand), as
   "while (head)" and "free (head)" are before GCC numbers values?  */
bool
same_value (tree a, tree b)
{
  if (a == b)
    return true;
  if (TREE_CODE (a) != SSA_NAME || TREE_CODE (b) != SSA_NAME)
    return false;
  gassign *da = dyn_cast<gassign *> (SSA_NAME_DEF_STMT (a));
  gassign *db = dyn_cast<gassign *> (SSA_NAME_DEF_STMT (b));
  return da && db && gimple_assign_single_p (da) && gimple_assign_single_p (db)
	 && VAR_P (gimple_assign_rhs1 (da))
	 && gimple_assign_rhs1 (da) == gimple_assign_rhs1 (db)
	 && !gimple_has_volatile_ops (da) && !gimple_has_volatile_ops (db)
	 && gimple_vuse (da) && gimple_vuse (da) == gimple_vuse (db);
}

/* Does every run of LOOP's body end, back at its header or out of the
   loop: no cycle in it but through the header (no inner loop, natural or
   not)?  Else one iteration could spin for ever, which a loop whose
   test is a constant may (adversarial finding: "for (;;) if (!hang)
   break;" inside the walk).  */
bool
body_acyclic (class loop *loop, basic_block *body)
{
  unsigned n = loop->num_nodes;
  /* Kahn's sort over the body's edges, those into the header left out.  */
  hash_map<int_hash<int, -1, -2>, int> preds;
  for (unsigned i = 0; i < n; i++)
    preds.put (body[i]->index, 0);
  for (unsigned i = 0; i < n; i++)
    {
      edge e;
      edge_iterator ei;
      FOR_EACH_EDGE (e, ei, body[i]->succs)
	if (e->dest != loop->header && flow_bb_inside_loop_p (loop, e->dest))
	  (*preds.get (e->dest->index))++;
    }
  auto_vec<basic_block> ready;
  for (unsigned i = 0; i < n; i++)
    if (*preds.get (body[i]->index) == 0)
      ready.safe_push (body[i]);
  unsigned sorted = 0;
  while (!ready.is_empty ())
    {
      basic_block bb = ready.pop ();
      sorted++;
      edge e;
      edge_iterator ei;
      FOR_EACH_EDGE (e, ei, bb->succs)
	if (e->dest != loop->header && flow_bb_inside_loop_p (loop, e->dest)
	    && --*preds.get (e->dest->index) == 0)
	  ready.safe_push (e->dest);
    }
  return sorted == n;
}

/* Does every iteration of LOOP free a pointer known not to be null,
   with one of FREES: a free whose block every iteration runs through
   (it dominates the latch), of the value a test of the loop sent only
   non-null values to?  Then a run of the loop with fewer objects than
   iterations frees one twice: while the pools have room, its objects
   are fewer than their slots, so a program with defined behaviour runs
   it a bounded number of times, and skipping it cannot turn a loop that
   never ends into one that does.  */
bool
frees_each_iteration (class loop *loop, basic_block *body,
		      hash_set<gimple *> &frees)
{
  if (!loop->latch)
    return false;
  bool found = false;
  for (unsigned i = 0; i < loop->num_nodes && !found; i++)
    {
      gcond *c = safe_dyn_cast<gcond *> (last_stmt (body[i]));
      enum tree_code code = c ? gimple_cond_code (c) : ERROR_MARK;
      if (!c || (code != NE_EXPR && code != EQ_EXPR)
	  || !integer_zerop (gimple_cond_rhs (c))
	  || TREE_CODE (gimple_cond_lhs (c)) != SSA_NAME)
	continue;
      tree p = gimple_cond_lhs (c);
      edge t, f;
      extract_true_false_edges_from_block (body[i], &t, &f);
      edge nonnull = code == NE_EXPR ? t : f;
      if (!single_pred_p (nonnull->dest))
	continue;
      for (unsigned j = 0; j < loop->num_nodes && !found; j++)
	for (gimple_stmt_iterator gsi = gsi_start_bb (body[j]);
	     !gsi_end_p (gsi) && !found; gsi_next (&gsi))
	  {
	    gcall *fc = dyn_cast<gcall *> (gsi_stmt (gsi));
	    found = fc && frees.contains (fc) && gimple_call_num_args (fc) == 1
		    && same_value (gimple_call_arg (fc, 0), p)
		    && dominated_by_p (CDI_DOMINATORS, body[j], nonnull->dest)
		    && dominated_by_p (CDI_DOMINATORS, loop->latch, body[j]);
	  }
    }
  return found;
}

/* Skip LOOP (free_only) when TEST (a boolean computed in SEQ) holds.  */
void
skip_when (class loop *loop, edge pre, edge exit, gimple_seq seq, tree test)
{
  location_t loc = UNKNOWN_LOCATION;
  if (gimple *last = last_stmt (exit->src))
    loc = gimple_location (last);
  basic_block header = loop->header;
  basic_block bb = split_edge (pre);
  edge into = single_succ_edge (bb);
  gimple_stmt_iterator gsi = gsi_last_bb (bb);
  gsi_insert_seq_after (&gsi, seq, GSI_CONTINUE_LINKING);
  gcond *c = gimple_build_cond (NE_EXPR, test, boolean_false_node, NULL_TREE,
				NULL_TREE);
  gimple_set_location (c, loc);
  gsi = gsi_last_bb (bb);
  gsi_insert_after (&gsi, c, GSI_NEW_STMT);
  into->flags = (into->flags & ~EDGE_FALLTHRU) | EDGE_FALSE_VALUE;
  edge skip = make_edge (bb, exit->dest, EDGE_TRUE_VALUE);
  skip->probability = profile_probability::likely ();
  into->probability = skip->probability.invert ();
  /* After the loop, each value is as the loop's exit brings it: from
     before the loop (free_only); memory as it enters the loop (the
     skipped frees would not have changed it).  */
  for (gphi_iterator pi = gsi_start_phis (exit->dest); !gsi_end_p (pi);
       gsi_next (&pi))
    {
      gphi *phi = pi.phi ();
      tree arg = PHI_ARG_DEF_FROM_EDGE (phi, exit);
      if (virtual_operand_p (gimple_phi_result (phi)))
	for (gphi_iterator hi = gsi_start_phis (header); !gsi_end_p (hi);
	     gsi_next (&hi))
	  if (virtual_operand_p (gimple_phi_result (hi.phi ())))
	    arg = PHI_ARG_DEF_FROM_EDGE (hi.phi (), into);
      add_phi_arg (phi, arg, skip, gimple_phi_arg_location_from_edge (phi,
								      exit));
    }
}

} // namespace

bool
esc_skip_pool_free_loops (const vec<esc_pool_free> &frees)
{
  /* After a longjmp the pools' counters (locals) may hold what they held
     at the setjmp, fewer slots than were handed out (adversarial
     finding: a spilled list's walk was skipped, and leaked).  */
  if (!current_loops || frees.is_empty () || cfun->calls_setjmp)
    return false;
  hash_set<gimple *> calls;
  for (const esc_pool_free &pf : frees)
    calls.add (pf.call);
  /* The sites' rewrite split blocks: the loops' bodies are walked by
     dominance.  */
  free_dominance_info (CDI_DOMINATORS);
  calculate_dominance_info (CDI_DOMINATORS);
  hash_set<int_hash<int, -1, -2> > done;
  bool changed = false;
  for (const esc_pool_free &pf : frees)
    {
      basic_block bb = gimple_bb (pf.call);
      class loop *loop = bb ? bb->loop_father : NULL;
      if (!loop || !loop_outer (loop) || done.add (loop->num))
	continue;
      edge pre, exit;
      if (loop->inner)
	continue;
      basic_block *body = get_loop_body (loop);
      bool skip = body_acyclic (loop, body)
		  && free_only (loop, body, calls, &pre, &exit)
		  && frees_each_iteration (loop, body, calls);
      free (body);
      if (!skip)
	continue;
      /* Every pool any free of the loop may hand a slot to has room.  */
      gimple_seq seq = NULL;
      tree test = NULL_TREE;
      hash_set<tree> seen;
      for (const esc_pool_free &other : frees)
	if (gimple_bb (other.call)
	    && flow_bb_inside_loop_p (loop, gimple_bb (other.call)))
	  for (const esc_pool_test &pt : other.pools)
	    if (!seen.add (pt.used))
	      {
		tree u = make_ssa_name (TREE_TYPE (pt.used));
		gimple_seq_add_stmt (&seq, gimple_build_assign (u, pt.used));
		tree room = gimple_build (&seq, LT_EXPR, boolean_type_node, u,
					  build_int_cst (TREE_TYPE (u),
							 pt.count));
		test = test ? gimple_build (&seq, BIT_AND_EXPR,
					    boolean_type_node, test, room)
		  : room;
	      }
      if (!test)
	continue;
      if (dump_file)
	{
	  /* The loop's test, else the free.  */
	  gimple *at = last_stmt (loop->header);
	  location_t loc = at && gimple_location (at) != UNKNOWN_LOCATION
	    ? gimple_location (at) : gimple_location (pf.call);
	  fprintf (dump_file, "%s: the loop at line %d only frees objects of "
		   "pools, skipped while they have room\n",
		   fndecl_name (current_function_decl), LOCATION_LINE (loc));
	}
      skip_when (loop, pre, exit, seq, test);
      changed = true;
      free_dominance_info (CDI_DOMINATORS);
      calculate_dominance_info (CDI_DOMINATORS);
    }
  free_dominance_info (CDI_DOMINATORS);
  return changed;
}
