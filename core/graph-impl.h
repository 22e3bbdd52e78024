/* graph-impl.h - the representation behind lattice.h, of the lattice:
   locations with their incoming edges, stores, calls, free sites.  Only
   core/ includes it.  */

#ifndef ESCAPE_GRAPH_IMPL_H
#define ESCAPE_GRAPH_IMPL_H

#include <stdint.h>
#include "lattice.h"
#include "memory.h"

typedef struct esc_edge
{
  esc_loc src;
  int derefs;
  esc_note note;
  /* Into the heap or data: another statement making the same flow (the
     edge itself is kept once), or ESC_NO_NOTE.  Reports count it as a
     route of its own (esc_sink_routes).  */
  esc_note also;
} esc_edge;

/* A recorded explanation: the flow path at the moment it was found.  */
typedef struct esc_path
{
  esc_step *steps;
  int n;
} esc_path;

typedef struct esc_location
{
  esc_loc_kind kind;
  char *name;
  int depth;
  esc_pos pos;
  int param_index;		/* ESC_PARAM, ESC_PARAM_CONTENT: which.  */
  esc_loc content;		/* ESC_PARAM: its ESC_PARAM_CONTENT.  */
  esc_loc deep;			/* ESC_PARAM: its ESC_PARAM_DEEP, or -1.  */
  esc_loc reach;		/* A value pointing to every object this one
				   reaches (call.c, deep_reach), or -1.  */
  /* An object with its fields apart (fields.c): the cell for what is
     written into it other than by a field's bytes, where every flow into
     it goes instead (esc_add_edge), or -1; and its first field record
     (esc_graph.fields), or -1.  */
  esc_loc whole;
  int fields;
  int copies;			/* Its first copy record, or -1.  */
  int nparts;			/* Its field and copy records.  */
  bool mixed;			/* A call may have moved values between its
				   fields: WHOLE holds it all (solve.c).  */
  esc_loc field_obj;		/* A cell, read or WHOLE of this object.  */

  esc_edge *edges;		/* Incoming flows.  */
  int nedges, cap;

  /* Attributes, only ever growing.  */
  bool escapes;
  bool by_loop;			/* Escapes only through loop depth.  */
  int restart;			/* If BY_LOOP: every holder is dead at the
				   header of its enclosing loop of this depth
				   (0: none), so it dies there too.  */
  bool content_unknown;		/* Has an edge from the heap's address.  */
  bool clobbered;		/* ESC_PARAM_CONTENT: a call may have written
				   any pointer into it.  */
  esc_leaks leaks;		/* ESC_PARAM only.  */
  /* ESC_PARAM: the identity of the struct type it is declared to point
     to (esc_param_pointee_type), 0 for none; and whether that object is
     read as data only through named fields of that type that hold no
     pointers (esc_param_typed_read).  */
  int pointee_type;
  bool typed_read;
  /* ESC_PARAM: what it points to may be written other than through named
     fields of its pointee type, or the parameter handed where it may be
     (esc_param_punned).  ESC_VAR: a call handing over its address
     (esc_call_arg_typed) goes where it may be so written.  */
  bool punned;
  /* A fresh-object candidate (fresh.c): an allocation this function may
     hand its caller, which then does not escape by reaching the result or
     the caller's objects; OWNER is what holds it for the caller
     (ESC_LOC_RESULT, a parameter's ESC_PARAM_CONTENT, or another fresh
     object), -1 none yet.  */
  bool fresh;
  esc_loc owner;
  esc_path why;			/* Escape, or heap/content leak.  */
  esc_path why_result;		/* Leak to the result.  */

  /* Walk scratch.  */
  unsigned walkgen;
  int derefs;
  esc_loc dst;
  int dst_edge;
  bool queued;
  unsigned ptsgen;
  unsigned reachgen;		/* Marks for reach_points_to (solve.c).  */
  unsigned ptsmask;		/* Distances reached by esc_points_to.  */
  bool in_pts;
  unsigned seengen;		/* Marks for a memoised points-to walk.  */
  unsigned ptspend;		/* Its derefs reached, not yet gone on from.  */
  /* EDGE_VERSION when an incoming edge was last added or removed: a
     points-to answer that went through this location's edges before
     then is out of date (solve.c, esc_pts_memo).  */
  unsigned long changed;
} esc_location;

