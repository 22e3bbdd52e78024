/* Summaries across LTO partitions for the clones ipa-cp makes
   (-flto-partition=max, -O2 and up, where ipa-cp runs): a clone carries
   the attributes of the function it was made from, the summary included,
   and takes fewer parameters.  pclone_sum.constprop drops tag (the
   literal "t"), whose bytes the summary only reads: it gets the summary
   seen through the parameters it keeps, and what it is handed moves (an
   ipa-cp constant points to a global or a literal, never to the
   caller's objects).
   pclone_put.constprop drops where (&pclone_slot), which the summary
   stores p into: read without where, the summary would forget that p
   goes into a global, so the clone gets none, its call is unseen code,
   and what it is handed stays on the heap.  The program frees it
   through pclone_slot.  */
/* { dg-do run } */
/* { dg-options "-flto -flto-partition=max -fplugin-arg-escape-transform -fplugin-arg-escape-m=2" } */
/* { dg-additional-sources "units/lto-pclone-lib.c" } */
/* { dg-prune-output "lto-wrapper: (warning: using serial compilation|note: see the)" } */
/* escape-O2-up: ipa-cp clones from -O2 on.  */
/* { dg-message "^parameter p leaks to \\{heap\\} with derefs=0:$" "" { target *-*-* } lto-pclone-lib.c:5 } */
/* { dg-message "^  flow: \\{heap\\} = p:$" "" { target *-*-* } lto-pclone-lib.c:5 } */
/* { dg-message "^    from pclone_slot = p \\(assign\\) at " "" { target *-*-* } lto-pclone-lib.c:5 } */
/* { dg-message "^leaking param: p$" "" { target *-*-* } lto-pclone-lib.c:5 } */
/* { dg-message "^p does not escape$" "" { target *-*-* } lto-pclone-lib.c:11 } */
#include <stdlib.h>
#include <string.h>

extern char *pclone_slot;
void pclone_put (char *p, char **where);
int pclone_sum (const char *p, int n, const char *tag);

int
main (int argc, char **argv) /* { dg-message "^argv does not escape$" } */
{
  int n = argc + 31;
  char *a = malloc (n); /* { dg-message "^moved to stack: malloc\\(n\\)$" } */
  /* { dg-message "^  a 64-byte stack slot when it asks for at most that, the heap otherwise$" "" { target *-*-* } .-1 } */
  /* { dg-message "^  one activation of main at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  main may be re-entered: it calls pclone_sum\\.constprop, which is compiled in another LTO partition$" "" { target *-*-* } .-3 } */
  memset (a, 1, n);
  int s = pclone_sum (a, n, "t");
  free (a);
  char *d = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap:$" } */
  /* { dg-message "^  flow: d = &\\{storage for malloc\\(8\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from d = malloc\\(8\\) \\(assign\\) at " "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{heap\\} = d:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from pclone_put\\.constprop\\(d\\) \\(call parameter, pclone_put\\.constprop is compiled in another LTO partition\\) at " "" { target *-*-* } .-4 } */
  /* { dg-message "^malloc\\(8\\) escapes to heap$" "" { target *-*-* } .-5 } */
  memset (d, 4, 8);
  pclone_put (d, &pclone_slot);
  s += pclone_slot[7];
  free (pclone_slot);
  return s == 't' + 32 + 4 ? 0 : 1;
}
