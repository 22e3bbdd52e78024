/* build-graph.cc - GIMPLE to escape graph: the builder's locations, notes
   and flows, and its walk over a function's body.  Operands, statements,
   calls and control flow have a file each (graph-builder.h lists them);
   this header's vocabulary and rule hold for all of them.

   Vocabulary: a *value* is what an operand contributes to a flow, a
   location and the derefs on the way (&x is (x, -1), p is (p, 0), *p is
   (p, 1)).  A *reference* is where a memory operand lives: directly in an
   object (a local in memory, the heap for globals), or through a pointer.
   Loads read values out of references, stores write values into them; a
   store through a pointer becomes esc_store, which the solver sends into
   every object the pointer may point to.

   Pointers are followed wherever their bits are only copied, and exposed
   wherever they are computed with (docs/design.md "Pointer bits").  A
   *carrier* is a type that can hold a pointer as a value: a pointer, or an
   aggregate or vector with one inside.  Any other value (an integer, a
   float, a character, a struct of numbers) is followed only while it is
   a *bit copy*: every use moves it whole (SSA copies, PHIs, same-width
   conversions, whole stores into memory), as GCC's folded memcpy and a
   byte-copy loop do.  The first use that computes with it (arithmetic, a
   comparison, a branch, an index, a call, a narrowing) exposes whatever
   it was copied from: that escapes, at the statement that made the value.
   Memory read as data (a non-carrier load that is not a bit copy, a
   library function reading bytes) exposes the pointers it holds
   (esc_bytes_read), unless the read lies within a named field whose type
   holds no pointers: C keeps such a field's bytes its own.  Anything these
   files do not model escapes too, with a note that says so.  */

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

builder::builder (function *f, esc_function_graph *o)
  : fun (f), out (o), g (NULL), stmt (NULL), cur_note (ESC_NO_NOTE),
    explain (escape_options.m_level >= 2 || esc_options_report (&escape_options)),
    order (0)
{
}

/* Loop depth of a block; 0 outside loops.  */
int
builder::bb_depth (basic_block bb)
{
  if (!bb || !bb->loop_father)
    return 0;
  return loop_depth (bb->loop_father);
}

/* An SSA value's loop depth is that of the innermost loop holding its
   definition and every use: a value used after its loop ends ("L: p =
   malloc (4); ... if (--n) goto L; return *p;") lives past the iteration
   that made it, even without a PHI at the loop's exit.  And a PHI in a
   loop header joins the value from before the loop with the one from the
   previous iteration: it lives across iterations, so it belongs to the
   loop around.  */
int
builder::ssa_depth (tree name)
{
  if (SSA_NAME_IS_DEFAULT_DEF (name))
    return 0;
  gimple *def = SSA_NAME_DEF_STMT (name);
  basic_block bb = gimple_bb (def);
  int d = bb_depth (bb);
  if (gimple_code (def) == GIMPLE_PHI && bb && bb->loop_father
      && bb->loop_father->header == bb && d > 0)
    d--;
  class loop *l = bb ? bb->loop_father : NULL;
  if (!l || d == 0)
    return d;
  imm_use_iterator it;
  use_operand_p use;
  FOR_EACH_IMM_USE_FAST (use, it, name)
    {
      gimple *u = USE_STMT (use);
      if (is_gimple_debug (u))
	continue;
      /* A PHI uses its argument at the end of the edge's source.  */
      basic_block ub = gimple_bb (u);
      if (gphi *phi = dyn_cast<gphi *> (u))
	ub = gimple_phi_arg_edge (phi, PHI_ARG_INDEX_FROM_USE (use))->src;
      if (ub && ub->loop_father)
	l = find_common_loop (l, ub->loop_father);
    }
  int ud = loop_depth (l);
  return ud < d ? ud : d;
}

