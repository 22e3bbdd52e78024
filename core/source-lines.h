/* source-lines.h - which source lines start in plain ASCII.

   A note's column is printed as GCC's diagnostics count it, tabs expanded
   and characters by their width (-fdiagnostics-column-unit=display, the
   default), which GCC finds by reading the note's line from its own copy
   of the file: its line cache goes back to one of 100 marks in the file
   for every note not after the last one (sqlite3.c: 2,400 lines each), a
   third of what printing the notes cost.  Where the bytes before the
   column are printable ASCII, the displayed column is the byte column
   itself; this says so from one reading of the file, so that GCC need
   not read it.  */

#ifndef ESCAPE_SOURCE_LINES_H
#define ESCAPE_SOURCE_LINES_H

#include <stdbool.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct esc_source_lines esc_source_lines;

esc_source_lines *esc_source_lines_new (void);
/* Are bytes 1 to COLUMN - 1 of line LINE (from 1) of FILE all printable
   ASCII (0x20 to 0x7e: no tab, no control byte, nothing a charset or a
   width could change)?  False whenever it cannot be sure: FILE
   unreadable, the line or column out of range, or the file holding a
   carriage return or a NUL anywhere (its lines could be counted
   otherwise).  Each file is read once.  */
bool esc_source_plain_prefix (esc_source_lines *s, const char *file,
			      int line, int column);
void esc_source_lines_free (esc_source_lines *s);

#ifdef __cplusplus
}
#endif

#endif /* ESCAPE_SOURCE_LINES_H */
