/* graph-stmt.cc - statements other than calls: assignments, PHIs,
   returns, asm, and anything else (which escapes, with a note).  */

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

/* Is the right-hand side of single assignment S a read of memory (not a
   register, a constant or a part of one)?  */
static bool
reads_memory (gassign *s)
{
  if (!gimple_assign_single_p (s))
    return false;
  tree rhs = gimple_assign_rhs1 (s);
  if (TREE_CODE (rhs) == SSA_NAME || TREE_CODE (rhs) == ADDR_EXPR
      || CONSTANT_CLASS_P (rhs) || TREE_CODE (rhs) == CONSTRUCTOR)
    return false;
  tree base = rhs;
  while (handled_component_p (base))
    base = TREE_OPERAND (base, 0);
  return DECL_P (base) || TREE_CODE (base) == MEM_REF
    || TREE_CODE (base) == TARGET_MEM_REF;
}

/* The function of another unit whose result memory LHS lies in
   ("o->buf" after "o = obj_new ()"), or NULL.  If it returns fresh memory
   (an allocator wrapper defined elsewhere), what is stored there escapes
   only because the plugin cannot see that: the store's words say so.  */
static tree
extern_result_base (tree lhs)
{
  tree base = get_base_address (lhs);
  if (!base || TREE_CODE (base) != MEM_REF)
    return NULL_TREE;
  tree p = TREE_OPERAND (base, 0);
  for (int k = 0; k < 4 && TREE_CODE (p) == SSA_NAME
       && !SSA_NAME_IS_DEFAULT_DEF (p); k++)
    {
      gimple *def = SSA_NAME_DEF_STMT (p);
      if (is_gimple_call (def))
	{
	  tree fn = gimple_call_fndecl (def);
	  if (!fn || gimple_call_internal_p (def) || !TREE_PUBLIC (fn)
	      || !DECL_NAME (fn) || fndecl_built_in_p (fn)
	      || DECL_IN_SYSTEM_HEADER (fn)
	      || (esc_library_symbol (fn)
		  && esc_libc_summary (IDENTIFIER_POINTER (DECL_NAME (fn)))))
	    return NULL_TREE;
	  cgraph_node *node = cgraph_node::get (fn);
	  return node && node->definition ? NULL_TREE : fn;
	}
      if (!is_gimple_assign (def))
	return NULL_TREE;
      enum tree_code code = gimple_assign_rhs_code (def);
      if (code != SSA_NAME && !CONVERT_EXPR_CODE_P (code)
	  && code != POINTER_PLUS_EXPR)
	return NULL_TREE;
      p = gimple_assign_rhs1 (def);
    }
  return NULL_TREE;
}

/* "store", or "store into what f returns (f is defined in another
   unit)" for a store into memory a function of another unit returned.  */
static const char *
store_why (tree lhs, char *buf, size_t size)
{
  tree fn = extern_result_base (lhs);
  if (!fn)
    return "store";
  const char *name = IDENTIFIER_POINTER (DECL_NAME (fn));
  cgraph_node *node = cgraph_node::get (fn);
  if (in_lto_p && node && node->in_other_partition)
    snprintf (buf, size, "store into what %s returns (%s is compiled in "
	      "another LTO partition)", name, name);
  else
    snprintf (buf, size, "store into what %s returns (%s is defined in "
	      "another unit)", name, name);
  return buf;
}

/* Self-assignment (Go's isSelfAssign): "p->p1 = p->p2" stores into the
   object p points to a value loaded from that same object, so the object
   already held it, and the store changes nothing that escapes.  (Through
   the graph it would not look so: p may point to several objects, and
   each would receive the others' contents; at run time p is one of
   them.)  The pointer must be the same value on both sides: one SSA name,
   moved within its object by arithmetic (C forbids crossing objects), or
   loaded twice from the same place with no store in between (the same
   virtual operand).  Both accesses must read and write pointers (or whole
   aggregates of one type) as what they are: no union member, may_alias
   type, ref-all access or character type (they may assemble a pointer
   from bytes, which the load's value then holds besides what the object
   held), nor volatile.  */

