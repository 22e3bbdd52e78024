/* A deallocator wrapper of attr_xfree, known here by its attributes
   only: xform-summaries-attr-dealloc.c.  */
void attr_xfree (void *p);
__attribute__ ((malloc, malloc (attr_xfree, 1))) void *attr_xalloc (unsigned long);

__attribute__ ((noinline)) void
attr_myfree (void *p)
{
  attr_xfree (p);
}
