/* build-graph.h - one function's GIMPLE as an escape graph.

   The only place that knows both GIMPLE and the lattice: each statement
   becomes flows (dst = src with derefs) and stores (*p = v), following
   docs/design.md "From GIMPLE to the graph".  */

#ifndef ESCAPE_BUILD_GRAPH_H
#define ESCAPE_BUILD_GRAPH_H

#include "../core/allocators.h"
#include "../core/summary.h"

/* An allocation call, its location in the graph, and the model the
   transform reads its size and family from.  For a call of an allocator
   wrapper the size is the larger of argument SIZE_ARG's value and
   SIZE_FLOOR ("malloc (n ? n : 1)"); -1 where there is none.  */
struct esc_site
{
  gcall *call;
  esc_loc loc;
  int order;			/* Statement order, for reports.  */
  const char *allocator;	/* Its name in the JSON report.  */
  int size_arg, count_arg, align_arg;
  long long size_floor, count_floor;
  bool has_count;
  int family;
  bool movable, zeroes;
  bool attribute;		/* By GCC attributes only: never moved.  */
  bool wrapper;			/* A call of a wrapper of this unit, whose
				   parameter types the constants must fit.  */
  /* A call of a function of this unit that hands over an object it
     allocated (core/fresh.c): FRESH is its index in the callee's
     summary (-1 for every other site), which orders a call's sites.  */
  int fresh;
};

/* A direct call of a function of this unit that returns a pointer: an
   allocation site if the callee turns out to be an allocator.  */
struct esc_wrapper_call
{
  gcall *call;
  int rec;			/* Its call record.  */
  esc_loc site;			/* Its dormant ESC_ALLOC location.  */
  int order;
};

/* What the body looks like as an allocator or a deallocator
   (passes/wrappers.cc); decided with the callees' summaries, when the
   function is solved (summarize-pass.cc).  */
struct esc_shape
{
  /* One allocation call whose result is all the function returns, with no
     other effect outside its failure path.  */
  bool alloc;
  gcall *alloc_call;
  bool alloc_modelled;		/* A site of this function (ALLOC_SITE).  */
  esc_site alloc_site;
  int alloc_callee;		/* Else a call of this unit's function.  */
  auto_vec<esc_size_expr> arg_sizes;	/* Per argument of ALLOC_CALL.  */
  /* One free-like call, of parameters only, and nothing else.  */
  bool dealloc;
  int free_family;		/* A modelled free: its family, */
  int free_param;		/* and the parameter it frees; */
  int free_callee;		/* else a call of this unit's function, */
  auto_vec<int> arg_params;	/* with the parameter each argument is.  */

  esc_shape () : alloc (false), alloc_call (NULL), alloc_modelled (false),
    alloc_callee (-1), dealloc (false), free_family (-1), free_param (-1),
    free_callee (-1) {}
};

/* A call that may free (free itself, realloc), and its free site.  */
struct esc_free_call
{
  gcall *call;
  int site;
  int arg;			/* The argument it frees.  */
};

/* A parameter and its value location.  */
struct esc_param
{
  tree decl;
  esc_loc loc;
};

/* A call through a parameter of the function (its value on entry).  */
struct esc_param_call
{
  int call;			/* The call record.  */
  int param;
};

struct esc_function_graph
{
  esc_graph *graph;
  auto_vec<esc_site> sites;
  auto_vec<esc_param> params;
  auto_vec<int> callees;	/* Direct callees (functions.h ids).  */
  /* Those whose code runs while a call of this function is active
     (summarize-pass.cc, find_reentry): the direct callees, a callback of
     the unit instead of the C library function it is handed to.  A
     failure path counts: an allocation may fail at every level of a
     recursion, by asking for too much each time (adversarial finding:
     an out-of-memory hook recursing, a slot in every frame).  */
  auto_vec<int> live_callees;
  /* C library functions it calls with a callback of this unit
     (esc_libc_callback): the callback is a live
     callee instead, as long as the library calls nothing else of ours.  */
  auto_vec<int> callback_libc;
  /* Calls through its parameters, in a static function: they count as
     calls of unknown code unless every caller passes functions of the
     unit there (summarize-pass.cc, resolve_param_calls).  */
  auto_vec<esc_param_call> param_calls;
  /* Functions whose address it takes, directly or from a read-only
     table it reads: GCC may turn a call through such a pointer into a
     direct call, and inline it, after this pass.  */
  auto_vec<int> fn_refs;
  /* (callee, function) pairs: a function whose address it passes as (or
     in a read-only table as) an argument of a direct call.  */
  auto_vec<std::pair<int, int> > arg_fn_refs;
  /* It calls through a pointer made from its parameters (a callback, a
     table of them), or passes its parameters on to calls.  */
  bool calls_through_params;
  bool passes_params;
  /* With the transform, tests mark_dead decided were made constant in
     the IL, for the CFG cleanup to delete what never runs.  */
  bool dead_folded = false;
  auto_vec<esc_free_call> frees;
  auto_vec<esc_wrapper_call> wrapper_calls;
  auto_vec<gcall *> call_stmts;	/* By call record.  */
  auto_vec<int> call_orders;	/* By call record: statement order.  */
  esc_shape shape;
  /* Calls code we cannot see (through a pointer, or handing over a
     function pointer as a callback), which might call back into us, on
     a path that may return.  */
  bool calls_unknown;
  /* The first such call, in words for -m=2 ("it calls through a pointer
     at line 12"), when CALLS_UNKNOWN.  */
  char *unknown_call;

  esc_function_graph () : graph (NULL), calls_through_params (false),
    passes_params (false), calls_unknown (false), unknown_call (NULL) {}

  ~esc_function_graph () { esc_graph_free (graph); free (unknown_call); }

  /* Record that it calls code we cannot see, WHY (printf-style).  */
  void unknown (const char *why, ...) ATTRIBUTE_PRINTF_2;
};

/* Build FUN's graph into OUT (not yet solved).  */
void esc_build_graph (function *fun, esc_function_graph *out);

/* The allocator model of call S: declared by the user (by the callee's
   name, or the name of the field or variable a called pointer came
   from), the C library's, or from GCC attributes; NULL if none.  NAME
   gets the name to report it by.  */
const esc_allocator *esc_call_model (gcall *s, const char **name);

/* Does this unit define FNDECL (a body, not an inline copy of another
   unit's definition)?  */
bool esc_defined_here (tree fndecl);

/* Parameter number I (from 0) of FNDECL, or NULL_TREE.  */
tree esc_nth_param (tree fndecl, int i);

/* The local variable whose life S ends, or NULL_TREE: GIMPLE's
   end-of-scope clobber "v ={v} {CLOBBER(eol)}", or, under
   -fsanitize-address-use-after-scope, the "ASAN_MARK (POISON, &v, n)"
   that replaces it.  */
tree esc_life_end (gimple *s);

/* A site's model from allocator A.  */
void esc_site_from_model (esc_site *st, const esc_allocator *a,
			  const char *name);

/* Find FUN's allocator or deallocator shape (wrappers.cc).  */
void esc_find_shape (function *fun, esc_function_graph *fg);

#endif /* ESCAPE_BUILD_GRAPH_H */
