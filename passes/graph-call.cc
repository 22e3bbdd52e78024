/* graph-call.cc - calls: allocation sites, builtins GCC knows, frees, and
   calls wired through summaries when solving; the functions whose address
   a call's arguments hold.  */

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

static bool from_param (tree v, int depth, hash_map<tree, int> &seen);

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
  /* Its result holds the object's start (graph-fields.cc); realloc's may
     be its argument's.  */
  if (TREE_CODE (lhs) == SSA_NAME && a->role != ESC_ROLE_REALLOC)
    alloc_results.put (lhs, site);
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

/* A call of a function known only by GCC's attributes (malloc, malloc
   (dealloc)): they promise a fresh result, or which function frees it,
   and nothing about what the call does with its arguments or whom it
   calls.  So every argument goes where an unknown function's would (the
   freed pointer too: a pool may keep it), and the call may re-enter.  */
void
builder::attribute_call_args (gcall *s, const char *name)
{
  out->unknown ("it calls %s, whose attributes say nothing of what it "
		"calls", name);
  char why[160];
  snprintf (why, sizeof why, "call parameter of %s, whose attributes say "
	    "nothing of its arguments", name);
  for (unsigned i = 0; i < gimple_call_num_args (s); i++)
    {
      esc_loc a = argument (gimple_call_arg (s, i), bb_depth (gimple_bb (s)));
      if (a < 0)
	continue;
      values v;
      value r = { a, 0 };
      v.safe_push (r);
      to_heap (v, note (why));
    }
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

/* Does a call of FNDECL go through a summary as the unit's own functions'
   do: defined here, or another unit's from the summaries file
   (unit-summaries.cc)?  Then it may be an allocator wrapper's or hand over
   objects, for which the call needs a site.  */
static bool
summarized_here (tree fndecl)
{
  return esc_defined_here (fndecl)
    || esc_imported_summary (esc_function_get (esc_function_id (fndecl)));
}

/* A call to anything but an allocator or a builtin modelled above: wired
   when solving, through the callee's summary if it has one, else its
   arguments escape and its result points anywhere.  */
/* The argument of S that is a callback of this unit the C library
   function FNDECL calls (esc_libc_callback), its function in *FN; -1 if
   none, or if another argument is a function pointer too.  */
static int
known_callback (gcall *s, tree fndecl, tree *fn)
{
  if (!TREE_PUBLIC (fndecl) || esc_defined_here (fndecl)
      || !esc_library_symbol (fndecl))
    return -1;
  const esc_libc_callback *m
    = esc_libc_callback_model (IDENTIFIER_POINTER (DECL_NAME (fndecl)));
  if (!m || (unsigned) m->fn >= gimple_call_num_args (s))
    return -1;
  for (unsigned i = 0; i < gimple_call_num_args (s); i++)
    {
      tree a = gimple_call_arg (s, i);
      if ((int) i == m->fn)
	{
	  /* A nested function runs through a trampoline, with its parent's
	     frame: not mapped.  */
	  if (TREE_CODE (a) != ADDR_EXPR
	      || TREE_CODE (TREE_OPERAND (a, 0)) != FUNCTION_DECL
	      || !esc_defined_here (TREE_OPERAND (a, 0))
	      || DECL_STATIC_CHAIN (TREE_OPERAND (a, 0)))
	    return -1;
	  *fn = TREE_OPERAND (a, 0);
	}
      else if (POINTER_TYPE_P (TREE_TYPE (a))
	       && FUNC_OR_METHOD_TYPE_P (TREE_TYPE (TREE_TYPE (a))))
	return -1;
    }
  return m->fn;
}

void
builder::record_call (gcall *s, tree fndecl)
{
  int callee = -1;
  const char *name = NULL;
  tree cb_fn = NULL_TREE;
  int cb_arg = -1, param_fn = -1;
  if (fndecl)
    {
      callee = esc_function_id (fndecl);
      name = IDENTIFIER_POINTER (DECL_NAME (fndecl));
      out->callees.safe_push (callee);
      note_arg_fn_refs (s, callee);
      cb_arg = known_callback (s, fndecl, &cb_fn);
      if (cb_arg >= 0)
	{
	  /* The library calls it here, and nothing else of ours: a call of
	     it, for the order of solving and for re-entry.  */
	  int cb = esc_function_id (cb_fn);
	  out->callees.safe_push (cb);
	  out->live_callees.safe_push (cb);
	  out->callback_libc.safe_push (callee);
	}
      else
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
      /* A call through a parameter of a static function may have known
	 targets, found once every caller is seen (summarize-pass.cc,
	 resolve_param_calls); until then, unknown.  */
      tree fn = gimple_call_fn (s);
      if (TREE_CODE (fn) == SSA_NAME && SSA_NAME_IS_DEFAULT_DEF (fn)
	  && SSA_NAME_VAR (fn) && TREE_CODE (SSA_NAME_VAR (fn)) == PARM_DECL
	  && !TREE_PUBLIC (current_function_decl))
	{
	  int k = 0;
	  for (tree p = DECL_ARGUMENTS (current_function_decl);
	       p && p != SSA_NAME_VAR (fn); p = DECL_CHAIN (p))
	    k++;
	  param_fn = k;
	}
      else
	out->unknown ("it calls through a pointer at line %d",
		      LOCATION_LINE (gimple_location (s)));
      hash_map<tree, int> walked;
      if (!gimple_call_internal_p (s)
	  && from_param (gimple_call_fn (s), 0, walked))
	out->calls_through_params = true;
    }
  /* A callback handed to code we cannot see (qsort, atexit, ...) may be
     called there.  A function of this unit handed one is seen: what it
     calls counts where it is called (its own calls_unknown, and
     resolve_param_calls).  */
  for (unsigned i = 0;
       (!fndecl || !esc_defined_here (fndecl)) && i < gimple_call_num_args (s);
       i++)
    {
      tree t = TREE_TYPE (gimple_call_arg (s, i));
      if (POINTER_TYPE_P (t) && FUNC_OR_METHOD_TYPE_P (TREE_TYPE (t))
	  && (int) i != cb_arg)
	out->unknown ("it hands a function to %s at line %d",
		      name ? name : "code it cannot see",
		      LOCATION_LINE (gimple_location (s)));
    }
  unsigned nargs = gimple_call_num_args (s);
  int c = esc_call_new (g, callee, name, nargs, note ("call"));
  if (cb_arg >= 0)
    esc_call_callback (g, c, cb_arg, esc_function_id (cb_fn));
  if (param_fn >= 0)
    {
      esc_param_call pc = { c, param_fn };
      out->param_calls.safe_push (pc);
    }
  out->call_stmts.safe_push (s);
  out->call_orders.safe_push (order++);
  int depth = bb_depth (gimple_bb (s));
  bool has_site = false;
  for (unsigned i = 0; i < nargs; i++)
    {
      tree arg = gimple_call_arg (s, i);
      /* A callee that prints its varargs under the format it takes here
	 sends them to the heap unless it is a literal without %p (text
	 printed with %p can be scanned back into the pointer), or this
	 function's own format parameter, handed on with its varargs.  */
      if (POINTER_TYPE_P (TREE_TYPE (arg)))
	esc_call_arg_format (g, c, i, format_of (arg, fun->decl));
      if (va_followed && va_list_of (arg) && !va_builtin_p (s))
	{
	  esc_call_va_list (g, c, i);
	  va_handed++;
	}
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
	  /* A variable declared of a struct type, whole: an object of that
	     type, at its start (not a member of another, an element, a
	     union's member, bytes of a buffer), if written only through
	     its fields' names.  */
	  tree v = TREE_OPERAND (arg, 0);
	  if (VAR_P (v) && !may_alias_type (TREE_TYPE (v)))
	    if (int t = type_identity (TREE_TYPE (v)))
	      if (var_typed (v, t))
		esc_call_arg_typed (g, c, i, t, decl_loc (v));
	}
      else if (TREE_CODE (arg) == SSA_NAME && SSA_NAME_IS_DEFAULT_DEF (arg)
	       && SSA_NAME_VAR (arg)
	       && TREE_CODE (SSA_NAME_VAR (arg)) == PARM_DECL
	       && DECL_CONTEXT (SSA_NAME_VAR (arg)) == fun->decl)
	{
	  /* This function's parameter as it came in.  */
	  if (int *l = param_values.get (SSA_NAME_VAR (arg)))
	    esc_call_arg_own_param (g, c, i, esc_param_index (g, *l));
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
	  && POINTER_TYPE_P (TREE_TYPE (lhs)) && summarized_here (fndecl))
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
  if (fndecl && !has_site && summarized_here (fndecl))
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
      if (a->attribute)
	attribute_call_args (s, aname);
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


} // namespace esc_build
