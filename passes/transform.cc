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
   later locals.

   A guarded allocation (its size known only at run time)
       p_1 = malloc (n_2);
   becomes
       _3 = n_2 + 18446744073709551615;   ok_4 = _3 <= 63;
       if (ok_4 != 0) goto <slot>; else goto <heap>;
     <slot>: p_5 = &slot;   (calloc: memset (&slot, 0, bytes))
     <heap>: p_6 = malloc (n_2);
       p_1 = PHI <p_5, p_6>
   and every free that may receive it (or that receives a moved object and
   anything else) releases only what is not a slot:
       _7 = p_1 == &slot;  if (_7 != 0) goto <skip>; else free (p_1);
   A realloc that may receive a slot grows it into a new heap block:
       if (p == &slot) { q = malloc (m); memmove (q, &slot, MIN (m, 64)); }
       else q = realloc (p, m);
   (realloc (slot, 0) returns NULL, as the C library's does.)  */

#include "../core/lattice.h"
#include "../core/allocators.h"
#include "../core/summary.h"
#include "../core/transform.h"
#include "../plugin/escape-plugin.h"
#include "../plugin/gcc-headers.h"
#include "build-graph.h"
#include "functions.h"
#include "gimple-text.h"
#include "transform.h"
#include "gimple-fold.h"
#include "cfghooks.h"
#include "target.h"
#include "varasm.h"
#include "tree-dfa.h"
#include "tree-inline.h"
#include "tree-cfgcleanup.h"
#include "ipa-param-manipulation.h"

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

/* The type of parameter ARG of wrapper FN as its body sees it: its
   PARM_DECL's, or, for another unit's wrapper (a summary from the
   summaries file), its prototype's; NULL_TREE if unknown.  */
static tree
param_type (tree fn, int arg)
{
  if (tree p = esc_nth_param (fn, arg))
    return TREE_TYPE (p);
  if (DECL_ARGUMENTS (fn) || !prototype_p (TREE_TYPE (fn)))
    return NULL_TREE;
  int i = 0;
  for (tree t = TYPE_ARG_TYPES (TREE_TYPE (fn));
       t && TREE_VALUE (t) != void_type_node; t = TREE_CHAIN (t), i++)
    if (i == arg)
      return TREE_VALUE (t);
  return NULL_TREE;
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
      tree pt = param_type (fn, arg);
      tree c = constant_value (gimple_call_arg (s, arg), 0);
      if (!pt || !c || TREE_CODE (c) != INTEGER_CST
	  || !INTEGRAL_TYPE_P (pt) || !int_fits_type_p (c, pt))
	return -1;
    }
  if (n < 0)
    return -1;
  return n > floor ? n : floor;
}

/* A site the caller's analysis makes for an object its callee allocates
   (core/fresh.c), which may move into the caller's frame through a clone
   of the callee that takes the slot from the caller: the callee, and its
   own allocation site.  */
struct callee_site
{
  esc_function *callee;
  int site;			/* In CALLEE->fg->sites, or -1: none.  */
  /* The allocation a chain of constructors ends in (CALLEE and SITE
     themselves when the callee allocates the object): the call whose
     size, alignment and family the object has.  */
  esc_function *alloc_callee;
  int alloc_site;
};

static bool releasable_call (esc_function *f, int k, int *family);
static gcall *callee_free_call (esc_function *f, int k);

/* Free site K of F, one of its own frees (a free or a deallocator call
   here): its call while it is still in the body, else NULL; *ARG, if
   given, the argument it frees.  */
static gcall *
here_free_call (esc_function *f, int k, int *arg = NULL)
{
  for (const esc_free_call &fc : f->fg->frees)
    if (fc.site == k && gimple_bb (fc.call))
      {
	if (arg)
	  *arg = fc.arg;
	return fc.call;
      }
  return NULL;
}
static tree release_clone (esc_function *f, int nslots);

/* Most functions one release clone brings with it (itself and the
   disposers it frees through).  */
#define ESC_MAX_RELEASE_FUNCTIONS 16

/* Does FN, or a function GCC may inline into it (to DEPTH calls: glibc's
   _FORTIFY_SOURCE wrappers of strcpy and memcpy, always_inline, and any
   other function of the unit), ask for an object's size?  In a clone the object is a parameter, whose size GCC
   does not know: a fortified copy into it would go unchecked
   (adversarial finding: an overflow _FORTIFY_SOURCE=2 stops in plain
   smashed the caller's stack).  */
static bool
asks_object_size_1 (tree fn, int depth, hash_map<tree, int> &seen)
{
  function *fun = DECL_STRUCT_FUNCTION (fn);
  if (!fun || !fun->cfg)
    return false;
  /* Each function once, at the greatest depth asked.  */
  if (int *d = seen.get (fn))
    if (*d >= depth)
      return false;
  seen.put (fn, depth);
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gcall *c = dyn_cast<gcall *> (gsi_stmt (gsi));
	tree d = c ? gimple_call_fndecl (c) : NULL_TREE;
	if (!d)
	  continue;
	if (fndecl_built_in_p (d, BUILT_IN_OBJECT_SIZE)
	    || fndecl_built_in_p (d, BUILT_IN_DYNAMIC_OBJECT_SIZE))
	  return true;
	if (fndecl_built_in_p (d, BUILT_IN_NORMAL))
	  {
	    const char *name = IDENTIFIER_POINTER (DECL_NAME (d));
	    size_t n = strlen (name);
	    if (n > 4 && strcmp (name + n - 4, "_chk") == 0)
	      return true;
	  }
	/* Any function of the unit GCC may inline into the clone later,
	   not only always_inline ones (adversarial finding: a static
	   helper calling strcpy, inlined after this pass, lost its
	   check).  */
	if (depth > 0 && asks_object_size_1 (d, depth - 1, seen))
	  return true;
      }
  return false;
}

static bool
asks_object_size (tree fn, int depth)
{
  hash_map<tree, int> seen;
  return asks_object_size_1 (fn, depth, seen);
}

static bool guardable_realloc (gcall *s);
static bool growable_call (esc_function *f, int k, int *family);
static bool release_ok (tree fn, int *family);

/* Is site ST a realloc a clone can make its object with: realloc (NULL,
   n) allocates, and the make path takes the caller's slot for it.  */
static bool
realloc_site (const esc_site &st)
{
  const char *name;
  const esc_allocator *a = st.call && gimple_bb (st.call)
    ? esc_call_model (st.call, &name) : NULL;
  return a && a->role == ESC_ROLE_REALLOC && st.fresh < 0
	 && guardable_realloc (st.call);
}

/* Does F allocate objects it does not hand its caller?  */
static bool
allocates_own (esc_function *f)
{
  const esc_summary *sum = f->summary;
  for (const esc_site &st : f->fg->sites)
    {
      bool handed = false;
      for (int k = 0; k < sum->nfresh && !handed; k++)
	handed = sum->fresh[k].loc == st.loc;
      if (!handed)
	return true;
    }
  return false;
}

/* The callee's allocation behind callee-made site ST, if a clone of the
   callee can take the caller's slot for it: the callee hands over at most
   ESC_MAX_CLONE_OBJECTS objects, this one allocated by itself or by a
   constructor it calls that can take it in turn (to DEPTH), grown only
   by reallocs of its own a clone can rewrite, and released there only by
   its own frees or by functions that have release or grow clones of the
   object's family; the callee is defined
   here for good (not weak or interposable), not recursive, re-entered
   only if it allocates nothing of its own (its own slots would be owned,
   in a copy a clone would not have), not variadic, and GCC can copy it.  WHY, if given, gets the
   reason when not (-m=2).  */
static callee_site
callee_site_of (esc_function *caller, const esc_site &st, int depth = 0,
		pretty_printer *why = NULL)
{
  callee_site cs = { NULL, -1, NULL, -1 };
  tree fn = gimple_call_fndecl (st.call);
  cgraph_node *node = fn ? cgraph_node::get (fn) : NULL;
  const char *name = fn && esc_decl_name (fn) ? esc_decl_name (fn) : "?";
  /* Says why, at -m=2, for the constructor a user could change.  */
  auto no = [&] (const char *fmt) {
    if (why)
      pp_printf (why, fmt, name);
    return cs;
  };
  if (st.fresh < 0 || !node)
    return no ("%s is not a function of this unit");
  if (in_lto_p && node->in_other_partition)
    return no ("%s is compiled in another LTO partition: a clone is made "
	       "from its body");
  if (!node->definition)
    return no ("%s is defined in another unit: a clone is made from its "
	       "body");
  if (node->alias || node->get_availability () < AVAIL_AVAILABLE)
    return no ("%s may be replaced at link or load time");
  /* A live patch of a public function must reach every call of it, and
     GCC neither clones nor inlines one (adversarial finding).  */
  if (flag_live_patching && TREE_PUBLIC (fn))
    return no ("%s may be live-patched (-flive-patching): its calls "
	       "stay calls of it");
  if (stdarg_p (TREE_TYPE (fn)))
    return no ("%s is variadic");
  /* (A nested function reads its parent's frame through the static
     chain, which a clone's call would have to pass on: adversarial
     finding, wrong results and a GCC crash.)  */
  if (!tree_versionable_function_p (fn) || !DECL_STRUCT_FUNCTION (fn)
      || DECL_STATIC_CHAIN (fn) || gimple_call_chain (st.call))
    return no ("GCC cannot copy %s");
  if (asks_object_size (fn, 3))
    return no ("%s, or a function it calls, asks for an object's size "
	       "(_FORTIFY_SOURCE), which a "
	       "clone could not answer");
  /* The call statement is the site's and nothing else's.  */
  for (const esc_free_call &fc : caller->fg->frees)
    if (fc.call == st.call)
      return no ("the call of %s also frees");
  esc_function *f = esc_function_get (esc_function_id (fn));
  const esc_summary *sum = f->summary;
  if (!f->fg || !f->solved || !sum)
    return no ("%s was not analysed");
  if (f->recursive)
    return no ("%s is recursive");
  /* Re-entered, it gets owned slots for its own objects, in a copy of it
     the clone would not be (esc_transform_function); with none, the
     clone takes a slot of the caller, which is itself re-entered through
     the clone and holds its slots one activation at a time.  */
  if (f->reentry && allocates_own (f))
    {
      if (why && f->reentry_why)
	pp_printf (why, "%s may be re-entered: %s; and it allocates objects "
		   "of its own", name, f->reentry_why);
      else if (why)
	pp_printf (why, "%s may be re-entered, and it allocates objects of "
		   "its own", name);
      return cs;
    }
  if (sum->nfresh > ESC_MAX_CLONE_OBJECTS || st.fresh >= sum->nfresh)
    return no ("%s hands over more than " ESC_STRINGIFY (ESC_MAX_CLONE_OBJECTS)
	       " objects");
  esc_loc l = sum->fresh[st.fresh].loc;
  int site = esc_object_site (f, st.fresh);
  if (site < 0)
    return no ("%s makes it where a clone cannot find the call");
  if (!gimple_bb (f->fg->sites[site].call))
    return no ("%s makes it in a call the transform has already changed "
	       "there");
  const esc_site &own = f->fg->sites[site];
  callee_site in = { f, site, f, site };
  if (own.fresh >= 0)
    {
      /* Made by a constructor it calls in turn (cJSON_CreateObject calls
	 cJSON_New_Item): its clone calls that one's clone, handing the
	 slot on, if that one can be made, and the call cannot throw (its
	 replacement would lose its exception edges).  Constructors are
	 not recursive, so the chain ends.  */
      if (depth >= 4)
	return no ("%s is more than four constructor calls down");
      if (stmt_could_throw_p (DECL_STRUCT_FUNCTION (fn), own.call))
	return no ("%s gets it from a call that may throw");
      in = callee_site_of (f, own, depth + 1, why);
      if (!in.callee)
	return cs;
    }
  else if (!own.movable && !realloc_site (own))
    {
      if (why)
	pp_printf (why, "%s allocates it with %s, which does not move", name,
		   own.allocator);
      return cs;
    }
  /* Every release of the object in it is one the clone can guard: its
     own free, or a call of a disposer, which goes to its release clone
     (a constructor that fails and disposes of what it made; adversarial
     finding: the disposer freed the caller's slot).  */
  for (int k = 0; k < esc_free_count (f->solved); k++)
    {
      if (!esc_free_may_free (f->solved, k, l))
	continue;
      bool ok = false;
      switch (esc_free_kind_of (f->solved, k))
	{
	case ESC_FREE_HERE:
	  if (!here_free_call (f, k))
	    return no ("%s frees it in a call the transform has already "
		       "changed there");
	  break;
	case ESC_FREE_CALLEE:
	  {
	    /* Of the object's own family, as a free here must be.  A
	       function that grows it (cstr_cat calling cstr_realloc) is
	       called as a grow clone.  */
	    int fam;
	    ok = (releasable_call (f, k, &fam) || growable_call (f, k, &fam))
		 && fam == in.alloc_callee->fg->sites[in.alloc_site].family;
	  }
	  if (!ok && !callee_free_call (f, k))
	    return no ("%s hands it to a function that frees it, in a call "
		       "the transform has already changed there");
	  if (!ok)
	    return no ("%s hands it to a function that frees it and has no "
		       "release clone");
	  break;
	case ESC_FREE_REALLOC:
	  {
	    /* Grown in the clone as guard_realloc grows a slot.  */
	    gcall *s = here_free_call (f, k);
	    if (!s || !guardable_realloc (s)
		|| stmt_could_throw_p (DECL_STRUCT_FUNCTION (fn), s))
	      return no ("%s grows it by a realloc a clone cannot rewrite");
	    if (esc_free_family (f->solved, k)
		!= in.alloc_callee->fg->sites[in.alloc_site].family)
	      return no ("%s grows it by a reallocator of another family");
	  }
	  break;
	}
    }
  cs.callee = f;
  cs.site = site;
  cs.alloc_callee = in.alloc_callee;
  cs.alloc_site = in.alloc_site;
  return cs;
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
  m->callee_made = st.fresh >= 0;
  m->by_clone = false;
  m->guardable = false;
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
  /* A size that is not a constant is tested at run time: every size
     argument is an integer the call has, and any floor is small.  */
  m->guardable = n < 0 && st.size_arg >= 0
    && (unsigned) st.size_arg < gimple_call_num_args (s)
    && (!st.has_count || (st.count_arg >= 0
			  && (unsigned) st.count_arg
			     < gimple_call_num_args (s)))
    && st.size_floor <= esc_options_slot_bytes (&escape_options)
    && st.count_floor <= esc_options_slot_bytes (&escape_options);
}

/* Part ARG of site ST's size (a size or a count) as a size_t computed in
   SEQ: the argument at the callee's parameter type, then the larger of it
   and the floor a wrapper applies.  */
static tree
size_value (const esc_site &st, int arg, long long floor, gimple_seq *seq,
	    location_t loc)
{
  tree a = gimple_call_arg (st.call, arg);
  tree fn = st.wrapper ? gimple_call_fndecl (st.call) : NULL_TREE;
  tree pt = fn ? param_type (fn, arg) : NULL_TREE;
  /* A wrapper sees the value at its parameter's type (a K&R "int n"
     receives a long truncated); a negative one is huge as a size, which
     the test sends to the heap.  */
  if (pt && INTEGRAL_TYPE_P (pt))
    a = gimple_convert (seq, loc, pt, a);
  a = gimple_convert (seq, loc, size_type_node, a);
  if (floor > 0)
    a = gimple_build (seq, loc, MAX_EXPR, size_type_node, a,
		      build_int_cst (size_type_node, floor));
  return a;
}

