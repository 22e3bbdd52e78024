/* call-kind.cc - what a call is, decided from the callee's declaration
   and name alone (no builder state): the C library's function, an
   allocator or deallocator by GCC attributes or declared by the user, and
   whether a printf-style format may print a pointer.  */

#include "../core/lattice.h"
#include "../core/allocators.h"
#include "../core/summary.h"
#include "../core/transform.h"
#include "../plugin/escape-plugin.h"
#include "../plugin/gcc-headers.h"
#include "opts.h"
#include "gimple-text.h"
#include "build-graph.h"
#include "functions.h"
#include "graph-builder.h"


/* cc1's -fhosted / -ffreestanding (c-family), not in the plugin headers.
   Weak: lto1 has no C front end, and a plugin loaded there must load.  */
extern int flag_hosted __attribute__ ((weak));

namespace esc_build {

/* Is NAME's builtin turned off by -fno-builtin-NAME?  */
static bool
builtin_disabled_name (const char *name)
{
  static hash_set<nofree_string_hash> *names;
  if (!names)
    {
      names = new hash_set<nofree_string_hash>;
      for (unsigned i = 0; i < save_decoded_options_count; i++)
	{
	  const cl_decoded_option &o = save_decoded_options[i];
	  if (o.opt_index == OPT_fbuiltin_ && !o.value && o.arg)
	    names->add (o.arg);
	}
    }
  return names->contains (name);
}

/* Is FNDECL the C library's function of that name?  Not if this unit
   defines it (a program's own malloc and free, which the transform must
   not delete), nor in a freestanding build, where names mean nothing,
   nor where GCC does not take it for its builtin (-fno-builtin,
   -fno-builtin-malloc: a program's own allocator in another unit,
   whose calls GCC keeps; adversarial finding, a counting malloc saw
   none).  */
static bool
library_function (tree fndecl)
{
  if (&flag_hosted && !flag_hosted)
    return false;
  if (esc_defined_here (fndecl))
    return false;
  if (esc_builtin_disabled_p (fndecl) || !esc_library_symbol (fndecl))
    return false;
  /* In lto1 the program's own malloc may be in another partition.  */
  cgraph_node *node = in_lto_p ? cgraph_node::get (fndecl) : NULL;
  if (node && (node->definition || node->in_other_partition))
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
  /* The same field read as memory at its offset, as GCC's folding may
     leave it under -flto ("MEM[(T *)&hooks]"): the field of the declared
     object's type there.  Not through a pointer ("MEM[(T *)p]", an
     adversarial finding: a "struct other *" read through a copy of a
     "struct hooks *" was taken for hooks.allocate, and a call moved).  */
  if (TREE_CODE (fn) == MEM_REF)
    {
      tree obj = esc_mem_ref_object (fn, true);
      tree f = obj && tree_fits_shwi_p (TREE_OPERAND (fn, 1))
	       ? esc_field_at (TREE_TYPE (obj),
			       tree_to_shwi (TREE_OPERAND (fn, 1)), fn, true)
	       : NULL_TREE;
      return f && POINTER_TYPE_P (TREE_TYPE (f))
	     && TREE_CODE (TREE_TYPE (TREE_TYPE (f))) == FUNCTION_TYPE
	     ? IDENTIFIER_POINTER (DECL_NAME (f)) : NULL;
    }
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
      m->attribute = true;
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
  if (!a && ((!esc_allocator_lookup (n) && !esc_libc_summary (n))
	     || !esc_library_symbol (fndecl)))
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

/* May a printf-style call print a pointer as text (%p), which can be
   scanned back into the pointer?  Unknown unless FMT is a literal, read
   from where it starts ("&"%%p"[1]" is "%p": an adversarial finding).  A
   conversion that is none of C's and glibc's own may be one a program
   registered with glibc's register_printf_specifier, whose handler is
   handed the argument and may print or keep it (an adversarial
   finding); a handler that replaces one of the standard conversions is
   not seen (docs/design.md).  */
bool
may_print_pointer (tree fmt)
{
  if (TREE_CODE (fmt) != ADDR_EXPR)
    return true;
  tree s = TREE_OPERAND (fmt, 0);
  unsigned HOST_WIDE_INT start = 0;
  if (TREE_CODE (s) == ARRAY_REF)
    {
      tree index = TREE_OPERAND (s, 1);
      tree low = array_ref_low_bound (s);
      if (!tree_fits_uhwi_p (index) || !low || !integer_zerop (low))
	return true;
      start = tree_to_uhwi (index);
      s = TREE_OPERAND (s, 0);
    }
  /* Bytes, not wide characters (whose bytes hold zeros).  */
  if (TREE_CODE (s) != STRING_CST
      || start >= (unsigned HOST_WIDE_INT) TREE_STRING_LENGTH (s)
      || !TREE_TYPE (s) || TREE_CODE (TREE_TYPE (s)) != ARRAY_TYPE
      || TYPE_PRECISION (TREE_TYPE (TREE_TYPE (s))) != BITS_PER_UNIT)
    return true;
  const char *p = TREE_STRING_POINTER (s) + start;
  const char *end = TREE_STRING_POINTER (s) + TREE_STRING_LENGTH (s);
  for (; p < end && *p; p++)
    if (*p == '%')
      {
	p++;
	if (p < end && *p == '%')
	  continue;
	/* Flags, width, precision and length, glibc's too ("%Ip" and
	   "%Zp" print a pointer).  */
	while (p < end && *p && strchr ("-+ #0'I123456789.*$hlLqjzZt", *p))
	  p++;
	if (p >= end || !*p)
	  break;
	if (*p == 'p' || !strchr ("diouxXeEfFgGaAcsCSnm%", *p))
	  return true;
      }
  return false;
}

/* What ARG, an argument of a call in FNDECL, is as a printf format
   (esc_call_arg_format): a literal that cannot print a pointer, one of
   FNDECL's parameters as it came in (not assigned since: its caller's
   argument decides), or anything else.  */
int
format_of (tree arg, tree fndecl)
{
  if (!may_print_pointer (arg))
    return ESC_FORMAT_SAFE;
  if (TREE_CODE (arg) == SSA_NAME && SSA_NAME_IS_DEFAULT_DEF (arg)
      && SSA_NAME_VAR (arg) && TREE_CODE (SSA_NAME_VAR (arg)) == PARM_DECL)
    {
      int k = 0;
      for (tree p = DECL_ARGUMENTS (fndecl); p; p = DECL_CHAIN (p), k++)
	if (p == SSA_NAME_VAR (arg))
	  return k;
    }
  return ESC_FORMAT_ANY;
}

} // namespace esc_build

using namespace esc_build;

const esc_allocator *
esc_call_model (gcall *s, const char **name)
{
  return call_model (s, name);
}

void
esc_site_from_model (esc_site *st, const esc_allocator *a, const char *name)
{
  site_from_model (st, a, name);
}

/* Does GCC not take FNDECL for its builtin of that name (-fno-builtin,
   -fno-builtin-NAME): a definition elsewhere may be the program's own?  */
bool
esc_builtin_disabled_p (tree fndecl)
{
  if (fndecl_built_in_p (fndecl, BUILT_IN_NORMAL) || !DECL_NAME (fndecl))
    return false;
  const char *name = IDENTIFIER_POINTER (DECL_NAME (fndecl));
  /* lto1 has no C front end and none of its options: a unit compiled
     with -fno-builtin-malloc hands it a malloc that is not GCC's
     builtin, which a unit compiled without makes one (adversarial
     finding: the option given at the compiles was lost at the link).  */
  if (in_lto_p)
    return esc_allocator_lookup (name) != NULL;
  return flag_no_builtin || esc_build::builtin_disabled_name (name);
}
