/* escape-pass.cc - the GIMPLE pass: each function's escape graph.

   Registered right after "ssa" (plugin/escape-plugin.cc), so it sees every
   function once, at every -O level, before any optimisation has moved or
   deleted an allocation.  Solving waits for summarize-pass.cc, which runs
   when every function of the unit has its graph, so that calls can be
   wired through their callees' summaries, recursion included.  */

#include "../core/allocators.h"
#include "../core/lattice.h"
#include "../core/summary.h"
#include "../core/transform.h"
#include "../plugin/escape-plugin.h"
#include "../plugin/gcc-headers.h"
#include "build-graph.h"
#include "functions.h"
#include "transform.h"

/* Is the analysis wanted in this compile?  Under -flto without fat
   objects, cc1 writes bytecode and lto1 makes the code: the verdicts that
   count are lto1's, which sees the other units (lto-pass.cc), so cc1
   leaves notes and the transform to lto1, where the plugin's options
   given at the link reach.  It still solves: for the JSON report
   (report=), and for the summaries it records in the bytecode, which an
   ltrans process uses for the functions another partition compiles
   (lto-summaries.cc).  */
bool
esc_cc1_defers_to_lto (void)
{
  return !in_lto_p && flag_generate_lto && !flag_fat_lto_objects;
}

bool
esc_unit_pass_wanted (void)
{
  if (in_lto_p)
    return false;
  return escape_options.m_level > 0 || escape_options.transform
	 || esc_options_report (&escape_options) || escape_options.summaries
	 || flag_opt_info || flag_save_optimization_record;
}

unsigned int
esc_graph_function (function *fun)
{
  /* An inline body that is not this unit's definition (C99 inline,
     gnu_inline extern inline, glibc's header wrappers): calls may run
     another definition, so it gets no summary and no report.  */
  if (DECL_EXTERNAL (fun->decl))
    return 0;
  esc_function *f = esc_function_get (esc_function_id (fun->decl));
  delete f->fg;
  f->fg = new esc_function_graph ();
  esc_build_graph (fun, f->fg);
  esc_find_shape (fun, f->fg);
  return f->fg->dead_folded ? TODO_cleanup_cfg : 0;
}

namespace {

/* A function the user declared an allocator or a deallocator is known by
   its name, which GCC's inlining at the link would take from its calls
   (lto1 runs after it): MuJS's js_free inlined into its callers became a
   call through J->alloc, and every object it freed escaped; so would its
   IPA clones (js_free.constprop).  The bytecode keeps such a function
   out of line and uncloned, whether or not this compile analyses
   anything (not one that must be inlined: GCC's hard error).  */
void
keep_declared_out_of_line (tree decl)
{
  if (flag_generate_lto && !in_lto_p && escape_options.transform
      && DECL_NAME (decl)
      && !lookup_attribute ("always_inline", DECL_ATTRIBUTES (decl))
      && esc_allocator_declared (IDENTIFIER_POINTER (DECL_NAME (decl))))
    {
      esc_add_noinline (decl);
      esc_add_attribute (decl, "noclone");
    }
}

const pass_data escape_pass_data = {
  GIMPLE_PASS,
  "escape",			/* name */
  OPTGROUP_NONE,		/* optinfo_flags */
  TV_NONE,			/* tv_id */
  PROP_ssa | PROP_cfg,		/* properties_required */
  0,				/* properties_provided */
  0,				/* properties_destroyed */
  0,				/* todo_flags_start */
  0				/* todo_flags_finish */
};

class escape_pass : public gimple_opt_pass
{
public:
  escape_pass (gcc::context *ctxt) : gimple_opt_pass (escape_pass_data, ctxt)
  {
  }

  bool gate (function *fun) final override
  {
    if (fun)
      keep_declared_out_of_line (fun->decl);
    return esc_unit_pass_wanted ();
  }

  unsigned int execute (function *fun) final override
  {
    return esc_graph_function (fun);
  }
};

} // anon namespace

opt_pass *
make_escape_pass (gcc::context *ctxt)
{
  return new escape_pass (ctxt);
}
