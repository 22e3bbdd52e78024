/* summary.h - what a function does with its parameters, seen from a call.

   Go's leak summaries, extended for C: besides flowing to the heap and to
   the result, a parameter can be stored into what another parameter points
   to ("set (o, v)" stores v into *o), and a callee can write pointers of its
   own into the caller's objects.  A call wires its arguments through the
   callee's summary instead of sending them all to the heap.

   Summaries come from solving the callee's graph (esc_summary_of), from
   the model of the C library (libc.c), from GCC's builtin fnspecs (the
   GCC layer translates those), or from another unit's report through a
   summaries file (summaries.h).  */

#ifndef ESCAPE_SUMMARY_H
#define ESCAPE_SUMMARY_H

#include <stdio.h>
#include "lattice.h"

#ifdef __cplusplus
extern "C" {
#endif

/* A size as an allocator wrapper computes it: the larger of parameter
   PARAM's value (PARAM >= 0) and the constant KONST (KONST >= 0); both
   negative: unknown.  ("malloc (n ? n : 1)" is { n, 1 }.)  */
typedef struct esc_size_expr
{
  int param;
  long long konst;
} esc_size_expr;

/* What makes a function an allocator or a deallocator to its callers
   (passes/wrappers.cc finds it in the body; docs/design.md "Allocator
   wrappers").  */
typedef struct esc_alloc_summary
{
  /* Returns fresh memory from one allocation, after at most a failure
     check, with no other effect: its calls are allocation sites.  */
  bool is_alloc;
  esc_size_expr size;		/* Bytes, or per element with COUNT.  */
  bool has_count;
  esc_size_expr count;		/* Elements (calloc-like), if HAS_COUNT.  */
  int family;			/* Who may free the memory.  */
  bool movable;			/* The innermost allocator moves.  */
  bool zeroes;			/* The memory starts zeroed.  */
  bool attribute;		/* It ends in an allocator by GCC attributes
				   only: reported, never moved.  */
  const char *inner;		/* The allocator it ends in ("malloc").  */
  /* Frees parameter DEALLOC_PARAM with nothing else done: its calls are
     frees of DEALLOC_FAMILY.  -1: not a deallocator.  */
  int dealloc_param;
  int dealloc_family;
} esc_alloc_summary;

/* An object the function allocates and hands its caller (fresh.c): its
   result, what it stores into the caller's object behind a parameter, or
   a member of another such object.  The caller makes an allocation site
   for it at each call.  */
#define ESC_FRESH_RESULT (-1)
#define ESC_FRESH_MEMBER (-2)
typedef struct esc_fresh_link
{
  char *function, *call;
  esc_pos pos;
} esc_fresh_link;

typedef struct esc_fresh
{
  int owner;			/* ESC_FRESH_RESULT, a parameter index (stored
				   into what it points to), or
				   ESC_FRESH_MEMBER.  */
  int parent;			/* ESC_FRESH_MEMBER: the index of the fresh
				   object holding it (always lower).  */
  unsigned *levels;		/* Per parameter: the levels at which it
				   flows into the object's contents.  */
  bool foreign;			/* The contents may hold pointers of the
				   callee's own (globals, the heap).  */
  int *holds;			/* The fresh objects (indices, itself
				   included) whose address the contents may
				   hold: a member, a back pointer, a cycle.  */
  int nholds;
  char *name;			/* The allocation in the callee.  */
  esc_pos pos;
  esc_loc loc;			/* Its location in the callee's graph.  */
  /* Where it is made, outermost first: this function's allocation (NAME
     at POS), then, when that is a call handing over a fresh object in
     turn, that callee's links.  */
  esc_fresh_link *chain;
  int nchain;
} esc_fresh;

typedef struct esc_summary
{
  char *name;			/* The function, for notes.  */
  int nparams;
  char **param_names;		/* For notes: "f stores it into *o".  */
  /* Per parameter: derefs to the heap, to the result, and into what each
     parameter points to (leaks[i].content[j]: i flows into *j).  */
  esc_leaks *leaks;
  /* Per parameter: the callee may store pointers that are not its
     parameters' (its own allocations, globals) into what it points to.  */
  bool *content_foreign;
  /* Per parameter: what the callee stores into what it points to is
     copied as bytes (memcpy, strcpy): pointers may land in fields that
     hold none, where reading them by name takes them for data.  */
  bool *content_raw;
  /* Per parameter: the callee may free (or realloc) memory the parameter
     reaches.  Escape says nothing about this; moving an object to the
     stack needs it.  */
  bool *frees;
  /* Per parameter that FREES: the fewest derefs after which what it
     points to may be freed (0: its own object, 1: what that points to,
     and deeper).  Callers free everything it reaches; the link check
     (summaries.c) compares it with where a summary sends it to the
     heap.  */
  int *frees_from;
  /* Per parameter: its type carries no pointer (an integer, a float):
     a caller's argument for it is a value computed from a pointer, if
     anything, which exposes the pointer (docs/design.md, "Pointer
     bits"), so the caller's objects behind it escape already.  False
     when not known.  */
  bool *scalar;
  /* Per parameter: what it points to is read as data (its bytes computed
     with) through named fields of its pointee type that hold no pointers,
     a read LEAKS.DATA leaves out: under -fno-strict-aliasing only a
     caller knows whether the object is of that type.  A call whose
     argument is the address of a variable declared of type POINTEE_TYPE
     reads none of its pointers; one handing on its own parameter
     declared so says the same of it in turn; any other is read as data
     (leaks.data 1).  */
  bool *typed_reads;
  /* Per parameter: the identity of its pointee type within the unit
     (esc_param_pointee_type), 0 when unknown or not comparable (a
     summary from a file, of another unit): then TYPED_READS is read as
     data at every call.  */
  int *pointee_type;
  /* Per parameter: what it points to may be written other than through
     named fields of its pointee type, or the parameter handed where it
     may be (esc_param_punned): a caller's variable handed there is not
     trusted to be of its type for typed reads.  Not in the summaries
     file: a summary from there has no POINTEE_TYPE, which says as
     much.  */
  bool *punned;
  /* A model of the C library's (libc.c): what it writes into memory it is
     handed is all in its flows.  A function of the program's may move a
     pointer within the object it is handed (c[0] = c[1]), which no flow
     records (the object holds the same pointers): typed reads trust
     only the library with a variable handed to a parameter of no type.  */
  bool libc;
  /* The callee may store into memory it reaches by loading pointers: the
     caller's deeper objects may then hold any pointer.  */
  bool writes_deep;
  /* Per parameter: the same, into the caller's objects below what the
     parameter points to only (the stores reach no others): a caller
     clobbers below that argument, and below all with WRITES_DEEP.  */
  bool *writes_deep_into;
  /* The result may point to memory other than what the parameters reach.  */
  bool result_foreign;
  /* The function may run code of another unit, while it runs: it calls
     a function defined elsewhere (a summary from a file included), code
     nobody sees (through a pointer, a function without a body), or the C
     library where it may call back (esc_libc_calls_back).  False says
     that everything it may run is its own unit's, which a caller in
     another unit is not: that caller cannot be re-entered through it.
     The GCC layer clears it once its unit is solved; true otherwise.  */
  bool calls_out;
  /* Arguments past NPARAMS (varargs): derefs to the heap, or
     ESC_LEAK_NONE; and into what parameter VARARG_INTO points to at
     VARARG_INTO_DEREFS (sprintf's buffer), or -1.  */
  int vararg_heap;
  int vararg_into;
  int vararg_into_derefs;
  /* The callee writes pointers of its own into what varargs point to.  */
  bool vararg_foreign;
  /* Derefs after which varargs are read as data (printf's %s reads what
     they point to: 1), or ESC_LEAK_NONE; as esc_leaks.data.  */
  int vararg_data;
  /* The format varargs are printed under, which decides whether they
     escape: text printed with %p can be scanned back into the pointer.
     ESC_FORMAT_SAFE: none that may print one (the fields above say it
     all); a parameter index K: the format the caller passes there, which
     the caller checks as it checks a printf's (esc_call_arg_format: a
     literal without %p leaves the fields above, anything else makes them
     escape); ESC_FORMAT_ANY: one that may print a pointer, so they
     escape.  */
  int vararg_format;
  /* The parameter that is a va_list the callee prints from (vprintf's ap,
     a logger's helper): what it holds is its caller's varargs, which the
     vararg fields describe (a call's own arguments past the prototype
     escape).  -1: none, or one whose contents are not followed, whose
     caller's varargs escape.  */
  int va_list_param;
  /* Set by the GCC layer for functions outside call-graph cycles; not
     joined (a recursive function is never an allocator).  */
  esc_alloc_summary alloc;
  /* Fresh objects, owners first (esc_summary_add_fresh); only for
     functions outside call-graph cycles, never joined.  */
  esc_fresh *fresh;
  int nfresh;
} esc_summary;

/* A summary that says nothing flows: the start of a fixed point.  */
esc_summary *esc_summary_new (const char *name, int nparams);
void esc_summary_free (esc_summary *s);

/* S seen through a copy of its function that takes only parameters
   FROM[0..N-1] of S's (FROM[K]: the one that is the copy's K-th), the
   others fixed in the copy (GCC's ipa-cp clones): a new summary, or NULL
   when a parameter left out takes part in anything S says, or FROM is not
   a selection.  */
esc_summary *esc_summary_select (const esc_summary *s, const int *from, int n);

/* Does S write through pointers it loads, below any argument?  */
bool esc_summary_writes_deep (const esc_summary *s);

/* The summary of a solved graph.  */
esc_summary *esc_summary_of (esc_graph *g);

/* The start of a fixed point over G's function: nothing flows, the
   contents of a va_list parameter it follows included.  */
esc_summary *esc_summary_start (const esc_graph *g);

/* Make INTO say everything FROM says too; true if INTO changed.  Summaries
   only grow, which makes a fixed point over recursion terminate.  */
bool esc_summary_join (esc_summary *into, const esc_summary *from);
/* Lower the leak level *INTO to FROM if FROM is a leak and *INTO none
   or a higher level; whether it changed.  */
bool esc_leak_lower (int *into, int from);

/* S as text for GCC's dump file, every field, one fact a line
   (summary-dump.c), so that tests can read a summary itself.  */
void esc_summary_dump (FILE *out, const esc_summary *s);

/* Calls.  A call to CALLEE (an index the caller chooses, -1 for unknown or
   indirect) named NAME, explained by NOTE.  Arguments and the result are
   value locations the builder made.  */
int esc_call_new (esc_graph *g, int callee, const char *name, int nargs,
		  esc_note note);
void esc_call_arg (esc_graph *g, int call, int index, esc_loc arg);
void esc_call_result (esc_graph *g, int call, esc_loc result);
/* Argument INDEX points to a local whose type has no named field that
   holds no pointers (a scalar, an array of them): bytes copied there
   cannot be read through such a field.  */
void esc_call_arg_plain (esc_graph *g, int call, int index);

/* Argument INDEX points to memory that holds numbers in named fields (a
   struct with a number in it, a field that holds no pointers): bytes the
   callee copies from there into another argument's memory may be read
   back as any pointer, so that memory gets unknown contents.  */
void esc_call_arg_numbers (esc_graph *g, int call, int index);

/* Argument INDEX points into a field of a struct whose type holds no
   pointers (&s->name, s->buf + i): the callee reading its bytes reads no
   pointer of ours, and a pointer it stores there becomes bytes, which
   exposes it.  */
void esc_call_arg_confined (esc_graph *g, int call, int index);

/* Argument INDEX is the address of a variable declared of the struct type
   whose identity is TYPE (esc_param_pointee_type), at its start: an
   object of that type, whose named fields that hold no pointers hold
   none, if every write into it is through its fields' names: VAR, its
   location, is trusted so unless a call hands it where it may be
   written otherwise (esc_summary.punned); the GCC layer passes only a
   variable that this function writes by its fields' names alone and
   whose address it only hands to calls.  */
void esc_call_arg_typed (esc_graph *g, int call, int index, int type,
			 esc_loc var);
/* Local variable VAR (a location of this graph) is read as data through a
   named field that holds no pointers, under -fno-strict-aliasing: no
   pointer bytes are read if every write into it goes through its
   fields' names, which the GCC layer saw in this function; a call handing
   it where it may be written otherwise (esc_call_arg_typed) makes the
   read expose what it holds (esc_bytes_read, with NOTE) after all.  */
void esc_var_typed_read (esc_graph *g, esc_loc var, esc_note note);

/* Argument INDEX is the calling function's parameter PARAM as it came
   in: a typed read there is one of the caller's own parameter, if its
   pointee type is the same (esc_summary.typed_reads).  */
void esc_call_arg_own_param (esc_graph *g, int call, int index, int param);
/* If the callee turns out to be an allocator (esc_alloc_summary), the
   call's result points to SITE, an ESC_ALLOC location the builder made,
   and esc_call_is_alloc says so after solving.  */
void esc_call_alloc_site (esc_graph *g, int call, esc_loc site);
bool esc_call_is_alloc (const esc_graph *g, int call);
/* The free site made for a call of a deallocator, or -1.  */
int esc_call_free_site (const esc_graph *g, int call);
int esc_call_count (const esc_graph *g);

/* What a value is as a printf format: ESC_FORMAT_SAFE, a string literal
   that prints no pointer (no %p); ESC_FORMAT_ANY, anything else; an index
   K >= 0, the calling function's parameter K as it came in.  The same
   words say, in a summary, what varargs are printed under
   (esc_summary.vararg_format), where ESC_FORMAT_SAFE < K < ESC_FORMAT_ANY
   (esc_format_join).  */
#define ESC_FORMAT_SAFE (-1)
#define ESC_FORMAT_ANY (-2)
int esc_format_join (int a, int b);

/* Argument INDEX of call CALL as a printf format (ESC_FORMAT_ANY until
   said): where the callee prints its varargs under the format it takes
   there (esc_summary.vararg_format), they escape unless it is
   ESC_FORMAT_SAFE.  */
void esc_call_arg_format (esc_graph *g, int call, int index, int format);

/* Argument INDEX of call CALL is the calling function's varargs: a
   va_list holding them (esc_graph_varargs_followed).  Where the callee
   prints from its va_list parameter INDEX, the caller's varargs go where
   the callee's summary sends that va_list's contents, under the format
   the call hands it; anywhere else they escape.  */
void esc_call_va_list (esc_graph *g, int call, int index);

/* The summary of function CALLEE, or NULL if there is none.  */
typedef const esc_summary *(*esc_summary_lookup) (void *ctx, int callee);

/* Why callee CALLEE has no summary, in words that follow "call parameter,
   " in a path ("sink is defined in another unit"), written into BUF; false
   for none.  Set by the GCC layer, which knows where functions live.  */
typedef bool (*esc_unknown_why_fn) (int callee, char *buf, size_t size);
void esc_set_unknown_why_hook (esc_unknown_why_fn fn);

/* Wire every call through LOOKUP's summaries (a call without one sends its
   arguments to the heap), then solve.  esc_solve is this with no LOOKUP.  */
void esc_solve_with (esc_graph *g, esc_summary_lookup lookup, void *ctx);

/* A copy of an unsolved graph, to solve again in a fixed point.  */
esc_graph *esc_graph_clone (const esc_graph *g);

/* Fresh objects (fresh.c).  Does solved graph G have an allocation outside
   loops that escapes, which might be one?  */
bool esc_has_fresh_candidates (const esc_graph *solved);
/* Can UNSOLVED, once wired through LOOKUP's summaries and solved, have
   any (esc_has_fresh_candidates)?  False only when no allocation outside
   loops can be where a flow starts, so that the unsolved copy
   esc_solve_fresh needs is not worth making.  */
bool esc_may_have_fresh_candidates (const esc_graph *unsolved,
				    esc_summary_lookup lookup, void *ctx);
/* Solve a copy of UNSOLVED with fresh candidates, dropping those that
   escape anyway until none does; the solved copy, for esc_summary_of and
   esc_summary_add_fresh.  SOLVED is UNSOLVED solved as usual, which
   narrows the candidates down.  */
esc_graph *esc_solve_fresh (const esc_graph *unsolved,
			    const esc_graph *solved,
			    esc_summary_lookup lookup, void *ctx);
/* Describe the fresh objects of H (from esc_solve_fresh) in S; LOOKUP
   gives the callees' summaries, for the chains.  */
void esc_summary_add_fresh (esc_summary *s, esc_graph *h,
			    esc_summary_lookup lookup, void *ctx);
/* Is L an object H hands its caller?  */
bool esc_fresh_owned (const esc_graph *h, esc_loc l);

/* The sites call CALL made for its callee's fresh objects: *OUT[k] for
   fresh object K of the callee's summary (-1 where none); the count.  */
int esc_call_fresh_sites (const esc_graph *g, int call, const esc_loc **out);

/* The C library's model, by name (with or without "__builtin_"), or NULL.  */
const esc_summary *esc_libc_summary (const char *name);

/* A C library function that calls a function it is handed (qsort's
   comparator) with pointers it makes from its other arguments: with the
   callback's summary, a call is wired through REST (what the library does
   itself) and the callback's flows, each of its parameters standing for
   the arguments FROM names (esc_call_callback).  */
#define ESC_CALLBACK_OWN (1u << 31)	/* The library's own memory.  */
typedef struct esc_libc_callback
{
  const esc_summary *rest;
  int fn;			/* The parameter that is the callback.  */
  int nargs;			/* The callback's parameters.  */
  unsigned *from;		/* Per callback parameter: a bit per
				   parameter it may point into, and
				   ESC_CALLBACK_OWN.  */
} esc_libc_callback;

/* The model of library function NAME if it calls back that way, or NULL
   (no "__builtin_" forms: GCC has none of these).  */
const esc_libc_callback *esc_libc_callback_model (const char *name);

/* Argument INDEX of call CALL is function CALLBACK (an index for the
   lookup): if the callee is a C library function that calls it
   (esc_libc_callback) and it has a summary, the call is wired through it
   instead of the library's model for an unknown callback.  */
void esc_call_callback (esc_graph *g, int call, int index, int callback);

/* Indirect call CALL may call only the functions TARGETS (indices for the
   lookup): it is wired through each one's summary, if every one has one
   that fits (else as unknown).  */
void esc_call_targets (esc_graph *g, int call, const int *targets, int n);

/* May the C library function NAME run code of the program, nested, before
   it returns: a callback it is handed (qsort's comparator), or one the
   program registered earlier (a fopencookie stream's functions under any
   stdio call on a stream, module constructors under dlopen)?  Then
   the caller may be re-entered.  */
bool esc_libc_calls_back (const char *name);

#ifdef __cplusplus
}
#endif

#endif /* ESCAPE_SUMMARY_H */
