/* fnspec.cc - summaries of bodiless builtins from GCC's own fnspec.  */

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

/* A summary from GCC's own fnspec of a builtin, as far as it is sound:
   escape flags say nothing about freeing, which does not matter here, and
   a clobbered argument may receive any other argument's contents.  */
esc_summary *
fnspec_summary (gcall *s, tree fndecl)
{
  /* The summary serves every call of FNDECL, so its shape comes from the
     declaration, not from this call: the named parameters, and past them
     variadic arguments, which escape.  */
  int n = 0;
  if (prototype_p (TREE_TYPE (fndecl)))
    for (tree t = TYPE_ARG_TYPES (TREE_TYPE (fndecl));
	 t && TREE_VALUE (t) != void_type_node; t = TREE_CHAIN (t))
      n++;
  int nargs = MIN (n, (int) gimple_call_num_args (s));
  esc_summary *sum = esc_summary_new (IDENTIFIER_POINTER (DECL_NAME (fndecl)),
				      n);
  for (int i = n - 1; i >= nargs; i--)
    sum->leaks[i].heap = 0;
  for (int i = 0; i < nargs; i++)
    {
      int f = gimple_call_arg_flags (s, i);
      /* An integer may carry pointer bits; GCC's flags for it are no
	 promise about them (they are usually none: it escapes).  */
      if (f & EAF_UNUSED)
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
	  for (int j = 0; j < nargs; j++)
	    if (j != i)
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


} // namespace esc_build
