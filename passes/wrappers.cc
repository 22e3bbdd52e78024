/* wrappers.cc - is a function an allocator or a deallocator to its
   callers?

   An allocator wrapper ("xmalloc", "tcc_malloc") makes one allocation and
   returns it, after at most a check that it failed; a deallocator wrapper
   frees a parameter and does nothing else.  Their calls can then be
   allocation sites and frees in the caller, which is what makes the
   analysis useful on real code, where nobody calls malloc directly.

   This file only reads the body's shape; whether the one call is really an
   allocation (a wrapper of a wrapper) is decided with the callee's summary
   when the function is solved (summarize-pass.cc).  The shape is strict,
   because the transform replaces a wrapper's call by a stack slot: the
   call's every other effect would be lost.  So outside the failure path
   the body may only compute registers (no stores, no volatile access, no
   asm, no other call), and it must return the allocation's result.  The
   failure path is what runs only when the allocation returned NULL (the
   blocks dominated by the NULL outcome of a test of the result): a stack
   slot never fails, so it never runs.  */

#include "../core/lattice.h"
#include "../core/allocators.h"
#include "../core/summary.h"
#include "../core/transform.h"
#include "../plugin/escape-plugin.h"
#include "../plugin/gcc-headers.h"
#include "build-graph.h"
#include "functions.h"