/* A points-to answer kept for the next question about the same pointer
   (solve.c, points_to): the objects, and the locations whose edges the
   walk went through, each with the derefs it was reached at and how many
   edges it had.  VERSION: the EDGE_VERSION it is up to date with.  */
typedef struct esc_pts_memo
{
  bool have;
  bool stale;			/* Found out of date since VERSION.  */
  unsigned long version;
  unsigned long holds_at;	/* Last found up to date at this version.  */
  esc_loc *pts;
  struct { esc_loc loc; unsigned mask; int nedges; } *seen;
  int npts, nseen, seen_cap;
  /* For a reach value (call.c, deep_reach) instead: the objects its
     argument reaches, exact at EDGE_VERSION REACH_VERSION (solve.c,
     reach_points_to).  */
  bool reach_have;
  unsigned long reach_version;
  esc_loc *reach_pts;
  int nreach_pts;
} esc_pts_memo;

typedef struct esc_note_rec
{
  char *where;
  char *why;
  esc_pos pos;
} esc_note_rec;

typedef struct esc_store_rec
{
  esc_loc ptr;
  esc_loc src;
  int derefs;
  esc_note note;
} esc_store_rec;

typedef struct esc_call_rec
{
  int callee;			/* -1: unknown or indirect.  */
  char *name;			/* NULL for an indirect call.  */
  int nargs;
  esc_loc *args;		/* -1 where an argument carries nothing.  */
  esc_loc result;		/* -1 without a followed result.  */
  esc_note note;
  int *format;			/* Per argument: esc_call_arg_format.  */
  int va_list_arg;		/* esc_call_va_list, or -1.  */
  bool *confined;		/* Per argument: it points into a field that
				   holds no pointers (esc_call_arg_confined).  */
  bool *plain;			/* Per argument: esc_call_arg_plain.  */
  bool *numbers;		/* Per argument: esc_call_arg_numbers.  */
  int *typed;			/* Per argument: esc_call_arg_typed, or 0,  */
  esc_loc *typed_var;		/* with its variable.  */
  int *own_param;		/* Per argument: esc_call_arg_own_param, or
				   -1.  */
  int cb_arg, cb_callee;		/* esc_call_callback, or -1.  */
  int *targets, ntargets;	/* esc_call_targets.  */
  esc_loc alloc_site;		/* The site the call is if the callee turns
				   out to be an allocator, or -1.  */
  bool wired_alloc;		/* Out: it was.  */
  int free_site;		/* Out: the free site of a deallocator
				   callee, or -1.  */
  /* Out: the caller's sites for the fresh objects the callee hands over
     (esc_fresh), FRESH_SITES[k] for its fresh object K, -1 where none.  */
  esc_loc *fresh_sites;
  int nfresh_sites;
} esc_call_rec;

struct esc_graph
{
  char *fname;
  esc_location *locs;
  int nlocs, locs_cap;
  esc_note_rec *notes;
  int nnotes, notes_cap;
  esc_store_rec *stores;
  int nstores, stores_cap;
  esc_loc *params;		/* By index; -1 for a gap.  */
  int nparams;
  esc_call_rec *calls;
  int ncalls, calls_cap;
  bool calls_wired;
  bool varargs_unread;		/* esc_graph_varargs_unread.  */
  bool varargs_followed;	/* esc_graph_varargs_followed,  */
  int va_list_param;		/* with its parameter or -1.  */
  /* Out (call.c, follow_va_list): where the calls handing them on send
     the varargs, as summary fields (heap and data levels, foreign, the
     format they are printed under).  */
  struct { int heap, data, format; bool foreign; } va;
  struct { esc_loc arg; esc_free_kind kind; int family; bool pinned;
	   bool guardable; bool releasable; bool grows; int release_family;
	   int call,
	   call_arg; } *frees;
  int nfrees, frees_cap;
  struct { esc_loc dst, src; } *rreturns;	/* esc_realloc_return.  */
  int nrreturns, rreturns_cap;
  /* Values whose objects, and all those reach, may hold any pointer
     afterwards (a callee that writes through pointers it loads).  */
  esc_loc *clobbers;
  int nclobbers, clobbers_cap;
  /* Reads of local variables by a number field's name that hold if the
     variable is written only by its fields' names (esc_var_typed_read):
     read as data at wiring if a call may write it otherwise.  */
  struct { esc_loc var; esc_note note; } *var_reads;
  int nvar_reads, var_reads_cap;