/* Whether site ST's call asks for 1 to CAP bytes, as a boolean computed in
   SEQ; *BYTES gets the byte count.  calloc's product is tested only when
   both factors are at most CAP, so it cannot wrap into a small number.  */
static tree
size_test (const esc_site &st, long long cap, gimple_seq *seq,
	   location_t loc, tree *bytes)
{
  tree c = build_int_cst (size_type_node, cap);
  tree minus1 = build_int_cst (size_type_node, -1);
  tree n = size_value (st, st.size_arg, st.size_floor, seq, loc);
  tree ok = NULL_TREE;
  if (st.has_count)
    {
      tree k = size_value (st, st.count_arg, st.count_floor, seq, loc);
      tree ok1 = gimple_build (seq, loc, LE_EXPR, boolean_type_node, n, c);
      tree ok2 = gimple_build (seq, loc, LE_EXPR, boolean_type_node, k, c);
      ok = gimple_build (seq, loc, BIT_AND_EXPR, boolean_type_node, ok1, ok2);
      n = gimple_build (seq, loc, MULT_EXPR, size_type_node, n, k);
    }
  /* 1 <= n <= cap: malloc (0)'s unique empty object is the heap's.  */
  tree nm1 = gimple_build (seq, loc, PLUS_EXPR, size_type_node, n, minus1);
  tree in = gimple_build (seq, loc, LT_EXPR, boolean_type_node, nm1, c);
  ok = ok ? gimple_build (seq, loc, BIT_AND_EXPR, boolean_type_node, ok, in)
    : in;
  *bytes = n;
  return ok;
}

/* Make STMT run only when COND (boolean) is false; when it is true run
   THEN_SEQ instead.  If STMT sets an SSA name, THEN_VALUE is its value
   after THEN_SEQ, joined with STMT's by a PHI.  */
static void
if_else (gimple *stmt, tree cond, gimple_seq then_seq, tree then_value,
	 profile_probability then_prob)
{
  location_t loc = gimple_location (stmt);
  basic_block bb = gimple_bb (stmt);
  gimple_stmt_iterator gsi = gsi_for_stmt (stmt);
  gsi_prev (&gsi);
  edge e1 = gsi_end_p (gsi) ? split_block_after_labels (bb)
    : split_block (bb, gsi_stmt (gsi));
  basic_block stmt_bb = e1->dest;
  edge e2 = split_block (stmt_bb, stmt);
  basic_block join = e2->dest;
  basic_block then_bb = create_empty_bb (bb);
  if (current_loops)
    add_bb_to_loop (then_bb, bb->loop_father);
  gimple_stmt_iterator tg = gsi_start_bb (then_bb);
  gsi_insert_seq_after (&tg, then_seq, GSI_CONTINUE_LINKING);
  gcond *c = gimple_build_cond (NE_EXPR, cond, boolean_false_node,
				NULL_TREE, NULL_TREE);
  gimple_set_location (c, loc);
  gimple_stmt_iterator bg = gsi_last_bb (bb);
  gsi_insert_after (&bg, c, GSI_NEW_STMT);
  e1->flags = (e1->flags & ~EDGE_FALLTHRU) | EDGE_FALSE_VALUE;
  edge et = make_edge (bb, then_bb, EDGE_TRUE_VALUE);
  edge ej = make_edge (then_bb, join, EDGE_FALLTHRU);
  et->probability = then_prob;
  e1->probability = then_prob.invert ();
  ej->probability = profile_probability::always ();
  then_bb->count = bb->count.apply_probability (then_prob);
  stmt_bb->count = bb->count - then_bb->count;
  tree lhs = gimple_get_lhs (stmt);
  if (lhs && TREE_CODE (lhs) == SSA_NAME)
    {
      tree other = copy_ssa_name (lhs);
      gimple_set_lhs (stmt, other);
      update_stmt (stmt);
      gphi *phi = create_phi_node (lhs, join);
      add_phi_arg (phi, other, e2, loc);
      add_phi_arg (phi, then_value, ej, loc);
    }
}

/* Pools (core/transform.h) of the function being rewritten, by their
   slot (the array, or an owned slot's variable): how many slots of how
   many bytes, and the local counter of those handed out.  */
struct pool_info
{
  long long count, bytes;
  tree used;
};
static hash_map<tree, pool_info> *pools;

/* The address SLOT starts at.  (*SOME: whether it has one, computed in
   SEQ when SEQ is given; NULL_TREE for always.)  */
static tree
slot_base (tree slot, gimple_seq *seq, location_t loc, tree *some)
{
  *some = NULL_TREE;
  /* In a clone of a constructor: the caller's slot, a parameter, which
     may be NULL (a pool's slot already handed out).  */
  if (TREE_CODE (slot) == SSA_NAME)
    {
      if (seq)
	*some = gimple_build (seq, loc, NE_EXPR, boolean_type_node, slot,
			      build_int_cst (TREE_TYPE (slot), 0));
      return slot;
    }
  return build_fold_addr_expr_with_type (slot, ptr_type_node);
}

/* Is P slot SLOT (or, for a pool, in it), as a boolean computed in SEQ?  */
static tree
slot_test (tree p, tree slot, gimple_seq *seq, location_t loc)
{
  tree some;
  tree base = slot_base (slot, seq, loc, &some);
  tree pv = gimple_convert (seq, loc, ptr_type_node, p);
  tree in;
  if (pool_info *pi = pools ? pools->get (slot) : NULL)
    {
      tree pu = gimple_convert (seq, loc, pointer_sized_int_node, pv);
      tree bu = gimple_convert (seq, loc, pointer_sized_int_node, base);
      tree off = gimple_build (seq, loc, MINUS_EXPR, pointer_sized_int_node,
			       pu, bu);
      off = gimple_convert (seq, loc, size_type_node, off);
      in = gimple_build (seq, loc, LT_EXPR, boolean_type_node, off,
			 build_int_cst (size_type_node,
					pi->count * pi->bytes));
    }
  else
    in = gimple_build (seq, loc, EQ_EXPR, boolean_type_node, pv, base);
  if (some)
    in = gimple_build (seq, loc, BIT_AND_EXPR, boolean_type_node, in, some);
  return in;
}

/* Is P one of the slots in GUARDS, as a boolean computed in SEQ?  */
static tree
is_slot (tree p, const vec<tree> &guards, gimple_seq *seq, location_t loc)
{
  tree any = NULL_TREE;
  for (tree slot : guards)
    {
      tree eq = slot_test (p, slot, seq, loc);
      any = any ? gimple_build (seq, loc, BIT_IOR_EXPR, boolean_type_node,
				any, eq) : eq;
    }
  return any;
}

/* "asm volatile ("" : : "g" (&SLOT) : "memory")": SLOT's address
   escapes where GCC cannot follow it.  */
static gasm *
escape_asm (tree slot)
{
  vec<tree, va_gc> *inputs = NULL, *clobbers = NULL;
  tree addr = build_fold_addr_expr_with_type (slot, ptr_type_node);
  tree in = build_tree_list (build_tree_list (NULL_TREE,
					      build_string (2, "g")), addr);
  vec_safe_push (inputs, in);
  vec_safe_push (clobbers, build_tree_list (NULL_TREE,
					    build_string (7, "memory")));
  gasm *a = gimple_build_asm_vec ("", inputs, NULL, clobbers, NULL);
  gimple_asm_set_volatile (a, true);
  return a;
}

/* PTR (a slot's address) as a value GCC cannot trace to the slot, made
   in SEQ: "asm ("" : "=r" (q) : "0" (ptr))".  A slot shared with the
   heap (a guarded slot, or one realloc grows out of) is reached on a
   path GCC may copy and check on its own; there the program's accesses
   past the slot's bytes, which run only with a heap block, drew
   -Wstringop-overflow, -Warray-bounds and -Wmaybe-uninitialized on the
   slot, breaking -Werror builds (adversarial findings).  To GCC the
   value is then any object's, as malloc's block is.  */
static tree
opaque_copy (gimple_seq *seq, tree ptr)
{
  tree q = make_ssa_name (TREE_TYPE (ptr));
  vec<tree, va_gc> *inputs = NULL, *outputs = NULL;
  vec_safe_push (outputs, build_tree_list (build_tree_list
					   (NULL_TREE, build_string (3, "=r")),
					   q));
  vec_safe_push (inputs, build_tree_list (build_tree_list
					  (NULL_TREE, build_string (2, "0")),
					  ptr));
  gasm *a = gimple_build_asm_vec ("", inputs, outputs, NULL, NULL);
  SSA_NAME_DEF_STMT (q) = a;
  gimple_seq_add_stmt (seq, a);
  /* Its alignment is still known: malloc's.  */
  tree r = make_ssa_name (TREE_TYPE (ptr));
  gcall *c = gimple_build_call (builtin_decl_explicit
				(BUILT_IN_ASSUME_ALIGNED), 2, q,
				build_int_cst (size_type_node,
					       malloc_alignment));
  gimple_call_set_lhs (c, r);
  gimple_seq_add_stmt (seq, c);
  return r;
}

/* The frame budget for the current function: BUDGET, and under
   -Wframe-larger-than=N or -Wstack-usage=N at most half of what N leaves
   beyond the function's own locals in memory, so that the slots do not
   make GCC warn of a frame the plain build kept below N (adversarial
   finding: -Werror builds failed).  An estimate: GCC's frame also holds
   spills and outgoing arguments, which the other half leaves room for.  */
static long long
frame_budget_here (long long budget)
{
  HOST_WIDE_INT limit = HOST_WIDE_INT_MAX;
  if (warn_frame_larger_than_size > 0)
    limit = warn_frame_larger_than_size;
  if (warn_stack_usage > 0 && warn_stack_usage < limit)
    limit = warn_stack_usage;
  if (limit >= (HOST_WIDE_INT) 1 << 40)
    return budget;
  HOST_WIDE_INT locals = 0;
  unsigned i;
  tree var;
  FOR_EACH_LOCAL_DECL (cfun, i, var)
    if (VAR_P (var) && !is_gimple_reg (var) && !TREE_STATIC (var)
	&& DECL_SIZE_UNIT (var) && tree_fits_uhwi_p (DECL_SIZE_UNIT (var)))
      locals += tree_to_uhwi (DECL_SIZE_UNIT (var));
  HOST_WIDE_INT room = limit > locals ? (limit - locals) / 2 : 0;
  return room < budget ? room : budget;
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
  suppress_warning (slot);
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
move_site (gcall *s, tree slot, bool zero, bool opaque = false)
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
      tree addr = build_fold_addr_expr_with_type (slot, TREE_TYPE (lhs));
      if (opaque)
	{
	  gimple_seq seq = NULL;
	  tree a = make_ssa_name (TREE_TYPE (lhs));
	  gimple_seq_add_stmt (&seq, gimple_build_assign (a, addr));
	  addr = opaque_copy (&seq, a);
	  gsi_insert_seq_before (&gsi, seq, GSI_SAME_STMT);
	}
      insert_before (&gsi, gimple_build_assign (lhs, addr), loc);
    }
  remove_call (&gsi, s);
}

/* Call S, after TEST (inserted before it), runs only when OK is false;
   when it is true, THEN_SEQ runs and S's result is ADDR, a slot shared
   with the heap (so through an opaque copy), its first ZERO_BYTES bytes
   zeroed if given.  */
static void
take_slot (gcall *s, gimple_seq test, gimple_seq then_seq, tree ok,
	   tree addr, tree zero_bytes)
{
  location_t loc = gimple_location (s);
  gimple_stmt_iterator gsi = gsi_for_stmt (s);
  gsi_insert_seq_before (&gsi, test, GSI_SAME_STMT);
  if (zero_bytes)
    {
      gcall *z = gimple_build_call (builtin_decl_explicit (BUILT_IN_MEMSET),
				    3, addr, integer_zero_node, zero_bytes);
      gimple_set_location (z, loc);
      gimple_seq_add_stmt (&then_seq, z);
    }
  tree value = NULL_TREE;
  if (tree lhs = gimple_call_lhs (s))
    value = gimple_convert (&then_seq, loc, TREE_TYPE (lhs),
			    opaque_copy (&then_seq,
					 gimple_convert (&then_seq, loc,
							 ptr_type_node,
							 addr)));
  if_else (s, ok, then_seq, value, profile_probability::likely ());
}

/* Site ST moves behind a size test into SLOT (CAP bytes), or into the
   next free slot of its pool.  */
static void
guard_site (const esc_site &st, tree slot, long long cap)
{
  gcall *s = st.call;
  location_t loc = gimple_location (s);
  gimple_seq test = NULL, then_seq = NULL;
  tree bytes;
  tree ok = size_test (st, cap, &test, loc, &bytes);
  tree some;
  tree addr = slot_base (slot, &test, loc, &some);
  if (some)
    ok = gimple_build (&test, loc, BIT_AND_EXPR, boolean_type_node, ok, some);
  if (pool_info *pi = pools ? pools->get (slot) : NULL)
    {
      /* The next slot, while there is one: one per allocation.  */
      tree i = make_ssa_name (TREE_TYPE (pi->used));
      gimple_seq_add_stmt (&test, gimple_build_assign (i, pi->used));
      tree left = gimple_build (&test, loc, LT_EXPR, boolean_type_node, i,
				build_int_cst (TREE_TYPE (i), pi->count));
      ok = gimple_build (&test, loc, BIT_AND_EXPR, boolean_type_node, ok,
			 left);
      tree off = gimple_convert (&test, loc, sizetype, i);
      off = gimple_build (&test, loc, MULT_EXPR, sizetype, off,
			  build_int_cst (sizetype, pi->bytes));
      addr = gimple_build (&test, loc, POINTER_PLUS_EXPR, ptr_type_node,
			   addr, off);
      tree next = gimple_build (&then_seq, loc, PLUS_EXPR, TREE_TYPE (i), i,
				build_int_cst (TREE_TYPE (i), 1));
      gimple_seq_add_stmt (&then_seq, gimple_build_assign (pi->used, next));
    }
  /* Exactly the bytes asked for start zeroed, as calloc's.  */
  take_slot (s, test, then_seq, ok, addr, st.zeroes ? bytes : NULL_TREE);
}

/* Free call FC may receive the slots GUARDS: it releases only what is not
   one of them.  */
static void
guard_free (const esc_free_call &fc, const vec<tree> &guards)
{
  location_t loc = gimple_location (fc.call);
  tree p = gimple_call_arg (fc.call, fc.arg);
  gimple_seq test = NULL;
  tree slot = is_slot (p, guards, &test, loc);
  gimple_stmt_iterator gsi = gsi_for_stmt (fc.call);
  gsi_insert_seq_before (&gsi, test, GSI_SAME_STMT);
  if_else (fc.call, slot, NULL, NULL_TREE, profile_probability::even ());
  /* Where only a slot can reach it, the call is dead: GCC, until it
     folds the test (never at -O0), would warn of a stack object freed.  */
  suppress_warning (fc.call, OPT_Wfree_nonheap_object);
}

/* Realloc call FC may receive the slots GUARDS (CAPS bytes each): a slot
   grows in place up to ROOM bytes (0: never; a slot that escapes as the
   block realloc hands back must not be that block), and beyond into a new
   heap block holding its bytes, which the same reallocator makes from a
   NULL pointer (realloc (NULL, n) allocates), so a declared one keeps its
   own allocator and its own failure behaviour.  */
