/* lattice.h - the escape lattice: locations, edges weighted by derefs, notes.

   This is Go's escape-analysis lattice (cmd/compile/internal/escape) adapted
   to C.  A *location* is abstract storage: a variable, an SSA value, a
   parameter, the function result, the storage of an allocation site, or a
   sink (the heap, the discard).  An *edge* dst <- src says src's value flows
   into dst after DERefs dereferences: -1 is "dst = &src", 0 is "dst = src",
   +k is "dst = *...*src".  Every location knows its loop depth.

   Unlike Go, a store through a pointer, "*p = v", sends v into the objects p
   may point to (computed from this same graph), not to the heap.  So data
   built in local memory stays local, and memory that escapes takes its
   contents with it.

   This header is plain C with no GCC headers, so the lattice, the solver and
   the report writers can be unit-tested alone.  Strings passed in are copied,
   except esc_pos.file, which must outlive the graph (GCC keeps file names).  */

#ifndef ESCAPE_LATTICE_H
#define ESCAPE_LATTICE_H

#include <stdbool.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum esc_loc_kind
{
  ESC_HEAP,		/* The heap: globals, statics, memory we cannot see.  */
  ESC_DISCARD,		/* Values that are dropped (free's argument).  */
  ESC_RESULT,		/* The function's return value.  */
  ESC_PARAM,		/* A parameter's incoming value.  */
  ESC_PARAM_CONTENT,	/* The caller's object a parameter points to.  */
  ESC_VAR,		/* A local object in memory (address taken, aggregate).  */
  ESC_VALUE,		/* An SSA value or temporary.  */
  ESC_ALLOC,		/* The storage of an allocation site.  */
  ESC_PARAM_DEEP	/* The caller's objects reached through what a
			   parameter points to (esc_graph_deep_params).  */
} esc_loc_kind;

/* A source position; FILE may be NULL for "unknown".  */
typedef struct esc_pos
{
  const char *file;
  int line;
  int column;
} esc_pos;

typedef int esc_loc;		/* Index of a location in its graph.  */
typedef int esc_note;		/* Index of a note, or ESC_NO_NOTE.  */

#define ESC_NO_NOTE (-1)

/* Locations every graph has, at fixed indices.  */
#define ESC_LOC_HEAP 0
#define ESC_LOC_DISCARD 1
#define ESC_LOC_RESULT 2
/* Pointers read as data (their bits computed with, printed, compared as
   numbers) go here: esc_bytes_read.  It makes what reaches it escape,
   as the heap does; a parameter that reaches it is summarised apart, so
   that a caller can tell its own objects' bytes from the pointers.  */
#define ESC_LOC_DATA 3

/* Derefs are counted up to this; a longer chain counts as this many.
   Rounding down only makes flows look closer, which is conservative.  */
#define ESC_MAX_DEREFS 8

/* "No flow" in a leak vector.  */
#define ESC_LEAK_NONE (-1)

/* Where a parameter's value goes, as the minimal derefs on the way, or
   ESC_LEAK_NONE.  CONTENT[i] is the flow into what parameter i points to.
   For the result and the caller's objects the minimum is not enough: a
   callee that may return p or p->next must be wired both ways, because a
   caller stores through what it gets back.  So these flows also keep the
   set of levels, bit D for D derefs (bit ESC_MAX_DEREFS: that many or
   more).  The heap needs only the minimum: what escapes takes everything
   it points to along.  */
typedef struct esc_leaks
{
  int heap;
  int data;			/* To ESC_LOC_DATA: its pointers read as data
				   after DATA derefs (1: what it points to
				   holds them).  */
  int result;
  unsigned result_levels;
  int nparams;
  int *content;
  unsigned *content_levels;
  /* DEEP[i]: the flow into the caller's objects reached through what
     parameter i points to (ESC_PARAM_DEEP), with its levels.  */
  int *deep;
  unsigned *deep_levels;
} esc_leaks;