esc_loc
builder::ssa_loc (tree name)
{
  unsigned v = SSA_NAME_VERSION (name);
  if (ssa[v] >= 0)
    return ssa[v];
  tree var = SSA_NAME_VAR (name);
  esc_loc l;
  if (SSA_NAME_IS_DEFAULT_DEF (name) && var && TREE_CODE (var) == PARM_DECL
      && param_values.get (var))
    l = *param_values.get (var);
  else if (SSA_NAME_IS_DEFAULT_DEF (name) && var
	   && TREE_CODE (var) == PARM_DECL)
    {
      /* A PARM_DECL that is not among DECL_ARGUMENTS: the static chain of
	 a nested function, the enclosing function's frame.  The caller
	 sends the frame to the heap, so the chain points there: stores
	 through it escape and loads from it point anywhere.  */
      l = esc_loc_new (g, ESC_VALUE, "{static chain}", 0,
		       esc_pos_of (UNKNOWN_LOCATION));
      esc_flow (g, l, ESC_LOC_HEAP, -1, ESC_NO_NOTE);
    }
  else if (SSA_NAME_IS_DEFAULT_DEF (name) && var
	   && TREE_CODE (var) == RESULT_DECL)
    /* The incoming address of a result returned by reference: the caller's
       object.  */
    {
      l = esc_loc_new (g, ESC_VALUE, "{result address}", 0,
		       esc_pos_of (UNKNOWN_LOCATION));
      esc_flow (g, l, ESC_LOC_RESULT, -1, ESC_NO_NOTE);
    }
  else
    {
      const char *n = esc_decl_name (var);
      gimple *def = SSA_NAME_DEF_STMT (name);
      l = esc_loc_new (g, ESC_VALUE, n ? n : "{temp}", ssa_depth (name),
		       esc_pos_of (def ? gimple_location (def)
				   : UNKNOWN_LOCATION));
    }
  ssa[v] = l;
  return l;
}

/* The object behind a declaration used as memory.  Globals, statics and
   other functions' locals are the heap.  */
esc_loc
builder::decl_loc (tree decl)
{
  if (TREE_CODE (decl) == RESULT_DECL)
    return ESC_LOC_RESULT;
  if ((TREE_CODE (decl) != VAR_DECL && TREE_CODE (decl) != PARM_DECL)
      || is_global_var (decl) || DECL_CONTEXT (decl) != fun->decl)
    return ESC_LOC_HEAP;
  if (int *l = decls.get (decl))
    return *l;
  const char *n = esc_decl_name (decl);
  /* GIMPLE keeps no loop scope for locals in memory: one counts as
     declared in a loop only where it dies at the end of every iteration
     (local_depth), else outside every loop.  */
  esc_loc l = esc_loc_new (g, ESC_VAR, n ? n : "{temp}",
			   TREE_CODE (decl) == VAR_DECL ? local_depth (decl) : 0,
			   esc_pos_of (DECL_SOURCE_LOCATION (decl)));
  decls.put (decl, l);
  if (TREE_CODE (decl) == PARM_DECL)
    {
      if (int *p = param_values.get (decl))
	/* A parameter that lives in memory starts with its incoming value.  */
	esc_flow (g, l, *p, 0, ESC_NO_NOTE);
      else
	/* The static chain, in memory: the enclosing frame (heap).  */
	esc_flow (g, l, ESC_LOC_HEAP, -1, ESC_NO_NOTE);
    }
  return l;
}

esc_note
builder::note_at (const char *why, location_t loc, const char *where)
{
  return esc_note_new (g, where, why, esc_pos_of (loc));
}

/* A note for the current statement.  Only paths (level 2) print notes, so
   below that none is made: rendering every statement is most of the cost
   of building a graph.  */
esc_note
builder::note (const char *why)
{
  if (!explain)
    return ESC_NO_NOTE;
  esc_text t;
  esc_render_stmt (&t, stmt);
  return note_at (why, gimple_location (stmt), t.str ());
}

