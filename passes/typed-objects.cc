/* typed-objects.cc - under -fno-strict-aliasing, which objects a typed
   read may take to be of their type (docs/design.md, "Typed reads").  A
   number field of a struct holds no pointer bytes only if every write
   into the object goes through the names of its fields: a pointer stored
   through another type, or at an offset, may land in one.  Checked here
   for a parameter's object within its function (esc_param_punned) and
   for a local variable of the caller's (esc_call_arg_typed); where the
   pointer or the address goes to calls, the core checks the callees'
   summaries (esc_summary.punned, call.c).  */

#include "../core/lattice.h"
#include "../core/allocators.h"
#include "../core/summary.h"
#include "../plugin/escape-plugin.h"
#include "../plugin/gcc-headers.h"
#include "tree-dfa.h"
#include "build-graph.h"
#include "graph-builder.h"

namespace esc_build {

/* X stands for an object: a parameter's incoming value (an SSA name), the
   object it points to seen at its start as the struct type TYPE; or a
   local variable.  Is BASE that object?  */
static bool
typed_base (tree base, tree x, int type)
{
  if (TREE_CODE (x) != SSA_NAME)
    return base == x;
  if (TREE_CODE (base) != MEM_REF || TREE_OPERAND (base, 0) != x
      || !integer_zerop (TREE_OPERAND (base, 1)))
    return false;
  tree ptype = TREE_TYPE (TREE_OPERAND (base, 1));
  return POINTER_TYPE_P (ptype) && !TYPE_REF_CAN_ALIAS_ALL (ptype)
    && type_identity (TREE_TYPE (base)) == type;
}

/* Is store target LHS a field of X's object, named at least once, within
   named fields of structs and elements of arrays held in them, with X
   nowhere else (an index)?  */
static bool
written_by_name (tree lhs, tree x, int type)
{
  bool named = false;
  tree r = lhs;
  for (; handled_component_p (r); r = TREE_OPERAND (r, 0))
    switch (TREE_CODE (r))
      {
      case COMPONENT_REF:
	if (TREE_CODE (TREE_TYPE (TREE_OPERAND (r, 0))) != RECORD_TYPE
	    || may_alias_type (TREE_TYPE (r))
	    || mentions (TREE_OPERAND (r, 2), x))
	  return false;
	named = true;
	break;
      case ARRAY_REF:
	for (int k = 1; k < 4; k++)
	  if (mentions (TREE_OPERAND (r, k), x))
	    return false;
	break;
      default:
	/* A view as another type, a range, bits: not by name.  */
	return false;
      }
  return named && typed_base (r, x, type);
}

/* Does operand OP (not a store target) use X other than to read memory
   through it: its value (only compared, with VALUE_OK), or an address
   made from it, which may be written through?  */
static bool
bad_use (tree op, tree x, bool value_ok)
{
  if (!op)
    return false;
  if (op == x)
    /* A parameter's value; a variable read whole.  */
    return TREE_CODE (x) == SSA_NAME && !value_ok;
  switch (TREE_CODE (op))
    {
    case ADDR_EXPR:
      return mentions (op, x);
    case MEM_REF:
    case TARGET_MEM_REF:
      {
	tree p = TREE_OPERAND (op, 0);
	bool bad = false;
	if (TREE_CODE (p) == ADDR_EXPR)
	  bad = bad_use (TREE_OPERAND (p, 0), x, false);
	else if (p != x)
	  bad = mentions (p, x);
	for (int k = 1; k < TREE_OPERAND_LENGTH (op); k++)
	  bad |= mentions (TREE_OPERAND (op, k), x);
	return bad;
      }
    case CONSTRUCTOR:
      {
	unsigned k;
	tree elt;
	FOR_EACH_CONSTRUCTOR_VALUE (CONSTRUCTOR_ELTS (op), k, elt)
	  if (bad_use (elt, x, false))
	    return true;
	return false;
      }
    default:
      break;
    }
  if (handled_component_p (op) || EXPR_P (op))
    {
      bool cmp = COMPARISON_CLASS_P (op);
      for (int k = 0; k < TREE_OPERAND_LENGTH (op); k++)
	if (bad_use (TREE_OPERAND (op, k), x, cmp))
	  return true;
    }
  return false;
}

/* Argument K of call S is X's value or address: handed to a call the core
   wires through a summary (record_call), whose callee it checks
   (esc_summary.punned), or to one that only frees it or checks it.  False
   for a call that hands it back (__builtin_expect, realloc) or that the
   builder models otherwise.  */
static bool
handed_to_checked_call (gcall *s, unsigned k)
{
  if (gimple_call_internal_p (s))
    switch (gimple_call_internal_fn (s))
      {
      case IFN_UBSAN_NULL:
      case IFN_UBSAN_BOUNDS:
      case IFN_UBSAN_PTR:
      case IFN_UBSAN_OBJECT_SIZE:
      case IFN_ASAN_CHECK:
      case IFN_ASAN_MARK:
	return true;
      case IFN_BUILTIN_EXPECT:
	return false;
      default:
	return true;
      }
  const char *name;
  if (const esc_allocator *a = call_model (s, &name))
    return a->role == ESC_ROLE_FREE && a->ptr_arg == (int) k;
  tree fndecl = gimple_call_fndecl (s);
  if (fndecl && fndecl_built_in_p (fndecl, BUILT_IN_NORMAL))
    switch (DECL_FUNCTION_CODE (fndecl))
      {
      case BUILT_IN_PREFETCH:
      case BUILT_IN_OBJECT_SIZE:
      case BUILT_IN_DYNAMIC_OBJECT_SIZE:
      case BUILT_IN_CONSTANT_P:
	return true;
      case BUILT_IN_EXPECT:
      case BUILT_IN_EXPECT_WITH_PROBABILITY:
      case BUILT_IN_ASSUME_ALIGNED:
      case BUILT_IN_APPLY_ARGS:
      case BUILT_IN_STACK_RESTORE:
	return false;
      default:
	break;
      }
  /* The program's own free or realloc is recorded as a call too.  */
  return true;
}

/* Does a store into LHS, a field named, copy a struct's bytes with
   numbers among them (a member struct assigned whole)?  Those bytes come
   from memory of any type, whose numbers may be a pointer's bytes.  */
bool
builder::copies_numbers (tree lhs)
{
  tree t = TREE_TYPE (lhs);
  return AGGREGATE_TYPE_P (t) && confinable (t);
}

/* Does statement S write X's object other than through its fields'
   names, or let X's value or address go anywhere but to a checked call
   (handed_to_checked_call)?  */
bool
builder::writes_untyped (gimple *s, tree x, int type)
{
  if (is_gimple_debug (s) || gimple_clobber_p (s))
    return false;
  if (gassign *a = dyn_cast<gassign *> (s))
    {
      tree lhs = gimple_assign_lhs (a);
      enum tree_code code = gimple_assign_rhs_code (a);
      if (TREE_CODE (lhs) != SSA_NAME && mentions (lhs, x))
	{
	  /* Only zeroed ("s = {}"), or a field with no numbers in it
	     assigned whole, or one that is not a struct.  */
	  bool zeroed = code == CONSTRUCTOR
	    && CONSTRUCTOR_NELTS (gimple_assign_rhs1 (a)) == 0;
	  if (!zeroed && (lhs == x || !written_by_name (lhs, x, type)
			  || copies_numbers (lhs)))
	    return true;
	  if (zeroed && lhs != x && !written_by_name (lhs, x, type))
	    return true;
	}
      bool cmp = TREE_CODE_CLASS (code) == tcc_comparison;
      for (unsigned k = 1; k < gimple_num_ops (a); k++)
	if (bad_use (gimple_op (a, k), x, cmp))
	  return true;
      return false;
    }
  if (gcall *c = dyn_cast<gcall *> (s))
    {
      tree lhs = gimple_call_lhs (c);
      if (lhs && mentions (lhs, x)
	  && (!written_by_name (lhs, x, type) || copies_numbers (lhs)))
	return true;
      if (mentions (gimple_call_fn (c), x)
	  || mentions (gimple_call_chain (c), x))
	return true;
      for (unsigned k = 0; k < gimple_call_num_args (c); k++)
	{
	  tree arg = gimple_call_arg (c, k);
	  bool whole = arg == x
	    || (TREE_CODE (arg) == ADDR_EXPR && TREE_OPERAND (arg, 0) == x);
	  /* A field's address, even one that holds no pointers: the callee
	     may hand it back, and a pointer stored through it lands in the
	     numbers (adversarial finding: id (&s.size)).  */
	  if (whole ? !handed_to_checked_call (c, k) : bad_use (arg, x, false))
	    return true;
	}
      return false;
    }
  if (gcond *c = dyn_cast<gcond *> (s))
    return bad_use (gimple_cond_lhs (c), x, true)
      || bad_use (gimple_cond_rhs (c), x, true);
  if (greturn *r = dyn_cast<greturn *> (s))
    return bad_use (gimple_return_retval (r), x, false);
  /* A PHI, asm, a switch, anything else that mentions it.  */
  for (unsigned k = 0; k < gimple_num_ops (s); k++)
    if (mentions (gimple_op (s, k), x))
      return true;
  if (gphi *phi = dyn_cast<gphi *> (s))
    for (unsigned k = 0; k < gimple_phi_num_args (phi); k++)
      if (mentions (gimple_phi_arg_def (phi, k), x))
	return true;
  return false;
}

/* Is what parameter PARM (pointing to a struct of type TYPE) points to
   written only through its fields' names, and its value handed only to
   checked calls, within this function?  */
bool
builder::param_typed (tree parm, int type)
{
  if (!is_gimple_reg (parm))
    return false;		/* Its address is taken: written unseen.  */
  tree dd = ssa_default_def (fun, parm);
  if (!dd)
    return true;
  imm_use_iterator it;
  gimple *use;
  FOR_EACH_IMM_USE_STMT (use, it, dd)
    if (writes_untyped (use, dd, type))
      return false;
  return true;
}

/* Is local variable VAR, of the struct type TYPE, written only through its
   fields' names (or zeroed whole), and its address handed only to
   checked calls, or into fields that hold no pointers?  */
bool
builder::var_typed (tree var, int type)
{
  if (bool *known = typed_vars.get (var))
    return *known;
  bool ok = VAR_P (var) && auto_var_in_fn_p (var, fun->decl)
    && !DECL_HAS_VALUE_EXPR_P (var) && !is_global_var (var);
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    {
      if (!ok)
	break;
      for (gphi_iterator pi = gsi_start_phis (bb); ok && !gsi_end_p (pi);
	   gsi_next (&pi))
	if (writes_untyped (pi.phi (), var, type))
	  ok = false;
      for (gimple_stmt_iterator si = gsi_start_bb (bb);
	   ok && !gsi_end_p (si); gsi_next (&si))
	if (writes_untyped (gsi_stmt (si), var, type))
	  ok = false;
    }
  typed_vars.put (var, ok);
  return ok;
}

}  // namespace esc_build
