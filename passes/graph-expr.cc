/* graph-expr.cc - operands: the values and references GIMPLE operands
   contribute, and where pointer bits are followed or exposed
   (build-graph.cc's header has the vocabulary).  */

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

/* Can a value of TYPE hold a pointer: is it a pointer, or an aggregate,
   vector or complex value with one inside?  */
bool
builder::carrier (tree type)
{
  if (!type)
    return true;
  if (POINTER_TYPE_P (type))
    return true;
  if (bool *c = carriers.get (type))
    return *c;
  bool c = false;
  switch (TREE_CODE (type))
    {
    case RECORD_TYPE:
    case UNION_TYPE:
    case QUAL_UNION_TYPE:
      for (tree f = TYPE_FIELDS (type); f && !c; f = DECL_CHAIN (f))
	if (TREE_CODE (f) == FIELD_DECL)
	  c = carrier (TREE_TYPE (f));
      break;
    case ARRAY_TYPE:
    case VECTOR_TYPE:
    case COMPLEX_TYPE:
      c = carrier (TREE_TYPE (type));
      break;
    default:
      break;
    }
  carriers.put (type, c);
  return c;
}

/* Is operand OP's value followed: a carrier, or a bit copy (an SSA name
   of another type that is only ever copied)?  */
bool
builder::followed (tree op)
{
  if (!op)
    return false;
  if (carrier (TREE_TYPE (op)))
    return true;
  return TREE_CODE (op) == SSA_NAME && !exposing[SSA_NAME_VERSION (op)];
}

/* Does TYPE_A's value fit TYPE_B's bits exactly (a same-width
   conversion)?  */
static bool
same_width (tree a, tree b)
{
  return TYPE_SIZE (a) && TYPE_SIZE (b)
    && operand_equal_p (TYPE_SIZE (a), TYPE_SIZE (b), 0);
}

static tree
find_tree (tree *t, int *walk_subtrees, void *x)
{
  (void) walk_subtrees;
  return *t == (tree) x ? *t : NULL_TREE;
}

/* Does tree T (or NULL) mention X anywhere within it?  */
bool
mentions (tree t, tree x)
{
  return t && walk_tree (&t, find_tree, x, NULL);
}

/* Is USE's use of NAME (a non-carrier) a copy of its bits?  *TO gets the
   SSA name the bits go on in, if any.  Copies: an SSA copy, a PHI
   argument, the chosen value of a COND_EXPR, a same-width conversion or
   VIEW_CONVERT_EXPR, and a whole store into memory other than a field
   that holds no pointers (bits put there would be read back as data).  */
bool
builder::copy_use (gimple *use, tree name, tree *to)
{
  *to = NULL_TREE;
  if (gphi *phi = dyn_cast<gphi *> (use))
    {
      *to = gimple_phi_result (phi);
      return true;
    }
  gassign *a = dyn_cast<gassign *> (use);
  if (!a || gimple_clobber_p (a))
    return false;
  tree lhs = gimple_assign_lhs (a);
  tree rhs1 = gimple_assign_rhs1 (a);
  enum tree_code code = gimple_assign_rhs_code (a);
  if (code == COND_EXPR)
    {
      if (mentions (rhs1, name))
	return false;
      *to = lhs;
      return TREE_CODE (lhs) == SSA_NAME;
    }
  if (TREE_CODE (rhs1) == VIEW_CONVERT_EXPR && TREE_OPERAND (rhs1, 0) == name
      && TREE_CODE (lhs) == SSA_NAME
      && same_width (TREE_TYPE (lhs), TREE_TYPE (name)))
    {
      *to = lhs;
      return true;
    }
  /* A lane as wide as a pointer taken out of a vector, or a value put
     into one (BIT_INSERT_EXPR), moves bits whole.  */
  if (TREE_CODE (rhs1) == BIT_FIELD_REF && TREE_OPERAND (rhs1, 0) == name
      && TREE_CODE (lhs) == SSA_NAME
      && tree_fits_uhwi_p (TREE_OPERAND (rhs1, 1))
      && tree_to_uhwi (TREE_OPERAND (rhs1, 1)) >= POINTER_SIZE)
    {
      *to = lhs;
      return true;
    }
  if (code == BIT_INSERT_EXPR && TREE_CODE (lhs) == SSA_NAME
      && gimple_assign_rhs3 (a) != name)
    {
      *to = lhs;
      return true;
    }
  if (rhs1 != name)
    return false;
  if (CONVERT_EXPR_CODE_P (code))
    {
      *to = lhs;
      return TREE_CODE (lhs) == SSA_NAME
	&& (INTEGRAL_TYPE_P (TREE_TYPE (lhs))
	    || POINTER_TYPE_P (TREE_TYPE (lhs)))
	&& INTEGRAL_TYPE_P (TREE_TYPE (name))
	&& same_width (TREE_TYPE (lhs), TREE_TYPE (name));
    }
  if (!gimple_assign_single_p (a))
    return false;
  if (TREE_CODE (lhs) == SSA_NAME)
    {
      *to = lhs;
      return true;
    }
  /* A store: of the whole value, not also as an index.  Into a field
     that holds no pointers the bits become data there, as they would in
     a field of a parameter's object trusted to be of its type: what
     they were made from (a read of such a field) is then read as data,
     which typed_param_read leaves to the caller.  */
  return !mentions (lhs, name) && !confined (lhs)
	 && !typed_param_read (lhs);
}

