#include <stddef.h>
struct N { struct N *next; void *p; };
/* c.c */
void h (struct N *n);
void *xalloc (size_t n);
void xfree (void *p);
/* a.c */
void f (struct N *n);
void *mk (size_t n);
struct N *mkn (void);
void rel (void *p);
void f2 (struct N *n);
void *mk2 (void *p);
