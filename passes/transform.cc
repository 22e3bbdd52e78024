/* transform.cc - carry out the move plan (core/transform.c) on GIMPLE.

   A moved allocation
       p_1 = malloc (16);            p_1 = calloc (4, 8);
   becomes
       p_1 = &slot;                  slot = {};
                                     p_1 = &slot;
   with SLOT a local array of the size, aligned like malloc's memory (16
   bytes, alignof (max_align_t) on both targets) or as aligned_alloc asked.
   One slot per site: a loop reuses it and the stack does not grow.
   calloc's zeroing runs every time the call would have.  A deleted free of
   the allocation's own result leaves a clobber behind, the end of the
   object's life as at the end of a C scope, so GCC may share the slot with
   later locals.  */

#include "../core/lattice.h"
#include "../core/allocators.h"
#include "../core/summary.h"
#include "../core/transform.h"
#include "../plugin/escape-plugin.h"
#include "../plugin/gcc-headers.h"
#include "build-graph.h"
#include "functions.h"
#include "transform.h"

/* malloc's real guarantee, alignof (max_align_t) on x86-64 and AArch64:
   MALLOC_ABI_ALIGNMENT says 8 on x86-64, but code relies on 16 (aligned
   vector loads from malloc'd memory).  */
static const long long malloc_alignment = 16;

/* Largest alignment we ask of the stack; GCC realigns the frame for it.  */
static const long long max_stack_alignment = 4096;

/* Sizes past this are "too large" whatever max-size says.  */
static const long long huge = 1LL << 40;

/* A constant argument, or -1.  Follows SSA copies and conversions, so
   "const size_t n = 16; malloc (n)" is constant at -O0 too, where the
   front end does not fold N.  */
static tree
constant_value (tree a, int depth)
{
  if (TREE_CODE (a) == INTEGER_CST)
    return a;
  if (TREE_CODE (a) != SSA_NAME || depth > 8)
    return NULL_TREE;
  gimple *def = SSA_NAME_DEF_STMT (a);
  if (!is_gimple_assign (def))
    return NULL_TREE;
  bool convert = CONVERT_EXPR_CODE_P (gimple_assign_rhs_code (def));
  if (!gimple_assign_single_p (def) && !convert)
    return NULL_TREE;
  tree c = constant_value (gimple_assign_rhs1 (def), depth + 1);
  /* Each conversion at its own type: (size_t) (signed char) 200 is huge.  */
  return c && convert ? fold_convert (TREE_TYPE (a), c) : c;
}

static long long
constant_arg (gcall *s, int i)
{
  if (i < 0 || (unsigned) i >= gimple_call_num_args (s))
    return -1;
  tree a = gimple_call_arg (s, i);
  tree c = constant_value (a, 0);
  if (!c || TREE_CODE (c) != INTEGER_CST)
    return -1;
  a = fold_convert (TREE_TYPE (gimple_call_arg (s, i)), c);
  if (TREE_CODE (a) != INTEGER_CST || tree_int_cst_sgn (a) < 0)
    return -1;
  if (!tree_fits_uhwi_p (a) || tree_to_uhwi (a) > (unsigned HOST_WIDE_INT) huge)
    return huge;
  return (long long) tree_to_uhwi (a);
}

/* The larger of argument ARG's constant value and FLOOR, for a size or
   count; -1 if not constant.  */
static long long
size_part (gcall *s, int arg, long long floor, bool wrapper)
{
  if (arg < 0)
    return floor;
  long long n = constant_arg (s, arg);
  /* A wrapper sees the constant at its parameter's type: a K&R
     "signed char n" receives int 200 as -56.  */
  tree fn = wrapper ? gimple_call_fndecl (s) : NULL_TREE;
  if (fn && n >= 0)
    {
      tree p = esc_nth_param (fn, arg);
      tree c = constant_value (gimple_call_arg (s, arg), 0);
      if (!p || !c || TREE_CODE (c) != INTEGER_CST
	  || !INTEGRAL_TYPE_P (TREE_TYPE (p))
	  || !int_fits_type_p (c, TREE_TYPE (p)))
	return -1;
    }
  if (n < 0)
    return -1;
  return n > floor ? n : floor;
}

