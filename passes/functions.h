/* functions.h - the functions of this translation unit the analysis has
   seen, shared by the pass that builds graphs (escape-pass.cc and the
   builder's files), the pass that solves them bottom-up and reports
   (summarize-pass.cc) and the transform (transform.cc).  */

#ifndef ESCAPE_FUNCTIONS_H
#define ESCAPE_FUNCTIONS_H

/* Most objects one constructor call hands over that a clone of it can
   make in its caller's slots (one more parameter each).  */
#define ESC_MAX_CLONE_OBJECTS 8

/* Most slots of its caller one clone may grow or free besides those it
   makes objects in (one more parameter each).  */
#define ESC_MAX_CLONE_GUARDS 16

/* What a clone of a constructor makes in its caller's slots: per object
   it hands over (esc_summary.fresh), whether it is made in a slot (ON), of
   CAPACITY bytes, GUARDED by a size test, with ROOM bytes a realloc may
   grow it to in place (transform.cc slot_clone).  A clone may also be
   handed NGUARDS slots of the caller's other objects, which it may grow
   by realloc (in place up to GUARD_ROOM, beyond into a heap block) or
   free: every realloc and free in it leaves them alone.  */
struct esc_clone_spec
{
  int nobjects;
  bool on[ESC_MAX_CLONE_OBJECTS];
  long long capacity[ESC_MAX_CLONE_OBJECTS];
  bool guarded[ESC_MAX_CLONE_OBJECTS];
  long long room[ESC_MAX_CLONE_OBJECTS];
  int nguards;
  long long guard_capacity[ESC_MAX_CLONE_GUARDS];
  long long guard_room[ESC_MAX_CLONE_GUARDS];
};

/* Such a clone: SPEC, and the clone.  */
struct esc_slot_clone
{
  esc_clone_spec spec;
  tree decl;
};

/* A clone of a function that frees what it is handed, taking NSLOTS
   more parameters, slots of its caller, which it leaves alone
   (transform.cc release_clone).  */
struct esc_release_clone
{
  int nslots;
  tree decl;
};

/* One function, in the order the phases fill it in (as ipa-modref's
   header lists its summaries with their lifetimes): each group is
   written by one phase and only read after it.  All of it lives until
   esc_functions_release, after the reports.  */
struct esc_function
{
  /* Registration (esc_function_id), when a body or a call is first seen.  */
  tree decl;
  /* Another unit's summary of it, from summaries=FILE (unit-summaries.cc)
     or, in an ltrans process, the one its compile recorded
     (lto-summaries.cc), looked up on the first call of
     esc_function_summary; USED once a call went through a file's, which
     the object then records for the link.  */
  const esc_summary *imported;
  const char *imported_hash;
  bool imported_checked, imported_used;
  /* The hash of its summary solved as without the file (every other
     unit's function unknown), when it has an entry there: a summary a
     first build wrote from this very body (unit-summaries.cc).  Empty
     if not computed.  */
  char unfiled_hash[17];
  /* In an ltrans process, the summary cc1 recorded for a function another
     partition compiles (lto-summaries.cc), owned: IMPORTED then.  */
  esc_summary *lto_imported;

  /* Graph building (escape-pass.cc, build-graph.cc, wrappers.cc), once per
     body after "ssa", callees first.  */
  esc_function_graph *fg;	/* NULL: no body seen (yet).  */
  esc_summary *builtin;		/* From GCC's fnspec, for bodiless builtins:
				   made when a builder first sees a call.  */

  /* Solving (summarize-pass.cc solve_component), per call-graph cycle,
     callees first.  */
  esc_graph *solved;		/* The graph the report reads.  */
  esc_graph *unsolved;		/* A copy from before solving, kept when it
				   has realloc returns (the transform solves
				   it again without them), or NULL.  */
  esc_summary *summary;		/* From the body, once solved.  */
  bool recursive;		/* In a call-graph cycle.  */
  bool reentry;			/* May be re-entered (summarize-pass.cc
				   find_reentry), once the transform plans.  */
  char *reentry_why;		/* Then how, in words for -m=2.  */
  int cycle;			/* Its strongly connected component.  */
  int index, lowlink;		/* Tarjan scratch (components).  */
  bool on_stack;