void
builder::flow_into (esc_loc dst, const values &src, esc_note n)
{
  for (const value &v : src)
    esc_flow (g, dst, v.loc, v.derefs, n);
}

void
builder::to_heap (const values &src, esc_note n)
{
  flow_into (ESC_LOC_HEAP, src, n);
}

/* LHS = SRC: into an SSA value, into an object, or through a pointer.  */
void
builder::assign (tree lhs, const values &src, esc_note n)
{
  if (!lhs || src.is_empty ())
    return;
  if (TREE_CODE (lhs) == SSA_NAME)
    {
      flow_into (ssa_loc (lhs), src, n);
      return;
    }
  if (field_store (lhs, src, n))
    return;
  reference r = ref_of (lhs);
  for (const value &v : src)
    if (r.indirect)
      esc_store (g, r.loc, v.loc, v.derefs, n);
    else
      esc_flow (g, r.loc, v.loc, v.derefs, n);
}

/* May call S read the calling function's arguments past its parameters
   (or hand them on)?  */
bool
may_read_varargs (gcall *s)
{
  /* "f (fmt, __builtin_va_arg_pack ())": GIMPLE drops the argument and
     flags the call.  */
  if (gimple_call_va_arg_pack_p (s))
    return true;
  if (gimple_call_internal_p (s))
    return gimple_call_internal_fn (s) == IFN_VA_ARG;
  tree fndecl = gimple_call_fndecl (s);
  if (!fndecl || !fndecl_built_in_p (fndecl, BUILT_IN_NORMAL))
    return false;
  switch (DECL_FUNCTION_CODE (fndecl))
    {
    case BUILT_IN_VA_START:
    case BUILT_IN_VA_COPY:
    case BUILT_IN_NEXT_ARG:
    case BUILT_IN_SAVEREGS:
    case BUILT_IN_APPLY_ARGS:
    case BUILT_IN_VA_ARG_PACK:
    case BUILT_IN_VA_ARG_PACK_LEN:
    case BUILT_IN_FRAME_ADDRESS:
    case BUILT_IN_DWARF_CFA:
      return true;
    default:
      return false;
    }
}