/* The pointer a pointer value is made from by conversions and arithmetic
   within its object (p + 8, &p->inner).  */
static tree
object_pointer (tree p)
{
  for (int k = 0; k < 8; k++)
    {
      if (TREE_CODE (p) == ADDR_EXPR)
	{
	  tree base = TREE_OPERAND (p, 0);
	  while (handled_component_p (base))
	    base = TREE_OPERAND (base, 0);
	  if (TREE_CODE (base) != MEM_REF)
	    return p;
	  p = TREE_OPERAND (base, 0);
	  continue;
	}
      if (TREE_CODE (p) != SSA_NAME || SSA_NAME_IS_DEFAULT_DEF (p))
	return p;
      gassign *def = dyn_cast<gassign *> (SSA_NAME_DEF_STMT (p));
      if (!def)
	return p;
      enum tree_code code = gimple_assign_rhs_code (def);
      tree rhs = gimple_assign_rhs1 (def);
      if (code == POINTER_PLUS_EXPR
	  || ((code == SSA_NAME || CONVERT_EXPR_CODE_P (code)
	       || code == ADDR_EXPR)
	      && POINTER_TYPE_P (TREE_TYPE (rhs))))
	p = rhs;
      else
	return p;
    }
  return p;
}

bool
builder::plain_access (tree ref)
{
  if (TREE_THIS_VOLATILE (ref) || punning_access (ref)
      || char_type (TREE_TYPE (ref)))
    return false;
  for (tree r = ref; ; r = TREE_OPERAND (r, 0))
    {
      if (TREE_THIS_VOLATILE (r)
	  || lookup_attribute ("may_alias", TYPE_ATTRIBUTES (TREE_TYPE (r))))
	return false;
      switch (TREE_CODE (r))
	{
	case COMPONENT_REF:
	  if (TREE_CODE (TREE_TYPE (TREE_OPERAND (r, 0))) != RECORD_TYPE)
	    return false;
	  continue;
	case ARRAY_REF:
	  continue;
	case MEM_REF:
	  return TREE_CODE (TREE_OPERAND (r, 0)) == SSA_NAME;
	default:
	  return false;
	}
    }
}

/* Do pointers A and B hold the same value, or point into the same object
   by arithmetic?  */
static bool same_ref (tree a, tree b, int depth);

static bool
same_pointer (tree a, tree b, int depth)
{
  a = object_pointer (a);
  b = object_pointer (b);
  if (a == b)
    return TREE_CODE (a) == SSA_NAME;
  if (depth > 4 || TREE_CODE (a) != SSA_NAME || TREE_CODE (b) != SSA_NAME
      || SSA_NAME_IS_DEFAULT_DEF (a) || SSA_NAME_IS_DEFAULT_DEF (b))
    return false;
  gassign *da = dyn_cast<gassign *> (SSA_NAME_DEF_STMT (a));
  gassign *db = dyn_cast<gassign *> (SSA_NAME_DEF_STMT (b));
  if (!da || !db || !gimple_assign_single_p (da)
      || !gimple_assign_single_p (db) || !gimple_vuse (da)
      || gimple_vuse (da) != gimple_vuse (db))
    return false;
  return same_ref (gimple_assign_rhs1 (da), gimple_assign_rhs1 (db),
		   depth + 1);
}

/* Are A and B the same access path (fields, indices, offsets) from the
   same pointer?  */
static bool
same_ref (tree a, tree b, int depth)
{
  for (;; a = TREE_OPERAND (a, 0), b = TREE_OPERAND (b, 0))
    {
      if (TREE_CODE (a) != TREE_CODE (b)
	  || !types_compatible_p (TREE_TYPE (a), TREE_TYPE (b)))
	return false;
      switch (TREE_CODE (a))
	{
	case COMPONENT_REF:
	  if (TREE_OPERAND (a, 1) != TREE_OPERAND (b, 1))
	    return false;
	  continue;
	case ARRAY_REF:
	  if (!operand_equal_p (TREE_OPERAND (a, 1), TREE_OPERAND (b, 1), 0))
	    return false;
	  continue;
	case MEM_REF:
	  return tree_int_cst_equal (TREE_OPERAND (a, 1), TREE_OPERAND (b, 1))
	    && same_pointer (TREE_OPERAND (a, 0), TREE_OPERAND (b, 0), depth);
	default:
	  return false;
	}
    }
}