/* Which non-carrier SSA names are exposed: some use computes with them,
   or they are copied into one that is.  */
void
builder::find_exposed ()
{
  exposing.safe_grow_cleared (num_ssa_names);
  auto_vec<tree> work;
  unsigned i;
  tree name;
  FOR_EACH_SSA_NAME (i, name, fun)
    {
      if (virtual_operand_p (name) || carrier (TREE_TYPE (name)))
	continue;
      imm_use_iterator it;
      gimple *use;
      FOR_EACH_IMM_USE_STMT (use, it, name)
	{
	  if (is_gimple_debug (use))
	    continue;
	  tree to;
	  if (!copy_use (use, name, &to))
	    {
	      exposing[i] = 1;
	      work.safe_push (name);
	      break;
	    }
	}
    }
  /* What an exposed value was copied from is exposed.  */
  while (!work.is_empty ())
    {
      tree y = work.pop ();
      if (SSA_NAME_IS_DEFAULT_DEF (y))
	continue;
      gimple *def = SSA_NAME_DEF_STMT (y);
      auto mark = [&] (tree x) {
	if (x && TREE_CODE (x) == SSA_NAME && !virtual_operand_p (x)
	    && !carrier (TREE_TYPE (x)) && !exposing[SSA_NAME_VERSION (x)])
	  {
	    exposing[SSA_NAME_VERSION (x)] = 1;
	    work.safe_push (x);
	  }
      };
      if (gphi *phi = dyn_cast<gphi *> (def))
	for (unsigned k = 0; k < gimple_phi_num_args (phi); k++)
	  mark (gimple_phi_arg_def (phi, k));
      else if (gassign *a = dyn_cast<gassign *> (def))
	{
	  tree rhs1 = gimple_assign_rhs1 (a);
	  if (gimple_assign_rhs_code (a) == COND_EXPR)
	    {
	      mark (gimple_assign_rhs2 (a));
	      mark (gimple_assign_rhs3 (a));
	    }
	  else if (gimple_assign_rhs_code (a) == BIT_INSERT_EXPR)
	    {
	      mark (rhs1);
	      mark (gimple_assign_rhs2 (a));
	    }
	  else if (TREE_CODE (rhs1) == VIEW_CONVERT_EXPR
		   || TREE_CODE (rhs1) == BIT_FIELD_REF)
	    mark (TREE_OPERAND (rhs1, 0));
	  else
	    mark (rhs1);
	}
    }
}

/* Where a memory operand lives.  */
reference
builder::ref_of (tree ref)
{
  reference r = { false, ESC_LOC_HEAP };
  while (handled_component_p (ref))
    ref = TREE_OPERAND (ref, 0);
  switch (TREE_CODE (ref))
    {
    case MEM_REF:
    case TARGET_MEM_REF:
      {
	tree base = TREE_OPERAND (ref, 0);
	if (TREE_CODE (base) == SSA_NAME)
	  {
	    r.indirect = true;
	    r.loc = ssa_loc (base);
	    if (TREE_CODE (ref) == TARGET_MEM_REF && TMR_INDEX2 (ref))
	      /* A second base register: give up on knowing which object.  */
	      r.indirect = false, r.loc = ESC_LOC_HEAP;
	  }
	else if (TREE_CODE (base) == ADDR_EXPR)
	  return ref_of (TREE_OPERAND (base, 0));
	/* Else an absolute address: memory we cannot see.  */
	return r;
      }
    case VAR_DECL:
    case PARM_DECL:
    case RESULT_DECL:
      r.loc = decl_loc (ref);
      return r;
    default:
      /* String literals, constants, code: not local memory.  */
      return r;
    }
}