/* The levels of a flow: its set, plus its minimum.  */
unsigned esc_levels (int min, unsigned levels);

/* One step of an explanation: DST = (DEREFS) SRC, because of NOTE.  */
typedef struct esc_step
{
  esc_loc dst;
  esc_loc src;
  int derefs;
  esc_note note;
} esc_step;

typedef struct esc_graph esc_graph;

/* Building.  */
esc_graph *esc_graph_new (const char *function_name);
void esc_graph_free (esc_graph *g);
/* The function has no way to read arguments past its parameters (a
   variadic function that never calls va_start): they flow nowhere.  */
void esc_graph_varargs_unread (esc_graph *g);
/* Every use the function makes of its variadic arguments, or, with
   VA_LIST_PARAM >= 0, of what its va_list parameter of that index holds
   (its caller's varargs), is a call handing them on (esc_call_va_list):
   its summary says where those calls send them, instead of that they
   escape (docs/design.md, "Formats between functions").  */
void esc_graph_varargs_followed (esc_graph *g, int va_list_param);

/* A new location of KIND (not ESC_PARAM: see esc_param_new) named NAME at
   LOOP_DEPTH.  POS is where it is declared or allocated.  */
esc_loc esc_loc_new (esc_graph *g, esc_loc_kind kind, const char *name,
		     int loop_depth, esc_pos pos);

/* Parameter number INDEX (from 0).  Creates its value location and the
   location of the caller's object it points to (ESC_PARAM_CONTENT), which
   outlives the function and holds unknown pointers.  Returns the value.  */
esc_loc esc_param_new (esc_graph *g, const char *name, int index,
		       esc_pos pos);
esc_loc esc_param_content (const esc_graph *g, esc_loc param);
/* Give every pointer parameter of unsolved graph G a location for the
   caller's objects reached through what it points to (ESC_PARAM_DEEP,
   "**p"): what the caller's object holds points there, and it holds
   pointers to itself, instead of the heap.  Stores into it are the
   caller's to wire (leaks.deep), as stores into *p are.  Used for the
   members of call-graph cycles, whose walkers store into the caller's
   deeper objects through their recursive calls.  */
void esc_graph_deep_params (esc_graph *g);

/* A parameter that is not a pointer (an integer, a float): it can hold an
   address only if the caller converted a pointer, which made that object
   escape, so it points to the heap rather than to an object of the
   caller's.  */
esc_loc esc_param_new_scalar (esc_graph *g, const char *name, int index,
			      esc_pos pos);

/* Parameter PARAM (its value location) is declared to point to a struct
   type whose identity in this unit is TYPE (> 0; the GCC layer gives
   TYPE_UID).  Under GCC's -fno-strict-aliasing dialect the memory behind
   a pointer is not trusted to be of the type it is read as: a call
   decides, where its argument is a variable declared of that type
   (esc_call_arg_typed, esc_summary.typed_reads).  */
void esc_param_pointee_type (esc_graph *g, esc_loc param, int type);
/* What PARAM points to is read as data through a named field of its
   pointee type that holds no pointers: those bytes hold no pointer when
   the object is of that type, which the caller knows; the read exposes
   nothing here (no esc_bytes_read), and the summary says it instead.  */
void esc_param_typed_read (esc_graph *g, esc_loc param);
bool esc_param_typed_reads (const esc_graph *g, esc_loc param);
/* What PARAM points to may be written other than through named fields of
   its pointee type (a store through another type, at an offset, a copy
   of the pointer, the pointer stored or returned): a variable of the
   caller's handed there is not trusted to be of its type, whose number
   fields might then hold pointer bytes.  Calls handing the parameter to
   a callee that may do so say it too (call.c).  */
void esc_param_punned (esc_graph *g, esc_loc param);

/* Why a flow exists: WHERE is the statement as text ("q = p"), WHY a short
   reason ("assign", "return", "call parameter").  */
esc_note esc_note_new (esc_graph *g, const char *where, const char *why,
		       esc_pos pos);