void
builder::build ()
{
  const char *fname = function_name (fun);
  g = esc_graph_new (fname ? fname : "?");
  out->graph = g;
  ssa.safe_grow (num_ssa_names);
  for (unsigned i = 0; i < num_ssa_names; i++)
    ssa[i] = -1;
  mark_irreducible ();
  if (fun->calls_setjmp)
    refine_setjmp ();
  mark_dead ();
  find_exposed ();
  find_va_lists ();

  int index = 0;
  for (tree p = DECL_ARGUMENTS (fun->decl); p; p = DECL_CHAIN (p), index++)
    {
      const char *n = esc_decl_name (p);
      char anon[32];
      if (!n)
	{
	  snprintf (anon, sizeof anon, "{param %d}", index + 1);
	  n = anon;
	}
      tree t = TREE_TYPE (p);
      bool scalar = !POINTER_TYPE_P (t) && !AGGREGATE_TYPE_P (t)
		    && !VECTOR_TYPE_P (t) && TREE_CODE (t) != COMPLEX_TYPE;
      esc_loc l = (scalar ? esc_param_new_scalar : esc_param_new)
	(g, n, index, esc_pos_of (DECL_SOURCE_LOCATION (p)));
      param_values.put (p, l);
      if (POINTER_TYPE_P (t) && !may_alias_type (TREE_TYPE (t)))
	if (int type = type_identity (TREE_TYPE (t)))
	  {
	    esc_param_pointee_type (g, l, type);
	    if (!param_typed (p, type))
	      esc_param_punned (g, l);
	  }
      esc_param rec = { p, l };
      out->params.safe_push (rec);
    }

  /* Can the body read arguments past the parameters?  Only through
     va_start (va_copy and va_arg need a va_list it made), by handing
     them on whole (__builtin_va_arg_pack, __builtin_apply_args), or
     through the frame (asm, __builtin_frame_address); a statement kind
     the builder does not know counts too.  */
  bool reads_varargs = false;
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    {
      for (gphi_iterator pi = gsi_start_phis (bb); !gsi_end_p (pi);
	   gsi_next (&pi))
	{
	  stmt = pi.phi ();
	  if (!dead[bb->index])
	    stmt_phi (pi.phi ());
	}
      for (gimple_stmt_iterator si = gsi_start_bb (bb); !gsi_end_p (si);
	   gsi_next (&si))
	{
	  gimple *s = gsi_stmt (si);
	  stmt = s;
	  for (unsigned k = 0; k < gimple_num_ops (s); k++)
	    note_fn_refs (gimple_op (s, k), 0);
	  if (gimple_code (s) == GIMPLE_ASM
	      || (gimple_code (s) == GIMPLE_CALL
		  && may_read_varargs (as_a<gcall *> (s))))
	    reads_varargs = true;
	  /* A block that never runs adds no flow; what it refers to is
	     still counted above, which can only cost precision.  */
	  if (dead[bb->index])
	    continue;
	  switch (gimple_code (s))
	    {
	    case GIMPLE_ASSIGN:
	      stmt_assign (as_a<gassign *> (s));
	      break;
	    case GIMPLE_CALL:
	      stmt_call (as_a<gcall *> (s));
	      break;
	    case GIMPLE_RETURN:
	      stmt_return (as_a<greturn *> (s));
	      break;
	    case GIMPLE_ASM:
	      stmt_asm (as_a<gasm *> (s));
	      break;
	    case GIMPLE_COND:
	    case GIMPLE_SWITCH:
	    case GIMPLE_LABEL:
	    case GIMPLE_GOTO:
	    case GIMPLE_NOP:
	    case GIMPLE_DEBUG:
	    case GIMPLE_PREDICT:
	    case GIMPLE_RESX:
	    case GIMPLE_EH_DISPATCH:
	      break;		/* Control only.  */
	    default:
	      reads_varargs = true;
	      stmt_other (s);
	      break;
	    }
	}
    }
  /* A self-assignment moves a value between two fields, which an object
     with its fields apart must see (graph-stmt.cc, self_assign).  */
  if (esc_fields_any (g))
    for (gassign *s : self_assigns)
      {
	stmt = s;
	stmt_assign (s, false);
      }
  if (stdarg_p (TREE_TYPE (fun->decl)) && !reads_varargs)
    esc_graph_varargs_unread (g);
  /* Every call handing on a va_list was recorded as one (not taken for an
     allocator's, say).  */
  else if (va_followed && va_handed == va_calls)
    esc_graph_varargs_followed (g, va_param);
}

} // namespace esc_build

using namespace esc_build;

bool
esc_defined_here (tree fndecl)
{
  if (!DECL_INITIAL (fndecl) || DECL_EXTERNAL (fndecl))
    return false;
  /* In lto1 a function of another partition is declared only: its body
     is compiled by another ltrans process.  */
  if (in_lto_p)
    {
      cgraph_node *node = cgraph_node::get (fndecl);
      return node && node->has_gimple_body_p () && !node->in_other_partition;
    }
  return true;
}

tree
esc_nth_param (tree fndecl, int i)
{
  tree p = DECL_ARGUMENTS (fndecl);
  for (; p && i > 0; i--)
    p = DECL_CHAIN (p);
  return i < 0 ? NULL_TREE : p;
}

void
esc_function_graph::unknown (const char *why, ...)
{
  calls_unknown = true;
  if (unknown_call)
    return;
  va_list ap;
  va_start (ap, why);
  if (vasprintf (&unknown_call, why, ap) < 0)
    unknown_call = NULL;
  va_end (ap);
}

void
esc_build_graph (function *fun, esc_function_graph *out)
{
  builder b (fun, out);
  b.build ();
}
