/* unit.h - helpers shared by the Check unit tests of core/.

   Every graph a test makes comes from ut_graph, which remembers it; the
   checked teardown frees them all.  A test that fails part-way leaves its
   graphs reachable from that list, so LeakSanitizer reports nothing for it
   and the failure stays the only message.  */

#ifndef ESCAPE_UNIT_H
#define ESCAPE_UNIT_H

#include <stdbool.h>
#include <check.h>
#include "../../core/lattice.h"
#include "../../core/report.h"
#include "../../core/summary.h"

/* A position with a file, and one without.  */
extern const esc_pos ut_pos;
extern const esc_pos ut_nopos;

esc_graph *ut_graph (const char *fname);
void ut_setup (void);
void ut_teardown (void);

/* Graphs and summaries made by the code under test (esc_graph_clone,
   esc_summary_of, esc_summary_new), handed to the same teardown as
   ut_graph's; each returns its argument.  */
esc_graph *ut_keep_graph (esc_graph *g);
esc_summary *ut_keep_summary (esc_summary *s);
/* A new, empty summary (esc_summary_new) that the teardown frees.  */
esc_summary *ut_summary (const char *name, int nparams);

/* Locations of each kind, at loop DEPTH.  */
esc_loc ut_alloc (esc_graph *g, const char *name, int depth);
esc_loc ut_var (esc_graph *g, const char *name, int depth);
esc_loc ut_val (esc_graph *g, const char *name, int depth);
/* A new value NAME = &OBJ at DEPTH.  */
esc_loc ut_addr (esc_graph *g, const char *name, esc_loc obj, int depth);

/* Does PTR point to OBJ, and to how many objects?  */
bool ut_pts_has (esc_graph *g, esc_loc ptr, esc_loc obj);
int ut_pts_count (esc_graph *g, esc_loc ptr);

/* Escapes because something outside the loop keeps it, not for real.  */
bool ut_escapes_for_real (const esc_graph *g, esc_loc l);

/* Lines captured from a report writer.  */
#define UT_MAX_LINES 32
#define UT_LINE_LEN 256
typedef struct ut_capture
{
  int n;
  char line[UT_MAX_LINES][UT_LINE_LEN];
} ut_capture;

void ut_capture_reset (ut_capture *c);
void ut_emit (void *ctx, const char *line);
/* All lines joined with '\n', for a readable failure message.  */
const char *ut_capture_text (const ut_capture *c);

/* A TCase with the checked fixture above.  */
TCase *ut_tcase (const char *name);

Suite *graph_suite (void);
Suite *solve_suite (void);
Suite *store_suite (void);
Suite *leaks_suite (void);
Suite *report_suite (void);
Suite *options_suite (void);
Suite *allocators_suite (void);
Suite *summary_suite (void);
Suite *call_suite (void);
Suite *libc_suite (void);
Suite *transform_suite (void);
Suite *fresh_suite (void);
Suite *summary_dump_suite (void);
Suite *report_file_suite (void);
Suite *memory_suite (void);
Suite *summaries_suite (void);
Suite *source_lines_suite (void);
Suite *fields_suite (void);

#endif /* ESCAPE_UNIT_H */