namespace {

/* Does converting a value of type FROM to type TO keep it, for every
   value a pointer or a non-negative size can have?  Widening does; a
   conversion between pointers does; unsigned to signed of the same width
   does not (200 as unsigned char is -56 as signed char).  */
bool
keeps_value (tree to, tree from)
{
  if (POINTER_TYPE_P (to) && POINTER_TYPE_P (from))
    return true;
  if (!INTEGRAL_TYPE_P (to) && !POINTER_TYPE_P (to))
    return false;
  if (!INTEGRAL_TYPE_P (from) && !POINTER_TYPE_P (from))
    return false;
  unsigned pt = TYPE_PRECISION (to), pf = TYPE_PRECISION (from);
  if (pt > pf)
    return true;
  return pt == pf && (TYPE_UNSIGNED (to) || !TYPE_UNSIGNED (from)
		      || POINTER_TYPE_P (from));
}

/* The index of the parameter whose incoming value OP is (through copies
   and conversions that keep the value), or -1.  */
int
param_of (tree op, int depth)
{
  if (TREE_CODE (op) != SSA_NAME || depth > 8)
    return -1;
  if (SSA_NAME_IS_DEFAULT_DEF (op))
    {
      tree v = SSA_NAME_VAR (op);
      if (!v || TREE_CODE (v) != PARM_DECL)
	return -1;
      int i = 0;
      for (tree p = DECL_ARGUMENTS (current_function_decl); p;
	   p = DECL_CHAIN (p), i++)
	if (p == v)
	  return i;
      return -1;
    }
  gimple *def = SSA_NAME_DEF_STMT (op);
  if (!is_gimple_assign (def))
    return -1;
  tree rhs = gimple_assign_rhs1 (def);
  if (gimple_assign_single_p (def) && TREE_CODE (rhs) == SSA_NAME)
    return param_of (rhs, depth + 1);
  if (CONVERT_EXPR_CODE_P (gimple_assign_rhs_code (def))
      && POINTER_TYPE_P (TREE_TYPE (rhs)) == POINTER_TYPE_P (TREE_TYPE (op))
      && keeps_value (TREE_TYPE (op), TREE_TYPE (rhs)))
    return param_of (rhs, depth + 1);
  return -1;
}

/* OP as "the larger of a parameter and a constant" (esc_size_expr), from
   parameters, non-negative constants, value-keeping conversions and PHIs
   of those; false if it is anything else.  A name already SEEN adds
   nothing (any failure fails the whole walk), so each is walked once.  */
static bool
size_of (tree op, esc_size_expr *e, int depth, hash_set<tree> &seen)
{
  if (depth > 8)
    return false;
  if (TREE_CODE (op) == INTEGER_CST)
    {
      if (tree_int_cst_sgn (op) < 0 || !tree_fits_shwi_p (op))
	return false;
      long long k = tree_to_shwi (op);
      if (k > e->konst)
	e->konst = k;
      return true;
    }
  if (TREE_CODE (op) != SSA_NAME || !INTEGRAL_TYPE_P (TREE_TYPE (op)))
    return false;
  if (SSA_NAME_IS_DEFAULT_DEF (op))
    {
      int p = param_of (op, 0);
      if (p < 0 || (e->param >= 0 && e->param != p))
	return false;
      e->param = p;
      return true;
    }
  if (seen.add (op))
    return true;
  gimple *def = SSA_NAME_DEF_STMT (op);
  if (gphi *phi = dyn_cast<gphi *> (def))
    {
      for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
	if (!size_of (gimple_phi_arg_def (phi, i), e, depth + 1, seen))
	  return false;
      return true;
    }
  if (!is_gimple_assign (def))
    return false;
  tree rhs = gimple_assign_rhs1 (def);
  if (gimple_assign_single_p (def))
    return size_of (rhs, e, depth + 1, seen);
  /* Widening keeps every non-negative value; callers' constants are
     checked non-negative at their own type.  */
  if (CONVERT_EXPR_CODE_P (gimple_assign_rhs_code (def))
      && INTEGRAL_TYPE_P (TREE_TYPE (rhs))
      && keeps_value (TREE_TYPE (op), TREE_TYPE (rhs)))
    return size_of (rhs, e, depth + 1, seen);
  return false;
}

/* Calls that have no effect: hints to the optimiser.  */
bool
harmless_call (gcall *s)
{
  /* .DEFERRED_INIT (-ftrivial-auto-var-init) fills the function's own
     locals.  */
  if (gimple_call_internal_p (s))
    return gimple_call_internal_fn (s) == IFN_BUILTIN_EXPECT
	   || gimple_call_internal_fn (s) == IFN_DEFERRED_INIT;
  tree fn = gimple_call_fndecl (s);
  return fn && (fndecl_built_in_p (fn, BUILT_IN_EXPECT)
		|| fndecl_built_in_p (fn, BUILT_IN_EXPECT_WITH_PROBABILITY)
		|| fndecl_built_in_p (fn, BUILT_IN_CONSTANT_P));
}

/* A statement that computes registers only (or marks a variable dead).  */
bool
register_only (gimple *s)
{
  if (gimple_has_volatile_ops (s))
    return false;
  switch (gimple_code (s))
    {
    case GIMPLE_COND:
    case GIMPLE_LABEL:
    case GIMPLE_DEBUG:
    case GIMPLE_NOP:
    case GIMPLE_PREDICT:
    case GIMPLE_RETURN:
    case GIMPLE_GOTO:
    case GIMPLE_SWITCH:
      return true;
    case GIMPLE_ASSIGN:
      return gimple_clobber_p (s)
	     || TREE_CODE (gimple_assign_lhs (s)) == SSA_NAME;
    case GIMPLE_CALL:
      return harmless_call (as_a<gcall *> (s));
    default:
      return false;
    }
}

/* Is OP the value R (through copies and conversions)?  */
bool
is_value (tree op, tree r, int depth)
{
  if (op == r)
    return true;
  if (TREE_CODE (op) != SSA_NAME || depth > 8)
    return false;
  gimple *def = SSA_NAME_DEF_STMT (op);
  if (!is_gimple_assign (def))
    return false;
  tree a = gimple_assign_rhs1 (def);
  if (gimple_assign_single_p (def)
      || (CONVERT_EXPR_CODE_P (gimple_assign_rhs_code (def))
	  && keeps_value (TREE_TYPE (op), TREE_TYPE (a))))
    return is_value (a, r, depth + 1);
  return false;
}

/* Does X having truth value WHEN imply that R is NULL?  Follows the
   tests GCC makes of "!p", "p == NULL" and "!p && n" (which it evaluates
   as "(p == 0) & (n != 0)" when both sides are free of effects).  */
bool
implies_null (tree x, bool when, tree r, int depth)
{
  if (depth > 8 || TREE_CODE (x) != SSA_NAME)
    return false;
  gimple *def = SSA_NAME_DEF_STMT (x);
  /* "unlikely (!p)": __builtin_expect returns its first argument.  */
  if (gcall *c = dyn_cast<gcall *> (def))
    return harmless_call (c) && gimple_call_num_args (c) >= 1
	   && (gimple_call_internal_p (c)
	       ? gimple_call_internal_fn (c) == IFN_BUILTIN_EXPECT
	       : !fndecl_built_in_p (gimple_call_fndecl (c),
				     BUILT_IN_CONSTANT_P))
	   && implies_null (gimple_call_arg (c, 0), when, r, depth + 1);
  if (!is_gimple_assign (def))
    return false;
  enum tree_code code = gimple_assign_rhs_code (def);
  tree a = gimple_assign_rhs1 (def);
  switch (code)
    {
    case EQ_EXPR:
    case NE_EXPR:
      if (!integer_zerop (gimple_assign_rhs2 (def)))
	return false;
      if (is_value (a, r, 0))
	return when == (code == EQ_EXPR);
      /* "b != 0" is b, "b == 0" its negation.  */
      return implies_null (a, when == (code == NE_EXPR), r, depth + 1);
    case BIT_AND_EXPR:
    case TRUTH_AND_EXPR:
      return when && (implies_null (a, true, r, depth + 1)
		      || implies_null (gimple_assign_rhs2 (def), true, r,
				       depth + 1));
    case BIT_IOR_EXPR:
    case TRUTH_OR_EXPR:
      return !when && (implies_null (a, false, r, depth + 1)
		       || implies_null (gimple_assign_rhs2 (def), false, r,
					depth + 1));
    case TRUTH_NOT_EXPR:
      return implies_null (a, !when, r, depth + 1);
    case SSA_NAME:
      return implies_null (a, when, r, depth + 1);
    CASE_CONVERT:
      return INTEGRAL_TYPE_P (TREE_TYPE (a))
	     && keeps_value (TREE_TYPE (x), TREE_TYPE (a))
	     && implies_null (a, when, r, depth + 1);
    default:
      return false;
    }
}

/* Is E the only way into its destination, apart from the destination's
   own loop ("if (!p) for (;;);")?  Then E dominates what the destination
   dominates.  */
bool
only_way_in (edge e)
{
  edge p;
  edge_iterator ei;
  FOR_EACH_EDGE (p, ei, e->dest->preds)
    if (p != e && !dominated_by_p (CDI_DOMINATORS, p->src, e->dest))
      return false;
  return true;
}

/* The blocks that run only when R is NULL: those dominated by the
   outcome of a test that implies R is NULL, when that test is the
   target's only way in.  */
void
failure_blocks (function *fun, tree r, auto_sbitmap &fail)
{
  bitmap_clear (fail);
  basic_block bb;
  auto_vec<basic_block> heads;
  FOR_EACH_BB_FN (bb, fun)
    {
      gimple *last = last_stmt (bb);
      gcond *c = last ? dyn_cast<gcond *> (last) : NULL;
      if (!c || !integer_zerop (gimple_cond_rhs (c)))
	continue;
      enum tree_code code = gimple_cond_code (c);
      if (code != EQ_EXPR && code != NE_EXPR)
	continue;
      tree lhs = gimple_cond_lhs (c);
      /* Which truth value of "LHS != 0" the true edge stands for.  */
      bool true_is_nonzero = code == NE_EXPR;
      edge t, f;
      extract_true_false_edges_from_block (bb, &t, &f);
      edge null_edge = NULL;
      if (is_value (lhs, r, 0))
	null_edge = true_is_nonzero ? f : t;
      else if (implies_null (lhs, true_is_nonzero, r, 0))
	null_edge = t;
      else if (implies_null (lhs, !true_is_nonzero, r, 0))
	null_edge = f;
      if (null_edge && only_way_in (null_edge))
	heads.safe_push (null_edge->dest);
    }
  FOR_EACH_BB_FN (bb, fun)
    for (basic_block h : heads)
      if (dominated_by_p (CDI_DOMINATORS, bb, h))
	bitmap_set_bit (fail, bb->index);
}

/* Does OP (a returned value) always hold R, or NULL coming from a failure
   block?  Names already SEEN are not walked again, as in size_of.  */
static bool
returns_only (tree op, tree r, const auto_sbitmap &fail, int depth,
	      hash_set<tree> &seen)
{
  if (is_value (op, r, 0))
    return true;
  if (TREE_CODE (op) != SSA_NAME || depth > 8)
    return false;
  if (seen.add (op))
    return true;
  gimple *def = SSA_NAME_DEF_STMT (op);
  if (is_gimple_assign (def)
      && (gimple_assign_single_p (def)
	  || (CONVERT_EXPR_CODE_P (gimple_assign_rhs_code (def))
	      && keeps_value (TREE_TYPE (op),
			      TREE_TYPE (gimple_assign_rhs1 (def))))))
    return returns_only (gimple_assign_rhs1 (def), r, fail, depth + 1,
			 seen);
  gphi *phi = dyn_cast<gphi *> (def);
  if (!phi)
    return false;
  for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
    {
      tree a = gimple_phi_arg_def (phi, i);
      edge e = gimple_phi_arg_edge (phi, i);
      if (integer_zerop (a) && bitmap_bit_p (fail, e->src->index))
	continue;
      if (!returns_only (a, r, fail, depth + 1, seen))
	return false;
    }
  return true;
}

/* A function of this unit that might be a wrapper itself.  */
int
unit_callee (gcall *s)
{
  tree fn = gimple_call_fndecl (s);
  if (!fn || !esc_defined_here (fn))
    return -1;
  return esc_function_id (fn);
}

/* The blocks from which the function can return (or reach its exit):
   a block that cannot loops forever or ends the program, which a
   deleted call would skip (C11 6.8.5p6: "for (;;);" need not end).  */
void
returning_blocks (function *fun, auto_sbitmap &ret)
{
  bitmap_clear (ret);
  auto_vec<basic_block> work;
  work.safe_push (EXIT_BLOCK_PTR_FOR_FN (fun));
  bitmap_set_bit (ret, EXIT_BLOCK_PTR_FOR_FN (fun)->index);
  while (!work.is_empty ())
    {
      basic_block b = work.pop ();
      edge e;
      edge_iterator ei;
      FOR_EACH_EDGE (e, ei, b->preds)
	if (!bitmap_bit_p (ret, e->src->index))
	  {
	    bitmap_set_bit (ret, e->src->index);
	    work.safe_push (e->src);
	  }
    }
}

void
find_alloc_shape (function *fun, esc_function_graph *fg)
{
  esc_shape &sh = fg->shape;
  tree rtype = TREE_TYPE (TREE_TYPE (fun->decl));
  if (!POINTER_TYPE_P (rtype) || stdarg_p (TREE_TYPE (fun->decl)))
    return;
  /* The one call that is not a hint: the allocation.  */
  gcall *alloc = NULL;
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator si = gsi_start_bb (bb); !gsi_end_p (si);
	 gsi_next (&si))
      if (gcall *c = dyn_cast<gcall *> (gsi_stmt (si)))
	{
	  if (harmless_call (c))
	    continue;
	  tree lhs = gimple_call_lhs (c);
	  if (alloc || !lhs || TREE_CODE (lhs) != SSA_NAME
	      || !POINTER_TYPE_P (TREE_TYPE (lhs)))
	    {
	      /* A second call is allowed only on the failure path; it is
		 checked below, once we know which call allocates.  */
	      if (alloc)
		continue;
	      return;
	    }
	  alloc = c;
	}
  if (!alloc)
    return;
  tree r = gimple_call_lhs (alloc);
  auto_sbitmap fail (last_basic_block_for_fn (fun));
  failure_blocks (fun, r, fail);
  auto_sbitmap ret (last_basic_block_for_fn (fun));
  returning_blocks (fun, ret);
  FOR_EACH_BB_FN (bb, fun)
    {
      if (bitmap_bit_p (fail, bb->index))
	continue;
      if (!bitmap_bit_p (ret, bb->index))
	return;
      for (gimple_stmt_iterator si = gsi_start_bb (bb); !gsi_end_p (si);
	   gsi_next (&si))
	{
	  gimple *s = gsi_stmt (si);
	  if (s == alloc || register_only (s))
	    continue;
	  return;
	}
      gimple *last = last_stmt (bb);
      if (greturn *ret = last ? dyn_cast<greturn *> (last) : NULL)
	{
	  tree v = gimple_return_retval (ret);
	  hash_set<tree> seen;
	  if (!v || !returns_only (v, r, fail, 0, seen))
	    return;
	}
    }
  const char *name;
  if (const esc_allocator *a = esc_call_model (alloc, &name))
    {
      if (a->role != ESC_ROLE_ALLOC)
	return;
      sh.alloc_modelled = true;
      sh.alloc_site.call = alloc;
      esc_site_from_model (&sh.alloc_site, a, name);
    }
  else if ((sh.alloc_callee = unit_callee (alloc)) < 0)
    return;
  tree callee_parm = sh.alloc_callee >= 0
    ? DECL_ARGUMENTS (gimple_call_fndecl (alloc)) : NULL_TREE;
  for (unsigned i = 0; i < gimple_call_num_args (alloc); i++)
    {
      tree arg = gimple_call_arg (alloc, i);
      esc_size_expr e = { -1, -1 };
      hash_set<tree> seen;
      if (!size_of (arg, &e, 0, seen))
	e.param = -1, e.konst = -1;
      /* A wrapper of this unit sees the argument at its parameter's type
	 (a K&R "signed char n" receives int 200 as -56).  */
      if (sh.alloc_callee >= 0)
	{
	  tree pt = callee_parm ? TREE_TYPE (callee_parm) : NULL_TREE;
	  bool keeps = pt && INTEGRAL_TYPE_P (pt)
		       && (TREE_CODE (arg) == INTEGER_CST
			   ? int_fits_type_p (arg, pt)
			   : keeps_value (pt, TREE_TYPE (arg)));
	  if (!keeps)
	    e.param = -1, e.konst = -1;
	  if (callee_parm)
	    callee_parm = DECL_CHAIN (callee_parm);
	}
      sh.arg_sizes.safe_push (e);
    }
  sh.alloc_call = alloc;
  sh.alloc = true;
}