static void
guard_realloc (const esc_free_call &fc, const vec<tree> &guards,
	       const vec<long long> &caps, const vec<long long> &room,
	       bool only_slots)
{
  gcall *s = fc.call;
  location_t loc = gimple_location (s);
  const char *name;
  const esc_allocator *model = esc_call_model (s, &name);
  bool library = esc_allocator_lookup (name) == model;
  tree p = gimple_call_arg (s, fc.arg);
  tree m = gimple_call_arg (s, model->size_arg);
  gimple_seq test = NULL, then_seq = NULL;
  /* Only slots reach it, or NULL (realloc (NULL, m) allocates): the test
     is then for NULL, and the call kept for it is handed NULL, so GCC
     sees no stack object freed.  */
  tree slot = only_slots
    ? gimple_build (&test, loc, NE_EXPR, boolean_type_node, p,
		    build_int_cst (TREE_TYPE (p), 0))
    : is_slot (p, guards, &test, loc);
  gimple_stmt_iterator gsi = gsi_for_stmt (s);
  gsi_insert_seq_before (&gsi, test, GSI_SAME_STMT);

  tree size = gimple_convert (&then_seq, loc, size_type_node, m);
  tree pv = gimple_convert (&then_seq, loc, ptr_type_node, p);
  /* The slot's capacity and room: the ones P's are.  */
  tree cap = build_int_cst (size_type_node, caps[0]);
  tree in_place = build_int_cst (size_type_node, room[0]);
  for (unsigned i = 1; i < guards.length (); i++)
    {
      tree eq = slot_test (p, guards[i], &then_seq, loc);
      cap = gimple_build (&then_seq, loc, COND_EXPR, size_type_node, eq,
			  build_int_cst (size_type_node, caps[i]), cap);
      in_place = gimple_build (&then_seq, loc, COND_EXPR, size_type_node, eq,
			       build_int_cst (size_type_node, room[i]),
			       in_place);
    }
  /* 1 <= size <= room: the slot itself is the grown block (realloc may
     return its argument); no heap, no copy.  */
  tree null = build_int_cst (ptr_type_node, 0);
  bool any_room = false;
  for (long long r : room)
    any_room |= r > 0;
  tree keep = NULL_TREE, kept = null;
  if (any_room)
    {
      tree sm1 = gimple_build (&then_seq, loc, PLUS_EXPR, size_type_node,
			       size, build_int_cst (size_type_node, -1));
      keep = gimple_build (&then_seq, loc, LT_EXPR, boolean_type_node, sm1,
			   in_place);
      /* Opaque: in a clone GCC would otherwise take the result for the
	 caller's slot once IPA-CP makes the slot a constant, and warn of
	 a local's address returned (-Wreturn-local-addr).  */
      kept = opaque_copy (&then_seq, pv);
    }
  if (library)
    {
      /* The C library's realloc (p, 0) frees and returns NULL: so does
	 the slot's (its realloc (NULL, 0) would return a block).  */
      tree zero = gimple_build (&then_seq, loc, EQ_EXPR, boolean_type_node,
				size, build_int_cst (size_type_node, 0));
      kept = any_room ? gimple_build (&then_seq, loc, COND_EXPR,
				      ptr_type_node, zero, null, kept) : null;
      keep = any_room ? gimple_build (&then_seq, loc, BIT_IOR_EXPR,
				      boolean_type_node, keep, zero) : zero;
    }
  tree rtype = gimple_call_return_type (s);
  if (!POINTER_TYPE_P (rtype))
    rtype = ptr_type_node;
  kept = gimple_convert (&then_seq, loc, rtype, kept);
  /* A declared reallocator's (p, 0) may differ from its (NULL, 0) (glibc
     frees and returns NULL, then returns a fresh block): the slot turns
     into a one-byte block of its own first, which (block, 0) then
     releases as the reallocator does.  */
  tree zero_size = NULL_TREE;
  if (!library)
    {
      zero_size = gimple_build (&then_seq, loc, EQ_EXPR, boolean_type_node,
				size, build_int_cst (size_type_node, 0));
      tree one = gimple_build (&then_seq, loc, COND_EXPR, TREE_TYPE (m),
			       zero_size, build_int_cst (TREE_TYPE (m), 1), m);
      m = one;
    }
  gcall *grow = as_a<gcall *> (gimple_copy (s));
  gimple_call_set_arg (grow, fc.arg, build_int_cst (TREE_TYPE (p), 0));
  gimple_call_set_arg (grow, model->size_arg, m);
  gimple_set_vuse (grow, NULL_TREE);
  gimple_set_vdef (grow, NULL_TREE);
  tree q = make_ssa_name (rtype);
  gimple_call_set_lhs (grow, q);
  gimple_seq_add_stmt (&then_seq, grow);
  tree qv = gimple_convert (&then_seq, loc, ptr_type_node, q);
  tree len = gimple_build (&then_seq, loc, MIN_EXPR, size_type_node, size,
			   cap);
  /* No new block (a failure, size 0, or the slot itself): copy nothing,
     into the slot itself.  */
  tree got = gimple_build (&then_seq, loc, NE_EXPR, boolean_type_node, qv,
			   null);
  tree other = gimple_build (&then_seq, loc, NE_EXPR, boolean_type_node, qv,
			     pv);
  got = gimple_build (&then_seq, loc, BIT_AND_EXPR, boolean_type_node, got,
		      other);
  tree dst = gimple_build (&then_seq, loc, COND_EXPR, ptr_type_node, got, qv,
			   pv);
  len = gimple_build (&then_seq, loc, COND_EXPR, size_type_node, got, len,
		      build_int_cst (size_type_node, 0));
  gcall *copy = gimple_build_call (builtin_decl_explicit (BUILT_IN_MEMMOVE),
				   3, dst, pv, len);
  gimple_set_location (copy, loc);
  gimple_seq_add_stmt (&then_seq, copy);
  gcall *shrink = NULL;
  tree nonzero = NULL_TREE;
  if (zero_size)
    {
      /* Size 0: the one-byte block goes through (block, 0).  */
      nonzero = gimple_build (&then_seq, loc, BIT_XOR_EXPR, boolean_type_node,
			      zero_size, boolean_true_node);
      shrink = as_a<gcall *> (gimple_copy (s));
      gimple_call_set_arg (shrink, fc.arg,
			   gimple_convert (&then_seq, loc, TREE_TYPE (p), q));
      gimple_call_set_arg (shrink, model->size_arg,
			   build_int_cst (TREE_TYPE (m), 0));
      gimple_set_vuse (shrink, NULL_TREE);
      gimple_set_vdef (shrink, NULL_TREE);
      tree q2 = make_ssa_name (rtype);
      gimple_call_set_lhs (shrink, q2);
      gimple_seq_add_stmt (&then_seq, shrink);
      qv = gimple_convert (&then_seq, loc, ptr_type_node, q2);
    }
  tree value = NULL_TREE;
  if (tree lhs = gimple_call_lhs (s))
    value = gimple_convert (&then_seq, loc, TREE_TYPE (lhs), qv);
  if (only_slots)
    {
      gimple_call_set_arg (s, fc.arg, build_int_cst (TREE_TYPE (p), 0));
      update_stmt (s);
    }
  if_else (s, slot, then_seq, value, profile_probability::even ());
  /* The reallocator runs only when the slot is outgrown; otherwise its
     result is the slot (or NULL).  */
  if (keep)
    if_else (grow, keep, NULL, kept, profile_probability::likely ());
  if (shrink)
    if_else (shrink, nonzero, NULL, q, profile_probability::likely ());
}

/* Can realloc call S grow a slot: the C library's realloc, or a declared
   reallocator, with the C library's memmove to copy the slot out?  */
static bool
guardable_realloc (gcall *s)
{
  tree mm = builtin_decl_explicit (BUILT_IN_MEMMOVE);
  if (!mm || esc_defined_here (mm))
    return false;
  const char *name;
  const esc_allocator *a = esc_call_model (s, &name);
  if (!a || a->role != ESC_ROLE_REALLOC || a->attribute || a->size_arg < 0
      || a->ptr_arg < 0
      || (unsigned) a->size_arg >= gimple_call_num_args (s)
      || (unsigned) a->ptr_arg >= gimple_call_num_args (s))
    return false;
  if (esc_allocator_lookup (name) != a)
    return true;
  tree fn = gimple_call_fndecl (s);
  return fn && fndecl_built_in_p (fn, BUILT_IN_REALLOC)
	 && !esc_defined_here (fn) && gimple_call_num_args (s) == 2;
}

/* Can FUN take owned slots (core/transform.h): a copy of it with the
   slots runs for the one activation per thread that owns them, behind a
   dispatch at entry that forwards the parameters, so not for varargs,
   nested functions, results in memory, functions GCC cannot copy (a
   nonlocal goto target, a label address kept in a static) or that look
   at their own frame or return address; the owner is a thread-local
   word.  */
bool
esc_owned_slots_ok (function *fun, tree decl)
{
  tree res = DECL_RESULT (decl);
  /* A function another definition may replace (-fPIC) calls itself
     through its local alias, which GCC makes, and so must the copy
     (esc_owner_take): through the symbol, the other definition would run
     where it did not (an adversarial finding).  A weak one has none.  */
  cgraph_node *node = cgraph_node::get (decl);
  if (!node || DECL_WEAK (decl)
      || (node->get_availability () <= AVAIL_INTERPOSABLE
	  && !node->noninterposable_alias ()))
    return false;
  /* A cc1 writing bytecode (-ffat-lto-objects) leaves owned slots to
     lto1, which sees the whole cycle: the bytecode carries what this
     pass made, and lto1 gave a copy's rest owned slots again, two
     activations holding slots, and inlined a dispatch made for a function
     this unit did not know to be in a cycle into every level of the
     recursion (an adversarial finding, 1.34x the stack).  */
  if (flag_generate_lto && !in_lto_p)
    return false;
  if (!targetm.have_tls || stdarg_p (TREE_TYPE (decl))
      || DECL_STATIC_CHAIN (decl) || fun->has_nonlocal_label
      || !tree_versionable_function_p (decl)
      || !(VOID_TYPE_P (TREE_TYPE (res))
	   || (is_gimple_reg_type (TREE_TYPE (res))
	       && !aggregate_value_p (res, decl))))
    return false;
  /* The dispatch passes each parameter as it is declared: a K&R float
     parameter arrives as a double (DECL_ARG_TYPE), which the copy would
     read as such.  */
  for (tree p = DECL_ARGUMENTS (decl); p; p = DECL_CHAIN (p))
    if (!types_compatible_p (DECL_ARG_TYPE (p), TREE_TYPE (p)))
      return false;
  /* The copy is called by the function: its return address and frame
     are not the function's.  */
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      if (gimple_call_builtin_p (gsi_stmt (gsi), BUILT_IN_RETURN_ADDRESS)
	  || gimple_call_builtin_p (gsi_stmt (gsi), BUILT_IN_FRAME_ADDRESS)
	  || gimple_call_builtin_p (gsi_stmt (gsi),
				    BUILT_IN_EXTRACT_RETURN_ADDR)
	  || gimple_call_builtin_p (gsi_stmt (gsi), BUILT_IN_EH_RETURN)
	  || gimple_call_builtin_p (gsi_stmt (gsi), BUILT_IN_APPLY_ARGS)
	  || gimple_call_builtin_p (gsi_stmt (gsi), BUILT_IN_VA_ARG_PACK))
	return false;
  return true;
}

/* The suffix of a function or variable the transform makes.  In lto1
   another: a unit compiled with -ffat-lto-objects was transformed by its
   cc1 too, and its bytecode brings that cc1's "f.escape_owner.0" along,
   which a name numbered anew in lto1 would define twice.  */
static const char *
lto_name (const char *base)
{
  static const char *const names[][2] = {
    { "escape_owner", "escape_lto_owner" },
    { "escape_slot", "escape_lto_slot" },
    { "escape_rest", "escape_lto_rest" },
    { "escape_release", "escape_lto_release" },
  };
  if (in_lto_p)
    for (const auto &n : names)
      if (strcmp (base, n[0]) == 0)
	return n[1];
  return base;
}

/* A thread-local "static __thread char *owner" for FNDECL: the stack
   pointer at entry of the activation that runs its owned copy.  */
tree
esc_make_owner (tree fndecl)
{
  tree v = build_decl (DECL_SOURCE_LOCATION (fndecl), VAR_DECL,
		       create_tmp_var_name (lto_name ("escape_owner")),
		       ptr_type_node);
  TREE_STATIC (v) = 1;
  TREE_PUBLIC (v) = 0;
  DECL_EXTERNAL (v) = 0;
  DECL_ARTIFICIAL (v) = 1;
  DECL_IGNORED_P (v) = 1;
  TREE_USED (v) = 1;
  /* Volatile: a signal handler of this unit may re-enter the function
     from a C library function declared leaf (raise), across which GCC
     would otherwise drop the store that takes ownership, the handler's
     activation then taking it too (adversarial finding: a handler
     installed with SA_NODEFER, a stack overflow).  */
  TREE_THIS_VOLATILE (v) = 1;
  TREE_SIDE_EFFECTS (v) = 1;
  set_decl_tls_model (v, decl_default_tls_model (v));
  varpool_node::finalize_decl (v);
  return v;
}

void
esc_add_attribute (tree decl, const char *name)
{
  if (!lookup_attribute (name, DECL_ATTRIBUTES (decl)))
    DECL_ATTRIBUTES (decl) = tree_cons (get_identifier (name), NULL_TREE,
					DECL_ATTRIBUTES (decl));
}

void
esc_add_noinline (tree decl)
{
  DECL_UNINLINABLE (decl) = 1;
  esc_add_attribute (decl, "noinline");
}

void
esc_update_after_rewrite (bool cfg_changed)
{
  if (cfg_changed)
    {
      free_dominance_info (CDI_DOMINATORS);
      free_dominance_info (CDI_POST_DOMINATORS);
      if (current_loops)
	loops_state_set (LOOPS_NEED_FIXUP);
    }
  mark_virtual_operands_for_renaming (cfun);
  update_ssa (TODO_update_ssa_only_virtuals);
  cgraph_edge::rebuild_edges ();
  /* In lto1 after -fipa-pta, the function's points-to sets are the IPA
     pass's, which know no slot: GCC's own points-to pass would keep them,
     and a store into a slot before a call reading it was dead
     (adversarial finding).  It computes them again.  */
  if (cfun->gimple_df)
    cfun->gimple_df->ipa_pta = false;
}

/* Number FUN's statements from 1 (0 is "none"): a copy of the body made
   next keeps the numbers, which find each statement's copy.  */
static void
number_statements (function *fun)
{
  unsigned uid = 0;
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      gimple_set_uid (gsi_stmt (gsi), ++uid);
}

typedef hash_map<int_hash<unsigned, 0, UINT_MAX>, gimple *> calls_by_uid;

/* The calls of FUN (a copy of a numbered body) by number, in BY_UID.  */
static void
number_calls (function *fun, calls_by_uid &by_uid)
{
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      if (is_gimple_call (gsi_stmt (gsi)) && gimple_uid (gsi_stmt (gsi)))
	by_uid.put (gimple_uid (gsi_stmt (gsi)), gsi_stmt (gsi));
}

/* A copy of DECL's body as a new local function, never inlined, with MAP
   from each call of DECL to its copy (found by the statement uids, which
   the copy keeps).  NULL if some call has no copy.  */