/* DST = (DEREFS) SRC.  DEREFS >= -1.  Duplicate edges are dropped.  */
void esc_flow (esc_graph *g, esc_loc dst, esc_loc src, int derefs,
	       esc_note note);

/* *PTR = (DEREFS) SRC: SRC flows into every object PTR may point to.  */
void esc_store (esc_graph *g, esc_loc ptr, esc_loc src, int derefs,
		esc_note note);

/* Fields (core/fields.c).  OBJ is a local object (ESC_VAR, ESC_ALLOC) the
   caller has reached by a pointer to its start (its address, an
   allocator's result, copies of those), or by name; OFF and SIZE are the
   bytes the access covers, from the object's start.  A store of those
   bytes alone goes into the location esc_field_cell returns; a load of
   them reads the location esc_field_read returns, which holds every cell
   of OBJ the bytes overlap and whatever else is written into OBJ (any flow
   into OBJ itself: a store through another pointer, a callee's, the
   heap's address once it escapes).  OBJ itself, as every other reader
   sees it, holds all of them.  Paths name these locations as OBJ.  */
esc_loc esc_field_cell (esc_graph *g, esc_loc obj, long off, long size);
esc_loc esc_field_read (esc_graph *g, esc_loc obj, long off, long size);
/* SIZE bytes of SRC from SOFF are copied into DST's from DOFF, at NOTE
   (a struct assigned whole): a read of DST's bytes there reads those of
   SRC, not all of them.  */
void esc_field_copy (esc_graph *g, esc_loc dst, long doff, esc_loc src,
		     long soff, long size, esc_note note);
/* The object whose field location L is, or L.  */
esc_loc esc_field_object (const esc_graph *g, esc_loc l);
/* Has any object of G its fields apart?  */
bool esc_fields_any (const esc_graph *g);
/* Is step S one between an object and its own fields' locations, which
   paths do not print (no statement made it)?  */
bool esc_step_within_object (const esc_graph *g, const esc_step *s);

/* Where memory may be freed: this function's own free (the transform may
   delete it), a realloc, or a callee whose summary says it frees what the
   argument reaches.  ARG is the value handed over.  Returns an index.  */
typedef enum esc_free_kind
{
  ESC_FREE_HERE,
  ESC_FREE_REALLOC,
  ESC_FREE_CALLEE
} esc_free_kind;

int esc_free_new (esc_graph *g, esc_loc arg, esc_free_kind kind);
/* The same, for a deallocator of FAMILY (allocators.h); esc_free_new is
   the C library's.  The transform deletes a free only for objects of its
   own family.  */
int esc_free_new_in (esc_graph *g, esc_loc arg, esc_free_kind kind,
		     int family);
int esc_free_family (const esc_graph *g, int free_site);
/* Free site K may not be deleted (its call may throw): the objects it may
   free stay on the heap.  */
void esc_free_pin (esc_graph *g, int free_site);
/* Realloc site K can be rewritten to grow a stack slot into a new heap
   block (the C library's realloc): moved objects may reach it.  */
void esc_free_set_guardable (esc_graph *g, int free_site);
bool esc_free_guardable (const esc_graph *g, int free_site);
/* A callee's free site (ESC_FREE_CALLEE) made for argument ARG of call
   record CALL (esc_call_new): esc_free_callsite returns CALL (and ARG), or -1
   for any other site.  */
void esc_free_set_callsite (esc_graph *g, int free_site, int call, int arg);
int esc_free_callsite (const esc_graph *g, int free_site, int *arg);
/* The callee of callee free site K can be replaced by a *release clone*
   that leaves the caller's slots alone: moved objects of FAMILY (that of
   every free the clone guards) may reach it.  */
void esc_free_set_releasable (esc_graph *g, int free_site, bool on,
			      int family);
bool esc_free_releasable (const esc_graph *g, int free_site);
/* Its callee may grow what it is handed by realloc (a grow clone, in
   passes/transform.cc): a slot it may receive gets room to grow in
   place, as for a realloc here.  */