/* Fill M for allocation site ST.  */
static void
describe (const esc_site &st, esc_move_site *m)
{
  gcall *s = st.call;
  m->movable_kind = st.movable;
  m->can_throw = stmt_could_throw_p (cfun, s);
  m->size = -1;
  m->align = malloc_alignment;
  m->bad_align = false;
  m->family = st.family;
  m->attribute_only = st.attribute;
  if (!m->movable_kind)
    return;
  long long n = size_part (s, st.size_arg, st.size_floor, st.wrapper);
  if (n >= 0 && st.has_count)
    {
      long long c = size_part (s, st.count_arg, st.count_floor, st.wrapper);
      /* calloc's product; past HUGE it is "too large" (an overflow makes
	 calloc return NULL, which a stack object cannot imitate).  */
      n = c < 0 ? -1 : (c && n > huge / c) ? huge : n * c;
    }
  m->size = n;
  if (st.align_arg >= 0)
    {
      long long al = constant_arg (s, st.align_arg);
      /* An invalid alignment makes aligned_alloc fail: leave it alone.  */
      if (al <= 0 || al >= huge || (al & (al - 1)))
	m->bad_align = true;
      else if (al > m->align)
	m->align = al;
    }
}

/* The slot for a site of SIZE bytes at ALIGN.  */
static tree
make_slot (long long size, long long align)
{
  tree type = build_array_type_nelts (unsigned_char_type_node, size);
  tree slot = create_tmp_var (type, "escape_slot");
  TREE_ADDRESSABLE (slot) = 1;
  SET_DECL_ALIGN (slot, align * BITS_PER_UNIT);
  DECL_USER_ALIGN (slot) = 1;
  return slot;
}

static void
insert_before (gimple_stmt_iterator *gsi, gimple *g, location_t loc)
{
  gimple_set_location (g, loc);
  gsi_insert_before (gsi, g, GSI_SAME_STMT);
}

/* Delete call S, keeping virtual SSA form consistent.  */
static void
remove_call (gimple_stmt_iterator *gsi, gimple *s)
{
  unlink_stmt_vdef (s);
  gsi_remove (gsi, true);
  release_defs (s);
}

static void
move_site (gcall *s, tree slot, bool zero)
{
  gimple_stmt_iterator gsi = gsi_for_stmt (s);
  location_t loc = gimple_location (s);
  tree type = TREE_TYPE (slot);
  /* No clobber here: GCC reads a clobber as the end of a variable's life,
     and once an optimiser hoists "&slot" above it, stack-slot sharing
     would put another variable on the live object.  Like GCC's own
     scopes, the slot's life ends only where it is freed.  */
  if (zero)
    insert_before (&gsi, gimple_build_assign (slot, build_constructor (type,
								      NULL)),
		   loc);
  if (tree lhs = gimple_call_lhs (s))
    {
      gimple_call_set_lhs (s, NULL_TREE);
      insert_before (&gsi, gimple_build_assign
		     (lhs, build_fold_addr_expr_with_type (slot,
							   TREE_TYPE (lhs))),
		     loc);
    }
  remove_call (&gsi, s);
}