cgraph_node *
esc_owner_copy (tree decl, hash_map<gimple *, gimple *> &map)
{
  cgraph_node *node = cgraph_node::get (decl);
  if (!node || !node->definition)
    return NULL;
  function *of = DECL_STRUCT_FUNCTION (decl);
  number_statements (of);
  cgraph_node *c = node->create_version_clone_with_body
    (vNULL, NULL, NULL, NULL, NULL, lto_name ("escape_owner"));
  if (!c)
    return NULL;
  calls_by_uid by_uid;
  number_calls (DECL_STRUCT_FUNCTION (c->decl), by_uid);
  basic_block bb;
  bool ok = true;
  FOR_EACH_BB_FN (bb, of)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); ok && !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gimple *o = gsi_stmt (gsi);
	if (!is_gimple_call (o))
	  continue;
	gimple **n = gimple_uid (o) ? by_uid.get (gimple_uid (o)) : NULL;
	if (!n || gimple_call_fndecl (o) != gimple_call_fndecl (*n))
	  ok = false;
	else
	  map.put (o, *n);
      }
  if (!ok)
    {
      c->remove ();
      return NULL;
    }
  esc_add_noinline (c->decl);
  return c;
}

/* A new block after BB that calls DECL with the current function's
   parameters and returns its result (the edge into it is the
   caller's).  */
static basic_block
forward_block (basic_block bb, tree decl)
{
  location_t loc = DECL_SOURCE_LOCATION (current_function_decl);
  gimple_seq seq = NULL;
  auto_vec<tree> args;
  for (tree p = DECL_ARGUMENTS (current_function_decl); p; p = DECL_CHAIN (p))
    {
      tree a = p;
      if (is_gimple_reg (p))
	a = get_or_create_ssa_default_def (cfun, p);
      else if (is_gimple_reg_type (TREE_TYPE (p)))
	{
	  a = make_ssa_name (TREE_TYPE (p));
	  gimple_seq_add_stmt (&seq, gimple_build_assign (a, p));
	}
      args.safe_push (a);
    }
  gcall *call = gimple_build_call_vec (decl, args);
  gimple_set_location (call, loc);
  tree res = DECL_RESULT (current_function_decl);
  tree r = NULL_TREE;
  if (!VOID_TYPE_P (TREE_TYPE (res)))
    {
      r = make_ssa_name (TREE_TYPE (res));
      gimple_call_set_lhs (call, r);
    }
  gimple_seq_add_stmt (&seq, call);
  greturn *ret = gimple_build_return (r);
  gimple_set_location (ret, loc);
  gimple_seq_add_stmt (&seq, ret);
  basic_block nb = create_empty_bb (bb);
  if (current_loops)
    add_bb_to_loop (nb, bb->loop_father);
  gimple_stmt_iterator gsi = gsi_start_bb (nb);
  gsi_insert_seq_after (&gsi, seq, GSI_CONTINUE_LINKING);
  make_edge (nb, EXIT_BLOCK_PTR_FOR_FN (cfun), 0);
  return nb;
}

/* The local alias of FN where another definition may replace it (-fPIC):
   GCC's own calls of FN in its body go there, and so must those of its
   copies.  NULL_TREE where calls need none.  */
static tree
local_alias (tree fn)
{
  cgraph_node *node = cgraph_node::get (fn);
  symtab_node *alias = node && node->get_availability () <= AVAIL_INTERPOSABLE
		       ? node->noninterposable_alias () : NULL;
  return alias && alias->decl != fn ? alias->decl : NULL_TREE;
}

