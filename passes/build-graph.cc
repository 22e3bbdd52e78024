/* build-graph.cc - GIMPLE to escape graph.

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
   holds no pointers: C keeps such a field's bytes its own.  Anything this
   file does not model escapes too, with a note that says so.  */

#include "../core/lattice.h"
#include "../core/allocators.h"
#include "../core/summary.h"
#include "../core/transform.h"
#include "../plugin/escape-plugin.h"
#include "../plugin/gcc-headers.h"
#include "gimple-text.h"
#include "build-graph.h"
#include "functions.h"

/* cc1's -fhosted / -ffreestanding (c-family), not in the plugin headers.
   Weak: lto1 has no C front end, and a plugin loaded there must load.  */
extern int flag_hosted __attribute__ ((weak));

namespace {

void site_from_model (esc_site *st, const esc_allocator *a,
		      const char *name);
const esc_allocator *call_model (gcall *s, const char **name);
static bool from_param (tree v, int depth, hash_map<tree, int> &seen);

struct value
{
  esc_loc loc;
  int derefs;
};

struct reference
{
  bool indirect;		/* Through the pointer LOC, else in object LOC.  */
  esc_loc loc;
};

typedef auto_vec<value, 4> values;

class builder
{
public:
  builder (function *fun, esc_function_graph *out);
  void build ();

private:
  function *fun;
  esc_function_graph *out;
  esc_graph *g;
  hash_map<tree, int> decls;	/* Local objects in memory.  */
  auto_vec<int> ssa;		/* By SSA version; -1 until needed.  */
  hash_map<tree, int> param_values;
  auto_vec<int> irreducible;	/* Block index -> in an irreducible loop.  */
  auto_vec<char> failing;	/* Block index -> runs only when a call in
				   this function returned NULL.  */

  const gimple *stmt;		/* The statement being translated.  */
  esc_note cur_note;
  /* Notes are made only when something prints flow paths (-m=2, the
     JSON report): rendering statements is most of the cost.  */
  bool explain;
  int order;			/* Calls seen so far.  */

  /* Locations.  */
  esc_loc ssa_loc (tree name);
  esc_loc decl_loc (tree decl);
  int bb_depth (basic_block bb);
  int ssa_depth (tree name);

  /* Operands.  */
  hash_map<tree, bool> carriers;	/* carrier () by type.  */
  auto_vec<unsigned char> exposing;	/* By SSA version.  */
  bool carrier (tree type);
  bool followed (tree op);
  void find_exposed ();
  reference ref_of (tree ref);
  void value_of (tree op, values &out);
  void address_of (tree ref, values &out);
  void unknown_operands (tree op, const char *why);
  bool union_access (tree ref);
  bool punning_access (tree ref);
  bool char_type (tree type);
  bool confined (tree ref);
  hash_map<tree, bool> confinables;	/* confinable () by type.  */
  bool confinable (tree type);
  bool named_field_may_read (tree lhs);
  void store_bits (tree lhs, const values &src, esc_note n);
  bool copy_use (gimple *use, tree name, tree *to);
  bool confined_address (tree val, int depth = 0);
  void read_as_data (tree ref, const char *why);
  void write_data (tree lhs);

  /* Flows.  */
  esc_note note (const char *why);
  esc_note note_at (const char *why, location_t loc, const char *where);
  void flow_into (esc_loc dst, const values &src, esc_note n);
  void assign (tree lhs, const values &src, esc_note n);
  void to_heap (const values &src, esc_note n);
  value heap_address () { value v = { ESC_LOC_HEAP, -1 }; return v; }