/* The innermost pointer REF goes through (a plain access).  */
static tree
ref_pointer (tree ref)
{
  while (handled_component_p (ref))
    ref = TREE_OPERAND (ref, 0);
  return TREE_OPERAND (ref, 0);
}

/* Is store S a self-assignment: "p->p1 = p->p2" (a pointer loaded from
   and stored into the object p points to), or "p->a = p->b" (a whole
   aggregate of one type)?  */
bool
builder::self_assign (gassign *s)
{
  tree lhs = gimple_assign_lhs (s);
  tree rhs = gimple_assign_rhs1 (s);
  if (!gimple_assign_single_p (s) || !plain_access (lhs) || confined (lhs))
    return false;
  if (TREE_CODE (rhs) == SSA_NAME)
    {
      if (!POINTER_TYPE_P (TREE_TYPE (lhs))
	  || !POINTER_TYPE_P (TREE_TYPE (rhs))
	  || SSA_NAME_IS_DEFAULT_DEF (rhs))
	return false;
      gassign *def = dyn_cast<gassign *> (SSA_NAME_DEF_STMT (rhs));
      if (!def || !gimple_assign_single_p (def))
	return false;
      rhs = gimple_assign_rhs1 (def);
      if (!POINTER_TYPE_P (TREE_TYPE (rhs)))
	return false;
    }
  else if (!AGGREGATE_TYPE_P (TREE_TYPE (lhs))
	   || TYPE_MAIN_VARIANT (TREE_TYPE (lhs))
	      != TYPE_MAIN_VARIANT (TREE_TYPE (rhs)))
    return false;
  if (!handled_component_p (rhs) && TREE_CODE (rhs) != MEM_REF)
    return false;
  if (!plain_access (rhs))
    return false;
  return same_pointer (ref_pointer (lhs), ref_pointer (rhs), 0);
}

