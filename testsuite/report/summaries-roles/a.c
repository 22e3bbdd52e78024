#include "s.h"
/* Calls of another unit's functions: their first build's summaries send
   the arguments to the heap, the second's know what h, xalloc and xfree
   do (f writes deep, mk and mkn become allocators, rel a deallocator).  */
void f (struct N *n) { h (n); }
void *mk (size_t n) { return xalloc (n); }
struct N *mkn (void) { struct N *n = xalloc (sizeof *n); n->next = 0; n->p = 0; return n; }
void rel (void *p) { xfree (p); }
/* Built with -DSTALE after the summaries were written: a summary the
   file's does not cover (f2 writes deep below n, mk2 allocates).  */
#ifdef STALE
void f2 (struct N *n) { h (n); }
void *mk2 (void *p) { (void) p; return xalloc (16); }
#else
void f2 (struct N *n) { (void) n; }
void *mk2 (void *p) { return p; }
#endif
