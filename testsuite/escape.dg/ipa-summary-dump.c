/* Summaries in GCC's dump file: under -fdump-ipa-all the escape pass
   writes every function's summary into its dump (BASE.c.NNNi.escape-
   summarize), as ipa-modref does, and the rounds each call-graph cycle
   took; the notes below are what callers and readers see of them.  The
   dump says more than the notes: flows no closer than the flow to the
   heap, which the notes leave out, and facts no note states (a parameter
   freed, pointers read as data, varargs).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m -fdump-ipa-all" } */
#include <stdlib.h>

/* Derefs: v is stored into *o (derefs 0), what o points to is not kept.  */
void
set (void **o, void *v) /* { dg-message "^o does not escape$" } */
/* { dg-message "^leaking param: v into \\*o$" "" { target *-*-* } .-1 } */
{
  *o = v;
}
/* { dg-final { scan-ipa-dump "^summary of set \\(2 parameters\\)$" "escape-summarize" } } */
/* { dg-final { scan-ipa-dump "^  param 0 o: no flows$" "escape-summarize" } } */
/* { dg-final { scan-ipa-dump "^  param 1 v: into \\*o derefs=0$" "escape-summarize" } } */

/* To the heap at derefs 0, and into *o too: the notes keep only the
   heap.  */
void *gp;
void
keep (void **o, void *v) /* { dg-message "^o does not escape$" } */
/* { dg-message "^leaking param: v$" "" { target *-*-* } .-1 } */
{
  *o = v;
  gp = v;
}
/* { dg-final { scan-ipa-dump "^  param 1 v: heap derefs=0, into \\*o derefs=0$" "escape-summarize" } } */

/* To the result, what it points to (derefs 1).  */
void *
first (void **a) /* { dg-message "^leaking param: a to result level=1$" } */
{
  return a[0];
}
/* { dg-final { scan-ipa-dump "^  param 0 a: result derefs=1$" "escape-summarize" } } */

/* An allocator wrapper, handing its caller a fresh object.  */
void *
xmalloc (size_t n) /* { dg-message "^xmalloc is an allocator \\(wraps malloc; size: n, at least 1\\)$" } */
{
  void *p = malloc (n ? n : 1); /* { dg-message "^malloc\\(\\{temp\\}\\) escapes to heap$" } */
  if (!p)
    abort ();
  return p;
}
/* { dg-final { scan-ipa-dump "^  allocator: wraps malloc, size param 0 n at least 1, family 0, movable$" "escape-summarize" } } */
/* { dg-final { scan-ipa-dump "^  fresh 0: malloc\\(.*\\) at .*ipa-summary-dump.c:47:\[0-9\]+, the result$" "escape-summarize" } } */

/* A deallocator wrapper: frees its parameter and nothing else.  */
void
xfree (void *p) /* { dg-message "^xfree is a deallocator \\(frees p\\)$" } */
/* { dg-message "^p does not escape$" "" { target *-*-* } .-1 } */
{
  free (p);
}
/* { dg-final { scan-ipa-dump "^  param 0 p: no flows, frees$" "escape-summarize" } } */
/* { dg-final { scan-ipa-dump "^  deallocator: frees param 0 p, family 0$" "escape-summarize" } } */

/* A call-graph cycle: solved again until the summaries stop growing,
   here in two rounds (the second changes nothing).  */
int odd (int *p, int n);
int
even (int *p, int n) /* { dg-message "^p does not escape$" } */
{
  return n ? odd (p, n - 1) : *p;
}
int
odd (int *p, int n) /* { dg-message "^p does not escape$" } */
{
  return n ? even (p, n - 1) : 0;
}
/* { dg-final { scan-ipa-dump-times "^call-graph cycle of 2 functions solved in 2 rounds: (even odd|odd even)$" 1 "escape-summarize" } } */
/* { dg-final { scan-ipa-dump-times "^  param 0 p: data derefs=1$" 2 "escape-summarize" } } */
/* Functions outside cycles take no rounds.  */
/* { dg-final { scan-ipa-dump-times "^call-graph cycle" 1 "escape-summarize" } } */
/* { dg-final { scan-ipa-dump-times "^summary of " 7 "escape-summarize" } } */