  /* Transform (transform.cc esc_transform_function), with -fplugin-arg-
     escape-transform or a JSON report: the plan, per site of FG->sites,
     which the reports read.  */
  auto_vec<esc_move_reason> moves;	/* Per site: the plan's fate.  */
  auto_vec<esc_move_reason> blocked;	/* Per site: what else keeps an
					   escaping one on the heap.  */
  auto_vec<long long> sizes;		/* Per site: constant size or -1.  */
  auto_vec<long long> slot_sizes;	/* Per site: a guarded slot's bytes,
					   or 0.  */
  auto_vec<char> owned;			/* Per site: an owned slot.  */
  auto_vec<int> pools;			/* Per site: slots of its pool, or 0.  */
  auto_vec<char *> released_by;		/* Per site: the disposers whose
					   release clones take its slot
					   ("a, b"), or NULL.  */
  auto_vec<char *> callee_why;		/* Per site: why no clone of the
					   callee can take a slot for the
					   object it makes, or NULL.  */
  bool slots_here;			/* Its own body holds moved slots,  */
  long long slot_bytes;			/* of this many bytes in all.  */
  tree owner_copy;			/* The copy the owning activation
					   runs (owned slots), or NULL.  */
  gcond *dispatch;			/* Its test at entry (transform.cc
					   esc_owner_dispatch), or NULL.  */
  auto_vec<esc_slot_clone> slot_clones;	/* As a constructor.  */
  signed char slots_state;		/* May it hold slots (transform.cc
					   may_hold_slots): 1 yes, -1 no,
					   0 not known yet.  */
  signed char release_state;		/* Can it have a release clone
					   (release_ok): 1, -1, 0 as above,  */
  int release_family;			/* guarding frees of this family,  */
  int release_size;			/* with at most this many functions
					   in its closure.  */
  auto_vec<esc_release_clone> release_clones;	/* As a disposer.  */
};

/* The id of DECL, registering it on first sight.  */
int esc_function_id (tree decl);
/* The id of DECL, or -1 if it was never seen.  */
int esc_function_find (tree decl);
esc_function *esc_function_get (int id);
int esc_function_count (void);

/* The summary a call to function ID should use, or NULL for "unknown":
   the body's (when the definition cannot be replaced at link or load
   time), else the C library model, else GCC's builtin fnspec, else, for a
   function with no body here, another unit's from the summaries file
   (which the object then records, for the link to check).  */
const esc_summary *esc_function_summary (int id);

/* While set, esc_function_summary uses no summary from the file: calls
   of other units' functions are calls of unknown code, as in a build
   without it (summarize-pass.cc, unfiled_summaries).  */
extern bool esc_imports_off;

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

/* The summary another unit recorded for F, which has no body here, from
   -fplugin-arg-escape-summaries=FILE, or NULL (unit-summaries.cc).  */
const esc_summary *esc_imported_summary (esc_function *f);

/* The parameters DECL's prototype declares, or -1 without one.  */
int esc_prototype_params (tree decl);

/* cc1 writing bytecode: record each function's summary in its declaration
   for the ltrans processes that compile its callers (lto-summaries.cc).  */
void esc_lto_record_summaries (void);

/* In an ltrans process: a new summary from the one cc1 recorded for F,
   whose body another partition compiles, if F is the function it was
   recorded for or an IPA clone of it (seen through the parameters the
   clone keeps); else NULL.  */
esc_summary *esc_lto_recorded_summary (esc_function *f);

/* Did cc1 record a summary in DECL?  */
bool esc_lto_recorded (tree decl);

/* Is F's body, solved with a summary, the one every call of it runs:
   defined here for good (not weak, not interposable, not one of several
   comdat copies), not nested (unit-summaries.cc)?  */
bool esc_trusted_definition (esc_function *f);

/* In code for a shared library (-fPIC, not -fPIE), may a call of DECL
   bind to another module's definition at load time (public, default
   visibility)?  */
bool esc_may_bind_elsewhere (tree decl);

/* May other units' calls of F use its summary: a trusted definition,
   public, named as in the source?  */
bool esc_publishable (esc_function *f);

/* F's summary as the report records it, and its hash (esc_free the
   text); NULL if F is not publishable.  */
char *esc_published_summary (esc_function *f, char hash[17]);

/* Record in the object the summaries the unit publishes and those it used
   (docs/design.md, "Summaries across units").  */
void esc_summary_symbols (void);

/* The site of F (solved, with a summary) that makes the K-th object F
   hands its caller (esc_summary.fresh), or -1.  */
int esc_object_site (esc_function *f, int k);

/* Forget everything (after the report).  */
void esc_functions_release (void);

/* Does GCC not take FNDECL for its builtin of that name (-fno-builtin,
   -fno-builtin-NAME)?  Then neither do the C library models
   (call-kind.cc).  */
bool esc_builtin_disabled_p (tree fndecl);

/* Is FNDECL's symbol the C library's function of its C name, so that a
   model of that name (core/libc.c, core/allocators.c) may describe it?
   Not when an asm label sends its calls elsewhere ("long strtol (...)
   __asm__ ("parse_num")": adversarial finding), except glibc's own
   redirections (__isoc99_sscanf, fopen64).  */
bool esc_library_symbol (tree fndecl);

#endif /* ESCAPE_FUNCTIONS_H */