/* The address of REF.  */
void
builder::address_of (tree ref, values &out)
{
  tree base = ref;
  while (handled_component_p (base))
    base = TREE_OPERAND (base, 0);
  if (TREE_CODE (base) == FUNCTION_DECL || TREE_CODE (base) == LABEL_DECL)
    return;			/* Code, not data.  */
  reference r = ref_of (ref);
  value v = { r.loc, r.indirect ? 0 : -1 };
  out.safe_push (v);
}

/* Every SSA name inside OP goes to the heap: an operand we do not model.  */
void
builder::unknown_operands (tree op, const char *why)
{
  if (!op)
    return;
  if (TREE_CODE (op) == SSA_NAME)
    {
      esc_flow (g, ESC_LOC_HEAP, ssa_loc (op), 0, note (why));
      return;
    }
  if (TREE_CODE (op) == ADDR_EXPR)
    {
      values v;
      address_of (TREE_OPERAND (op, 0), v);
      to_heap (v, note (why));
      return;
    }
  if (EXPR_P (op) || TREE_CODE (op) == CONSTRUCTOR)
    {
      if (TREE_CODE (op) == CONSTRUCTOR)
	{
	  unsigned i;
	  tree elt;
	  FOR_EACH_CONSTRUCTOR_VALUE (CONSTRUCTOR_ELTS (op), i, elt)
	    unknown_operands (elt, why);
	  return;
	}
      for (int i = 0; i < TREE_OPERAND_LENGTH (op); i++)
	unknown_operands (TREE_OPERAND (op, i), why);
    }
}

/* What reading OP contributes.  */
void
builder::value_of (tree op, values &out)
{
  if (!op)
    return;
  switch (TREE_CODE (op))
    {
    case SSA_NAME:
      {
	/* A value that is computed with carries nothing: what it was
	   made from was exposed where it was made.  */
	if (!followed (op))
	  return;
	value v = { ssa_loc (op), 0 };
	out.safe_push (v);
	return;
      }
    case ADDR_EXPR:
      address_of (TREE_OPERAND (op, 0), out);
      return;
    case INTEGER_CST:
      /* A non-null constant used as a pointer: an absolute address.  */
      if (POINTER_TYPE_P (TREE_TYPE (op)) && !integer_zerop (op))
	out.safe_push (heap_address ());
      return;
    case CONSTRUCTOR:
      {
	unsigned i;
	tree elt;
	FOR_EACH_CONSTRUCTOR_VALUE (CONSTRUCTOR_ELTS (op), i, elt)
	  value_of (elt, out);
	return;
      }
    case WITH_SIZE_EXPR:
      value_of (TREE_OPERAND (op, 0), out);
      return;
    case OBJ_TYPE_REF:
      value_of (OBJ_TYPE_REF_EXPR (op), out);
      return;
    default:
      break;
    }
  if (CONSTANT_CLASS_P (op))
    return;
  if (handled_component_p (op))
    {
      /* A part of a register or constant (VIEW_CONVERT_EXPR <long> (p_1),
	 REALPART_EXPR <c_2>) is that value, not a load.  */
      tree base = op;
      while (handled_component_p (base))
	base = TREE_OPERAND (base, 0);
      if (TREE_CODE (base) == SSA_NAME || TREE_CODE (base) == ADDR_EXPR
	  || CONSTANT_CLASS_P (base))
	{
	  value_of (base, out);
	  return;
	}
    }
  if (TREE_CODE (op) == VAR_DECL || TREE_CODE (op) == PARM_DECL
      || TREE_CODE (op) == RESULT_DECL || REFERENCE_CLASS_P (op))
    {
      /* A load: of an object's known bytes, or of what it holds.  */
      if (!field_load (op, out))
	{
	  reference r = ref_of (op);
	  value v = { r.loc, r.indirect ? 1 : 0 };
	  out.safe_push (v);
	}
      /* Read as bytes (a character, a folded memcpy, a union member), the
	 memory may hold pieces of a pointer written through types we do not
	 follow, which this read can put back together.  */
      if (punning_access (op) || char_type (TREE_TYPE (op)))
	out.safe_push (heap_address ());
      return;
    }
  /* Not understood: whatever it reads escapes, and what it yields may
     point anywhere.  */
  unknown_operands (op, "operand not analysed");
  out.safe_push (heap_address ());
}

