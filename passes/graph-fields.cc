/* graph-fields.cc - which object, and which of its bytes, a memory
   access names: the builder's side of core/fields.c.  An access is
   placed only where the pointer it goes through is shown to hold an
   object's start and nothing else (its definitions lead, through copies
   and PHIs, only to local variables' addresses and allocators' results)
   and GCC knows the bytes it covers; anything else reads or writes the
   objects whole, as before.  */

#include "../core/lattice.h"
#include "../core/allocators.h"
#include "../core/summary.h"
#include "../core/transform.h"
#include "../plugin/escape-plugin.h"
#include "../plugin/gcc-headers.h"
#include "tree-dfa.h"
#include "gimple-text.h"
#include "build-graph.h"
#include "functions.h"
#include "graph-builder.h"

namespace esc_build {

/* Add to OBJS the objects pointer PTR may hold the start of; false if it
   may hold anything else (a parameter, a load, arithmetic, a call that is
   not an allocator's this function has seen).  */
bool
builder::start_objects (tree ptr, auto_vec<esc_loc, 4> &objs,
			hash_set<tree> &seen, int depth)
{
  if (depth > 16 || objs.length () > 8)
    return false;
  if (TREE_CODE (ptr) == ADDR_EXPR)
    {
      tree v = TREE_OPERAND (ptr, 0);
      if (!VAR_P (v) || !auto_var_in_fn_p (v, fun->decl))
	return false;
      esc_loc l = decl_loc (v);
      if (l == ESC_LOC_HEAP || l == ESC_LOC_RESULT)
	return false;
      if (!objs.contains (l))
	objs.safe_push (l);
      return true;
    }
  /* A null pointer points to no object.  */
  if (integer_zerop (ptr))
    return true;
  if (TREE_CODE (ptr) != SSA_NAME || SSA_NAME_IS_DEFAULT_DEF (ptr)
      || !POINTER_TYPE_P (TREE_TYPE (ptr)))
    return false;
  if (seen.add (ptr))
    return true;
  gimple *def = SSA_NAME_DEF_STMT (ptr);
  if (esc_loc *site = alloc_results.get (ptr))
    {
      if (!objs.contains (*site))
	objs.safe_push (*site);
      return true;
    }
  if (gphi *phi = dyn_cast<gphi *> (def))
    {
      for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
	if (!start_objects (gimple_phi_arg_def (phi, i), objs, seen,
			    depth + 1))
	  return false;
      return true;
    }
  gassign *a = dyn_cast<gassign *> (def);
  if (!a)
    return false;
  enum tree_code code = gimple_assign_rhs_code (a);
  tree rhs = gimple_assign_rhs1 (a);
  if ((code == SSA_NAME || code == ADDR_EXPR || CONVERT_EXPR_CODE_P (code))
      && POINTER_TYPE_P (TREE_TYPE (rhs)))
    return start_objects (rhs, objs, seen, depth + 1);
  return false;
}

/* If memory reference REF reads or writes known bytes of objects whose
   start the pointer it goes through holds (or of a local variable named),
   put those objects into OBJS and the bytes into *OFF and *SIZE.  */
bool
builder::field_access (tree ref, auto_vec<esc_loc, 4> &objs, long *off,
		       long *size)
{
  if (TREE_CODE (ref) == WITH_SIZE_EXPR || TREE_CODE (ref) == SSA_NAME)
    return false;
  /* A variable index: GCC bounds the bytes it reaches by the array it
     indexes ("m[0][i]" within m[0]), which an index past that array
     leaves, as old code flattening "char *m[2][1]" does (adversarial
     finding): the whole object.  */
  for (tree r = ref; handled_component_p (r); r = TREE_OPERAND (r, 0))
    if ((TREE_CODE (r) == ARRAY_REF || TREE_CODE (r) == ARRAY_RANGE_REF)
	&& TREE_CODE (TREE_OPERAND (r, 1)) != INTEGER_CST)
      return false;
  /* (The _hwi form: the other's C++ name depends on the target, which
     would keep the plugin from loading into another target's compiler to
     say it was not built for it.)  Only an exact extent: known constant
     offset and size, the size it may reach the same.  */
  HOST_WIDE_INT pos, bits;
  bool reverse;
  tree base = get_ref_base_and_extent_hwi (ref, &pos, &bits, &reverse);
  if (!base || bits <= 0)
    return false;
  if (TREE_CODE (base) == MEM_REF
      && TREE_CODE (TREE_OPERAND (base, 0)) == SSA_NAME)
    {
      /* MEM[p + 8]: the offset is the MEM_REF's, not in POS.  */
      poly_offset_int moff = mem_ref_offset (base);
      HOST_WIDE_INT m;
      if (!moff.is_constant () || !wi::fits_shwi_p (moff.to_constant ()))
	return false;
      m = moff.to_constant ().to_shwi ();
      if (m < -(HOST_WIDE_INT_1 << 40) || m > (HOST_WIDE_INT_1 << 40))
	return false;
      pos += m * BITS_PER_UNIT;
      hash_set<tree> seen;
      if (!start_objects (TREE_OPERAND (base, 0), objs, seen, 0))
	return false;
    }
  else if (VAR_P (base) || TREE_CODE (base) == PARM_DECL)
    {
      if (is_global_var (base) || DECL_CONTEXT (base) != fun->decl)
	return false;
      esc_loc l = decl_loc (base);
      if (l == ESC_LOC_HEAP || l == ESC_LOC_RESULT)
	return false;
      objs.safe_push (l);
    }
  else
    return false;
  if (objs.is_empty () || pos < 0)
    return false;
  *off = (long) (pos / BITS_PER_UNIT);
  *size = (long) ((pos + bits + BITS_PER_UNIT - 1) / BITS_PER_UNIT) - *off;
  return true;
}

/* The values a load of REF reads, if it names an object's bytes.  */
bool
builder::field_load (tree ref, values &out)
{
  auto_vec<esc_loc, 4> objs;
  long off, size;
  if (!field_access (ref, objs, &off, &size))
    return false;
  for (esc_loc o : objs)
    {
      value v = { esc_field_read (g, o, off, size), 0 };
      out.safe_push (v);
    }
  return true;
}

/* Store SRC into REF, if it names an object's bytes.  */
bool
builder::field_store (tree ref, const values &src, esc_note n)
{
  auto_vec<esc_loc, 4> objs;
  long off, size;
  if (!field_access (ref, objs, &off, &size))
    return false;
  for (esc_loc o : objs)
    {
      esc_loc cell = esc_field_cell (g, o, off, size);
      for (const value &v : src)
	esc_flow (g, cell, v.loc, v.derefs, n);
    }
  return true;
}

/* LHS = RHS, a struct copied whole: if both name objects' bytes, each
   part of LHS holds the same part of RHS (core/fields.c, esc_field_copy)
   rather than all of it.  */
bool
builder::field_copy (tree lhs, tree rhs, esc_note n)
{
  auto_vec<esc_loc, 4> dsts, srcs;
  long doff, dsize, soff, ssize;
  if (!field_access (lhs, dsts, &doff, &dsize)
      || !field_access (rhs, srcs, &soff, &ssize) || dsize != ssize)
    return false;
  for (esc_loc d : dsts)
    for (esc_loc s : srcs)
      esc_field_copy (g, d, doff, s, soff, dsize, n);
  return true;
}

} // namespace esc_build