void
builder::stmt_assign (gassign *s, bool self_ok)
{
  tree lhs = gimple_assign_lhs (s);
  enum tree_code code = gimple_assign_rhs_code (s);
  tree rhs1 = gimple_assign_rhs1 (s);
  tree ltype = TREE_TYPE (lhs);

  if (gimple_clobber_p (s))
    return;
  if (TREE_CODE (lhs) != SSA_NAME && self_ok && self_assign (s))
    {
      /* Through a parameter's incoming value, the object is the
	 caller's, never one of this activation with its fields apart
	 (graph-fields.cc): the caller's call mixes its own.  Else the
	 store is made after all if some object has its fields apart.  */
      tree p = object_pointer (ref_pointer (lhs));
      if (!(TREE_CODE (p) == SSA_NAME && SSA_NAME_IS_DEFAULT_DEF (p)
	    && SSA_NAME_VAR (p) && TREE_CODE (SSA_NAME_VAR (p)) == PARM_DECL))
	self_assigns.safe_push (s);
      return;
    }
  bool load = reads_memory (s);
  enum gimple_rhs_class rclass = get_gimple_rhs_class (code);

  if (TREE_CODE (lhs) == SSA_NAME && !followed (lhs))
    {
      /* The value is computed with: whatever made it is exposed here.
	 Comparing pointers exposes nothing (C gives the result no way
	 back to the object), nor does their difference (an offset).  */
      if (load)
	{
	  read_as_data (rhs1, "pointer bytes read as data");
	  return;
	}
      if (code == POINTER_DIFF_EXPR || TREE_CODE_CLASS (code) == tcc_comparison)
	return;
      tree ops[3] = { rhs1, NULL_TREE, NULL_TREE };
      if (rclass == GIMPLE_BINARY_RHS || rclass == GIMPLE_TERNARY_RHS)
	ops[1] = gimple_assign_rhs2 (s);
      if (rclass == GIMPLE_TERNARY_RHS)
	ops[2] = gimple_assign_rhs3 (s);
      if (code == COND_EXPR && COMPARISON_CLASS_P (rhs1))
	ops[0] = NULL_TREE;
      for (tree op : ops)
	{
	  if (!op)
	    continue;
	  values v;
	  value_of (op, v);
	  tree inner = op;
	  while (handled_component_p (inner))
	    inner = TREE_OPERAND (inner, 0);
	  const char *why = CONVERT_EXPR_CODE_P (code)
	    && POINTER_TYPE_P (TREE_TYPE (inner))
	    ? "pointer converted to integer" : "pointer bits used as data";
	  to_heap (v, note (why));
	}
      return;
    }

  values src;
  const char *why = "assign";
  char words[400];		/* store_why's */
  switch (rclass)
    {
    case GIMPLE_SINGLE_RHS:
      if (load && TREE_CODE (lhs) != SSA_NAME && !carrier (ltype))
	{
	  /* Memory copied into memory as bytes (a folded memcpy of a
	     buffer, a struct of numbers).  */
	  if (confined (rhs1))
	    write_data (lhs);
	  else if (confined (lhs))
	    read_as_data (rhs1, "pointer bytes copied into a field that "
			  "holds no pointers");
	  else
	    {
	      value_of (rhs1, src);
	      store_bits (lhs, src, note (ref_of (lhs).indirect
					  ? store_why (lhs, words,
						       sizeof words)
					  : "assign"));
	    }
	  return;
	}
      /* A struct copied whole between objects whose bytes are named:
	 part by part (graph-fields.cc).  Not where the bytes may be read
	 as another type's (punning_access): value_of adds the heap.  */
      if (load && TREE_CODE (lhs) != SSA_NAME && AGGREGATE_TYPE_P (ltype)
	  && !punning_access (rhs1) && !punning_access (lhs)
	  && field_copy (lhs, rhs1, note ("assign")))
	return;
      value_of (rhs1, src);
      if (TREE_CODE (rhs1) == ADDR_EXPR)
	why = "address-of";
      else if (TREE_CODE (rhs1) == VIEW_CONVERT_EXPR
	       || TREE_CODE (rhs1) == BIT_FIELD_REF)
	{
	  tree from = TREE_OPERAND (rhs1, 0);
	  if (POINTER_TYPE_P (ltype) && !POINTER_TYPE_P (TREE_TYPE (from)))
	    {
	      src.safe_push (heap_address ());
	      why = "integer converted to pointer";
	    }
	}
      break;
    case GIMPLE_UNARY_RHS:
      value_of (rhs1, src);
      if (POINTER_TYPE_P (ltype) && !POINTER_TYPE_P (TREE_TYPE (rhs1)))
	{
	  /* An integer made into a pointer may point anywhere.  */
	  src.safe_push (heap_address ());
	  why = "integer converted to pointer";
	}
      break;
    case GIMPLE_BINARY_RHS:
      /* A comparison's result holds no pointer; a pointer difference is an
	 offset, which reaches nothing by itself: adding it back to a
	 pointer stays within that pointer's object (C forbids crossing
	 objects).  */
      if (code == POINTER_DIFF_EXPR || TREE_CODE_CLASS (code) == tcc_comparison)
	break;
      value_of (rhs1, src);
      value_of (gimple_assign_rhs2 (s), src);
      break;
    case GIMPLE_TERNARY_RHS:
      if (code != COND_EXPR && code != VEC_COND_EXPR)
	value_of (rhs1, src);
      value_of (gimple_assign_rhs2 (s), src);
      value_of (gimple_assign_rhs3 (s), src);
      break;
    default:
      unknown_operands (rhs1, "operation not analysed");
      src.safe_push (heap_address ());
      why = "operation not analysed";
      break;
    }

  if (TREE_CODE (lhs) != SSA_NAME)
    {
      if (!carrier (ltype) && !(TREE_CODE (rhs1) == SSA_NAME
				&& followed (rhs1)))
	{
	  /* A number, a constant, bits already exposed.  */
	  write_data (lhs);
	  return;
	}
      if (confined (lhs))
	/* A pointer's bits put into a field that holds no pointers, where
	   reading the field by name will take them for data.  */
	to_heap (src, note ("pointer stored into a field that holds no "
			    "pointers"));
      if (ref_of (lhs).indirect)
	why = store_why (lhs, words, sizeof words);
      if (!carrier (ltype))
	{
	  store_bits (lhs, src, note (why));
	  return;
	}
    }
  if (src.is_empty ())
    return;
  assign (lhs, src, note (why));
}

