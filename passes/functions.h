/* functions.h - the functions of this translation unit the analysis has
   seen, shared by the pass that builds graphs (escape-pass.cc) and the
   pass that solves them bottom-up and reports (summarize-pass.cc).  */

#ifndef ESCAPE_FUNCTIONS_H
#define ESCAPE_FUNCTIONS_H

struct esc_function
{
  tree decl;
  esc_function_graph *fg;	/* NULL: no body seen (yet).  */
  esc_graph *solved;		/* The graph the report reads.  */
  esc_graph *unsolved;		/* A copy from before solving, kept when it
				   has realloc returns (the transform solves
				   it again without them), or NULL.  */
  esc_summary *summary;		/* From the body, once solved.  */
  esc_summary *builtin;		/* From GCC's fnspec, for bodiless builtins.  */
  auto_vec<int> callees;	/* Direct callees, by id.  */
  bool recursive;		/* In a call-graph cycle.  */
  auto_vec<esc_move_reason> moves;	/* Per site: the plan's fate.  */
  auto_vec<esc_move_reason> blocked;	/* Per site: what else keeps an
					   escaping one on the heap.  */
  auto_vec<long long> sizes;		/* Per site: constant size or -1.  */
  auto_vec<long long> slot_sizes;	/* Per site: a guarded slot's bytes,
					   or 0.  */
  auto_vec<char> owned;			/* Per site: an owned slot.  */
  auto_vec<int> pools;			/* Per site: slots of its pool, or 0.  */
  /* Tarjan scratch.  */
  int index, lowlink;
  bool on_stack;
};

/* The id of DECL, registering it on first sight.  */
int esc_function_id (tree decl);
esc_function *esc_function_get (int id);
int esc_function_count (void);

/* The summary a call to function ID should use, or NULL for "unknown":
   the body's (when the definition cannot be replaced at link or load
   time), else the C library model, else GCC's builtin fnspec.  */
const esc_summary *esc_function_summary (int id);

/* F's graph solved again without its realloc returns (a new graph), or
   NULL if it has none: what does not escape there escapes, if at all,
   only as the new blocks realloc returns, which a slot never is.  */
esc_graph *esc_solve_as_slots (esc_function *f);

/* Is function ID the C library's, and may it call back into the program
   (esc_libc_calls_back)?  */
bool esc_function_calls_back (int id);

/* Why function ID has no summary a call can use, when a build can change
   it ("sink is defined in another unit", "f may be replaced at link or
   load time (-fPIC)"): esc_set_unknown_why_hook's hook.  */
bool esc_unknown_why (int id, char *buf, size_t size);

/* Forget everything (after the report).  */
void esc_functions_release (void);

#endif /* ESCAPE_FUNCTIONS_H */