/* Does REF go through a union member?  Members overlay each other.  */
bool
builder::union_access (tree ref)
{
  for (; handled_component_p (ref); ref = TREE_OPERAND (ref, 0))
    if (TREE_CODE (ref) == COMPONENT_REF
	&& TREE_CODE (TREE_TYPE (TREE_OPERAND (ref, 0))) == UNION_TYPE)
      return true;
  return false;
}

bool
builder::char_type (tree type)
{
  return type && INTEGRAL_TYPE_P (type)
    && TYPE_PRECISION (type) == BITS_PER_UNIT;
}

/* Does REF view memory as other than its declared type, the ways C allows:
   a union member, a may_alias type, or a "ref-all" access (what GCC folds
   memcpy into)?  */
bool
builder::punning_access (tree ref)
{
  if (union_access (ref))
    return true;
  if (lookup_attribute ("may_alias", TYPE_ATTRIBUTES (TREE_TYPE (ref))))
    return true;
  tree base = ref;
  while (handled_component_p (base))
    base = TREE_OPERAND (base, 0);
  if (TREE_CODE (base) == MEM_REF || TREE_CODE (base) == TARGET_MEM_REF)
    {
      tree ptype = TREE_TYPE (TREE_OPERAND (base, 1));
      return POINTER_TYPE_P (ptype) && TYPE_REF_CAN_ALIAS_ALL (ptype);
    }
  return false;
}

/* Is access type TYPE one that may view other types' bytes (may_alias)?  */
bool
may_alias_type (tree type)
{
  return type && lookup_attribute ("may_alias", TYPE_ATTRIBUTES (type));
}

/* The identity of struct type TYPE within the unit, for the core
   (esc_param_pointee_type, esc_call_arg_typed): its main variant's
   TYPE_UID, plus one so that it is never 0.  0 for anything but a struct
   (a union's members overlay each other) or a may_alias one.  */
int
type_identity (tree type)
{
  if (!type || TREE_CODE (type) != RECORD_TYPE || may_alias_type (type))
    return 0;
  tree main = TYPE_MAIN_VARIANT (type);
  if (may_alias_type (main) || !COMPLETE_TYPE_P (main))
    return 0;
  return (int) (TYPE_UID (main) & 0x3fffffff) + 1;
}

/* Does the build read memory as ISO C says (a stored object is read only
   through its own type, or bytes), or as GCC's -fno-strict-aliasing
   dialect lets a program read a pointer through a struct of numbers?
   At -O0 and -O1 GCC turns the flag off without a word from the user: the
   program is still ISO C; at -O2 and up, or when the user said it, the
   flag is the dialect.  */
static bool
iso_aliasing (void)
{
  tree fn = current_function_decl;
  if (opt_for_fn (fn, flag_strict_aliasing))
    return true;
  return !global_options_set.x_flag_strict_aliasing
	 && opt_for_fn (fn, optimize) < 2;
}

/* Does the object expression OBJ (what a named field is selected from)
   really have the type it is accessed as: every member on the way a
   struct's (not a union's), no view as another type, and at its base a
   variable of that type or memory through a typed pointer?  */
