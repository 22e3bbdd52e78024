/* allocators.h - the library functions that allocate and free memory.

   Matched by name (with or without "__builtin_"), so that a call is an
   allocation site whether or not GCC recognised the declaration as its
   builtin.  */

#ifndef ESCAPE_ALLOCATORS_H
#define ESCAPE_ALLOCATORS_H

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

typedef struct esc_allocator
{
  const char *name;
  esc_alloc_role role;
  int nargs;			/* Arguments the prototype has.  */
  int size_arg;			/* Byte count, or -1.  */
  int count_arg;		/* Element count multiplying size, or -1.  */
  int align_arg;		/* Requested alignment, or -1.  */
  int ptr_arg;			/* Pointer consumed or freed, or -1.  */
} esc_allocator;

/* The model of NAME, or NULL.  */
const esc_allocator *esc_allocator_lookup (const char *name);

#ifdef __cplusplus
}
#endif

#endif /* ESCAPE_ALLOCATORS_H */
