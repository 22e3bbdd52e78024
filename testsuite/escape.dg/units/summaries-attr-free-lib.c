/* A deallocator GCC's attributes declare (summaries-attr-free-wrap.c's
   family), whose free runs a hook: xform-summaries-attr-dealloc.c.  */
#include <stdlib.h>

void (*attr_free_hook) (void);

__attribute__ ((noinline)) void
attr_xfree (void *p)
{
  free (p);
  if (attr_free_hook)
    attr_free_hook ();
}