static bool
typed_object (tree obj, bool typed_memory)
{
  for (tree r = obj; ; r = TREE_OPERAND (r, 0))
    {
      if (may_alias_type (TREE_TYPE (r)))
	return false;
      switch (TREE_CODE (r))
	{
	case COMPONENT_REF:
	  if (TREE_CODE (TREE_TYPE (TREE_OPERAND (r, 0))) != RECORD_TYPE)
	    return false;
	  continue;
	case ARRAY_REF:
	case ARRAY_RANGE_REF:
	  continue;
	case VAR_DECL:
	case PARM_DECL:
	case RESULT_DECL:
	  return true;
	case MEM_REF:
	case TARGET_MEM_REF:
	  {
	    tree ptr = TREE_OPERAND (r, 0);
	    tree ptype = TREE_TYPE (TREE_OPERAND (r, 1));
	    if (POINTER_TYPE_P (ptype) && TYPE_REF_CAN_ALIAS_ALL (ptype))
	      return false;
	    if (TREE_CODE (ptr) != ADDR_EXPR)
	      /* Memory through a pointer: C's aliasing rules let it be read
		 as this struct only if it is one.  TYPED_MEMORY: the caller
		 of typed_param_read decides that it is.  */
	      return iso_aliasing () || typed_memory;
	    /* A variable viewed whole as a struct: only if it is one.  */
	    tree v = TREE_OPERAND (ptr, 0);
	    return integer_zerop (TREE_OPERAND (r, 1))
	      && types_compatible_p (TYPE_MAIN_VARIANT (TREE_TYPE (v)),
				     TYPE_MAIN_VARIANT (TREE_TYPE (r)))
	      && (DECL_P (v) ? true : typed_object (v, typed_memory));
	  }
	default:
	  return false;
	}
    }
}

/* Does memory reference REF lie within a named field of a struct (not a
   union member) whose type holds no pointers?  Such a field's bytes are
   its own: C gives no way to reach past it by naming it, and pointer bits
   put there are exposed where they are put (store_bits).  */
bool
builder::confined (tree ref, bool typed_memory)
{
  for (tree r = ref; ; r = TREE_OPERAND (r, 0))
    switch (TREE_CODE (r))
      {
      case COMPONENT_REF:
	if (TREE_CODE (TREE_TYPE (TREE_OPERAND (r, 0))) != RECORD_TYPE)
	  return false;		/* A union member overlays the others.  */
	return !carrier (TREE_TYPE (TREE_OPERAND (r, 1)))
	  && !may_alias_type (TREE_TYPE (r))
	  && typed_object (TREE_OPERAND (r, 0), typed_memory);
      case ARRAY_REF:
      case ARRAY_RANGE_REF:
      case REALPART_EXPR:
      case IMAGPART_EXPR:
      case BIT_FIELD_REF:
	continue;		/* Within what it selects from.  */
      case MEM_REF:
	{
	  /* MEM <T> [&x.f + off]: within x.f if it fits.  */
	  tree base = TREE_OPERAND (r, 0);
	  if (TREE_CODE (base) != ADDR_EXPR || r != ref)
	    return false;
	  tree inner = TREE_OPERAND (base, 0);
	  tree size = TYPE_SIZE_UNIT (TREE_TYPE (r));
	  tree isize = TYPE_SIZE_UNIT (TREE_TYPE (inner));
	  if (!handled_component_p (inner) || !size || !isize
	      || !tree_fits_uhwi_p (size) || !tree_fits_uhwi_p (isize))
	    return false;
	  poly_offset_int off = mem_ref_offset (r);
	  if (!off.is_constant () || off.to_constant () < 0
	      || wi::to_offset (size) + off.to_constant ()
		 > wi::to_offset (isize))
	    return false;
	  return confined (inner, typed_memory);
	}
      default:
	/* A variable, memory through a pointer, a VIEW_CONVERT_EXPR: no
	   named field.  */
	return false;
      }
}

/* Can an object of TYPE be read through a named field that holds no
   pointers (a struct with a number in it, at any depth)?  */
bool
builder::confinable (tree type)
{
  if (!type)
    return true;
  if (bool *c = confinables.get (type))
    return *c;
  bool c = false;
  switch (TREE_CODE (type))
    {
    case RECORD_TYPE:
      for (tree f = TYPE_FIELDS (type); f && !c; f = DECL_CHAIN (f))
	if (TREE_CODE (f) == FIELD_DECL)
	  c = !carrier (TREE_TYPE (f)) || confinable (TREE_TYPE (f));
      break;
    case UNION_TYPE:
    case QUAL_UNION_TYPE:
      for (tree f = TYPE_FIELDS (type); f && !c; f = DECL_CHAIN (f))
	if (TREE_CODE (f) == FIELD_DECL)
	  c = confinable (TREE_TYPE (f));
      break;
    case ARRAY_TYPE:
      c = confinable (TREE_TYPE (type));
      break;
    default:
      break;
    }
  confinables.put (type, c);
  return c;
}

