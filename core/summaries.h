/* summaries.h - function summaries across translation units without LTO.

   A unit records the summary of each public function it defines, as JSON,
   in its report (esc_summary_json); escape-report gathers a build's into a
   summaries file, one function per line; a later compile reads it
   (-fplugin-arg-escape-summaries=FILE) so that calls of functions declared
   but not defined in the unit go through their summaries.

   Each summary has a hash of its JSON text.  The link, not trust, decides
   whether a summary still describes the definition: a unit that used
   summary H of f references the hidden symbol __escape_summary.f.H, which
   only a unit defining f with a summary H (or one H covers) defines
   (docs/design.md, "Summaries across units").  */

#ifndef ESCAPE_SUMMARIES_H
#define ESCAPE_SUMMARIES_H

#include <stdbool.h>
#include <stddef.h>
#include "summary.h"

#ifdef __cplusplus
extern "C" {
#endif

/* S as compact JSON, the text the hash is taken of (esc_free it).  Keys
   in a fixed order, written by json-c, so that escape-report writes the
   same text back.  */
char *esc_summary_json (const esc_summary *s);

/* The hash of summary text TEXT: 16 hex digits into OUT.  */
void esc_summary_hash (const char *text, char out[17]);

/* The summary JSON text TEXT describes, exactly (fresh objects, allocator
   roles and all), or NULL with a reason in ERR.  */
esc_summary *esc_summary_parse (const char *text, char *err, size_t errlen);

/* Read summaries file PATH: one JSON object a line, {"function": NAME,
   "hash": H, "summary": {...}} or {"replaces_libc": NAME} (a unit of the
   build defines the C library's function NAME: esc_summaries_replace_libc),
   '#' lines and blank lines skipped.  False
   with "PATH:LINE: reason" (or the system's reason) in ERR.  Loading a
   second file adds to the first; a name in both keeps the first.  */
bool esc_summaries_load (const char *path, char *err, size_t errlen);

/* The summary function NAME's callers use, or NULL: the file's, its
   families those of this unit (by their deallocator's name).  Its hash
   in *HASH.  */
const esc_summary *esc_summaries_lookup (const char *name, const char **hash);

/* Does the file's summary of NAME say at least everything OWN says (so
   that a caller that used it is still right about a definition whose
   summary is OWN): the same allocator roles and objects handed over, and
   every flow of OWN covered?  Its hash in *HASH.  */
bool esc_summaries_cover (const char *name, const esc_summary *own,
			  const char **hash);

/* Is NAME one a summary symbol can carry (letters, digits, '_', '.', '$')?  */
bool esc_summary_name_ok (const char *name);

/* Does a unit of the build that wrote the file define a function of the
   C library's name (its report's "replaces_libc")?  Then the summaries'
   calls_out says nothing: their calls of that name run its code.  */
bool esc_summaries_replace_libc (void);

/* Forget every loaded summary.  */
void esc_summaries_reset (void);

#ifdef __cplusplus
}
#endif

#endif /* ESCAPE_SUMMARIES_H */
