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

#endif /* ESCAPE_PLUGIN_H */