/* In the current function, calls of FROM call TO.  */
static void
redirect_calls (tree from, tree to)
{
  basic_block bb;
  FOR_EACH_BB_FN (bb, cfun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      if (gcall *c = dyn_cast<gcall *> (gsi_stmt (gsi)))
	if (gimple_call_fndecl (c) == from)
	  {
	    gimple_call_set_fndecl (c, to);
	    update_stmt (c);
	  }
}

/* The stack pointer, read into a new SSA name at the end of SEQ
   (__builtin_stack_save: no frame pointer, no local of its own).  */
static tree
stack_pointer (gimple_seq *seq, location_t loc)
{
  tree sp = make_ssa_name (ptr_type_node);
  gcall *save = gimple_build_call (builtin_decl_explicit
				   (BUILT_IN_STACK_SAVE), 0);
  gimple_call_set_lhs (save, sp);
  gimple_set_location (save, loc);
  gimple_seq_add_stmt (seq, save);
  return sp;
}

/* FN's calls of itself (FN is the current function), and its COPY's, go
   to its local alias where another definition may replace it, as GCC's
   would without a copy (when FN has an alias, GCC no longer takes its
   calls of itself for local).  */
static void
use_local_alias (tree fn, tree copy)
{
  tree alias = local_alias (fn);
  if (!alias)
    return;
  redirect_calls (fn, alias);
  push_cfun (DECL_STRUCT_FUNCTION (copy));
  redirect_calls (fn, alias);
  pop_cfun ();
  if (dump_file)
    fprintf (dump_file, "%s and its copy %s call %s where they called %s\n",
	     fndecl_name (fn), fndecl_name (copy), fndecl_name (alias),
	     fndecl_name (fn));
}

/* In COPY, the version with owned slots: the activation running it owns
   them.  At its entry it stores its stack pointer into OWNER, and it lets
   go at each return by putting back what it found, not 0: an owner on
   another stack (a coroutine's, whose addresses do not compare with this
   one's) must stay the owner.  A copy left by longjmp or an exception
   leaves its stack pointer there, which the next activation at or above
   it takes for stale.  */
static void
esc_owner_take (tree owner, tree copy)
{
  push_cfun (DECL_STRUCT_FUNCTION (copy));
  location_t loc = DECL_SOURCE_LOCATION (copy);
  gimple_seq take = NULL;
  tree sp = stack_pointer (&take, loc);
  tree own = make_ssa_name (ptr_type_node);
  gimple_seq_add_stmt (&take, gimple_build_assign (own, owner));
  gimple_seq_add_stmt (&take, gimple_build_assign (owner, sp));
  basic_block bb
    = split_edge (single_succ_edge (ENTRY_BLOCK_PTR_FOR_FN (cfun)));
  gimple_stmt_iterator gsi = gsi_last_bb (bb);
  gsi_insert_seq_after (&gsi, take, GSI_CONTINUE_LINKING);
  edge e;
  edge_iterator ei;
  FOR_EACH_EDGE (e, ei, EXIT_BLOCK_PTR_FOR_FN (cfun)->preds)
    {
      gimple_stmt_iterator r = gsi_last_bb (e->src);
      if (!gsi_end_p (r) && gimple_code (gsi_stmt (r)) == GIMPLE_RETURN)
	{
	  gimple *let_go = gimple_build_assign (owner, own);
	  gimple_set_location (let_go, gimple_location (gsi_stmt (r)));
	  gsi_insert_before (&r, let_go, GSI_SAME_STMT);
	}
    }
  esc_update_after_rewrite (true);
  pop_cfun ();
}

/* At the entry of the current function: an activation whose owner is not
   a live older one (none, or below its own stack pointer: stacks grow
   down, so a live owner is an older frame, higher or, for this function
   inlined into the copy, the same, and a lower one was left by longjmp)
   becomes the owner: it hands its parameters to
   COPY, the version with slots, which takes and lets go of OWNER itself
   (esc_owner_take), and returns its result; the others go on in this
   version, where the objects come from the heap.  So at most one
   activation per thread has slots, however deep the recursion.  Nothing
   of the dispatch lives past the test (the call is a tail call from -O2
   on), so this version keeps its frame and its tail calls: a test that
   kept the owner for after the call made every activation of a
   recursive function save more registers (3x the stack at -O1, an
   adversarial finding).  RECURSIVE: most activations
   are not the owner.  */
gcond *
esc_owner_dispatch (tree owner, tree copy, bool recursive)
{
  use_local_alias (current_function_decl, copy);
  esc_owner_take (owner, copy);
  location_t loc = DECL_SOURCE_LOCATION (current_function_decl);
  gimple_seq check = NULL;
  /* The owner first: the stack pointer, read last, needs no register of
     its own for long (at -O0 one kept across the load took a saved
     register, and 16 more bytes in every frame).  */
  tree own = make_ssa_name (ptr_type_node);
  gimple_seq_add_stmt (&check, gimple_build_assign (own, owner));
  tree sp = stack_pointer (&check, loc);
  tree ou = gimple_convert (&check, loc, pointer_sized_int_node, own);
  tree su = gimple_convert (&check, loc, pointer_sized_int_node, sp);
  tree take = gimple_build (&check, loc, LT_EXPR, boolean_type_node, ou, su);

  edge e = single_succ_edge (ENTRY_BLOCK_PTR_FOR_FN (cfun));
  basic_block bb = split_edge (e);
  gimple_stmt_iterator gsi = gsi_last_bb (bb);
  gsi_insert_seq_after (&gsi, check, GSI_CONTINUE_LINKING);
  gcond *c = gimple_build_cond (NE_EXPR, take, boolean_false_node,
				NULL_TREE, NULL_TREE);
  gimple_set_location (c, loc);
  gsi_insert_after (&gsi, c, GSI_NEW_STMT);
  edge rest = single_succ_edge (bb);
  rest->flags = (rest->flags & ~EDGE_FALLTHRU) | EDGE_FALSE_VALUE;
  basic_block own_bb = forward_block (bb, copy);
  edge to_own = make_edge (bb, own_bb, EDGE_TRUE_VALUE);
  /* In a recursive function, once per outermost activation: the rest of
     the function is where the time goes, and where GCC's inlining and
     splitting should look.  A function that is only re-entered through
     code it calls (main calling stdio) is almost always the owner: an
     unlikely call would make GCC optimize the copy, where the time goes,
     for size.  Likely, not very likely: in a real re-entry every
     activation but the first runs the rest, which must keep its frame,
     and GCC inlines less into a cold path (adversarial finding).  */
  to_own->probability = recursive ? profile_probability::very_unlikely ()
				  : profile_probability::likely ();
  rest->probability = to_own->probability.invert ();
  own_bb->count = bb->count.apply_probability (to_own->probability);
  return c;
}

/* Every activation of F but the owner runs F as it was, a function of
   its own (FN.escape_rest): F becomes its dispatch and two tail calls, and
   the rest calls itself where F did.  The dispatch no longer sits in every
   frame of a recursion, where GCC could not inline the function into
   itself at -O3 as before nor keep as few registers (twice the stack per
   level at -O3, an adversarial finding).  The rest's own calls need no
   test: its activations are younger than a live owner, so the test would
   send them to the same body.  */
void
esc_owner_rest (esc_function *f)
{
  gcond *test = f->dispatch;
  f->dispatch = NULL;
  cgraph_node *node = cgraph_node::get (f->decl);
  /* Only where F calls itself, and F's calls of the rest are surely
     jumps: otherwise each would be a frame more, for every call of F from
     another function of its cycle.  Not below -O2, nor with exit hooks
     (-finstrument-functions), nor with a parameter an ABI may pass by
     reference to the caller's copy (a struct, a long double or a vector
     on some targets), which F would copy again in its own frame (an
     adversarial finding: a struct of 64 bytes on aarch64, 1.45x the
     stack of a cycle).  */
  if (!test || !node || !node->definition
      || !opt_for_fn (f->decl, flag_optimize_sibling_calls)
      || (flag_instrument_function_entry_exit
	  && !DECL_NO_INSTRUMENT_FUNCTION_ENTRY_EXIT (f->decl)))
    return;
  for (tree p = DECL_ARGUMENTS (f->decl); p; p = DECL_CHAIN (p))
    if (!is_gimple_reg_type (TREE_TYPE (p))
	|| !TYPE_SIZE_UNIT (TREE_TYPE (p))
	|| !tree_fits_uhwi_p (TYPE_SIZE_UNIT (TREE_TYPE (p)))
	|| tree_to_uhwi (TYPE_SIZE_UNIT (TREE_TYPE (p))) > UNITS_PER_WORD)
      return;
  bool self = false;
  for (cgraph_edge *e = node->callees; e && !self; e = e->next_callee)
    self = e->callee->ultimate_alias_target () == node;
  if (!self)
    return;
  function *fun = DECL_STRUCT_FUNCTION (f->decl);
  number_statements (fun);
  cgraph_node *rn = node->create_version_clone_with_body
    (vNULL, NULL, NULL, NULL, NULL, lto_name ("escape_rest"));
  if (!rn)
    return;
  /* In the rest: no dispatch, and its own calls of F call itself.  The
     copy of the test has its number.  */
  function *rf = DECL_STRUCT_FUNCTION (rn->decl);
  gcond *rc = NULL;
  basic_block bb;
  FOR_EACH_BB_FN (bb, rf)
    if (gcond *c = safe_dyn_cast<gcond *> (last_stmt (bb)))
      if (gimple_uid (c) == gimple_uid (test))
	rc = c;
  if (!rc)
    {
      rn->remove ();
      return;
    }
  push_cfun (rf);
  basic_block tb = gimple_bb (rc);
  for (gimple_stmt_iterator gsi = gsi_start_bb (tb); gsi_stmt (gsi) != rc;)
    {
      gimple *s = gsi_stmt (gsi);
      if (gimple_vdef (s))
	unlink_stmt_vdef (s);
      gsi_remove (&gsi, true);
      release_defs (s);
    }
  gimple_cond_make_false (rc);
  update_stmt (rc);
  redirect_calls (f->decl, rn->decl);
  if (tree alias = local_alias (f->decl))
    redirect_calls (alias, rn->decl);
  if (current_loops)
    loops_state_set (LOOPS_NEED_FIXUP);
  cleanup_tree_cfg ();
  esc_update_after_rewrite (true);
  pop_cfun ();

  /* F: the dispatch, and the rest for the others.  */
  push_cfun (fun);
  basic_block db = gimple_bb (test);
  edge old = EDGE_SUCC (db, 0)->flags & EDGE_FALSE_VALUE
	     ? EDGE_SUCC (db, 0) : EDGE_SUCC (db, 1);
  basic_block nb = forward_block (db, rn->decl);
  profile_probability prob = old->probability;
  remove_edge (old);
  edge e = make_edge (db, nb, EDGE_FALSE_VALUE);
  e->probability = prob;
  nb->count = db->count.apply_probability (prob);
  free_dominance_info (CDI_DOMINATORS);
  free_dominance_info (CDI_POST_DOMINATORS);
  if (current_loops)
    loops_state_set (LOOPS_NEED_FIXUP);
  cleanup_tree_cfg ();
  esc_update_after_rewrite (true);
  pop_cfun ();
  if (dump_file)
    fprintf (dump_file, "%s: the activations that do not own its slots "
	     "run %s\n", fndecl_name (f->decl), fndecl_name (rn->decl));
}

static void call_with_slots (gcall *s, tree clone, const vec<tree> &slots);

/* A copy of NODE's function with N more parameters after its own, the
   addresses of slots of its caller (void pointers), as IPA-SRA and
   OpenMP's SIMD clones add parameters; named FN.SUFFIX.  NULL if GCC
   cannot make it.  */
static cgraph_node *
clone_with_slots (cgraph_node *node, int n, const char *suffix)
{
  vec<ipa_adjusted_param, va_gc> *params = NULL;
  int nparams = 0;
  for (tree p = DECL_ARGUMENTS (node->decl); p; p = DECL_CHAIN (p))
    {
      ipa_adjusted_param adj;
      memset (&adj, 0, sizeof adj);
      adj.op = IPA_PARAM_OP_COPY;
      adj.base_index = adj.prev_clone_index = nparams++;
      vec_safe_push (params, adj);
    }
  for (int k = 0; k < n; k++)
    {
      ipa_adjusted_param slot_param;
      memset (&slot_param, 0, sizeof slot_param);
      slot_param.op = IPA_PARAM_OP_NEW;
      slot_param.type = ptr_type_node;
      slot_param.param_prefix_index = IPA_PARAM_PREFIX_SYNTH;
      vec_safe_push (params, slot_param);
    }
  ipa_param_adjustments *adjustments
    = new (ggc_alloc<ipa_param_adjustments> ())
      ipa_param_adjustments (params, -1, false);
  cgraph_node *c = node->create_version_clone_with_body
    (vNULL, NULL, adjustments, NULL, NULL, suffix);
  /* Not always_inline: GCC would inline it even at -O0, where the
     guarded frees' suppressed -Wfree-nonheap-object comes back in the
     caller (adversarial finding: -Werror builds broke).  */
  if (c)
    {
      DECL_DISREGARD_INLINE_LIMITS (c->decl) = 0;
      while (lookup_attribute ("always_inline", DECL_ATTRIBUTES (c->decl)))
	DECL_ATTRIBUTES (c->decl)
	  = remove_attribute ("always_inline", DECL_ATTRIBUTES (c->decl));
    }
  return c;
}

static bool
same_spec (const esc_clone_spec &a, const esc_clone_spec &b)
{
  if (a.nobjects != b.nobjects)
    return false;
  for (int k = 0; k < a.nobjects; k++)
    if (a.on[k] != b.on[k]
	|| (a.on[k] && (a.capacity[k] != b.capacity[k]
			|| a.guarded[k] != b.guarded[k]
			|| a.room[k] != b.room[k])))
      return false;
  if (a.nguards != b.nguards)
    return false;
  for (int k = 0; k < a.nguards; k++)
    if (a.guard_capacity[k] != b.guard_capacity[k]
	|| a.guard_room[k] != b.guard_room[k])
      return false;
  return true;
}

/* A call of a constructor inside a constructor being cloned, which makes
   some of the objects the outer one hands over: it calls the inner one's
   clone, handing on the outer slots (SLOT_OF: for each inner object, the
   outer object whose slot it takes, or -1) and, as guards, every other
   slot the outer clone has (GUARD_OF: indices into them).  */
struct inner_call
{
  gcall *orig;
  esc_function *callee;
  esc_clone_spec spec;
  int slot_of[ESC_MAX_CLONE_OBJECTS];
  int guard_of[ESC_MAX_CLONE_GUARDS];
  tree clone;
};

/* In a clone, realloc call S (site ST's, copied) makes its object in
   SLOT (CAP bytes) when it is handed NULL and asked for 1 to CAP bytes:
   realloc (NULL, n) allocates.  Otherwise it runs as it was.  */
static void
make_in_slot (const esc_site &st, gcall *s, tree slot, long long cap)
{
  location_t loc = gimple_location (s);
  const char *name;
  const esc_allocator *model = esc_call_model (s, &name);
  esc_site at = st;
  at.call = s;
  gimple_seq test = NULL, then_seq = NULL;
  tree bytes;
  tree ok = size_test (at, cap, &test, loc, &bytes);
  tree p = gimple_call_arg (s, model->ptr_arg);
  tree none = gimple_build (&test, loc, EQ_EXPR, boolean_type_node, p,
			    build_int_cst (TREE_TYPE (p), 0));
  ok = gimple_build (&test, loc, BIT_AND_EXPR, boolean_type_node, ok, none);
  tree some;
  slot_base (slot, &test, loc, &some);
  if (some)
    ok = gimple_build (&test, loc, BIT_AND_EXPR, boolean_type_node, ok, some);
  /* A declared reallocator's (NULL, n) block may come zeroed, as any
     moved declared object starts (adversarial finding: a zeroing one's
     string printed the slot's old bytes).  */
  bool zero = st.zeroes || esc_allocator_lookup (name) != model;
  take_slot (s, test, then_seq, ok, slot, zero ? bytes : NULL_TREE);
}

/* A clone of CALLEE (callee_site_of accepted each object SPEC turns on)
   with one more parameter per object it hands over, the address of a slot
   in the caller's frame or NULL, in which each object SPEC turns on is
   made in its slot: always (a constant size), or behind a size test
   (GUARDED; a realloc, only when handed NULL); made by a constructor it
   calls, that one's clone makes it there.  Then one more parameter per
   guard of SPEC, slots of the caller's other objects.  Its frees and
   reallocs of those objects (of any object, when it has guards) leave
   the slots alone (a constructor that fails and frees what it made; a
   realloc grows a slot as guard_realloc does), and a function it hands
   them to that frees is called as its release or grow clone.  NULL if
   GCC cannot make it.  */
static tree
slot_clone (esc_function *callee, const esc_clone_spec &spec)
{
  for (const esc_slot_clone &sc : callee->slot_clones)
    if (same_spec (sc.spec, spec))
      return sc.decl;
  tree fn = callee->decl;
  cgraph_node *node = cgraph_node::get (fn);
  function *of = DECL_STRUCT_FUNCTION (fn);
  esc_function_graph *cfg = callee->fg;
  int n = spec.nobjects;
  /* Every slot it is handed: those it makes objects in, then the
     guards, with their capacities and room to grow in place.  */
  auto_vec<int> all_object;	/* Per slot: its object, or -1.  */
  auto_vec<long long> all_caps, all_room;
  for (int k = 0; k < n; k++)
    if (spec.on[k])
      {
	all_object.safe_push (k);
	all_caps.safe_push (spec.capacity[k]);
	all_room.safe_push (spec.room[k]);
      }
  for (int j = 0; j < spec.nguards; j++)
    {
      all_object.safe_push (-1);
      all_caps.safe_push (spec.guard_capacity[j]);
      all_room.safe_push (spec.guard_room[j]);
    }
  /* With guards, any free or realloc in it may be handed a slot.  */
  bool every = spec.nguards > 0;
  /* The statements the clone changes, found by their numbers.  */
  number_statements (of);
  cgraph_node *c = clone_with_slots (node, n + spec.nguards,
				     lto_name ("escape_slot"));
  if (!c)
    return NULL_TREE;
  /* The clone's result may be the caller's slot: not the fresh memory
     GCC's malloc attribute promises, from which it would conclude that
     the result is never the slot and drop the caller's guard at free
     (adversarial finding: the slot handed to free).  */
  DECL_IS_MALLOC (c->decl) = 0;
  while (lookup_attribute ("malloc", DECL_ATTRIBUTES (c->decl)))
    DECL_ATTRIBUTES (c->decl)
      = remove_attribute ("malloc", DECL_ATTRIBUTES (c->decl));
  auto_vec<tree> parms;
  for (tree p = DECL_ARGUMENTS (c->decl); p; p = DECL_CHAIN (p))
    parms.safe_push (p);
  function *nf = DECL_STRUCT_FUNCTION (c->decl);
  calls_by_uid by_uid;
  number_calls (nf, by_uid);
  auto fail = [c] () { c->remove (); return NULL_TREE; };
  /* Each object made here, and the calls of constructors that make the
     others.  */
  struct own_object { int k, site; gcall *call; };
  auto_vec<own_object> own;
  auto_vec<inner_call> inner;
  auto_vec<esc_loc> objects;
  for (int k = 0; k < n; k++)
    {
      if (!spec.on[k])
	continue;
      int site = esc_object_site (callee, k);
      gimple **g = site >= 0 ? by_uid.get (gimple_uid (cfg->sites[site].call))
	: NULL;
      if (!g)
	return fail ();
      const esc_site &st = cfg->sites[site];
      objects.safe_push (st.loc);
      if (st.fresh < 0)
	{
	  own_object o = { k, site, as_a<gcall *> (*g) };
	  own.safe_push (o);
	  continue;
	}
      tree ifn = gimple_call_fndecl (st.call);
      esc_function *ic = ifn ? esc_function_get (esc_function_id (ifn))
	: NULL;
      if (!ic || !ic->summary || ic->summary->nfresh > ESC_MAX_CLONE_OBJECTS
	  || st.fresh >= ic->summary->nfresh)
	return fail ();
      inner_call *ip = NULL;
      for (inner_call &ix : inner)
	if (ix.orig == st.call)
	  ip = &ix;
      if (!ip)
	{
	  inner_call ix;
	  memset (&ix, 0, sizeof ix);
	  ix.orig = st.call;
	  ix.callee = ic;
	  ix.spec.nobjects = ic->summary->nfresh;
	  for (int j = 0; j < ESC_MAX_CLONE_OBJECTS; j++)
	    ix.slot_of[j] = -1;
	  inner.safe_push (ix);
	  ip = &inner.last ();
	}
      ip->spec.on[st.fresh] = true;
      ip->spec.capacity[st.fresh] = spec.capacity[k];
      ip->spec.guarded[st.fresh] = spec.guarded[k];
      ip->spec.room[st.fresh] = spec.room[k];
      ip->slot_of[st.fresh] = k;
    }
  /* An inner constructor may grow or free the slots it does not make
     objects in: they are its guards.  */
  for (inner_call &ix : inner)
    for (unsigned i = 0; i < all_object.length (); i++)
      {
	bool made = false;
	for (int j = 0; j < ix.spec.nobjects; j++)
	  made |= all_object[i] >= 0 && ix.slot_of[j] == all_object[i];
	if (made)
	  continue;
	if (ix.spec.nguards >= ESC_MAX_CLONE_GUARDS)
	  return fail ();
	ix.guard_of[ix.spec.nguards] = i;
	ix.spec.guard_capacity[ix.spec.nguards] = all_caps[i];
	ix.spec.guard_room[ix.spec.nguards++] = all_room[i];
      }
  /* Functions it hands the objects (or, with guards, anything) to that
     free: their release clones, or grow clones for those that also
     grow or make objects (callee_site_of, growth_ok).  */
  auto_vec<std::pair<gcall *, esc_function *> > releases;
  for (int f = 0; f < esc_free_count (callee->solved); f++)
    {
      if (esc_free_kind_of (callee->solved, f) != ESC_FREE_CALLEE)
	continue;
      bool hit = every;
      for (esc_loc l : objects)
	hit |= esc_free_may_free (callee->solved, f, l);
      if (!hit)
	continue;
      gcall *s = callee_free_call (callee, f);
      bool is_inner = false;
      for (inner_call &ix : inner)
	is_inner |= ix.orig == s;
      if (is_inner)
	continue;
      gimple **g = s ? by_uid.get (gimple_uid (s)) : NULL;
      if (!g)
	return fail ();
      bool dup = false;
      for (auto &r : releases)
	dup |= r.first == *g;
      if (!dup)
	releases.safe_push (std::make_pair
			    (as_a<gcall *> (*g), esc_function_get
			     (esc_function_id (gimple_call_fndecl (s)))));
    }
  auto_vec<esc_free_call> frees;
  for (const esc_free_call &fc : cfg->frees)
    {
      bool hit = every;
      for (esc_loc l : objects)
	hit |= esc_free_may_free (callee->solved, fc.site, l);
      /* A realloc that makes one of the objects is rewritten, hit or
	 not.  */
      for (const own_object &o : own)
	hit |= cfg->sites[o.site].call == fc.call;
      if (!hit)
	continue;
      /* A free its own transform deleted frees nothing now.  */
      if (!gimple_bb (fc.call))
	continue;
      gimple **g = by_uid.get (gimple_uid (fc.call));
      if (!g)
	return fail ();
      esc_free_call nfc = fc;
      nfc.call = as_a<gcall *> (*g);
      frees.safe_push (nfc);
    }
  /* The clones it calls, first: making one pushes its own function.  */
  for (inner_call &ix : inner)
    {
      ix.clone = slot_clone (ix.callee, ix.spec);
      if (!ix.clone)
	return fail ();
    }
  auto_vec<tree> release_targets;
  auto_vec<int> release_nulls;	/* A grow clone's object slots: NULL.  */
  for (auto &r : releases)
    {
      int fam;
      tree t;
      release_nulls.safe_push (0);
      if (release_ok (r.second->decl, &fam))
	t = release_clone (r.second, all_object.length ());
      else
	{
	  esc_clone_spec gs;
	  memset (&gs, 0, sizeof gs);
	  gs.nobjects = r.second->summary ? r.second->summary->nfresh : 0;
	  if (gs.nobjects > ESC_MAX_CLONE_OBJECTS
	      || all_object.length () > ESC_MAX_CLONE_GUARDS)
	    return fail ();
	  for (unsigned i = 0; i < all_object.length (); i++)
	    {
	      gs.guard_capacity[gs.nguards] = all_caps[i];
	      gs.guard_room[gs.nguards++] = all_room[i];
	    }
	  t = slot_clone (r.second, gs);
	  release_nulls.last () = gs.nobjects;
	}
      if (!t)
	return fail ();
      release_targets.safe_push (t);
    }
  push_cfun (nf);
  auto_vec<tree> slots;		/* Per object: its slot, or NULL.  */
  auto_vec<tree> guards;	/* Every slot it is handed.  */
  for (int k = 0; k < n; k++)
    {
      tree p = parms[parms.length () - n - spec.nguards + k];
      tree v = spec.on[k] ? get_or_create_ssa_default_def (nf, p)
	: null_pointer_node;
      slots.safe_push (v);
      if (spec.on[k])
	guards.safe_push (v);
    }
  for (int j = 0; j < spec.nguards; j++)
    guards.safe_push (get_or_create_ssa_default_def
		      (nf, parms[parms.length () - spec.nguards + j]));
  hash_map<tree, pool_info> *outer_pools = pools;
  pools = NULL;
  auto_vec<own_object> made_by_realloc;
  for (const own_object &o : own)
    {
      esc_site st = cfg->sites[o.site];
      st.call = o.call;
      int k = o.k;
      tree slot = slots[k];
      if (realloc_site (cfg->sites[o.site]))
	{
	  /* Made where its realloc is rewritten, below.  */
	  made_by_realloc.safe_push (o);
	  continue;
	}
      if (spec.guarded[k])
	{
	  guard_site (st, slot, spec.capacity[k]);
	  continue;
	}
      /* The caller's slot, zeroed as calloc's block would be.  */
      gimple_stmt_iterator gsi = gsi_for_stmt (st.call);
      location_t loc = gimple_location (st.call);
      if (st.zeroes)
	{
	  gcall *z = gimple_build_call (builtin_decl_explicit
					(BUILT_IN_MEMSET), 3, slot,
					integer_zero_node,
					build_int_cst (size_type_node,
						       spec.capacity[k]));
	  insert_before (&gsi, z, loc);
	}
      if (tree lhs = gimple_call_lhs (st.call))
	{
	  gimple_call_set_lhs (st.call, NULL_TREE);
	  gimple_seq seq = NULL;
	  tree v = gimple_convert (&seq, loc, TREE_TYPE (lhs), slot);
	  gsi_insert_seq_before (&gsi, seq, GSI_SAME_STMT);
	  insert_before (&gsi, gimple_build_assign (lhs, v), loc);
	}
      remove_call (&gsi, st.call);
    }
  for (inner_call &ix : inner)
    {
      gimple **g = by_uid.get (gimple_uid (ix.orig));
      auto_vec<tree> handed;
      for (int j = 0; j < ix.spec.nobjects; j++)
	handed.safe_push (ix.slot_of[j] >= 0 ? slots[ix.slot_of[j]]
			  : null_pointer_node);
      for (int j = 0; j < ix.spec.nguards; j++)
	handed.safe_push (guards[ix.guard_of[j]]);
      call_with_slots (as_a<gcall *> (*g), ix.clone, handed);
    }
  for (const esc_free_call &fc : frees)
    {
      if (esc_free_kind_of (callee->solved, fc.site) != ESC_FREE_REALLOC)
	{
	  guard_free (fc, guards);
	  continue;
	}
      if (!guards.is_empty ())
	guard_realloc (fc, guards, all_caps, all_room, false);
      for (const own_object &m : made_by_realloc)
	if (m.call == fc.call)
	  make_in_slot (cfg->sites[m.site], fc.call, slots[m.k],
			spec.capacity[m.k]);
    }
  for (unsigned i = 0; i < releases.length (); i++)
    {
      auto_vec<tree> handed;
      for (int j = 0; j < release_nulls[i]; j++)
	handed.safe_push (null_pointer_node);
      for (tree g : guards)
	handed.safe_push (g);
      call_with_slots (releases[i].first, release_targets[i], handed);
    }
  pools = outer_pools;
  esc_update_after_rewrite (true);
  pop_cfun ();
  esc_slot_clone made = { spec, c->decl };
  callee->slot_clones.safe_push (made);
  return c->decl;
}

/* Call S calls CLONE instead, with the addresses of SLOTS after its
   arguments (slots, the parameters of a clone that holds them, or NULL).  */
static void
call_with_slots (gcall *s, tree clone, const vec<tree> &slots)
{
  auto_vec<tree> args;
  for (unsigned i = 0; i < gimple_call_num_args (s); i++)
    args.safe_push (gimple_call_arg (s, i));
  for (tree slot : slots)
    {
      tree some;
      args.safe_push (TREE_CODE (slot) == INTEGER_CST ? slot
		      : slot_base (slot, NULL, UNKNOWN_LOCATION, &some));
    }
  gcall *n = gimple_build_call_vec (clone, args);
  gimple_call_set_lhs (n, gimple_call_lhs (s));
  gimple_set_location (n, gimple_location (s));
  gimple_set_block (n, gimple_block (s));
  gimple_call_copy_flags (n, s);
  gimple_move_vops (n, s);
  gimple_stmt_iterator gsi = gsi_for_stmt (s);
  gsi_replace (&gsi, n, false);
}

/* Release clones.  A disposer (pair_free (p) frees p's members and p,
   list_free walks a list) keeps what it is handed on the heap: it frees
   it.  Its caller's objects may still move when the call goes to a
   *release clone* of it (FN.escape_release), which takes the caller's
   slots as parameters and frees only what is not one of them: every free
   of the clone is guarded, and every function it calls that frees is
   called as its own release clone, handed the same slots.  Only where
   that covers every release: the disposer and what it frees through hold
   no allocation site (so no slot rides along into the clones, which may
   recurse), call nothing through a pointer but a free, grow nothing by
   realloc, and use no free's result.  */

/* Might FN, or a function of the unit it calls, hold slots: an
   allocation site (the transform's only source of slots), or a body the
   analysis did not see?  */
static bool
may_hold_slots_1 (tree fn, hash_set<tree> &seen)
{
  cgraph_node *node = cgraph_node::get (fn);
  if (node)
    node = node->ultimate_alias_target ();
  if (!node || !node->definition || seen.add (node->decl))
    return false;
  function *fun = DECL_STRUCT_FUNCTION (node->decl);
  esc_function *f = esc_function_get (esc_function_id (node->decl));
  if (f->slots_state)
    return f->slots_state > 0;
  if (!fun || !fun->cfg || !f->fg || !f->fg->sites.is_empty ())
    {
      f->slots_state = 1;
      return true;
    }
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      if (gcall *c = dyn_cast<gcall *> (gsi_stmt (gsi)))
	if (tree d = gimple_call_fndecl (c))
	  if (may_hold_slots_1 (d, seen))
	    return true;
  return false;
}

/* The same, remembered per function (adversarial finding: a chain of
   thousands of disposers was walked again for each, quadratic): a "yes"
   holds for good; a "no" for every function the walk saw, which then
   reaches no slot either.  */
static bool
may_hold_slots (tree fn)
{
  hash_set<tree> seen;
  bool r = may_hold_slots_1 (fn, seen);
  if (!r)
    for (tree d : seen)
      esc_function_get (esc_function_id (d))->slots_state = -1;
  return r;
}

/* Free site K of F (a callee's release) and its call, when the call is
   a direct call of a function of the unit: else NULL.  */
static gcall *
callee_free_call (esc_function *f, int k)
{
  int call = esc_free_callsite (f->solved, k, NULL);
  if (call < 0 || (unsigned) call >= f->fg->call_stmts.length ())
    return NULL;
  gcall *s = f->fg->call_stmts[call];
  if (!s || !gimple_bb (s) || !gimple_call_fndecl (s) || gimple_call_chain (s))
    return NULL;
  return s;
}

/* Can a release clone of FN be made?  SEEN holds the functions assumed
   so already (a recursive disposer calls its own clone).  */
static bool
release_ok_1 (tree fn, hash_set<tree> &seen, int *family, int *size)
{
  cgraph_node *node = cgraph_node::get (fn);
  if (!node || node->alias || node->in_other_partition
      || node->get_availability () < AVAIL_AVAILABLE
      || (flag_live_patching && TREE_PUBLIC (fn))
      || !DECL_STRUCT_FUNCTION (fn) || !DECL_STRUCT_FUNCTION (fn)->cfg
      || stdarg_p (TREE_TYPE (fn)) || !tree_versionable_function_p (fn)
      || DECL_STATIC_CHAIN (fn))
    return false;
  if (seen.add (fn))
    return true;
  function *fun = DECL_STRUCT_FUNCTION (fn);
  esc_function *f = esc_function_get (esc_function_id (fn));
  if (f->release_state < 0)
    return false;
  /* Each function of the closure gets a clone: a bound on the code a
     call adds (adversarial finding: a chain of 5,000 disposers, cloned
     and inlined into one, tripled the compile).  A closure accepted
     before counts with its size.  */
  *size += f->release_state > 0 ? f->release_size : 1;
  if (*size > ESC_MAX_RELEASE_FUNCTIONS)
    return false;
  if (f->release_state > 0)
    {
      /* Its whole closure was accepted before: only its family is new
	 here.  */
      if (*family >= 0 && f->release_family >= 0
	  && *family != f->release_family)
	return false;
      if (f->release_family >= 0)
	*family = f->release_family;
      return true;
    }
  if (!f->fg || !f->solved || !f->fg->sites.is_empty ())
    return false;
  hash_set<gimple *> releases;
  for (int k = 0; k < esc_free_count (f->solved); k++)
    switch (esc_free_kind_of (f->solved, k))
      {
      case ESC_FREE_REALLOC:
	return false;
      case ESC_FREE_HERE:
	{
	  gcall *s = here_free_call (f, k);
	  /* A free the clone cannot guard: its result is used, it may
	     throw, or the analysis made it without a call here.  */
	  if (!s || gimple_call_lhs (s)
	      || stmt_could_throw_p (fun, s))
	    return false;
	  /* One family for all its frees: the objects that may move are
	     that family's (core/transform.c).  */
	  int fam = esc_free_family (f->solved, k);
	  if (*family >= 0 && *family != fam)
	    return false;
	  *family = fam;
	  releases.add (s);
	  break;
	}
      case ESC_FREE_CALLEE:
	{
	  gcall *s = callee_free_call (f, k);
	  if (!s || stmt_could_throw_p (fun, s)
	      || !release_ok_1 (gimple_call_fndecl (s), seen, family, size))
	    return false;
	  releases.add (s);
	  break;
	}
      }
  /* Whatever else it calls brings no slot into the clone.  */
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gcall *c = dyn_cast<gcall *> (gsi_stmt (gsi));
	if (!c || gimple_call_internal_p (c) || releases.contains (c))
	  continue;
	tree d = gimple_call_fndecl (c);
	if (!d || may_hold_slots (d))
	  return false;
      }
  return true;
}