void
builder::stmt_phi (gphi *phi)
{
  tree res = gimple_phi_result (phi);
  if (virtual_operand_p (res) || !followed (res))
    return;
  basic_block bb = gimple_bb (phi);
  class loop *loop = bb->loop_father;
  bool header = loop && loop->header == bb && loop_outer (loop);
  esc_loc dst = ssa_loc (res);
  for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
    {
      values v;
      value_of (gimple_phi_arg_def (phi, i), v);
      if (v.is_empty ())
	continue;
      edge e = gimple_phi_arg_edge (phi, i);
      bool carried = header && flow_bb_inside_loop_p (loop, e->src);
      esc_note n = ESC_NO_NOTE;
      if (explain)
	{
	  esc_text t;
	  esc_render_stmt (&t, phi);
	  n = note_at (carried ? "carried into the next loop iteration"
		       : "where control flow merges",
		       gimple_phi_arg_location (phi, i), t.str ());
	}
      flow_into (dst, v, n);
    }
}

void
builder::stmt_return (greturn *s)
{
  tree v = gimple_return_retval (s);
  if (!v || TREE_CODE (v) == RESULT_DECL)
    return;
  if (TREE_CODE (v) != SSA_NAME && !carrier (TREE_TYPE (v))
      && !CONSTANT_CLASS_P (v))
    {
      read_as_data (v, "pointer bytes returned as data");
      return;
    }
  if (!followed (v))
    return;
  values src;
  value_of (v, src);
  flow_into (ESC_LOC_RESULT, src, note ("return"));
}

void
builder::stmt_asm (gasm *s)
{
  /* We do not read assembly: its operands, and the objects they address,
     escape; its outputs may point anywhere.  Text other than blanks may
     call a function, code nobody sees for re-entry (adversarial finding:
     "call hook"); an empty asm is a barrier.  */
  for (const char *t = gimple_asm_string (s); t && *t; t++)
    if (!ISSPACE (*t))
      {
	out->unknown ("it runs assembly at line %d",
		      LOCATION_LINE (gimple_location (s)));
	break;
      }
  for (unsigned i = 0; i < gimple_asm_ninputs (s); i++)
    {
      tree op = TREE_VALUE (gimple_asm_input_op (s, i));
      values v;
      if (TREE_CODE (op) == SSA_NAME || TREE_CODE (op) == ADDR_EXPR
	  || CONSTANT_CLASS_P (op))
	value_of (op, v);
      else
	address_of (op, v);	/* A memory operand: the asm has its address.  */
      to_heap (v, note ("asm operand"));
    }
  for (unsigned i = 0; i < gimple_asm_noutputs (s); i++)
    {
      tree op = TREE_VALUE (gimple_asm_output_op (s, i));
      if (TREE_CODE (op) != SSA_NAME)
	{
	  values a;
	  address_of (op, a);
	  to_heap (a, note ("asm operand"));
	}
      values h;
      h.safe_push (heap_address ());
      assign (op, h, note ("asm operand"));
    }
}

/* A statement kind we have no model for: its operands escape, its
   definitions may point anywhere.  */
void
builder::stmt_other (gimple *s)
{
  ssa_op_iter it;
  tree op;
  FOR_EACH_SSA_TREE_OPERAND (op, s, it, SSA_OP_USE)
    if (followed (op))
      esc_flow (g, ESC_LOC_HEAP, ssa_loc (op), 0,
		note ("statement not analysed"));
  FOR_EACH_SSA_TREE_OPERAND (op, s, it, SSA_OP_DEF)
    if (followed (op))
      esc_flow (g, ssa_loc (op), ESC_LOC_HEAP, -1,
		note ("statement not analysed"));
}


} // namespace esc_build
