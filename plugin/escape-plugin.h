/* escape-plugin.h - what the plugin's registration shares with its passes.  */

#ifndef ESCAPE_PLUGIN_H
#define ESCAPE_PLUGIN_H

#include "../core/options.h"

/* The parsed -fplugin-arg-escape-* options, set once in plugin_init.  */
extern esc_options escape_options;

/* The GCC version and --target the plugin was built for (and, after the
   version check, runs in), for the JSON report.  */
extern const char *escape_gcc_version;
extern const char *escape_target;

class opt_pass;
namespace gcc { class context; }

/* The pass that builds each function's graph (passes/escape-pass.cc), and
   the one that solves them over the call graph and reports
   (passes/summarize-pass.cc).  */
opt_pass *make_escape_pass (gcc::context *ctxt);
opt_pass *make_summarize_pass (gcc::context *ctxt);
/* Under -flto, the pass that does both in lto1 (passes/lto-pass.cc).  */
opt_pass *make_lto_pass (gcc::context *ctxt);

/* Does cc1 leave notes and the transform to lto1 (-flto without fat
   objects)?  Is the analysis wanted in this cc1 at all?  */
bool esc_cc1_defers_to_lto (void);
bool esc_unit_pass_wanted (void);

struct function;
/* Build FUN's graph (cfun is FUN); the TODO flags it needs.  */
unsigned int esc_graph_function (function *fun);
/* Solve every graph built, callees first, report and transform
   (summarize-pass.cc).  */
void esc_summarize_unit (void);

#endif /* ESCAPE_PLUGIN_H */
