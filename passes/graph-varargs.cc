/* graph-varargs.cc - a function's variadic arguments handed on in a
   va_list: which objects hold them (va_start's, va_copy's of one, or the
   va_list parameter a helper prints from), and whether every use of those
   is a call handing one over whole, so that the summary can say where
   the calls' callees send them (printed under a format) instead of that
   they escape (docs/design.md, "Formats between functions").  */

#include "../core/lattice.h"
#include "../core/allocators.h"
#include "../core/summary.h"
#include "../core/transform.h"
#include "../plugin/escape-plugin.h"
#include "../plugin/gcc-headers.h"
#include "target.h"
#include "gimple-text.h"
#include "build-graph.h"
#include "functions.h"
#include "graph-builder.h"

namespace esc_build {

/* Is S a call of builtin CODE (gimple_call_builtin_p would also compare
   the arguments with the builtin's prototype, which va_start's do not
   match: its va_list is an array).  */
static bool
builtin_call_p (gcall *s, built_in_function code)
{
  tree fndecl = gimple_call_fndecl (s);
  return fndecl && fndecl_built_in_p (fndecl, code);
}

/* Is S va_start, va_copy or va_end, which make and end va_lists rather
   than hand one on?  */
bool
va_builtin_p (gcall *s)
{
  return builtin_call_p (s, BUILT_IN_VA_START)
    || builtin_call_p (s, BUILT_IN_VA_COPY)
    || builtin_call_p (s, BUILT_IN_VA_END);
}

/* Is TYPE a va_list, or (x86-64's parameter) one decayed to a pointer?  */
static bool
va_list_type_p (tree type)
{
  return targetm.canonical_va_list_type (type) != NULL_TREE;
}

/* The va_list of ours OP is, whole, as a call's argument: "&ap" for a
   local (or aarch64's parameter, a struct), "ap" for aarch64's, passed by
   value, or x86-64's parameter (a pointer) as it came in.  NULL_TREE
   otherwise ("&ap" of x86-64's parameter is the address of the pointer).  */
tree
builder::va_list_of (tree op)
{
  tree d = op;
  if (TREE_CODE (d) == ADDR_EXPR)
    {
      d = TREE_OPERAND (d, 0);
      if (!DECL_P (d) || POINTER_TYPE_P (TREE_TYPE (d)))
	return NULL_TREE;
    }
  else if (TREE_CODE (d) == SSA_NAME)
    {
      if (!SSA_NAME_IS_DEFAULT_DEF (d) || !SSA_NAME_VAR (d)
	  || TREE_CODE (SSA_NAME_VAR (d)) != PARM_DECL
	  || !POINTER_TYPE_P (TREE_TYPE (d)))
	return NULL_TREE;
      d = SSA_NAME_VAR (d);
    }
  else if (!DECL_P (d) || TREE_CODE (TREE_TYPE (d)) != RECORD_TYPE)
    return NULL_TREE;
  return va_lists.contains (d) ? d : NULL_TREE;
}

static tree
mention_cb (tree *tp, int *walk_subtrees, void *data)
{
  hash_set<tree> *set = static_cast<hash_set<tree> *> (data);
  tree t = *tp;
  if (TREE_CODE (t) == SSA_NAME)
    {
      *walk_subtrees = 0;
      return SSA_NAME_VAR (t) && set->contains (SSA_NAME_VAR (t)) ? t
	: NULL_TREE;
    }
  if (TYPE_P (t))
    {
      *walk_subtrees = 0;
      return NULL_TREE;
    }
  return DECL_P (t) && set->contains (t) ? t : NULL_TREE;
}

/* Does OP refer to one of our va_lists, in any way?  */
bool
builder::mentions_va_list (tree op)
{
  return op && walk_tree (&op, mention_cb, &va_lists, NULL) != NULL_TREE;
}

/* Find the function's va_lists and decide whether its varargs are
   followed (va_followed): every mention of a va_list is va_start, va_end,
   va_copy between ours, or a call handing one over whole, once (the calls
   record_call marks, esc_call_va_list, which it counts against VA_CALLS).
   Anything else stays as before, the varargs escaping: va_arg (not
   followed), a va_list stored, copied by assignment or handed over by
   address, a call of two, asm or __builtin_apply_args and the like,
   which may read them from the frame.  A variadic function's own
   va_lists hold its varargs; a function that is not variadic follows its
   one va_list parameter, whose contents are its caller's.  */
void
builder::find_va_lists ()
{
  tree fn = fun->decl;
  bool variadic = stdarg_p (TREE_TYPE (fn));
  if (!variadic)
    {
      int k = 0;
      for (tree p = DECL_ARGUMENTS (fn); p; p = DECL_CHAIN (p), k++)
	if (va_list_type_p (TREE_TYPE (p)))
	  {
	    if (va_param >= 0)
	      return;		/* Which one is the caller's?  */
	    va_param = k;
	    va_lists.add (p);
	  }
      if (va_param < 0)
	return;
    }
  /* va_start's va_lists, then va_copy's of one, to a fixed point.  */
  auto_vec<std::pair<tree, tree> > copies;
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator si = gsi_start_bb (bb); !gsi_end_p (si);
	 gsi_next (&si))
      {
	gcall *c = dyn_cast<gcall *> (gsi_stmt (si));
	if (!c || gimple_call_num_args (c) < 1
	    || !(builtin_call_p (c, BUILT_IN_VA_START)
		 || builtin_call_p (c, BUILT_IN_VA_COPY)))
	  continue;
	tree a = gimple_call_arg (c, 0);
	/* Into a local of this call's (a global or a static would keep it
	   for other calls to read).  */
	if (TREE_CODE (a) != ADDR_EXPR || !VAR_P (TREE_OPERAND (a, 0))
	    || is_global_var (TREE_OPERAND (a, 0))
	    || (builtin_call_p (c, BUILT_IN_VA_COPY)
		&& gimple_call_num_args (c) != 2))
	  return;
	if (builtin_call_p (c, BUILT_IN_VA_START))
	  va_lists.add (TREE_OPERAND (a, 0));
	else
	  copies.safe_push (std::make_pair (TREE_OPERAND (a, 0),
					    gimple_call_arg (c, 1)));
      }
  for (bool grew = true; grew;)
    {
      grew = false;
      for (auto &cp : copies)
	if (!va_lists.contains (cp.first) && va_list_of (cp.second))
	  {
	    va_lists.add (cp.first);
	    grew = true;
	  }
    }
  /* One of ours copied from another va_list holds that one's contents.  */
  for (auto &cp : copies)
    if (va_lists.contains (cp.first) && !va_list_of (cp.second))
      return;