/* Can a release clone of FN be made, and of which family are the frees
   it guards (*FAMILY, -1 if none)?  Remembered per function: a "no" for
   FN, a "yes" for every function of its closure, each of which is then
   accepted with the others.  */
static bool
release_ok (tree fn, int *family)
{
  hash_set<tree> seen;
  *family = -1;
  int size = 0;
  bool r = release_ok_1 (fn, seen, family, &size);
  esc_function *f = cgraph_node::get (fn)
    ? esc_function_get (esc_function_id (fn)) : NULL;
  if (!r && f && f->release_state == 0)
    f->release_state = -1;
  else if (r)
    for (tree d : seen)
      {
	esc_function *g = esc_function_get (esc_function_id (d));
	g->release_state = 1;
	g->release_family = *family;
	/* At most that of the whole closure.  */
	g->release_size = size;
      }
  return r;
}

/* Grow clones.  A function that grows by realloc what it is handed
   (tcc's cstr_cat (&s, ...) reallocs s->data) or frees it among other
   work, and may make objects of its own, is called with the caller's
   slots as a *grow clone*: slot_clone with the slots as guards, in which
   every realloc grows a slot as guard_realloc does (in place up to its
   room, into a new heap block beyond), every free leaves the slots
   alone, and every function it calls that frees is called as its own
   release or grow clone, handed the same slots.  Only where that covers
   every release: FN is defined here for good, neither recursive nor
   re-entered (its own slots would be owned, in a copy the clone does
   not have), not variadic, GCC can copy it and it asks for no object's
   size (as for constructors, callee_site_of), and each release in it is
   a free or a realloc of its own the clone can rewrite, or a direct call
   of a function with a release or grow clone; none may throw.  *FAMILY
   gets the family of its frees (-1 if none): one for all.  The clones one
   call brings with it count in *SIZE, at most ESC_MAX_RELEASE_FUNCTIONS
   (a chain of disposers past a release clone's limit is no grow clone's
   either).  */
static bool
growth_ok (tree fn, int *family, int depth, int *size)
{
  cgraph_node *node = cgraph_node::get (fn);
  if (!node || !node->definition || node->alias || node->in_other_partition
      || node->get_availability () < AVAIL_AVAILABLE
      || (flag_live_patching && TREE_PUBLIC (fn))
      || !DECL_STRUCT_FUNCTION (fn) || !DECL_STRUCT_FUNCTION (fn)->cfg
      || stdarg_p (TREE_TYPE (fn)) || !tree_versionable_function_p (fn)
      || DECL_STATIC_CHAIN (fn) || depth > 4
      || ++*size > ESC_MAX_RELEASE_FUNCTIONS)
    return false;
  function *fun = DECL_STRUCT_FUNCTION (fn);
  esc_function *f = esc_function_get (esc_function_id (fn));
  if (!f->fg || !f->solved || !f->summary || f->recursive || f->reentry
      || asks_object_size (fn, 3))
    return false;
  auto same = [family] (int fam) {
    if (*family >= 0 && *family != fam)
      return false;
    *family = fam;
    return true;
  };
  for (int k = 0; k < esc_free_count (f->solved); k++)
    {
      esc_free_kind kind = esc_free_kind_of (f->solved, k);
      if (kind != ESC_FREE_CALLEE)
	{
	  gcall *s = here_free_call (f, k);
	  if (!s || stmt_could_throw_p (fun, s)
	      || (kind == ESC_FREE_HERE && gimple_call_lhs (s))
	      || (kind == ESC_FREE_REALLOC && !guardable_realloc (s))
	      || !same (esc_free_family (f->solved, k)))
	    return false;
	  continue;
	}
      gcall *s = callee_free_call (f, k);
      if (!s || stmt_could_throw_p (fun, s))
	return false;
      for (const esc_free_call &fc : f->fg->frees)
	if (fc.call == s)
	  return false;
      int fam = -1;
      tree d = gimple_call_fndecl (s);
      if (release_ok (d, &fam))
	*size += esc_function_get (esc_function_id (d))->release_size;
      else if (!growth_ok (d, &fam, depth + 1, size))
	return false;
      if (*size > ESC_MAX_RELEASE_FUNCTIONS)
	return false;
      if (fam >= 0 && !same (fam))
	return false;
    }
  return true;
}

/* Callee free site K of F's call, if a clone of its callee may take its
   place: a direct call that cannot throw and is not a deallocator's
   free; else NULL.  */
static gcall *
clonable_free_call (esc_function *f, int k)
{
  gcall *s = callee_free_call (f, k);
  if (!s || stmt_could_throw_p (DECL_STRUCT_FUNCTION (f->decl), s))
    return NULL;
  for (const esc_free_call &fc : f->fg->frees)
    if (fc.call == s)
      return NULL;
  return s;
}

/* Can callee free site K of F go to a grow clone (growth_ok)?  */
static bool
growable_call (esc_function *f, int k, int *family)
{
  *family = -1;
  gcall *s = clonable_free_call (f, k);
  int size = 0;
  return s && growth_ok (gimple_call_fndecl (s), family, 0, &size);
}

static tree release_clone (esc_function *f, int nslots);

/* The release clones made since the outermost release_clone began, and
   whether one of them failed: then none of them may be used (one may
   call another that does not guard everything).  */
static vec<std::pair<esc_function *, int> > release_made;
static bool release_failed;

/* Make a release clone of F (above) with NSLOTS slot parameters, as
   release_clone.  */
static tree
make_release_clone (esc_function *f, int nslots)
{
  tree fn = f->decl;
  cgraph_node *node = cgraph_node::get (fn);
  function *of = DECL_STRUCT_FUNCTION (fn);
  number_statements (of);
  cgraph_node *c = clone_with_slots (node, nslots,
				     lto_name ("escape_release"));
  if (!c)
    return NULL_TREE;
  function *nf = DECL_STRUCT_FUNCTION (c->decl);
  calls_by_uid by_uid;
  number_calls (nf, by_uid);
  /* Its frees, and its calls of functions that free, in the clone.  */
  auto_vec<esc_free_call> frees;
  auto_vec<std::pair<gcall *, esc_function *> > calls;
  for (int k = 0; k < esc_free_count (f->solved); k++)
    {
      gcall *s = NULL;
      esc_free_call fc = { NULL, k, 0 };
      bool callee = esc_free_kind_of (f->solved, k) == ESC_FREE_CALLEE;
      s = callee ? callee_free_call (f, k) : here_free_call (f, k, &fc.arg);
      gimple **g = s ? by_uid.get (gimple_uid (s)) : NULL;
      if (!g)
	{
	  c->remove ();
	  return NULL_TREE;
	}
      fc.call = as_a<gcall *> (*g);
      if (!callee)
	frees.safe_push (fc);
      else
	{
	  bool dup = false;
	  for (auto &pc : calls)
	    dup |= pc.first == fc.call;
	  if (!dup)
	    calls.safe_push (std::make_pair
			     (fc.call, esc_function_get
			      (esc_function_id (gimple_call_fndecl (s)))));
	}
    }
  /* Registered before the callees' clones: a recursive disposer's clone
     calls itself.  */
  esc_release_clone made = { nslots, c->decl };
  f->release_clones.safe_push (made);
  release_made.safe_push (std::make_pair (f, nslots));
  auto_vec<tree> targets;
  for (auto &pc : calls)
    {
      tree t = release_clone (pc.second, nslots);
      if (!t)
	{
	  release_failed = true;
	  return NULL_TREE;
	}
      targets.safe_push (t);
    }
  auto_vec<tree> parms;
  for (tree p = DECL_ARGUMENTS (c->decl); p; p = DECL_CHAIN (p))
    parms.safe_push (p);
  push_cfun (nf);
  auto_vec<tree> guards;
  for (unsigned i = parms.length () - nslots; i < parms.length (); i++)
    guards.safe_push (get_or_create_ssa_default_def (nf, parms[i]));
  hash_map<tree, pool_info> *outer_pools = pools;
  pools = NULL;
  for (const esc_free_call &fc : frees)
    guard_free (fc, guards);
  for (unsigned i = 0; i < calls.length (); i++)
    call_with_slots (calls[i].first, targets[i], guards);
  pools = outer_pools;
  esc_update_after_rewrite (true);
  pop_cfun ();
  return c->decl;
}