bool
esc_transform_function (esc_function *f, bool recursive, bool reentry,
			bool recursive_caller, bool apply,
			vec<esc_move_reason> &reasons, vec<long long> &sizes)
{
  esc_function_graph *fg = f->fg;
  push_cfun (DECL_STRUCT_FUNCTION (f->decl));
  auto_vec<esc_move_site> sites;
  for (const esc_site &st : fg->sites)
    {
      esc_move_site m;
      m.loc = st.loc;
      m.reason = ESC_MOVED;
      describe (st, &m);
      /* A statement an earlier pass removed is not ours to move.  */
      if (!gimple_bb (st.call))
	m.movable_kind = false;
      sites.safe_push (m);
    }
  esc_move_limits lim;
  lim.max_size = escape_options.max_size;
  lim.frame_budget = escape_options.frame_budget;
  lim.max_align = max_stack_alignment;
  lim.recursive = recursive;
  lim.reentry = reentry;
  lim.recursive_caller = recursive_caller;
  /* Under -flto another unit may inline this function into a recursive
     one, where a slot would multiply; a function with slots is kept out
     of line (below), which always_inline forbids.  */
  bool lto = flag_generate_lto || flag_generate_offload;
  lim.lto_always_inline = lto && lookup_attribute ("always_inline",
						   DECL_ATTRIBUTES (f->decl));
  /* A free that may throw (a deallocator under -fexceptions, in a
     cleanup scope) is not deleted: its exception edge would dangle.  So
     what it frees stays.  */
  for (const esc_free_call &fc : fg->frees)
    if (gimple_bb (fc.call) && stmt_could_throw_p (cfun, fc.call))
      esc_free_pin (f->solved, fc.site);
  int nfree = esc_free_count (f->solved);
  auto_vec<esc_free_action> actions;
  actions.safe_grow_cleared (nfree + 1);
  esc_plan_moves (f->solved, sites.address (), sites.length (), &lim,
		  actions.address ());

  bool changed = false;
  hash_map<int_hash<int, -1, -2>, tree> slots;
  /* Each moved site's result, before the rewrite takes the call away.  */
  hash_map<int_hash<int, -1, -2>, tree> results;
  for (unsigned i = 0; i < sites.length (); i++)
    {
      reasons.safe_push (sites[i].reason);
      sizes.safe_push (sites[i].size);
    }
  if (!apply)
    {
      pop_cfun ();
      return false;
    }
  for (unsigned i = 0; i < sites.length (); i++)
    {
      if (sites[i].reason != ESC_MOVED)
	continue;
      gcall *s = fg->sites[i].call;
      tree slot = make_slot (sites[i].size, sites[i].align);
      slots.put (sites[i].loc, slot);
      if (tree lhs = gimple_call_lhs (s))
	results.put (sites[i].loc, lhs);
      move_site (s, slot, fg->sites[i].zeroes);
      changed = true;
    }
  for (const esc_free_call &fc : fg->frees)
    {
      const esc_free_action &act = actions[fc.site];
      if (!act.remove || !gimple_bb (fc.call))
	continue;
      gimple_stmt_iterator gsi = gsi_for_stmt (fc.call);
      /* The free ends the object only if what it frees is that object's
	 own pointer: "p = c ? s : NULL; free (p)" may free nothing while s
	 lives on, and a clobber there would let GCC reuse a live slot.  */
      tree *slot = act.clobber >= 0 ? slots.get (act.clobber) : NULL;
      tree *result = act.clobber >= 0 ? results.get (act.clobber) : NULL;
      /* And only free itself surely frees: a deallocator (a wrapper, a
	 declared one) may keep the object ("if (!b->keep) free (b)").  */
      tree ffn = gimple_call_fndecl (fc.call);
      const esc_allocator *fa
	= ffn ? esc_allocator_lookup (IDENTIFIER_POINTER (DECL_NAME (ffn)))
	: NULL;
      if (slot && result && TREE_CODE (*result) == SSA_NAME
	  && fa && fa->role == ESC_ROLE_FREE
	  && gimple_call_num_args (fc.call) == 1
	  && gimple_call_arg (fc.call, 0) == *result)
	insert_before (&gsi, gimple_build_assign
		       (*slot, build_clobber (TREE_TYPE (*slot))),
		       gimple_location (fc.call));
      remove_call (&gsi, fc.call);
      changed = true;
    }
  if (changed && lto)
    {
      /* The units this one is linked with are unknown here: keep the
	 slots in this function's own frame, out of any caller's.  */
      DECL_UNINLINABLE (f->decl) = 1;
      if (!lookup_attribute ("noinline", DECL_ATTRIBUTES (f->decl)))
	DECL_ATTRIBUTES (f->decl)
	  = tree_cons (get_identifier ("noinline"), NULL_TREE,
		       DECL_ATTRIBUTES (f->decl));
    }
  if (changed)
    {
      mark_virtual_operands_for_renaming (cfun);
      update_ssa (TODO_update_ssa_only_virtuals);
      cgraph_edge::rebuild_edges ();
    }
  pop_cfun ();
  return changed;
}
