/* report.h - verdicts in the words of Go's -gcflags=-m, as lines of text.

   The writers produce text only; the GCC layer prints each line as a note
   at the allocation call or parameter it is about, as Go prints every line
   of an explanation at the position of the thing explained.  */

#ifndef ESCAPE_REPORT_H
#define ESCAPE_REPORT_H

#include "lattice.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Called once per line of a report.  */
typedef void (*esc_emit_fn) (void *ctx, const char *line);

/* Positions are kept with byte columns; before one is printed, this hook
   (if set) turns it into the column the compiler's own diagnostics show
   (tabs expanded).  Done only for printed lines: it reads the source.  */
typedef int (*esc_column_fn) (const char *file, int line, int column);
void esc_set_column_hook (esc_column_fn fn);

/* "malloc(16) does not escape" / "malloc(16) escapes to heap"; at LEVEL 2
   an escaping site is preceded by "malloc(16) escapes to heap:" and the
   flow path that explains it.  */
void esc_report_alloc (const esc_graph *g, esc_loc site, int level,
		       esc_emit_fn emit, void *ctx);

/* With the transform: "moved to stack: malloc(16)" for a moved site, else
   the verdict of esc_report_alloc and, at LEVEL 2 for an object that does
   not escape, why it stayed: "malloc(n) not moved to stack: non-constant
   size".  REASON is an esc_move_reason (transform.h).  SIZE is the
   site's constant size or -1; SLOT_SIZE, when not 0, the bytes of a moved
   site's slot that differ from SIZE (a guarded slot for a run-time size,
   or room a constant-size buffer grows into with realloc), which LEVEL 2
   says, OWNED whether one activation at a time takes it, and POOL the
   slots of its pool (0: one slot).  */
void esc_report_move (const esc_graph *g, esc_loc site, int level,
		      int reason, long long size, long long slot_size,
		      bool owned, int pool, esc_emit_fn emit, void *ctx);

/* "leaking param: p", "leaking param content: p",
   "leaking param: p to result", "leaking param: p into *q" (p is stored
   into what parameter q points to), each with " level=N" past level 0, or
   "p does not escape".  LEVEL 2 explains the leaks first.  */
void esc_report_param (const esc_graph *g, esc_loc param, int level,
		       esc_emit_fn emit, void *ctx);

/* The display name of a location in a flow line: "{heap}", "{result}",
   "{storage for malloc(16)}", or the variable's name.  */
const char *esc_loc_display (const esc_graph *g, esc_loc l, char *buf,
			     size_t size);

/* Each step of the path that explains why L escapes, through escaping
   containers to the real sink, as -m=2 prints it (nothing if L does not
   escape).  */
typedef void (*esc_step_fn) (void *ctx, const esc_step *step);
void esc_report_chain (const esc_graph *g, esc_loc l, esc_step_fn fn,
		       void *ctx);

/* COLUMN as the compiler's diagnostics show it (the column hook).  */
int esc_report_column (const char *file, int line, int column);

/* The minimal derefs of a parameter's flow to the heap, counting flows
   into the caller's objects as heap flows; ESC_LEAK_NONE if none.  */
int esc_leak_heap_level (const esc_leaks *lk);

#ifdef __cplusplus
}
#endif

#endif /* ESCAPE_REPORT_H */
