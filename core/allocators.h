/* allocators.h - the functions that allocate and free memory.

   Three sources, one model (esc_allocator):
   - the C library's malloc family, matched by name (with or without
     "__builtin_"), so that a call is an allocation site whether or not GCC
     recognised the declaration as its builtin;
   - allocators the user declares (-fplugin-arg-escape-allocator=,
     allocators=FILE), matched by the called function's name or, for a
     call through a pointer, by the name of the field or variable the
     pointer was loaded from;
   - GCC's own attributes (malloc, malloc (dealloc), alloc_size), read by
     the GCC layer into the same model.
   Allocators whose memory the same functions release form a *family*:
   the transform deletes a free only if it belongs to the family of every
   object it may receive.  */

#ifndef ESCAPE_ALLOCATORS_H
#define ESCAPE_ALLOCATORS_H

#include <stdbool.h>
#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef enum esc_alloc_role
{
  ESC_ROLE_NONE,
  ESC_ROLE_ALLOC,		/* Returns fresh memory.  */
  ESC_ROLE_REALLOC,		/* Fresh memory, or its pointer argument.  */
  ESC_ROLE_FREE			/* Ends the object its argument points to.  */
} esc_alloc_role;

/* The C library's family: malloc, calloc, aligned_alloc, strdup, free.  */
#define ESC_FAMILY_LIBC 0

typedef struct esc_allocator
{
  const char *name;
  esc_alloc_role role;
  int nargs;			/* Arguments the prototype has; -1: any.  */
  int size_arg;			/* Byte count, or -1.  */
  int count_arg;		/* Element count multiplying size, or -1.  */
  int align_arg;		/* Requested alignment, or -1.  */
  int ptr_arg;			/* Pointer consumed or freed, or -1.  */
  int family;			/* Who releases its memory (see above).  */
  bool movable;			/* The transform may replace the call with a
				   stack slot (not strdup: it copies).  */
  bool zeroes;			/* The memory starts zeroed (calloc).  */
  bool attribute;		/* From GCC attributes: reported, never
				   moved (they promise no absence of other
				   effects).  */
} esc_allocator;

/* The C library's model of NAME, or NULL.  */
const esc_allocator *esc_allocator_lookup (const char *name);

/* The user's declaration of NAME (an allocator or a deallocator), or
   NULL.  */
const esc_allocator *esc_allocator_declared (const char *name);

/* Declare "NAME:SIZE_ARG[:FREE_NAME[:FREE_ARG]]": NAME returns fresh
   memory of SIZE_ARG bytes (a 1-based argument number, "N*M" for count
   times size, or "-" when unknown), released only by FREE_NAME, whose
   FREE_ARG'th argument (default 1) is the pointer.  False with a reason in
   ERR for a malformed or conflicting entry.  */
bool esc_allocator_declare (const char *entry, char *err, size_t errlen);

/* Declare every entry of file PATH: one per line, '#' starts a comment,
   blank lines are skipped.  False with "PATH:LINE: reason" in ERR.  */
bool esc_allocators_load (const char *path, char *err, size_t errlen);

/* The family released by the functions KEY names (a deallocator's name);
   a new family the first time.  NULL KEY: a family of its own.  */
int esc_allocator_family (const char *key);

/* The deallocator a declaration can name for FAMILY: "free" for the C
   library's, FREE_NAME for a family declared with one (its pointer
   argument, 0-based, in *ARG); NULL for any other (GCC attributes, a
   declaration without FREE_NAME).  */
const char *esc_allocator_family_name (int family, int *arg);

/* Forget every declaration (unit tests).  */
void esc_allocators_reset (void);

#ifdef __cplusplus
}
#endif

#endif /* ESCAPE_ALLOCATORS_H */
