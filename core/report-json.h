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

typedef struct esc_json_report esc_json_report;

typedef struct esc_json_unit
{
  const char *unit;		/* The main input file, as given.  */
  const char *gcc_version;
  const char *target;
  bool transform;
  long max_size;
  long frame_budget;
  long slot_size;
  bool make_dir;		/* Create the report's directory (the option
				   named it with a trailing '/').  */
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

esc_json_report *esc_json_report_new (const esc_json_unit *unit);
void esc_json_report_free (esc_json_report *r);

void esc_json_report_site (esc_json_report *r, const esc_graph *g,
			   esc_loc site, const esc_json_site *info);
/* PARAM's summary, with its -m=1 lines.  */
void esc_json_report_param (esc_json_report *r, const esc_graph *g,
			    esc_loc param);

/* Where the report of UNIT goes for PATH: PATH itself, or, when PATH ends
   in '/' or IS_DIR, PATH/<UNIT with '/' as '%'>.escape.json.  */
void esc_json_report_file (const char *path, bool is_dir, const char *unit,
			   char *out, size_t size);

/* Write the document to FILE (atomically).  False with a reason in ERR.  */
bool esc_json_report_write (esc_json_report *r, const char *file, char *err,
			    size_t errlen);

#ifdef __cplusplus
}
#endif

#endif /* ESCAPE_REPORT_JSON_H */
