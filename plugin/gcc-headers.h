/* gcc-headers.h - the GCC internals the C++ layer uses, in the order GCC's
   headers need.  Include the core's C headers before this one: GCC poisons
   malloc, calloc, realloc and strdup once system.h is in.  */

#ifndef ESCAPE_GCC_HEADERS_H
#define ESCAPE_GCC_HEADERS_H

#include "gcc-plugin.h"
#include "tree.h"
#include "tree-pass.h"
#include "context.h"
#include "function.h"
#include "basic-block.h"
#include "cfgloop.h"
#include "cgraph.h"
#include "gimple.h"
#include "gimple-iterator.h"
#include "gimple-ssa.h"
#include "ssa.h"
#include "stringpool.h"
#include "attribs.h"
#include "diagnostic-core.h"
#include "diagnostic.h"
#include "tree-pretty-print.h"
#include "builtins.h"
#include "calls.h"
#include "internal-fn.h"
#include "tree-eh.h"
#include "tree-into-ssa.h"
#include "tree-ssa-operands.h"
#include "gimple-expr.h"
#include "tree-cfg.h"
#include "cfganal.h"
#include "gimple-fold.h"
#include "dumpfile.h"
#include "toplev.h"
#include "output.h"

/* GCC functions whose C++ names depend on the target (a poly_int has one
   coefficient on x86-64, two on AArch64).  A direct call would make the
   dynamic loader refuse the plugin in another target's compiler before
   plugin_init's version check could say why; these pointers are looked
   up by name after that check (escape-plugin.cc).  */
extern tree (*esc_build_int_cst) (tree, poly_int64);
extern tree (*esc_build_array_type_nelts) (tree, poly_uint64);
#define build_int_cst esc_build_int_cst
#define build_array_type_nelts esc_build_array_type_nelts

#endif /* ESCAPE_GCC_HEADERS_H */