/* A clone of F (release_ok) that takes NSLOTS more parameters, slots of
   its caller, and releases none of them.  NULL if GCC cannot make it, or
   one of the clones it calls.  */
static tree
release_clone (esc_function *f, int nslots)
{
  for (const esc_release_clone &rc : f->release_clones)
    if (rc.nslots == nslots)
      return rc.decl;
  bool outermost = release_made.is_empty ();
  tree t = make_release_clone (f, nslots);
  if (!outermost)
    return t;
  if (!t || release_failed)
    {
      /* Never used: a failed clone may leave a call unguarded.  GCC
	 removes them as unreachable.  */
      for (auto &m : release_made)
	for (esc_release_clone &rc : m.first->release_clones)
	  if (rc.nslots == m.second)
	    rc.decl = NULL_TREE;
      t = NULL_TREE;
    }
  release_made.release ();
  release_failed = false;
  return t;
}

/* The distinct calls of F that go to release clones under ACTIONS.  */
static void
release_calls (esc_function *f, const esc_free_action *actions,
	       auto_vec<gcall *> &out)
{
  for (int k = 0; k < esc_free_count (f->solved); k++)
    if (esc_free_kind_of (f->solved, k) == ESC_FREE_CALLEE
	&& esc_free_releasable (f->solved, k) && actions[k].nguards > 0)
      {
	gcall *s = callee_free_call (f, k);
	if (s && !out.contains (s))
	  out.safe_push (s);
      }
}

/* The moved objects call S of F is handed, under ACTIONS: the slots its
   release clone takes, in OUT.  */
static void
release_slots (esc_function *f, const esc_free_action *actions, gcall *s,
	       auto_vec<esc_loc> &out)
{
  for (int k = 0; k < esc_free_count (f->solved); k++)
    if (esc_free_kind_of (f->solved, k) == ESC_FREE_CALLEE
	&& esc_free_releasable (f->solved, k)
	&& callee_free_call (f, k) == s)
      for (int j = 0; j < actions[k].nguards; j++)
	if (!out.contains (actions[k].guards[j]))
	  out.safe_push (actions[k].guards[j]);
}

/* Can callee free site K of F go to a release clone: a direct call of a
   disposer release_ok accepts, which cannot throw, and is that release
   and nothing else (not a site, as a constructor that also frees is, not
   a deallocator's free)?  */
static bool
releasable_call (esc_function *f, int k, int *family)
{
  *family = -1;
  gcall *s = clonable_free_call (f, k);
  if (!s)
    return false;
  for (const esc_site &st : f->fg->sites)
    if (st.call == s)
      return false;
  return release_ok (gimple_call_fndecl (s), family);
}

/* Mark the callee free sites of F whose callee can be replaced by a
   release clone.  */
static void
mark_releasable (esc_function *f)
{
  for (int k = 0; k < esc_free_count (f->solved); k++)
    {
      int family;
      if (esc_free_kind_of (f->solved, k) != ESC_FREE_CALLEE)
	continue;
      if (releasable_call (f, k, &family))
	esc_free_set_releasable (f->solved, k, true, family);
      else if (growable_call (f, k, &family))
	{
	  esc_free_set_releasable (f->solved, k, true, family);
	  esc_free_set_grows (f->solved, k);
	}
    }
}

/* Does call S of F go to a clone made by slot_clone under the plan:
   a constructor call whose objects move (CSITES), or a call of a
   function that frees what it is handed and has no release clone, only
   a grow clone (growth_ok)?  */
static bool
slot_clone_call (esc_function *f, gcall *s, const vec<esc_move_site> &sites,
		 const vec<callee_site> &csites)
{
  for (unsigned i = 0; i < sites.length (); i++)
    if (sites[i].reason == ESC_MOVED && csites[i].callee
	&& f->fg->sites[i].call == s)
      return true;
  int fam;
  tree d = gimple_call_fndecl (s);
  return d && !release_ok (d, &fam);
}

/* How far a realloc may grow moved site M's slot in place: its capacity,
   or nothing for one that escapes as the block realloc hands back (that
   block must not be the slot).  */
static long long
slot_room (const esc_move_site &m)
{
  return m.escapes_as_block ? 0 : m.capacity;
}

/* The clone call S of F goes to (slot_clone_call), under the plan: per
   object of its callee that moves, its slot (ON_LOCS[k], the site's
   location, -1 for none), and as guards the other moved objects the call
   may free or grow (GUARD_LOCS).  False if there are too many.  */
static bool
call_spec (esc_function *f, gcall *s, const vec<esc_move_site> &sites,
	   const vec<callee_site> &csites, const esc_free_action *actions,
	   esc_clone_spec *spec, esc_loc *on_locs, auto_vec<esc_loc> &guard_locs)
{
  memset (spec, 0, sizeof *spec);
  esc_function *callee
    = esc_function_get (esc_function_id (gimple_call_fndecl (s)));
  spec->nobjects = callee->summary ? callee->summary->nfresh : 0;
  if (spec->nobjects > ESC_MAX_CLONE_OBJECTS)
    return false;
  for (int k = 0; k < ESC_MAX_CLONE_OBJECTS; k++)
    on_locs[k] = -1;
  for (unsigned i = 0; i < sites.length (); i++)
    if (sites[i].reason == ESC_MOVED && csites[i].callee
	&& f->fg->sites[i].call == s)
      {
	int k = f->fg->sites[i].fresh;
	spec->on[k] = true;
	spec->capacity[k] = sites[i].capacity;
	spec->guarded[k] = sites[i].guarded;
	spec->room[k] = slot_room (sites[i]);
	on_locs[k] = sites[i].loc;
      }
  auto_vec<esc_loc> locs;
  release_slots (f, actions, s, locs);
  for (esc_loc l : locs)
    for (unsigned i = 0; i < sites.length (); i++)
      {
	if (sites[i].loc != l || sites[i].reason != ESC_MOVED)
	  continue;
	/* Its own objects' slots are handed already, but a pool's only
	   while not handed out before: as a guard always.  */
	bool own = false;
	for (int k = 0; k < spec->nobjects; k++)
	  own |= on_locs[k] == l;
	if (own && sites[i].pool == 0)
	  continue;
	if (spec->nguards >= ESC_MAX_CLONE_GUARDS)
	  return false;
	spec->guard_capacity[spec->nguards] = sites[i].capacity;
	spec->guard_room[spec->nguards++] = slot_room (sites[i]);
	guard_locs.safe_push (l);
      }
  return true;
}

/* Make the release clones ACTIONS of F need, and the clones of calls
   that grow or free moved objects (slot_clone_call): a call handed
   slots must not reach the function itself.  False if GCC cannot make
   one: then its call's free sites are no longer releasable, and the plan
   must be made again.  */
static bool
make_release_clones (esc_function *f, const esc_free_action *actions,
		     const vec<esc_move_site> &sites,
		     const vec<callee_site> &csites)
{
  auto_vec<gcall *> calls;
  release_calls (f, actions, calls);
  bool ok = true;
  for (gcall *s : calls)
    {
      auto_vec<esc_loc> slots;
      release_slots (f, actions, s, slots);
      esc_function *callee
	= esc_function_get (esc_function_id (gimple_call_fndecl (s)));
      if (slot_clone_call (f, s, sites, csites))
	{
	  esc_clone_spec spec;
	  esc_loc on_locs[ESC_MAX_CLONE_OBJECTS];
	  auto_vec<esc_loc> guard_locs;
	  if (call_spec (f, s, sites, csites, actions, &spec, on_locs,
			 guard_locs)
	      && slot_clone (callee, spec))
	    continue;
	}
      else if (release_clone (callee, slots.length ()))
	continue;
      ok = false;
      for (int k = 0; k < esc_free_count (f->solved); k++)
	if (esc_free_kind_of (f->solved, k) == ESC_FREE_CALLEE
	    && callee_free_call (f, k) == s)
	  esc_free_set_releasable (f->solved, k, false, -1);
    }
  return ok;
}

/* Rewrite the current function (F's body, or a copy of it whose
   statements MAP gives) after the plan in SITES and ACTIONS.  True if it
   changed.  */
