/* gimple-text.h - GIMPLE rendered as the C a programmer wrote, for notes.

   The pass runs right after SSA is built, so most statements still read
   like their source: "p = malloc (n * 4)" is a conversion, a multiply and a
   call, which we fold back into "malloc(n * 4)" by following SSA temps.  */

#ifndef ESCAPE_GIMPLE_TEXT_H
#define ESCAPE_GIMPLE_TEXT_H

/* A bounded string: notes are short, and a long expression is cut with
   "...", which is better than a report that is hard to read.  */
struct esc_text
{
  char buf[200];
  size_t len;
  esc_text () : len (0) { buf[0] = '\0'; }
  void add (const char *s);
  const char *str () const { return buf; }
};

/* A variable's source name, or NULL for a compiler temporary.  */
const char *esc_decl_name (tree decl);

/* EXPR as C.  With EXPAND, SSA temporaries show the expression that made
   them ("n * 4") instead of "{temp}".  */
void esc_render_expr (esc_text *t, tree expr, bool expand);

/* The field of TYPE (a record) at byte OFFSET with the size of ACCESS's
   type, looking into nested records if NESTED; NULL_TREE if none.  What
   "MEM[(T *)&s + 8B]" reads, as GCC's folding writes a field access.  */
tree esc_field_at (tree type, HOST_WIDE_INT offset, tree access, bool nested);

/* The declared object (or a member of one: "outer.h") MEM_REF MEM reads
   from, as "&obj" or, THROUGH_SSA, a pointer set to "&obj"; NULL_TREE
   otherwise.  Only a declared object's type is its layout: GIMPLE drops
   pointer conversions, so a pointer's type is not the object's.  */
tree esc_mem_ref_object (tree mem, bool through_ssa);

/* "name(args)" for a call, without its lhs.  */
void esc_render_call (esc_text *t, const gcall *call);

/* A whole statement: "q = p", "*n = v", "return p", "f(p)".  */
void esc_render_stmt (esc_text *t, const gimple *stmt);

/* A GCC location as a core position (byte column).  */
esc_pos esc_pos_of (location_t loc);

/* The column GCC's own diagnostics print for a byte column (tabs expanded),
   so "at x.c:5:19" in a path matches the notes' own positions.  */
int esc_display_column (const char *file, int line, int column);

/* While one lives, a diagnostic at LOC counts its column in bytes when
   that is the column GCC would display anyway (core/source-lines.h): the
   bytes before it printable ASCII, the location not in a macro's
   expansion (whose notes about the macro have columns of their own), the
   source read with no charset given (-finput-charset).  The same text,
   without GCC reading the line again.  */
class esc_byte_column
{
  int saved;
public:
  explicit esc_byte_column (location_t loc);
  ~esc_byte_column ();
};

/* Forget the files esc_byte_column read.  */
void esc_byte_columns_release ();

#endif /* ESCAPE_GIMPLE_TEXT_H */
