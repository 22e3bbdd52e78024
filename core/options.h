/* options.h - the plugin's -fplugin-arg-escape-KEY[=VALUE] options.

   Parsed here, in C, so that strictness (unknown keys, bad values) is unit
   tested; the GCC layer only turns a false return into a GCC error.  */

#ifndef ESCAPE_OPTIONS_H
#define ESCAPE_OPTIONS_H

#include <stdbool.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct esc_options
{
  int m_level;			/* 0: silent, 1: verdicts, 2: with paths.  */
  bool transform;		/* Move what may live on the stack.  */
  long max_size;		/* Largest object moved, in bytes.  */
  long frame_budget;		/* Bytes moved into one function's frame.  */
  long slot_size;		/* A guarded slot's bytes (0: none).  */
  long loop_slots;		/* Most slots of a pool for objects that
				   outlive their loop iteration (0: none).  */
  char report_path[4096];	/* JSON report file or directory; "" none.  */
  bool report_object;		/* Record the report in the object file.  */
  bool summaries;		/* Summaries of other units' functions were
				   loaded (summaries=FILE, summaries.h).  */
} esc_options;

/* A JSON report was asked for: a file or directory, or the object's own
   .escape.report section (every report= also records that).  */
static inline bool
esc_options_report (const esc_options *o)
{
  return o->report_path[0] || o->report_object;
}

/* Defaults, with the evidence in docs/options.md.  */
#define ESC_DEFAULT_MAX_SIZE 256
#define ESC_DEFAULT_FRAME_BUDGET 1024
#define ESC_DEFAULT_SLOT_SIZE 64
#define ESC_DEFAULT_LOOP_SLOTS 64
#define ESC_LIMIT_LOOP_SLOTS 4096
#define ESC_LIMIT_MAX_SIZE 65536
#define ESC_LIMIT_FRAME_BUDGET 1048576

void esc_options_init (esc_options *o);

/* The bytes a guarded slot gets: slot-size, but never over max-size (no
   object on the stack is larger than max-size, whatever its size test).  */
long esc_options_slot_bytes (const esc_options *o);

/* Apply KEY with VALUE (NULL when the argument had no '=').  On a bad key
   or value, return false and write a one-line reason to ERR.
   allocator=ENTRY and allocators=FILE declare allocators (allocators.h).  */
bool esc_options_parse (esc_options *o, const char *key, const char *value,
			char *err, size_t errlen);

/* The help text shown by gcc --help -fplugin=escape.so.  */
const char *esc_options_help (void);

#ifdef __cplusplus
}
#endif

#endif /* ESCAPE_OPTIONS_H */