  int calls = 0;
  FOR_EACH_BB_FN (bb, fun)
    {
      for (gphi_iterator pi = gsi_start_phis (bb); !gsi_end_p (pi);
	   gsi_next (&pi))
	for (unsigned i = 0; i < gimple_phi_num_args (pi.phi ()); i++)
	  if (mentions_va_list (gimple_phi_arg_def (pi.phi (), i)))
	    return;
      for (gimple_stmt_iterator si = gsi_start_bb (bb); !gsi_end_p (si);
	   gsi_next (&si))
	{
	  gimple *s = gsi_stmt (si);
	  switch (gimple_code (s))
	    {
	    case GIMPLE_DEBUG:
	    case GIMPLE_LABEL:
	    case GIMPLE_NOP:
	    case GIMPLE_PREDICT:
	    case GIMPLE_RESX:
	    case GIMPLE_EH_DISPATCH:
	      continue;
	    case GIMPLE_ASSIGN:
	      /* The end of a local's life.  */
	      if (gimple_clobber_p (s))
		continue;
	      /* Fall through.  */
	    case GIMPLE_COND:
	    case GIMPLE_SWITCH:
	    case GIMPLE_GOTO:
	    case GIMPLE_RETURN:
	      for (unsigned k = 0; k < gimple_num_ops (s); k++)
		if (mentions_va_list (gimple_op (s, k)))
		  return;
	      continue;
	    case GIMPLE_CALL:
	      break;
	    default:
	      /* asm, and what the builder does not know: they may read
		 the frame.  */
	      return;
	    }
	  gcall *c = as_a<gcall *> (s);
	  if (gimple_call_internal_p (c))
	    {
	      /* ASan's poisoning of a local's bytes reads nothing, and
		 -ftrivial-auto-var-init's fill writes no pointer.  */
	      if (gimple_call_internal_fn (c) == IFN_ASAN_MARK
		  || gimple_call_internal_fn (c) == IFN_DEFERRED_INIT)
		continue;
	      if (gimple_call_internal_fn (c) == IFN_VA_ARG)
		return;
	    }
	  else if (va_builtin_p (c))
	    continue;		/* Checked above, or harmless.  */
	  else if (may_read_varargs (c))
	    return;
	  int handed = 0;
	  for (unsigned i = 0; i < gimple_call_num_args (c); i++)
	    if (va_list_of (gimple_call_arg (c, i)))
	      handed++;
	    else if (mentions_va_list (gimple_call_arg (c, i)))
	      return;
	  if (handed > 1 || (handed && gimple_call_internal_p (c))
	      || mentions_va_list (gimple_call_lhs (c))
	      || mentions_va_list (gimple_call_fn (c))
	      || mentions_va_list (gimple_call_chain (c)))
	    return;
	  if (handed && !dead[bb->index])
	    calls++;
	}
    }
  va_followed = true;
  va_calls = calls;
}

} // namespace esc_build