void
find_dealloc_shape (function *fun, esc_function_graph *fg)
{
  esc_shape &sh = fg->shape;
  if (!VOID_TYPE_P (TREE_TYPE (TREE_TYPE (fun->decl))))
    return;
  gcall *call = NULL;
  basic_block bb;
  auto_sbitmap ret (last_basic_block_for_fn (fun));
  returning_blocks (fun, ret);
  FOR_EACH_BB_FN (bb, fun)
    if (!bitmap_bit_p (ret, bb->index))
      return;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator si = gsi_start_bb (bb); !gsi_end_p (si);
	 gsi_next (&si))
      {
	gimple *s = gsi_stmt (si);
	gcall *c = dyn_cast<gcall *> (s);
	if (c && !harmless_call (c) && !call)
	  call = c;
	else if (!register_only (s))
	  return;
      }
  if (!call)
    return;
  const char *name;
  const esc_allocator *a = esc_call_model (call, &name);
  if (a && a->role == ESC_ROLE_FREE)
    {
      sh.free_family = a->family;
      sh.free_param = param_of (gimple_call_arg (call, a->ptr_arg), 0);
      if (sh.free_param < 0)
	return;
    }
  else if (a || (sh.free_callee = unit_callee (call)) < 0)
    return;
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    sh.arg_params.safe_push (param_of (gimple_call_arg (call, i), 0));
  sh.dealloc = true;
}

} // anon namespace

void
esc_find_shape (function *fun, esc_function_graph *fg)
{
  bool had_dom = dom_info_available_p (fun, CDI_DOMINATORS);
  if (!had_dom)
    calculate_dominance_info (CDI_DOMINATORS);
  find_alloc_shape (fun, fg);
  find_dealloc_shape (fun, fg);
  if (!had_dom)
    free_dominance_info (fun, CDI_DOMINATORS);
}
