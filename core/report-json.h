/* report-json.h - the machine-readable report: one JSON document per
   translation unit (docs/report-json.md has the schema).

   Filled while the unit is reported, written once at the end, to a
   temporary file renamed into place: a reader never sees half a report,
   and under make -j every unit has its own file.  */

#ifndef ESCAPE_REPORT_JSON_H
#define ESCAPE_REPORT_JSON_H

#include "lattice.h"
#include "summary.h"

#ifdef __cplusplus
extern "C" {
#endif

#define ESC_JSON_SCHEMA_VERSION 1

/* The object file's section that records the unit's report (each
   document followed by a NUL: a linked file holds one per unit).  */
#define ESC_JSON_SECTION ".escape.report"

typedef struct esc_json_report esc_json_report;

typedef struct esc_json_unit
{
  const char *unit;		/* The main input file, as given.  */
  const char *directory;	/* The compile directory (absolute), or NULL.  */
  const char *source;		/* UNIT as an absolute path, or NULL.  */
  const char *gcc_version;
  const char *target;
  bool transform;
  long max_size;
  long frame_budget;
  long slot_size;
  bool make_dir;		/* Create the report's directory (the option
				   named it with a trailing '/').  */
  const char *lto;		/* lto1: the link's partition ("x.ltrans0"),
				   whose sites are the whole program's;
				   NULL in a compile.  */
  const char *link;		/* lto1: what the link's partitions share
				   (their inputs' temporary name), or
				   NULL.  */
  bool deferred;		/* A compile under -flto that leaves the
				   transform to lto1.  */
  /* The symbols of the C library's functions (or --wrap wrappers,
     "__wrap_NAME"; "*" for any, assembly at file scope) the unit
     defines: other units' calls of those names run its code (the
     summaries file says so: esc_summaries_replace_libc).  */
  const char *const *replaces_libc;
  int nreplaces_libc;
} esc_json_unit;

/* What the writer cannot read from the graph about a site.  */
typedef struct esc_json_site
{
  const char *allocator;	/* "malloc", "xmalloc", a field name.  */
  long long size;		/* Constant bytes, or -1.  */
  int reason;			/* esc_move_reason: ESC_MOVED if movable.  */
  bool moved;			/* The transform ran and moved it.  */
  int blocked;			/* For an escaping site, what else keeps it
				   on the heap (esc_move_site.blocked).  */
  const char *cause;		/* "extern-call", "interposable": its path
				   goes through a call the plugin could not
				   see into; NULL otherwise.  */
  long long slot;		/* A guarded slot's bytes, or 0.  */
  int pool;			/* The slots of its pool, or 0.  */
  /* A call handing over an object its callee made: where it is made,
     outermost first (esc_fresh's chain); NULL otherwise.  */
  const esc_fresh_link *made_by;
  int nmade_by;
} esc_json_site;

/* A function the unit defines, and what it is to its callers: an
   allocator or a deallocator wrapper (its summary's ALLOC, or NULL), so
   that a reader of every unit's report can declare the public ones for
   units that call them (escape-report --write-allocators).  */
typedef struct esc_json_function
{
  const char *name;
  esc_pos pos;			/* The definition.  */
  bool is_public;		/* External linkage, defined here: other
				   units can call it.  */
  const esc_alloc_summary *alloc;
  /* Its summary for other units' callers (esc_summary_json) and the
     summary's hash, or NULL when it publishes none.  */
  const char *summary;
  const char *summary_hash;
} esc_json_function;

esc_json_report *esc_json_report_new (const esc_json_unit *unit);
void esc_json_report_free (esc_json_report *r);

void esc_json_report_site (esc_json_report *r, const esc_graph *g,
			   esc_loc site, const esc_json_site *info);
/* FN into "functions".  */
void esc_json_report_function (esc_json_report *r,
			       const esc_json_function *fn);
/* PARAM's summary, with its -m=1 lines.  */
void esc_json_report_param (esc_json_report *r, const esc_graph *g,
			    esc_loc param);

/* FILE as an absolute path: DIR/FILE unless FILE is absolute, without
   "." segments or repeated slashes and with "name/.." folded, as
   escape-report shows paths.  Into OUT (SIZE bytes); false if it does not
   fit.  */
bool esc_abs_path (const char *dir, const char *file, char *out,
		   size_t size);

/* Where the report of the unit whose absolute source path is SOURCE goes
   for PATH: PATH itself, or, when PATH ends in '/' or IS_DIR,
   PATH/<SOURCE without its leading '/', every '/' as '%'>.escape.json, so
   units of one name in two directories never share a report (a name
   longer than a file name may be keeps its tail behind a hash of the
   whole).  */
void esc_json_report_file (const char *path, bool is_dir, const char *source,
			   char *out, size_t size);

/* The document, NUL-terminated, its length in *LEN.  Caller frees it
   with esc_free.  */
char *esc_json_report_text (esc_json_report *r, size_t *len);

/* Write the document to FILE (atomically).  False with a reason in ERR.  */
bool esc_json_report_write (esc_json_report *r, const char *file, char *err,
			    size_t errlen);

#ifdef __cplusplus
}
#endif

#endif /* ESCAPE_REPORT_JSON_H */
