/* memory.h - the core's own heap.

   Graphs, summaries and reports are allocated here, not with malloc: in
   slabs mapped from the system per size class, each slab unmapped as soon
   as nothing in it is live.  GCC allocates with malloc too, so graphs
   built in glibc's heap end up between GCC's long-lived blocks; after
   esc_functions_release the heap stays as large as the graphs were, and
   GCC's later allocations touch its holes: sqlite3.c peaked 20-30 MB
   above plain GCC with nothing but the graphs built and freed
   (docs/design.md, "Memory").  */

#ifndef ESCAPE_MEMORY_H
#define ESCAPE_MEMORY_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/* realloc's contract (N 0 is one byte); aborts when memory runs out.  */
void *esc_xrealloc (void *p, size_t n);
/* Release P (from esc_xrealloc or esc_strdup; NULL does nothing).  */
void esc_free (void *p);
char *esc_strdup (const char *s);
/* Bytes mapped from the system now (slabs and large blocks).  */
size_t esc_memory_mapped (void);
/* The slab heap itself, which esc_xrealloc and esc_free use except under
   AddressSanitizer (there malloc, so that ASan checks the core).  */
void *esc_slab_realloc (void *p, size_t n);
void esc_slab_free (void *p);
/* Unmap the empty slabs kept for reuse (when the unit is done).  */
void esc_memory_trim (void);

#ifdef __cplusplus
}
#endif

#endif /* ESCAPE_MEMORY_H */
