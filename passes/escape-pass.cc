/* escape-pass.cc - the analysis pass: GIMPLE -> graph -> solver -> notes.

   Registered right after "ssa" (plugin/escape-plugin.cc), so it sees every
   function once, callees first, at every -O level, before any optimisation
   has moved or deleted an allocation.  */

#include "../core/lattice.h"
#include "../core/report.h"
#include "../plugin/escape-plugin.h"
#include "../plugin/gcc-headers.h"
#include "gimple-text.h"
#include "build-graph.h"

namespace {

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

/* Each line of a report becomes a note at the thing it is about.  */
static void
emit_note (void *ctx, const char *line)
{
  location_t loc = *(location_t *) ctx;
  inform (loc, "%s", line);
}

class escape_pass : public gimple_opt_pass
{
public:
  escape_pass (gcc::context *ctxt) : gimple_opt_pass (escape_pass_data, ctxt)
  {
  }

  bool gate (function *) final override
  {
    return escape_options.m_level > 0;
  }

  unsigned int execute (function *fun) final override
  {
    esc_function_graph fg;
    esc_build_graph (fun, &fg);
    esc_solve (fg.graph);
    report (fg);
    return 0;
  }

private:
  void report (esc_function_graph &fg)
  {
    int level = escape_options.m_level;
    for (const esc_param &p : fg.params)
      if (POINTER_TYPE_P (TREE_TYPE (p.decl)) && esc_decl_name (p.decl))
	{
	  location_t loc = DECL_SOURCE_LOCATION (p.decl);
	  esc_report_param (fg.graph, p.loc, level, emit_note, &loc);
	}
    for (const esc_site &s : fg.sites)
      {
	location_t loc = gimple_location (s.call);
	esc_report_alloc (fg.graph, s.loc, level, emit_note, &loc);
      }
  }
};

} // anon namespace

opt_pass *
make_escape_pass (gcc::context *ctxt)
{
  return new escape_pass (ctxt);
}
