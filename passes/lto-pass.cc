/* lto-pass.cc - the whole program under -flto: one IPA pass in lto1.

   lto1 reads GIMPLE already in SSA, after the early optimisations of each
   unit, and runs no "ssa" pass: the two passes of a compile do not run
   there.  This one sits among the late IPA passes, right after ipa-pta,
   as that pass does: in each ltrans process (or the one lto1 of
   -flto-partition=none) it sees every body of the partition, with the
   IPA inliner's decisions applied, before any function is optimised
   further.  It builds each body's graph as escape-pass.cc does and then
   solves, transforms and reports as summarize-pass.cc does, over the
   partition: a call of a function whose body another partition holds
   goes through the summary its compile recorded in the bytecode
   (lto-summaries.cc), or is a call of unseen code without one, and may
   re-enter either way.
   GCC inlines nothing after the late IPA passes, so the slots stay in
   the frames the transform put them in.  */

#include "../core/lattice.h"
#include "../core/summary.h"
#include "../core/transform.h"
#include "../plugin/escape-plugin.h"
#include "../plugin/gcc-headers.h"
#include "build-graph.h"
#include "functions.h"
#include "tree-cfgcleanup.h"
#include "ipa-utils.h"

namespace {

const pass_data lto_pass_data = {
  SIMPLE_IPA_PASS,
  "escape-lto",			/* name */
  OPTGROUP_OTHER,		/* optinfo_flags: -fopt-info-...-optall */
  TV_NONE,			/* tv_id */
  0,				/* properties_required */
  0,				/* properties_provided */
  0,				/* properties_destroyed */
  0,				/* todo_flags_start */
  0				/* todo_flags_finish */
};

class lto_pass : public simple_ipa_opt_pass
{
public:
  lto_pass (gcc::context *ctxt) : simple_ipa_opt_pass (lto_pass_data, ctxt)
  {
  }

  /* Only in lto1, and not in WPA (which has no bodies and runs no late
     IPA pass anyway).  */
  bool gate (function *) final override
  {
    if (!in_lto_p || flag_wpa)
      return false;
    return escape_options.m_level > 0 || escape_options.transform
	   || esc_options_report (&escape_options)
	   || flag_opt_info || flag_save_optimization_record;
  }

  unsigned int execute (function *) final override
  {
    /* Callees first, as a compile's passes see them (the builder reads
       what it knows of a callee of the unit): the call graph's reverse
       postorder, backwards; then any body it left out.  */
    cgraph_node **order = XCNEWVEC (cgraph_node *, symtab->cgraph_count);
    int n = ipa_reverse_postorder (order);
    hash_set<cgraph_node *> done;
    for (int i = n - 1; i >= 0; i--)
      build (order[i], done);
    free (order);
    cgraph_node *node;
    FOR_EACH_DEFINED_FUNCTION (node)
      build (node, done);
    esc_summarize_unit ();
    return 0;
  }

private:
  /* NODE's graph, once, if its body is in this partition.  As ipa-pta
     reads the bodies: not inline clones (their bodies are in their
     callers'), nor those of other partitions.  */
  static void build (cgraph_node *node, hash_set<cgraph_node *> &done)
  {
    if (!node->has_gimple_body_p () || node->in_other_partition
	|| node->inlined_to || done.add (node))
      return;
    node->get_body ();
    function *fun = DECL_STRUCT_FUNCTION (node->decl);
    if (!fun || !fun->cfg)
      return;
    push_cfun (fun);
    /* What a compile's "ssa" pass leaves and the builder reads
       (graph-cfg.cc): dominators, and a loop tree, which the inliner's
       transform may have left to be fixed.  */
    calculate_dominance_info (CDI_DOMINATORS);
    if (loops_for_fn (fun) && loops_state_satisfies_p (fun, LOOPS_NEED_FIXUP))
      fix_loop_structure (NULL);
    unsigned todo = esc_graph_function (fun);
    if (todo & TODO_cleanup_cfg)
      cleanup_tree_cfg ();
    pop_cfun ();
  }
};

} // anon namespace

opt_pass *
make_lto_pass (gcc::context *ctxt)
{
  return new lto_pass (ctxt);
}
