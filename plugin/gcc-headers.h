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
#include "dumpfile.h"
#include "toplev.h"
#include "output.h"

#endif /* ESCAPE_GCC_HEADERS_H */