/* May the memory LHS stores into be read through a named field that holds
   no pointers?  A local or parameter in memory of a type without such a
   field cannot; memory through a pointer (allocated, the caller's) may be
   read as any struct.  */
bool
builder::named_field_may_read (tree lhs)
{
  tree base = lhs;
  while (handled_component_p (base))
    base = TREE_OPERAND (base, 0);
  if (TREE_CODE (base) == MEM_REF || TREE_CODE (base) == TARGET_MEM_REF)
    {
      /* Through a pointer made from a local's address (a byte-copy loop's
	 "&r + i"): that local.  */
      tree ptr = TREE_OPERAND (base, 0);
      for (int depth = 0; TREE_CODE (ptr) == SSA_NAME && depth < 8; depth++)
	{
	  gassign *a = dyn_cast<gassign *> (SSA_NAME_DEF_STMT (ptr));
	  if (!a)
	    break;
	  enum tree_code code = gimple_assign_rhs_code (a);
	  if (code != POINTER_PLUS_EXPR && code != SSA_NAME
	      && code != ADDR_EXPR && !CONVERT_EXPR_CODE_P (code))
	    break;
	  ptr = gimple_assign_rhs1 (a);
	}
      if (TREE_CODE (ptr) == ADDR_EXPR)
	{
	  base = TREE_OPERAND (ptr, 0);
	  while (handled_component_p (base))
	    base = TREE_OPERAND (base, 0);
	}
    }
  if (TREE_CODE (base) == VAR_DECL || TREE_CODE (base) == PARM_DECL
      || TREE_CODE (base) == RESULT_DECL)
    return decl_loc (base) != ESC_LOC_HEAP && confinable (TREE_TYPE (base));
  return TREE_CODE (base) == MEM_REF || TREE_CODE (base) == TARGET_MEM_REF;
}

/* LHS = SRC, where SRC is a pointer's bits as data (a folded memcpy, a
   byte copy, a struct of numbers).  Where a named field that holds no
   pointers may later read them, trusted to see none, they are exposed
   here instead.  */
void
builder::store_bits (tree lhs, const values &src, esc_note n)
{
  if (src.is_empty ())
    return;
  if (named_field_may_read (lhs))
    flow_into (ESC_LOC_DATA, src, note ("pointer bits stored as data where "
					"a field may read them by name"));
  assign (lhs, src, n);
}

/* Does pointer VAL point into such a field (&s->name, s->buf + i, a copy
   of either)?  Pointer arithmetic cannot leave an array.  */
bool
builder::confined_address (tree val, int depth)
{
  if (depth > 8)
    return false;
  if (TREE_CODE (val) == ADDR_EXPR)
    return handled_component_p (TREE_OPERAND (val, 0))
      && confined (TREE_OPERAND (val, 0));
  if (TREE_CODE (val) != SSA_NAME || SSA_NAME_IS_DEFAULT_DEF (val))
    return false;
  gassign *a = dyn_cast<gassign *> (SSA_NAME_DEF_STMT (val));
  if (!a)
    return false;
  enum tree_code code = gimple_assign_rhs_code (a);
  /* Back from a field to its struct (container_of) leaves the field: a
     negative offset, or a pointer made into one to a type that holds
     pointers.  */
  if (code == POINTER_PLUS_EXPR)
    {
      tree off = gimple_assign_rhs2 (a);
      if (TREE_CODE (off) == INTEGER_CST
	  && tree_int_cst_sign_bit (off))
	return false;
    }
  if (POINTER_TYPE_P (TREE_TYPE (val)) && carrier (TREE_TYPE (TREE_TYPE (val))))
    return false;
  if (code == POINTER_PLUS_EXPR || code == SSA_NAME || code == ADDR_EXPR
      || (CONVERT_EXPR_CODE_P (code)
	  && POINTER_TYPE_P (TREE_TYPE (gimple_assign_rhs1 (a)))))
    return confined_address (gimple_assign_rhs1 (a), depth + 1);
  return false;
}