  /* Cells and reads of objects' fields (fields.c), chained per object.  */
  struct { esc_loc obj, loc; long off, size; bool read; int next; } *fields;
  int nfields, fields_cap;
  /* Bytes of one object copied into another's (esc_field_copy), chained
     per destination.  */
  struct { esc_loc dst, src; long doff, soff, size; esc_note note;
	   int next; } *copies;
  int ncopies, copies_cap;
  /* Arguments of calls through a body's summary, which may have moved
     a value between two fields of an object they reach (a skipped
     self-assignment): those objects' fields are mixed (solve.c).  */
  struct { esc_loc arg; esc_note note; } *mixes;
  int nmixes, mixes_cap;

  /* Edge set for de-duplication: open addressing, 0 = empty.  */
  uint64_t *edge_keys;
  size_t edge_cap, edge_count;
  unsigned long edge_version;	/* Bumped on every new edge.  */
  unsigned long removed_version;	/* When an edge was last removed.  */

  unsigned walkgen;
  unsigned ptsgen;
  unsigned reachgen;
  esc_pts_memo *memo;		/* Per location, for points_to (solve.c).  */
  int memo_cap;
  esc_loc *pts;			/* esc_points_to's answer.  */
  int npts, pts_cap;
  esc_loc *stack;		/* Walk worklist.  */
  int stack_cap;
};

/* graph.c: building, and helpers every core file uses.  */
bool esc_add_edge (esc_graph *g, esc_loc dst, esc_loc src, int derefs,
		   esc_note note);
/* The same, into DST itself even if its fields are apart (fields.c).  */
bool esc_add_edge_exact (esc_graph *g, esc_loc dst, esc_loc src, int derefs,
			 esc_note note);
/* Record edge DST <- SRC (DEREFS) in the de-duplication set only.  */
void esc_edge_set_add (esc_graph *g, esc_loc dst, esc_loc src, int derefs);
bool esc_is_object (const esc_location *l);
/* Location L's incoming edges changed other than by esc_add_edge.  */
void esc_edges_changed (esc_graph *g, esc_loc l);
void esc_pts_memo_free (esc_graph *g);

/* call.c: wire every call through LOOKUP's summaries, once.  */
struct esc_summary;
void esc_wire_calls (esc_graph *g,
		     const struct esc_summary *(*lookup) (void *, int),
		     void *ctx);

/* solve.c */
void esc_path_record (esc_graph *g, esc_path *path, esc_loc from);
void esc_clobber (esc_graph *g, esc_loc root);
void esc_solve_graph (esc_graph *g);
void esc_stores_by_ptr (const esc_graph *g, int *order);

/* A walk over (location, derefs) pairs from ROOT (solve.c).  AT is told of
   each pair reached at derefs >= 0 and says whether to go on through that
   location's incoming edges; ADDRESS is told once of each location whose
   address is reached (derefs -1) and returns false to end the walk.  */
typedef struct esc_level_walker
{
  bool (*at) (esc_graph *g, esc_loc l, int derefs, void *ctx);
  bool (*address) (esc_graph *g, esc_loc l, void *ctx);
  void *ctx;
} esc_level_walker;

void esc_walk_levels (esc_graph *g, esc_loc root, int derefs,
		      const esc_level_walker *w);
void esc_walk_levels_from (esc_graph *g, const esc_loc *roots, int nroots,
			   int derefs, const esc_level_walker *w);
void esc_leaks_alloc_content (esc_graph *g, esc_leaks *lk);
void esc_reachable_params (esc_graph *g, esc_loc from, bool *params);
/* The objects value FROM points to, and those their contents point to,
   and so on (the heap and the caller's deeper objects included, not gone
   through); a new array, and its length.  */
int esc_pointed_closure (esc_graph *g, esc_loc from, esc_loc **out);

#define GROW(arr, n, cap)						\
  do {									\
    if ((n) >= (cap))							\
      {									\
	(cap) = (cap) ? 2 * (cap) : 16;					\
	(arr) = esc_xrealloc ((arr), (size_t) (cap) * sizeof *(arr));	\
      }									\
  } while (0)

#endif /* ESCAPE_GRAPH_IMPL_H */