  /* Statements.  */
  void stmt_assign (gassign *s);
  void stmt_call (gcall *s);
  void stmt_phi (gphi *phi);
  void stmt_return (greturn *s);
  void stmt_asm (gasm *s);
  void stmt_other (gimple *s);
  bool call_builtin (gcall *s, tree fndecl);
  void call_alloc (gcall *s, const esc_allocator *a, const char *name);
  esc_loc site_loc (gcall *s);
  void record_call (gcall *s, tree fndecl);
  esc_loc argument (tree arg, int depth);
  int record_free (gcall *s, int arg, esc_free_kind kind, int family);
  void mark_irreducible ();
  void refine_setjmp ();
  hash_set<tree> fn_seen;
  void note_fn_refs (tree t, int depth);
  void note_arg_fn_refs (gcall *s, int callee);
  void mark_failing ();
};

builder::builder (function *f, esc_function_graph *o)
  : fun (f), out (o), g (NULL), stmt (NULL), cur_note (ESC_NO_NOTE),
    explain (escape_options.m_level >= 2 || escape_options.report_path[0]),
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
  /* Locals in memory count as declared outside every loop: GIMPLE keeps no
     loop scope for them, and depth 0 is the conservative choice.  */
  esc_loc l = esc_loc_new (g, ESC_VAR, n ? n : "{temp}", 0,
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

/* Does TREE T mention NAME?  */
static tree
find_name (tree *t, int *walk_subtrees, void *name)
{
  (void) walk_subtrees;
  return *t == (tree) name ? *t : NULL_TREE;
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
      if (walk_tree (&rhs1, find_name, name, NULL))
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
  /* A store: of the whole value, not also as an index.  */
  return !walk_tree (&lhs, find_name, name, NULL) && !confined (lhs);
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

esc_note
builder::note_at (const char *why, location_t loc, const char *where)
{
  return esc_note_new (g, where, why, esc_pos_of (loc));
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
	      || esc_libc_summary (IDENTIFIER_POINTER (DECL_NAME (fn))))
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
  snprintf (buf, size, "store into what %s returns (%s is defined in "
	    "another unit)", name, name);
  return buf;
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
      /* A load.  */
      reference r = ref_of (op);
      value v = { r.loc, r.indirect ? 1 : 0 };
      out.safe_push (v);
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
  reference r = ref_of (lhs);
  for (const value &v : src)
    if (r.indirect)
      esc_store (g, r.loc, v.loc, v.derefs, n);
    else
      esc_flow (g, r.loc, v.loc, v.derefs, n);
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
static bool
may_alias_type (tree type)
{
  return type && lookup_attribute ("may_alias", TYPE_ATTRIBUTES (type));
}

/* Does the object expression OBJ (what a named field is selected from)
   really have the type it is accessed as: every member on the way a
   struct's (not a union's), no view as another type, and at its base a
   variable of that type or memory through a typed pointer?  */
static bool
typed_object (tree obj)
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
		 as this struct only if it is one.  */
	      return true;
	    /* A variable viewed whole as a struct: only if it is one.  */
	    tree v = TREE_OPERAND (ptr, 0);
	    return integer_zerop (TREE_OPERAND (r, 1))
	      && types_compatible_p (TYPE_MAIN_VARIANT (TREE_TYPE (v)),
				     TYPE_MAIN_VARIANT (TREE_TYPE (r)))
	      && (DECL_P (v) ? true : typed_object (v));
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
builder::confined (tree ref)
{
  for (tree r = ref; ; r = TREE_OPERAND (r, 0))
    switch (TREE_CODE (r))
      {
      case COMPONENT_REF:
	if (TREE_CODE (TREE_TYPE (TREE_OPERAND (r, 0))) != RECORD_TYPE)
	  return false;		/* A union member overlays the others.  */
	return !carrier (TREE_TYPE (TREE_OPERAND (r, 1)))
	  && !may_alias_type (TREE_TYPE (r))
	  && typed_object (TREE_OPERAND (r, 0));
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
	  return confined (inner);
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
      || TREE_CODE (base) == STRING_CST || confined (ref))
    return;
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

void
builder::stmt_assign (gassign *s)
{
  tree lhs = gimple_assign_lhs (s);
  enum tree_code code = gimple_assign_rhs_code (s);
  tree rhs1 = gimple_assign_rhs1 (s);
  tree ltype = TREE_TYPE (lhs);

  if (gimple_clobber_p (s))
    return;
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
	      char words[400];
	      store_bits (lhs, src, note (ref_of (lhs).indirect
					  ? store_why (lhs, words,
						       sizeof words)
					  : "assign"));
	    }
	  return;
	}
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
     escape; its outputs may point anywhere.  */
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

/* The storage of allocation call S, named by the call's text.  */
esc_loc
builder::site_loc (gcall *s)
{
  esc_text name;
  esc_render_call (&name, s);
  basic_block bb = gimple_bb (s);
  esc_loc site = esc_loc_new (g, ESC_ALLOC, name.str (), bb_depth (bb),
			      esc_pos_of (gimple_location (s)));
  if (irreducible[bb->index])
    /* No loop depth tells whether it outlives an iteration.  */
    esc_force_escape (g, site, note ("allocated in a loop with more than one entry"));
  return site;
}

/* A call to malloc and friends: a new allocation site.  */
void
builder::call_alloc (gcall *s, const esc_allocator *a, const char *aname)
{
  esc_loc site = site_loc (s);
  esc_site rec;
  rec.call = s;
  rec.loc = site;
  rec.order = order++;
  site_from_model (&rec, a, aname);
  out->sites.safe_push (rec);

  if (a->role == ESC_ROLE_REALLOC)
    record_free (s, a->ptr_arg, ESC_FREE_REALLOC, a->family);
  tree lhs = gimple_call_lhs (s);
  if (!lhs)
    return;
  values v;
  value r = { site, -1 };
  v.safe_push (r);
  assign (lhs, v, note ("assign"));
  /* strdup and strndup read their string as data (so what it holds is
     exposed, and a copy of its bytes holds nothing else).  */
  if (a->family == ESC_FAMILY_LIBC && gimple_call_num_args (s) > 0
      && (strcmp (a->name, "strdup") == 0 || strcmp (a->name, "strndup") == 0))
    {
      esc_loc src = argument (gimple_call_arg (s, 0), bb_depth (gimple_bb (s)));
      if (src >= 0)
	{
	  esc_bytes_read (g, src, 0, note ("call parameter, strdup reads what "
					   "it points to as data"));
	}
    }
  if (a->role == ESC_ROLE_REALLOC)
    {
      /* realloc may hand back its argument's block.  */
      esc_loc p = argument (gimple_call_arg (s, a->ptr_arg),
			    bb_depth (gimple_bb (s)));
      if (p < 0)
	return;
      esc_note n = note ("realloc may return its argument");
      if (TREE_CODE (lhs) == SSA_NAME)
	esc_realloc_return (g, ssa_loc (lhs), p, n);
      else
	{
	  values pv;
	  value pr = { p, 0 };
	  pv.safe_push (pr);
	  assign (lhs, pv, n);
	}
    }
}

/* The location an argument's value is in: itself when it is one value,
   else a temporary that receives them all.  -1 if it carries nothing.  */
esc_loc
builder::argument (tree arg, int depth)
{
  /* A variable-size object passed by value: the object.  */
  if (TREE_CODE (arg) == WITH_SIZE_EXPR)
    arg = TREE_OPERAND (arg, 0);
  if (TREE_CODE (arg) != ADDR_EXPR && TREE_CODE (arg) != SSA_NAME
      && !CONSTANT_CLASS_P (arg) && !carrier (TREE_TYPE (arg)))
    {
      /* A struct of numbers passed by value: its bytes are data.  */
      read_as_data (arg, "pointer bytes passed as data");
      return -1;
    }
  if (TREE_CODE (arg) != ADDR_EXPR && !followed (arg))
    return -1;
  values v;
  value_of (arg, v);
  if (v.is_empty ())
    return -1;
  if (v.length () == 1 && v[0].derefs == 0)
    return v[0].loc;
  esc_loc a = esc_loc_new (g, ESC_VALUE, "{temp}", depth,
			   esc_pos_of (gimple_location (stmt)));
  flow_into (a, v, note ("call argument"));
  return a;
}

/* free or realloc of argument ARG of S: the transform must know every
   place an object may be freed.  */
int
builder::record_free (gcall *s, int arg, esc_free_kind kind, int family)
{
  esc_loc a = argument (gimple_call_arg (s, arg), bb_depth (gimple_bb (s)));
  if (a < 0)
    return -1;
  esc_free_call rec = { s, esc_free_new_in (g, a, kind, family), arg };
  out->frees.safe_push (rec);
  return rec.site;
}

/* Builtins GCC itself puts into GIMPLE, whose effect on pointers is
   simple.  Returns false for everything else.  */
bool
builder::call_builtin (gcall *s, tree fndecl)
{
  if (!fndecl_built_in_p (fndecl, BUILT_IN_NORMAL))
    return false;
  tree lhs = gimple_call_lhs (s);
  switch (DECL_FUNCTION_CODE (fndecl))
    {
    case BUILT_IN_EXPECT:
    case BUILT_IN_EXPECT_WITH_PROBABILITY:
    case BUILT_IN_ASSUME_ALIGNED:
      {
	/* Returns its first argument.  */
	values v;
	value_of (gimple_call_arg (s, 0), v);
	assign (lhs, v, note ("assign"));
	return true;
      }
    case BUILT_IN_ALLOCA:
    case BUILT_IN_ALLOCA_WITH_ALIGN:
    case BUILT_IN_ALLOCA_WITH_ALIGN_AND_MAX:
      {
	/* Already on the stack: an object, not an allocation site.  */
	esc_text t;
	esc_render_call (&t, s);
	esc_loc obj = esc_loc_new (g, ESC_VAR, t.str (),
				   bb_depth (gimple_bb (s)),
				   esc_pos_of (gimple_location (s)));
	values v;
	value r = { obj, -1 };
	v.safe_push (r);
	assign (lhs, v, note ("assign"));
	return true;
      }
    case BUILT_IN_APPLY_ARGS:
      {
	/* A block holding every argument this function received, which
	   __builtin_apply hands on: they all escape through it.  */
	for (const esc_param &p : out->params)
	  esc_flow (g, ESC_LOC_HEAP, p.loc, 0,
		    note ("arguments captured by __builtin_apply_args"));
	values v;
	v.safe_push (heap_address ());
	assign (lhs, v, note ("call result"));
	return true;
      }
    case BUILT_IN_STACK_SAVE:
    case BUILT_IN_STACK_RESTORE:
    case BUILT_IN_UNREACHABLE:
    case BUILT_IN_TRAP:
    case BUILT_IN_PREFETCH:
    case BUILT_IN_OBJECT_SIZE:
    case BUILT_IN_DYNAMIC_OBJECT_SIZE:
    case BUILT_IN_CONSTANT_P:
      return true;		/* No pointer flows.  */
    default:
      return false;
    }
}

/* Is FNDECL the C library's function of that name?  Not if this unit
   defines it (a program's own malloc and free, which the transform must
   not delete), nor in a freestanding build, where names mean nothing.  */
static bool
library_function (tree fndecl)
{
  if (&flag_hosted && !flag_hosted)
    return false;
  if (esc_defined_here (fndecl))
    return false;
  return TREE_PUBLIC (fndecl) || fndecl_built_in_p (fndecl, BUILT_IN_NORMAL);
}

/* The name a called pointer was loaded from: "zalloc" in
   "strm->zalloc (...)", "hook" for a variable or parameter HOOK.  */
static const char *
pointer_name (gcall *s)
{
  tree fn = gimple_call_fn (s);
  for (int depth = 0; fn && TREE_CODE (fn) == SSA_NAME && depth < 8; depth++)
    {
      if (SSA_NAME_IS_DEFAULT_DEF (fn))
	{
	  tree v = SSA_NAME_VAR (fn);
	  return v && DECL_NAME (v) ? IDENTIFIER_POINTER (DECL_NAME (v))
	    : NULL;
	}
      gimple *def = SSA_NAME_DEF_STMT (fn);
      if (!gimple_assign_single_p (def)
	  && !(is_gimple_assign (def)
	       && CONVERT_EXPR_CODE_P (gimple_assign_rhs_code (def))))
	return NULL;
      fn = gimple_assign_rhs1 (def);
    }
  if (!fn)
    return NULL;
  if (TREE_CODE (fn) == COMPONENT_REF)
    fn = TREE_OPERAND (fn, 1);
  if ((TREE_CODE (fn) == FIELD_DECL || VAR_P (fn)) && DECL_NAME (fn))
    return IDENTIFIER_POINTER (DECL_NAME (fn));
  return NULL;
}

/* Models made from GCC attributes, one per declaration, for the unit.  */
static hash_map<tree, esc_allocator *> *attribute_models;

/* The deallocator a "malloc (dealloc[, n])" attribute of FNDECL names, and
   its pointer argument (0-based) in *PTR.  */
static tree
attribute_deallocator (tree fndecl, int *ptr)
{
  for (tree a = lookup_attribute ("malloc", DECL_ATTRIBUTES (fndecl)); a;
       a = lookup_attribute ("malloc", TREE_CHAIN (a)))
    {
      tree args = TREE_VALUE (a);
      if (!args)
	continue;
      tree d = TREE_VALUE (args);
      if (TREE_CODE (d) == ADDR_EXPR)
	d = TREE_OPERAND (d, 0);
      if (TREE_CODE (d) != FUNCTION_DECL)
	continue;
      *ptr = 0;
      if (TREE_CHAIN (args) && tree_fits_shwi_p (TREE_VALUE (TREE_CHAIN (args))))
	*ptr = tree_to_shwi (TREE_VALUE (TREE_CHAIN (args))) - 1;
      return d;
    }
  return NULL_TREE;
}

/* FNDECL's model from its attributes: malloc (with alloc_size for a size,
   malloc (dealloc) for its family) makes an allocator; being named by
   another's malloc (dealloc) makes a deallocator.  Declarations in system
   headers are left to the C library's model.  */
static const esc_allocator *
attribute_model (tree fndecl)
{
  /* Built-ins (alloca is "malloc" to GCC) are modelled by name; a body
     in this unit is read instead (passes/wrappers.cc), which is exact.  */
  if (DECL_IN_SYSTEM_HEADER (fndecl) || fndecl_built_in_p (fndecl)
      || esc_defined_here (fndecl))
    return NULL;
  if (!attribute_models)
    attribute_models = new hash_map<tree, esc_allocator *>;
  if (esc_allocator **m = attribute_models->get (fndecl))
    return *m;
  esc_allocator *m = NULL;
  const char *name = IDENTIFIER_POINTER (DECL_NAME (fndecl));
  tree dealloc_attr = lookup_attribute ("*dealloc", DECL_ATTRIBUTES (fndecl));
  if (DECL_IS_MALLOC (fndecl) && POINTER_TYPE_P (TREE_TYPE (TREE_TYPE
							    (fndecl))))
    {
      m = XCNEW (esc_allocator);
      m->name = name;
      m->role = ESC_ROLE_ALLOC;
      m->nargs = -1;
      m->size_arg = m->count_arg = m->align_arg = m->ptr_arg = -1;
      tree as = lookup_attribute ("alloc_size",
				  TYPE_ATTRIBUTES (TREE_TYPE (fndecl)));
      if (as && TREE_VALUE (as))
	{
	  tree a1 = TREE_VALUE (TREE_VALUE (as));
	  tree rest = TREE_CHAIN (TREE_VALUE (as));
	  if (rest)
	    {
	      m->count_arg = tree_to_shwi (a1) - 1;
	      m->size_arg = tree_to_shwi (TREE_VALUE (rest)) - 1;
	    }
	  else
	    m->size_arg = tree_to_shwi (a1) - 1;
	}
      /* GCC's malloc attribute promises a fresh pointer, not that the
	 call does nothing else: reported, never moved.  */
      m->movable = false;
      m->attribute = true;
      int ptr;
      tree d = attribute_deallocator (fndecl, &ptr);
      const esc_allocator *lib
	= d ? esc_allocator_lookup (IDENTIFIER_POINTER (DECL_NAME (d))) : NULL;
      if (lib && lib->role == ESC_ROLE_FREE)
	m->family = ESC_FAMILY_LIBC;	/* gnulib's malloc (free, 1).  */
      else
	m->family = esc_allocator_family
	  (d ? IDENTIFIER_POINTER (DECL_NAME (d)) : NULL);
    }
  else if (dealloc_attr)
    {
      m = XCNEW (esc_allocator);
      m->name = name;
      m->role = ESC_ROLE_FREE;
      m->nargs = -1;
      m->size_arg = m->count_arg = m->align_arg = -1;
      m->ptr_arg = 0;
      /* "*dealloc" is GCC's mark on a function some malloc (dealloc, N)
	 names; its second argument, if any, is N.  */
      tree args = TREE_VALUE (dealloc_attr);
      if (args && TREE_CHAIN (args)
	  && tree_fits_shwi_p (TREE_VALUE (TREE_CHAIN (args))))
	m->ptr_arg = tree_to_shwi (TREE_VALUE (TREE_CHAIN (args))) - 1;
      m->family = esc_allocator_family (name);
    }
  attribute_models->put (fndecl, m);
  return m;
}

/* Can call S be modelled by A: enough arguments, of the right kinds?  */
static bool
call_fits (gcall *s, const esc_allocator *a)
{
  int n = gimple_call_num_args (s);
  if (a->nargs >= 0 && n != a->nargs)
    return false;
  for (int i : { a->size_arg, a->count_arg, a->align_arg })
    if (i >= n || (i >= 0 && !INTEGRAL_TYPE_P (TREE_TYPE (gimple_call_arg
							  (s, i)))))
      return false;
  if (a->ptr_arg >= n
      || (a->ptr_arg >= 0
	  && !POINTER_TYPE_P (TREE_TYPE (gimple_call_arg (s, a->ptr_arg)))))
    return false;
  if (a->role != ESC_ROLE_FREE
      && (!gimple_call_lhs (s)
	  || !POINTER_TYPE_P (TREE_TYPE (gimple_call_lhs (s)))))
    return a->role == ESC_ROLE_ALLOC && a->nargs >= 0;
  return true;
}

const esc_allocator *
call_model (gcall *s, const char **name)
{
  if (gimple_call_internal_p (s))
    return NULL;
  tree fndecl = gimple_call_fndecl (s);
  const char *n = fndecl ? IDENTIFIER_POINTER (DECL_NAME (fndecl))
    : pointer_name (s);
  const esc_allocator *a = esc_allocator_declared (n);
  if (a)
    {
      *name = a->name;
      return call_fits (s, a) ? a : NULL;
    }
  if (!fndecl)
    return NULL;
  /* Allocation functions by name, when they are the library's: public
     and called with the prototype's arity.  */
  if (library_function (fndecl))
    a = esc_allocator_lookup (n);
  if (!a && !esc_allocator_lookup (n) && !esc_libc_summary (n))
    a = attribute_model (fndecl);
  if (!a || !call_fits (s, a))
    return NULL;
  *name = strncmp (n, "__builtin_", 10) == 0 ? n + 10 : n;
  return a;
}

void
site_from_model (esc_site *st, const esc_allocator *a, const char *name)
{
  st->allocator = name;
  st->size_arg = a->size_arg;
  st->count_arg = a->count_arg;
  st->has_count = a->count_arg >= 0;
  st->align_arg = a->align_arg;
  st->size_floor = st->count_floor = -1;
  st->family = a->family;
  st->movable = a->movable && a->role == ESC_ROLE_ALLOC;
  st->zeroes = a->zeroes;
  st->attribute = a->attribute;
  st->wrapper = false;
  st->fresh = -1;
}

/* A summary from GCC's own fnspec of a builtin, as far as it is sound:
   escape flags say nothing about freeing, which does not matter here, and
   a clobbered argument may receive any other argument's contents.  */
static esc_summary *
fnspec_summary (gcall *s, tree fndecl)
{
  int n = gimple_call_num_args (s);
  esc_summary *sum = esc_summary_new (IDENTIFIER_POINTER (DECL_NAME (fndecl)),
				      n);
  for (int i = 0; i < n; i++)
    {
      int f = gimple_call_arg_flags (s, i);
      /* Flags of an integer argument (a size, a flag) say nothing about
	 pointers.  */
      if ((f & EAF_UNUSED) || !POINTER_TYPE_P (TREE_TYPE (gimple_call_arg
							   (s, i))))
	continue;
      esc_leaks *lk = &sum->leaks[i];
      if (!(f & EAF_NO_DIRECT_ESCAPE))
	lk->heap = 0;
      else if (!(f & EAF_NO_INDIRECT_ESCAPE))
	lk->heap = 1;
      /* Memory the builtin reads, it may read as data (an atomic load of
	 an integer, a comparison of bytes).  */
      if (!(f & EAF_NO_DIRECT_READ) || !(f & EAF_NO_INDIRECT_READ))
	lk->data = 1;
      if (!(f & EAF_NOT_RETURNED_DIRECTLY))
	lk->result = 0;
      else if (!(f & EAF_NOT_RETURNED_INDIRECTLY))
	lk->result = 1;
      if (!(f & EAF_NO_DIRECT_CLOBBER))
	{
	  sum->content_foreign[i] = true;
	  for (int j = 0; j < n; j++)
	    if (j != i && POINTER_TYPE_P (TREE_TYPE (gimple_call_arg (s, j))))
	      {
		sum->leaks[j].content[i] = 1;
		sum->leaks[j].content_levels[i] |= 2u;
	      }
	}
      if (!(f & EAF_NO_INDIRECT_CLOBBER))
	sum->writes_deep = true;
    }
  sum->result_foreign = true;
  sum->vararg_heap = 0;
  sum->vararg_foreign = true;
  return sum;
}

/* May a printf-style call print a pointer as text (%p), which can be
   scanned back into the pointer?  Unknown unless FMT is a literal.  */
static bool
may_print_pointer (tree fmt)
{
  if (TREE_CODE (fmt) != ADDR_EXPR)
    return true;
  tree s = TREE_OPERAND (fmt, 0);
  if (TREE_CODE (s) == ARRAY_REF)
    s = TREE_OPERAND (s, 0);
  if (TREE_CODE (s) != STRING_CST)
    return true;
  const char *p = TREE_STRING_POINTER (s);
  const char *end = p + TREE_STRING_LENGTH (s);
  for (; p < end; p++)
    if (*p == '%')
      {
	p++;
	if (p < end && *p == '%')
	  continue;
	while (p < end && strchr ("-+ #0'123456789.*$hlLqjzt", *p) && *p)
	  p++;
	if (p < end && *p == 'p')
	  return true;
      }
  return false;
}

/* The index of the parameter named "fmt" in S, or -1.  */
static int
format_param (const esc_summary *s)
{
  for (int i = 0; s && i < s->nparams; i++)
    if (strcmp (s->param_names[i], "fmt") == 0)
      return i;
  return -1;
}

/* A call to anything but an allocator or a builtin modelled above: wired
   when solving, through the callee's summary if it has one, else its
   arguments escape and its result points anywhere.  */
void
builder::record_call (gcall *s, tree fndecl)
{
  int callee = -1;
  const char *name = NULL;
  if (fndecl)
    {
      callee = esc_function_id (fndecl);
      name = IDENTIFIER_POINTER (DECL_NAME (fndecl));
      out->callees.safe_push (callee);
      note_arg_fn_refs (s, callee);
      if (!failing[gimple_bb (s)->index])
	out->live_callees.safe_push (callee);
      esc_function *f = esc_function_get (callee);
      if (!f->builtin && fndecl_built_in_p (fndecl, BUILT_IN_NORMAL)
	  && !esc_libc_summary (name))
	f->builtin = fnspec_summary (s, fndecl);
    }
  else if (gimple_call_internal_p (s))
    name = internal_fn_name (gimple_call_internal_fn (s));
  else
    {
      if (!failing[gimple_bb (s)->index])
	out->calls_unknown = true;
      hash_map<tree, int> walked;
      if (!gimple_call_internal_p (s)
	  && from_param (gimple_call_fn (s), 0, walked))
	out->calls_through_params = true;
    }
  for (unsigned i = 0; i < gimple_call_num_args (s); i++)
    {
      tree t = TREE_TYPE (gimple_call_arg (s, i));
      if (POINTER_TYPE_P (t) && FUNC_OR_METHOD_TYPE_P (TREE_TYPE (t))
	  && !failing[gimple_bb (s)->index])
	out->calls_unknown = true;	/* A callback: qsort, atexit, ...  */
    }
  unsigned nargs = gimple_call_num_args (s);
  int c = esc_call_new (g, callee, name, nargs, note ("call"));
  out->call_stmts.safe_push (s);
  out->call_orders.safe_push (order++);
  /* Text printed with %p can be scanned back into the pointer: then the
     printed arguments escape.  The v* forms print from a va_list, whose
     pointers are their caller's variadic arguments, which escape there.  */
  int fmt = fndecl ? format_param (esc_libc_summary (name)) : -1;
  if (fmt >= 0 && (unsigned) fmt < nargs
      && may_print_pointer (gimple_call_arg (s, fmt)))
    esc_call_varargs_escape (g, c);
  int depth = bb_depth (gimple_bb (s));
  bool has_site = false;
  for (unsigned i = 0; i < nargs; i++)
    {
      tree arg = gimple_call_arg (s, i);
      esc_loc a = argument (arg, depth);
      if (a >= 0)
	esc_call_arg (g, c, i, a);
      if (POINTER_TYPE_P (TREE_TYPE (arg)) && confined_address (arg))
	{
	  esc_call_arg_confined (g, c, i);
	  esc_call_arg_numbers (g, c, i);
	}
      else if (TREE_CODE (arg) == ADDR_EXPR)
	{
	  tree base = TREE_OPERAND (arg, 0);
	  while (handled_component_p (base))
	    base = TREE_OPERAND (base, 0);
	  if ((VAR_P (base) || TREE_CODE (base) == PARM_DECL)
	      && decl_loc (base) != ESC_LOC_HEAP
	      && !confinable (TREE_TYPE (base)))
	    esc_call_arg_plain (g, c, i);
	  if (confinable (TREE_TYPE (TREE_OPERAND (arg, 0))))
	    esc_call_arg_numbers (g, c, i);
	}
    }
  if (tree chain = gimple_call_chain (s))
    {
      values v;
      value_of (chain, v);
      to_heap (v, note ("static chain of a call"));
    }
  tree lhs = gimple_call_lhs (s);
  if (lhs && !followed (lhs) && TREE_CODE (lhs) == SSA_NAME)
    {
      /* A result computed with right away: what the callee returns (a
	 pointer's bits, say) is exposed.  */
      esc_loc r = esc_loc_new (g, ESC_VALUE, "{temp}", depth,
			       esc_pos_of (gimple_location (s)));
      esc_call_result (g, c, r);
      esc_flow (g, ESC_LOC_DATA, r, 0, note ("call result used as data"));
    }
  else if (lhs && TREE_CODE (lhs) != SSA_NAME && !carrier (TREE_TYPE (lhs)))
    {
      /* A struct of numbers returned into memory: bits the callee put in
	 it are stored there.  */
      esc_loc r = esc_loc_new (g, ESC_VALUE, "{temp}", depth,
			       esc_pos_of (gimple_location (s)));
      esc_call_result (g, c, r);
      values v;
      value rv = { r, 0 };
      v.safe_push (rv);
      store_bits (lhs, v, note ("call result"));
    }
  else if (lhs && followed (lhs))
    {
      /* A function of this unit returning a pointer may be an allocator
	 wrapper: give the call a site, used if its summary says so.  */
      if (fndecl && TREE_CODE (lhs) == SSA_NAME
	  && POINTER_TYPE_P (TREE_TYPE (lhs)) && esc_defined_here (fndecl))
	{
	  esc_loc site = site_loc (s);
	  esc_call_alloc_site (g, c, site);
	  has_site = true;
	  esc_wrapper_call wc = { s, c, site, order++ };
	  out->wrapper_calls.safe_push (wc);
	}
      if (TREE_CODE (lhs) == SSA_NAME)
	esc_call_result (g, c, ssa_loc (lhs));
      else
	{
	  esc_loc r = esc_loc_new (g, ESC_VALUE, "{temp}", depth,
				   esc_pos_of (gimple_location (s)));
	  esc_call_result (g, c, r);
	  values v;
	  value rv = { r, 0 };
	  v.safe_push (rv);
	  assign (lhs, v, note ("call result"));
	}
    }
  /* A function of this unit may hand the caller objects it allocates
     (its result, stores into the caller's objects): the call is their
     site, used if its summary has fresh objects (core/fresh.c).  */
  if (fndecl && !has_site && esc_defined_here (fndecl))
    esc_call_alloc_site (g, c, site_loc (s));
}

void
builder::stmt_call (gcall *s)
{
  if (gimple_call_internal_p (s))
    {
      switch (gimple_call_internal_fn (s))
	{
	case IFN_BUILTIN_EXPECT:
	  {
	    values v;
	    value_of (gimple_call_arg (s, 0), v);
	    assign (gimple_call_lhs (s), v, note ("assign"));
	    return;
	  }
	case IFN_UBSAN_NULL:
	case IFN_UBSAN_BOUNDS:
	case IFN_UBSAN_PTR:
	case IFN_UBSAN_OBJECT_SIZE:
	case IFN_UBSAN_VPTR:
	case IFN_DEFERRED_INIT:
	case IFN_ASAN_MARK:
	case IFN_ASAN_CHECK:
	  return;		/* Checks and fills; no pointer flows.  */
	default:
	  record_call (s, NULL_TREE);
	  return;
	}
    }
  tree fndecl = gimple_call_fndecl (s);
  const char *aname;
  if (const esc_allocator *a = call_model (s, &aname))
    {
      if (a->role == ESC_ROLE_FREE)
	{
	  /* free ends the object; it does not keep it.  */
	  int k = record_free (s, a->ptr_arg, ESC_FREE_HERE, a->family);
	  tree lhs = gimple_call_lhs (s);
	  /* A deallocator whose result is used ("rc = release (ctx, p)",
	     or a size query declared as one, which reads the allocator's
	     header) cannot be deleted: what it receives stays on the heap.
	     Its result may be anything.  */
	  if (lhs && (TREE_CODE (lhs) != SSA_NAME || !has_zero_uses (lhs)))
	    {
	      if (k >= 0)
		esc_free_pin (g, k);
	      if (followed (lhs))
		{
		  values v;
		  v.safe_push (heap_address ());
		  assign (lhs, v, note ("call result"));
		}
	    }
	  return;
	}
      call_alloc (s, a, aname);
      return;
    }
  if (fndecl && call_builtin (s, fndecl))
    return;
  /* The program's own free (or realloc): GCC still takes a function of
     that name for the C library's, and a stack object handed to it for
     undefined behaviour (-Wfree-nonheap-object, and optimisations that
     assume free's meaning).  What it may receive stays on the heap.  */
  if (fndecl && esc_defined_here (fndecl))
    {
      const esc_allocator *lib
	= esc_allocator_lookup (IDENTIFIER_POINTER (DECL_NAME (fndecl)));
      if (lib && (lib->role == ESC_ROLE_FREE || lib->role == ESC_ROLE_REALLOC)
	  && lib->ptr_arg >= 0
	  && (unsigned) lib->ptr_arg < gimple_call_num_args (s))
	record_free (s, lib->ptr_arg, ESC_FREE_CALLEE, lib->family);
    }
  record_call (s, fndecl);
}

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

/* Add to OUT the functions whose address T holds, looking into read-only
   variables' initializers (a "static const struct ops" table); SEEN
   stops repeats.  */
static void
fn_refs_of (tree t, int depth, hash_set<tree> &seen, vec<tree> &out)
{
  if (!t || depth > 4)
    return;
  if (TREE_CODE (t) == ADDR_EXPR)
    {
      tree o = TREE_OPERAND (t, 0);
      if (TREE_CODE (o) == FUNCTION_DECL)
	{
	  if (!seen.add (o))
	    out.safe_push (o);
	  return;
	}
      fn_refs_of (o, depth + 1, seen, out);
      return;
    }
  if (VAR_P (t) && TREE_READONLY (t) && is_global_var (t)
      && DECL_INITIAL (t) && DECL_INITIAL (t) != error_mark_node)
    {
      if (!seen.add (t))
	fn_refs_of (DECL_INITIAL (t), depth + 1, seen, out);
      return;
    }
  if (TREE_CODE (t) == CONSTRUCTOR)
    {
      unsigned i;
      tree elt;
      FOR_EACH_CONSTRUCTOR_VALUE (CONSTRUCTOR_ELTS (t), i, elt)
	fn_refs_of (elt, depth + 1, seen, out);
      return;
    }
  if (EXPR_P (t) || REFERENCE_CLASS_P (t))
    for (int i = 0; i < TREE_OPERAND_LENGTH (t); i++)
      fn_refs_of (TREE_OPERAND (t, i), depth + 1, seen, out);
}

void
builder::note_fn_refs (tree t, int depth)
{
  auto_vec<tree> found;
  fn_refs_of (t, depth, fn_seen, found);
  for (tree f : found)
    out->fn_refs.safe_push (esc_function_id (f));
}

/* Is value V made from a parameter of this function (through copies,
   conversions, pointer arithmetic, loads and PHIs)?  Too deep to tell
   counts as yes.  SEEN holds the shallowest depth each name was walked
   at, so a PHI of a big switch is not walked once per path.  */
static bool
from_param (tree v, int depth, hash_map<tree, int> &seen)
{
  if (!v)
    return false;
  if (depth > 6)
    return true;
  if (TREE_CODE (v) == ADDR_EXPR || handled_component_p (v)
      || TREE_CODE (v) == MEM_REF)
    {
      tree base = TREE_CODE (v) == ADDR_EXPR ? TREE_OPERAND (v, 0) : v;
      while (handled_component_p (base))
	base = TREE_OPERAND (base, 0);
      if (TREE_CODE (base) == MEM_REF)
	return from_param (TREE_OPERAND (base, 0), depth + 1, seen);
      return TREE_CODE (base) == PARM_DECL;
    }
  if (TREE_CODE (v) != SSA_NAME)
    return false;
  if (SSA_NAME_IS_DEFAULT_DEF (v))
    return SSA_NAME_VAR (v) && TREE_CODE (SSA_NAME_VAR (v)) == PARM_DECL;
  if (int *at = seen.get (v))
    {
      if (*at <= depth)
	return false;
      *at = depth;
    }
  else
    seen.put (v, depth);
  gimple *d = SSA_NAME_DEF_STMT (v);
  if (gphi *phi = dyn_cast<gphi *> (d))
    {
      for (unsigned i = 0; i < gimple_phi_num_args (phi); i++)
	if (from_param (gimple_phi_arg_def (phi, i), depth + 1, seen))
	  return true;
      return false;
    }
  if (gassign *a = dyn_cast<gassign *> (d))
    return from_param (gimple_assign_rhs1 (a), depth + 1, seen);
  return false;
}

/* The functions whose address call S's arguments hold, for CALLEE.  */
void
builder::note_arg_fn_refs (gcall *s, int callee)
{
  for (unsigned i = 0; i < gimple_call_num_args (s); i++)
    {
      tree a = gimple_call_arg (s, i);
      hash_map<tree, int> walked;
      if (from_param (a, 0, walked))
	out->passes_params = true;
      hash_set<tree> seen;
      auto_vec<tree> found;
      fn_refs_of (a, 0, seen, found);
      for (tree f : found)
	out->arg_fn_refs.safe_push (std::make_pair (callee,
						    esc_function_id (f)));
    }
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
  mark_failing ();
  find_exposed ();

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
      esc_param rec = { p, l };
      out->params.safe_push (rec);
    }

  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    {
      for (gphi_iterator pi = gsi_start_phis (bb); !gsi_end_p (pi);
	   gsi_next (&pi))
	{
	  stmt = pi.phi ();
	  stmt_phi (pi.phi ());
	}
      for (gimple_stmt_iterator si = gsi_start_bb (bb); !gsi_end_p (si);
	   gsi_next (&si))
	{
	  gimple *s = gsi_stmt (si);
	  stmt = s;
	  for (unsigned k = 0; k < gimple_num_ops (s); k++)
	    note_fn_refs (gimple_op (s, k), 0);
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
	      stmt_other (s);
	      break;
	    }
	}
    }
}

} // anon namespace

const esc_allocator *
esc_call_model (gcall *s, const char **name)
{
  return call_model (s, name);
}

bool
esc_defined_here (tree fndecl)
{
  return DECL_INITIAL (fndecl) && !DECL_EXTERNAL (fndecl);
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
esc_site_from_model (esc_site *st, const esc_allocator *a, const char *name)
{
  site_from_model (st, a, name);
}

void
esc_build_graph (function *fun, esc_function_graph *out)
{
  builder b (fun, out);
  b.build ();
}