static bool
rewrite (esc_function *f, vec<esc_move_site> &sites,
	 vec<esc_free_action> &actions, hash_map<gimple *, gimple *> *map,
	 const vec<callee_site> &csites)
{
  esc_function_graph *fg = f->fg;
  auto mapped = [map] (gimple *g) -> gcall * {
    if (!map)
      return as_a<gcall *> (g);
    gimple **n = map->get (g);
    return n ? as_a<gcall *> (*n) : NULL;
  };
  bool changed = false, cfg_changed = false;
  hash_map<int_hash<int, -1, -2>, tree> slots;
  /* Each moved site's result, before the rewrite takes the call away.  */
  hash_map<int_hash<int, -1, -2>, tree> results;
  hash_map<int_hash<int, -1, -2>, long long> capacity, in_place;
  hash_map<tree, pool_info> pool_map;
  pools = &pool_map;
  gimple_seq entry_init = NULL;
  /* Calls that go to a clone made by slot_clone: constructors whose
     objects move (one clone per call, with a slot for each object that
     moves), and calls that grow or free moved objects.  */
  auto_vec<gcall *> clone_calls;
  for (unsigned i = 0; i < sites.length (); i++)
    {
      if (sites[i].reason != ESC_MOVED)
	continue;
      gcall *s = mapped (fg->sites[i].call);
      if (!s || !gimple_bb (s))
	continue;
      long long total = sites[i].capacity * (sites[i].pool > 0
					     ? sites[i].pool : 1);
      tree slot = make_slot (total, sites[i].align);
      /* After a longjmp, C gives the function's own automatic objects
	 changed since the setjmp no value; a heap object keeps its bytes.
	 So in a function that calls setjmp the slot's address escapes,
	 as a heap block's does, into an empty asm at entry: GCC then
	 keeps every store to it (none is dead before a call that may
	 longjmp) and reads it from memory (adversarial finding: b->n++
	 before a longjmp was lost).  */
      if (cfun->calls_setjmp)
	gimple_seq_add_stmt (&entry_init, escape_asm (slot));
      if (sites[i].pool > 0)
	{
	  /* The slots handed out in this activation, from 0.  */
	  tree used = create_tmp_var (unsigned_type_node, "escape_used");
	  TREE_ADDRESSABLE (used) = 1;
	  /* After a longjmp the slots it handed out still hold their
	     objects, as the heap would: the counter must keep its last
	     value, which C gives only a volatile local (adversarial
	     finding: GCC took it for its value at the setjmp, and handed
	     out live slots again).  */
	  if (cfun->calls_setjmp)
	    {
	      /* In memory: a volatile local GCC may keep in a register
		 otherwise.  */
	      TREE_TYPE (used) = build_qualified_type (unsigned_type_node,
						       TYPE_QUAL_VOLATILE);
	      TREE_THIS_VOLATILE (used) = 1;
	      TREE_SIDE_EFFECTS (used) = 1;
	    }
	  gimple_seq_add_stmt (&entry_init, gimple_build_assign
			       (used, build_int_cst (unsigned_type_node, 0)));
	  pool_info pi = { sites[i].pool, sites[i].capacity, used };
	  pool_map.put (slot, pi);
	  /* Its objects are dead at the header of an enclosing loop: the
	     pool starts again there.  Only where the loop tree is the one
	     the analysis saw the site in.  */
	  basic_block bb = gimple_bb (s);
	  class loop *l = current_loops && bb ? bb->loop_father : NULL;
	  if (sites[i].restart > 0 && l
	      && (int) loop_depth (l) == esc_loc_depth (f->solved,
							sites[i].loc))
	    {
	      while (l && (int) loop_depth (l) > sites[i].restart)
		l = loop_outer (l);
	      if (l && (int) loop_depth (l) == sites[i].restart)
		{
		  gimple_stmt_iterator hg = gsi_after_labels (l->header);
		  gsi_insert_before (&hg, gimple_build_assign
				     (used, build_int_cst (unsigned_type_node,
							   0)),
				     GSI_SAME_STMT);
		}
	    }
	}
      slots.put (sites[i].loc, slot);
      capacity.put (sites[i].loc, sites[i].capacity);
      in_place.put (sites[i].loc, slot_room (sites[i]));
      if (csites[i].callee)
	{
	  /* The callee makes it in the slot: a clone that takes it (made
	     below, once every object of the call is known).  */
	  if (!clone_calls.contains (fg->sites[i].call))
	    clone_calls.safe_push (fg->sites[i].call);
	}
      else if (sites[i].guarded)
	{
	  esc_site st = fg->sites[i];
	  st.call = s;
	  guard_site (st, slot, sites[i].capacity);
	  cfg_changed = true;
	}
      else
	{
	  if (tree lhs = gimple_call_lhs (s))
	    results.put (sites[i].loc, lhs);
	  /* A slot realloc grows out of is shared with the heap.  */
	  move_site (s, slot, fg->sites[i].zeroes,
		     sites[i].capacity > sites[i].size);
	}
      changed = true;
    }
  auto_vec<gcall *> rcalls;
  release_calls (f, actions.address (), rcalls);
  for (gcall *orig : rcalls)
    if (!clone_calls.contains (orig) && slot_clone_call (f, orig, sites, csites))
      clone_calls.safe_push (orig);
  for (gcall *orig : clone_calls)
    {
      gcall *s = mapped (orig);
      if (!s || !gimple_bb (s))
	continue;
      esc_clone_spec spec;
      esc_loc on_locs[ESC_MAX_CLONE_OBJECTS];
      auto_vec<esc_loc> guard_locs;
      esc_function *callee
	= esc_function_get (esc_function_id (gimple_call_fndecl (orig)));
      /* Made before the rewrite when it has guards (make_release_clones):
	 a call handed slots must not reach the function itself.  */
      tree clone = call_spec (f, orig, sites, csites, actions.address (),
			      &spec, on_locs, guard_locs)
	? slot_clone (callee, spec) : NULL_TREE;
      gcc_checking_assert (clone || guard_locs.is_empty ());
      if (!clone)
	continue;
      auto_vec<tree> handed;
      for (int k = 0; k < spec.nobjects; k++)
	{
	  tree *sl = spec.on[k] ? slots.get (on_locs[k]) : NULL;
	  gcc_checking_assert (sl || !spec.on[k]);
	  pool_info *pi = sl ? pool_map.get (*sl) : NULL;
	  if (pi && pi->count == 1)
	    {
	      /* A pool of one slot (its objects outlive their loop
		 iteration): handed while not handed out since the pool
		 started; the clone makes nothing in NULL.  */
	      location_t loc = gimple_location (s);
	      gimple_seq seq = NULL;
	      tree u = make_ssa_name (unsigned_type_node);
	      gimple_seq_add_stmt (&seq, gimple_build_assign (u, pi->used));
	      tree unused = gimple_build (&seq, loc, EQ_EXPR, boolean_type_node,
					  u, build_int_cst (unsigned_type_node,
							    0));
	      tree mk = gimple_build (&seq, loc, COND_EXPR, ptr_type_node,
				      unused, build_fold_addr_expr_with_type
					(*sl, ptr_type_node),
				      build_int_cst (ptr_type_node, 0));
	      gimple_seq_add_stmt (&seq, gimple_build_assign
				   (pi->used,
				    build_int_cst (unsigned_type_node, 1)));
	      gimple_stmt_iterator gsi = gsi_for_stmt (s);
	      gsi_insert_seq_before (&gsi, seq, GSI_SAME_STMT);
	      handed.safe_push (mk);
	      continue;
	    }
	  handed.safe_push (sl && !pi ? *sl : null_pointer_node);
	}
      for (esc_loc l : guard_locs)
	{
	  tree *sl = slots.get (l);
	  gcc_checking_assert (sl);
	  handed.safe_push (sl ? *sl : null_pointer_node);
	}
      call_with_slots (s, clone, handed);
      changed = true;
    }
  /* Loops that only free pool objects, skipped while the pools have
     room: before the frees are guarded, which splits their blocks.  */
  auto_vec<esc_pool_free> pool_frees;
  for (const esc_free_call &orig : fg->frees)
    {
      gcall *s = mapped (orig.call);
      const esc_free_action &act = actions[orig.site];
      if (!s || !gimple_bb (s) || !act.pool_only)
	continue;
      esc_pool_free pf = { s, vNULL };
      for (int j = 0; j < act.nguards; j++)
	{
	  tree *sl = slots.get (act.guards[j]);
	  pool_info *pi = sl ? pool_map.get (*sl) : NULL;
	  if (!pi)
	    {
	      /* Not a pool this rewrite made: no test for it.  */
	      pf.pools.release ();
	      break;
	    }
	  esc_pool_test pt = { pi->used, pi->count };
	  pf.pools.safe_push (pt);
	}
      if (pf.pools.exists ())
	pool_frees.safe_push (pf);
    }
  if (esc_skip_pool_free_loops (pool_frees))
    changed = cfg_changed = true;
  for (esc_pool_free &pf : pool_frees)
    pf.pools.release ();
  for (const esc_free_call &orig : fg->frees)
    {
      esc_free_call fc = orig;
      fc.call = mapped (orig.call);
      if (!fc.call)
	continue;
      const esc_free_action &act = actions[fc.site];
      if (act.nguards > 0 && gimple_bb (fc.call))
	{
	  auto_vec<tree> guards;
	  auto_vec<long long> caps, room;
	  for (int j = 0; j < act.nguards; j++)
	    if (tree *sl = slots.get (act.guards[j]))
	      {
		guards.safe_push (*sl);
		caps.safe_push (*capacity.get (act.guards[j]));
		room.safe_push (*in_place.get (act.guards[j]));
	      }
	  if (guards.is_empty ())
	    continue;
	  bool grow_only = esc_free_kind_of (f->solved, fc.site)
			   == ESC_FREE_REALLOC;
	  if (grow_only)
	    guard_realloc (fc, guards, caps, room, act.remove);
	  else
	    guard_free (fc, guards);
	  changed = cfg_changed = true;
	  continue;
	}
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
  /* Calls that free what they are handed, handed slots: their release
     clones.  */
  for (gcall *orig : rcalls)
    {
      if (clone_calls.contains (orig))
	continue;
      gcall *s = mapped (orig);
      if (!s || !gimple_bb (s))
	continue;
      auto_vec<esc_loc> locs;
      release_slots (f, actions.address (), orig, locs);
      /* A slot the rewrite did not make (its call was gone) is no
	 object: NULL, which free ignores anyway, stands for it.  */
      auto_vec<tree> guards;
      for (esc_loc l : locs)
	{
	  tree *sl = slots.get (l);
	  guards.safe_push (sl ? *sl : null_pointer_node);
	}
      esc_function *callee
	= esc_function_get (esc_function_id (gimple_call_fndecl (orig)));
      tree clone = release_clone (callee, locs.length ());
      /* Made before the rewrite (make_release_clones), and every slot
	 it is handed is one this rewrite made.  */
      gcc_checking_assert (clone);
      if (clone)
	{
	  call_with_slots (s, clone, guards);
	  changed = true;
	}
    }
  if (entry_init)
    {
      gsi_insert_seq_on_edge_immediate (single_succ_edge
					(ENTRY_BLOCK_PTR_FOR_FN (cfun)),
					entry_init);
      cfg_changed = true;
    }
  pools = NULL;
  if (changed)
    esc_update_after_rewrite (cfg_changed);
  return changed;
}

bool
esc_transform_function (esc_function *f,
			bool recursive_caller, bool cycle_full, bool apply,
			vec<esc_move_reason> &reasons,
			vec<esc_move_reason> &blocked, vec<long long> &sizes,
			vec<long long> &slot_sizes, vec<char> &owned,
			vec<int> &pool_counts)
{
  esc_function_graph *fg = f->fg;
  bool recursive = f->recursive, reentry = f->reentry;
  push_cfun (DECL_STRUCT_FUNCTION (f->decl));
  auto_vec<esc_move_site> sites;
  auto_vec<callee_site> csites;
  for (char *w : f->callee_why)
    free (w);
  f->callee_why.truncate (0);
  esc_graph *as_slots = NULL;
  for (const esc_site &st : fg->sites)
    {
      esc_move_site m;
      m.loc = st.loc;
      m.reason = ESC_MOVED;
      describe (st, &m);
      callee_site cs = { NULL, -1, NULL, -1 };
      /* Why not, for -m=2 only (it formats text for every such site).  */
      bool say = escape_options.m_level >= 2;
      pretty_printer why;
      if (st.fresh >= 0 && gimple_bb (st.call))
	cs = callee_site_of (f, st, 0, say ? &why : NULL);
      f->callee_why.safe_push (cs.callee || st.fresh < 0 || !say ? NULL
			       : xstrdup (pp_formatted_text (&why)));
      if (cs.callee)
	{
	  /* The object is the callee's allocation, made in the caller's
	     slot: its size, alignment and kind are that call's.  */
	  bool throws = stmt_could_throw_p (cfun, st.call);
	  push_cfun (DECL_STRUCT_FUNCTION (cs.alloc_callee->decl));
	  const esc_site &as = cs.alloc_callee->fg->sites[cs.alloc_site];
	  describe (as, &m);
	  if (realloc_site (as))
	    {
	      /* realloc (NULL, n): made in the slot behind the size test,
		 when it is handed NULL (make_in_slot).  */
	      m.movable_kind = true;
	      m.size = -1;
	      m.guardable = as.size_arg >= 0
			    && (unsigned) as.size_arg
			       < gimple_call_num_args (as.call);
	    }
	  pop_cfun ();
	  m.can_throw |= throws;
	  m.by_clone = true;
	}
      csites.safe_push (cs);
      /* A statement an earlier pass removed is not ours to move.  */
      if (!gimple_bb (st.call))
	m.movable_kind = false;
      m.escapes = esc_escapes (f->solved, st.loc);
      m.by_loop = esc_escapes_by_loop (f->solved, st.loc);
      m.restart = esc_loop_restart (f->solved, st.loc);
      m.escapes_as_block = false;
      /* Escaping only as the block realloc hands back: as a slot (which
	 grows into a new block there) it does not.  */
      if (m.escapes && m.movable_kind && f->unsolved)
	{
	  if (!as_slots)
	    as_slots = esc_solve_as_slots (f);
	  if (!esc_escapes (as_slots, st.loc))
	    {
	      m.escapes = m.by_loop = false;
	      m.escapes_as_block = true;
	    }
	}
      sites.safe_push (m);
    }
  esc_graph_free (as_slots);
  esc_move_limits lim;
  lim.max_size = escape_options.max_size;
  lim.frame_budget = frame_budget_here (escape_options.frame_budget);
  lim.max_align = max_stack_alignment;
  lim.recursive = recursive;
  lim.reentry = reentry;
  /* A function a recursive one calls keeps fixed slots, and out of line
     (below), unless always_inline forbids that.  */
  lim.recursive_caller = recursive_caller
    && lookup_attribute ("always_inline", DECL_ATTRIBUTES (f->decl));
  /* Under -flto another unit may inline this function into a recursive
     one, where a slot would multiply; a function with slots is kept out
     of line (below), which always_inline forbids.  */
  bool lto = flag_generate_lto || flag_generate_offload;
  lim.lto_always_inline = lto && lookup_attribute ("always_inline",
						   DECL_ATTRIBUTES (f->decl));
  lim.slot_size = esc_options_slot_bytes (&escape_options);
  /* GCC inlines a recursive function into itself at -O3 (and one
     declared inline): behind the dispatch it no longer does as much, and
     each activation that is not the owner would take more stack than
     before (adversarial finding).  Such functions keep the old rule.  */
  lim.owned_ok = esc_owned_slots_ok (cfun, f->decl);
  /* Its call-graph cycle has had its owned copies (transform.h).  */
  lim.cycle_full = cycle_full && lim.owned_ok;
  if (lim.cycle_full)
    lim.owned_ok = false;
  lim.pool_slots = escape_options.loop_slots;
  lim.ipa_pta = flag_ipa_pta;
  /* A free that may throw (a deallocator under -fexceptions, in a
     cleanup scope) is not deleted: its exception edge would dangle.  So
     what it frees stays.  */
  for (const esc_free_call &fc : fg->frees)
    {
      if (!gimple_bb (fc.call))
	continue;
      if (stmt_could_throw_p (cfun, fc.call))
	esc_free_pin (f->solved, fc.site);
      else if (esc_free_kind_of (f->solved, fc.site) == ESC_FREE_REALLOC
	       && guardable_realloc (fc.call))
	esc_free_set_guardable (f->solved, fc.site);
    }
  mark_releasable (f);
  int nfree = esc_free_count (f->solved);
  /* Plan into SITES and ACTIONS; the release clones the plan counts on
     are made before anything is rewritten, and without one, the plan is
     made again.  */
  auto plan = [&] (vec<esc_move_site> &sites, vec<esc_free_action> &actions)
    {
      actions.truncate (0);
      actions.safe_grow_cleared (nfree + 1);
      esc_plan_moves (f->solved, sites.address (), sites.length (), &lim,
		      actions.address ());
      while (apply && !make_release_clones (f, actions.address (), sites,
					    csites))
	{
	  esc_free_actions_release (actions.address (), nfree);
	  esc_plan_moves (f->solved, sites.address (), sites.length (),
			  &lim, actions.address ());
	}
    };
  auto_vec<esc_free_action> actions;
  plan (sites, actions);

  /* Owned slots live in a copy of the function: make it now, or plan
     without them.  */
  hash_map<gimple *, gimple *> map;
  cgraph_node *copy = NULL;
  bool any_owned = false;
  for (const esc_move_site &m : sites)
    any_owned |= m.reason == ESC_MOVED && m.owned;
  if (apply && any_owned)
    {
      pop_cfun ();
      copy = esc_owner_copy (f->decl, map);
      push_cfun (DECL_STRUCT_FUNCTION (f->decl));
      if (!copy)
	{
	  lim.owned_ok = false;
	  esc_free_actions_release (actions.address (), nfree);
	  plan (sites, actions);
	}
    }
  /* Per moved site, the disposers it is handed to, called as release
     clones: -m=2 names them.  */
  for (char *w : f->released_by)
    free (w);
  f->released_by.truncate (0);
  for (unsigned i = 0; i < sites.length (); i++)
    {
      /* Those that free it, then those that may grow it (grow clones).  */
      pretty_printer names[2];
      bool any[2] = { false, false };
      auto_vec<tree> seen;
      for (int k = 0; escape_options.m_level >= 2
		      && sites[i].reason == ESC_MOVED && k < nfree; k++)
	{
	  if (esc_free_kind_of (f->solved, k) != ESC_FREE_CALLEE
	      || !esc_free_releasable (f->solved, k))
	    continue;
	  gcall *c = callee_free_call (f, k);
	  tree d = c ? gimple_call_fndecl (c) : NULL_TREE;
	  bool hit = false;
	  for (int j = 0; j < actions[k].nguards; j++)
	    hit |= actions[k].guards[j] == sites[i].loc;
	  if (!hit || !d || seen.contains (d) || !esc_decl_name (d))
	    continue;
	  seen.safe_push (d);
	  int fam, g = release_ok (d, &fam) ? 0 : 1;
	  pp_printf (&names[g], "%s%s", any[g] ? ", " : "", esc_decl_name (d));
	  any[g] = true;
	}
      pretty_printer text;
      if (any[0])
	pp_printf (&text, "freed by %s, called as a clone that leaves the "
		   "slot alone", pp_formatted_text (&names[0]));
      if (any[1])
	pp_printf (&text, "%sgrown or freed by %s, called as a clone that "
		   "grows the slot in place while it has room, into the "
		   "heap beyond, and frees no slot", any[0] ? "\n" : "",
		   pp_formatted_text (&names[1]));
      f->released_by.safe_push (any[0] || any[1]
				? xstrdup (pp_formatted_text (&text)) : NULL);
    }
  for (unsigned i = 0; i < sites.length (); i++)
    {
      reasons.safe_push (sites[i].reason);
      blocked.safe_push (sites[i].blocked);
      sizes.safe_push (sites[i].size);
      slot_sizes.safe_push (sites[i].guarded
			    || sites[i].capacity > sites[i].size
			    ? sites[i].capacity : 0);
      owned.safe_push (sites[i].owned);
      pool_counts.safe_push (sites[i].pool);
    }
  if (!apply)
    {
      esc_free_actions_release (actions.address (), nfree);
      pop_cfun ();
      return false;
    }
  bool changed;
  if (copy)
    {
      /* The copy is an activation of its own, the only one with slots:
	 planned as if the function were not recursive.  */
      lim.recursive = lim.reentry = false;
      auto_vec<esc_free_action> own_actions;
      auto_vec<esc_move_site> own_sites;
      for (const esc_move_site &m : sites)
	own_sites.safe_push (m);
      plan (own_sites, own_actions);
      pop_cfun ();
      push_cfun (DECL_STRUCT_FUNCTION (copy->decl));
      rewrite (f, own_sites, own_actions, &map, csites);
      pop_cfun ();
      push_cfun (DECL_STRUCT_FUNCTION (f->decl));
      esc_free_actions_release (own_actions.address (), nfree);
      f->dispatch = esc_owner_dispatch (esc_make_owner (f->decl),
					copy->decl, recursive);
      esc_update_after_rewrite (true);
      changed = true;
    }
  else
    changed = rewrite (f, sites, actions, NULL, csites);
  if (copy)
    f->owner_copy = copy->decl;
  else
    for (const esc_move_site &m : sites)
      if (m.reason == ESC_MOVED)
	{
	  f->slots_here = true;
	  f->slot_bytes += m.capacity * (m.pool > 0 ? m.pool : 1);
	}
  if (f->slots_here && lto)
    /* Under -flto the units this one is linked with are unknown here, and
       may inline it into a recursive function: keep the slots in this
       function's own frame, out of any caller's.  (With a copy, the slots
       are the copy's, which is never inlined.)  Within the unit,
       slot-inlining.cc keeps them out of recursive frames.  */
    esc_add_noinline (f->decl);
  esc_free_actions_release (actions.address (), nfree);
  pop_cfun ();
  return changed;
}