/* Under -fno-strict-aliasing, is REF a read within a named field that
   holds no pointers (confined, had the memory been trusted to be of its
   type) of what a parameter points to as it came in, at its start, seen
   as the struct type the parameter is declared to point to?  Then that
   parameter's location, else -1.  Whether the object is of that type is
   the caller's to say (esc_summary.typed_reads).  */
tree
builder::typed_param_read (tree ref)
{
  if (iso_aliasing ())
    return NULL_TREE;
  tree base = ref;
  while (handled_component_p (base))
    base = TREE_OPERAND (base, 0);
  if (TREE_CODE (base) != MEM_REF || !integer_zerop (TREE_OPERAND (base, 1)))
    return NULL_TREE;
  tree ptr = TREE_OPERAND (base, 0);
  if (TREE_CODE (ptr) != SSA_NAME || !SSA_NAME_IS_DEFAULT_DEF (ptr))
    return NULL_TREE;
  tree parm = SSA_NAME_VAR (ptr);
  if (!parm || TREE_CODE (parm) != PARM_DECL
      || DECL_CONTEXT (parm) != fun->decl
      || !POINTER_TYPE_P (TREE_TYPE (parm)))
    return NULL_TREE;
  tree ptype = TREE_TYPE (TREE_OPERAND (base, 1));
  if (!POINTER_TYPE_P (ptype) || TYPE_REF_CAN_ALIAS_ALL (ptype))
    return NULL_TREE;
  /* (type_identity is 0 for a may_alias type.)  */
  int t = type_identity (TREE_TYPE (base));
  if (!t || t != type_identity (TREE_TYPE (TREE_TYPE (parm))))
    return NULL_TREE;
  return confined (ref, true) ? parm : NULL_TREE;
}

/* Memory operand REF is read as data (its value is not a bit copy): the
   pointers the memory holds are exposed, unless the read lies within a
   field that holds no pointers.  */
void
builder::read_as_data (tree ref, const char *why)
{
  if (TREE_CODE (ref) == WITH_SIZE_EXPR)
    ref = TREE_OPERAND (ref, 0);
  tree base = ref;
  while (handled_component_p (base))
    base = TREE_OPERAND (base, 0);
  if (TREE_CODE (base) == SSA_NAME || CONSTANT_CLASS_P (base)
      || TREE_CODE (base) == STRING_CST)
    return;
  if (confined (ref))
    {
      /* Under -fno-strict-aliasing a local variable is of its type only
	 if written through its fields' names alone (typed-objects.cc):
	 else a pointer stored through another type may be in the field.
	 Its calls decide the rest when wired.  */
      if (iso_aliasing ())
	return;
      while (TREE_CODE (base) == MEM_REF
	     && TREE_CODE (TREE_OPERAND (base, 0)) == ADDR_EXPR)
	{
	  base = TREE_OPERAND (TREE_OPERAND (base, 0), 0);
	  while (handled_component_p (base))
	    base = TREE_OPERAND (base, 0);
	}
      if (!VAR_P (base) || !auto_var_in_fn_p (base, fun->decl))
	return;
      esc_loc l = decl_loc (base);
      if (l == ESC_LOC_HEAP)
	return;
      int t = type_identity (TREE_TYPE (base));
      if (t && var_typed (base, t))
	esc_var_typed_read (g, l, note (why));
      else
	esc_bytes_read (g, l, -1, note (why));
      return;
    }
  if (tree parm = typed_param_read (ref))
    if (int *p = param_values.get (parm))
      {
	esc_param_typed_read (g, *p);
	return;
      }
  reference r = ref_of (ref);
  esc_bytes_read (g, r.loc, r.indirect ? 0 : -1, note (why));
}

/* Data that is not a pointer's bits (a computed number, a constant, bits
   already exposed) is stored through LHS: a later read of those bytes as
   a pointer (memcpy into one, a union) may make a pointer to anything
   exposed, so the memory may hold any pointer.  Not for a field that
   holds no pointers, which such a read cannot take for one.  */
void
builder::write_data (tree lhs)
{
  if (TREE_CODE (lhs) == SSA_NAME || confined (lhs))
    return;
  values h;
  h.safe_push (heap_address ());
  assign (lhs, h, note ("data written over pointer storage"));
}

} // namespace esc_build