void esc_free_set_grows (esc_graph *g, int free_site);
int esc_free_count (const esc_graph *g);
esc_free_kind esc_free_kind_of (const esc_graph *g, int free_site);
esc_loc esc_free_arg (const esc_graph *g, int free_site);

/* Memory read as data: a character, an integer or a float loaded from it,
   or its bytes read by a library function.  Pointers that memory holds are
   then exposed (their bits can be computed with, printed, and turned back
   into pointers), so they escape.  The memory is LOC itself with DEREFS
   -1 (a local in memory), else the objects LOC reaches after DEREFS
   dereferences and one more (DEREFS 0: what LOC points to).  It is the
   flow {data} = (DEREFS + 1) LOC; a parameter's memory read this way is
   its leak to {data}, which the caller wires to its own objects.  */
void esc_bytes_read (esc_graph *g, esc_loc loc, int derefs, esc_note note);

/* DST = SRC (0) because realloc may hand back its argument: a heap
   object's own block.  The transform grows a stack slot into a new block
   instead, so a slot never flows there (esc_graph_without_realloc_returns).  */
void esc_realloc_return (esc_graph *g, esc_loc dst, esc_loc src,
			 esc_note note);
int esc_realloc_return_count (const esc_graph *g);

/* A copy of unsolved graph G without its realloc returns: what escapes in
   it once solved escapes as a slot would.  */
esc_graph *esc_graph_without_realloc_returns (const esc_graph *g);

/* LOC must be treated as escaping whatever the flows say (IL the pass does
   not understand, irreducible loops).  Explained by NOTE.  */
void esc_force_escape (esc_graph *g, esc_loc loc, esc_note note);

/* Solving.  */
void esc_solve (esc_graph *g);

/* Queries, valid after esc_solve.  */
int esc_loc_count (const esc_graph *g);
esc_loc_kind esc_loc_kind_of (const esc_graph *g, esc_loc l);
const char *esc_loc_name (const esc_graph *g, esc_loc l);
esc_pos esc_loc_pos (const esc_graph *g, esc_loc l);
int esc_loc_depth (const esc_graph *g, esc_loc l);
int esc_param_index (const esc_graph *g, esc_loc param);
/* Parameter number INDEX's value location, or -1.  */
esc_loc esc_param_at (const esc_graph *g, int index);
int esc_param_count (const esc_graph *g);
bool esc_escapes (const esc_graph *g, esc_loc l);
/* True if L escapes only because a location of smaller loop depth keeps
   its address: it must outlive its loop iteration.  */
bool esc_escapes_by_loop (const esc_graph *g, esc_loc l);
/* For such an L, the depth of its enclosing loop at whose header every
   location keeping it is dead (its holders' loop depths, or their own
   restarts): it dies before that header runs again; 0: with the
   function.  0 for any other L.  */
int esc_loop_restart (const esc_graph *g, esc_loc l);
const esc_leaks *esc_param_leaks (const esc_graph *g, esc_loc param);
const char *esc_function_name (const esc_graph *g);

/* The objects PTR may point to after solving; returns the count and sets
   *OUT to an array owned by the graph, valid until the next call.  */
int esc_points_to (esc_graph *g, esc_loc ptr, const esc_loc **out);

/* The flow path that made L escape (or, for a parameter, leak to the heap
   or, with TO_RESULT, to the result): steps from L towards the root.
   Returns the count; *OUT is owned by the graph.  */
int esc_explain (const esc_graph *g, esc_loc l, bool to_result,
		 const esc_step **out);
const char *esc_note_where (const esc_graph *g, esc_note n);
const char *esc_note_why (const esc_graph *g, esc_note n);
esc_pos esc_note_pos (const esc_graph *g, esc_note n);

#ifdef __cplusplus
}
#endif

#endif /* ESCAPE_LATTICE_H */
