/* Summaries across LTO partitions (-flto-partition=max: every function
   in a partition of its own).  Each compile records its functions'
   summaries in the bytecode (lto-summaries.cc), and an ltrans process
   uses them for the functions another partition compiles: what
   psum_total and psum_scaled are handed does not escape and moves to the
   stack (psum_scaled through the clone ipa-cp makes of it for scale 3 at
   -O2, whose summary is the function's seen through the parameters it
   keeps); what psum_keep is handed escapes, the path naming its summary;
   what psum_buf_free frees stays on the heap (a callee may free it: only
   a release clone made from its body could take a slot, and lto1 once
   crashed asking whether one could be made without the body).  */
/* { dg-do run } */
/* { dg-options "-flto -flto-partition=max -fplugin-arg-escape-transform -fplugin-arg-escape-m=2" } */
/* { dg-additional-sources "units/lto-psum-lib.c" } */
/* { dg-prune-output "lto-wrapper: (warning: using serial compilation|note: see the)" } */
/* { dg-message "^p does not escape$" "" { target *-*-* } lto-psum-lib.c:14 } */
/* { dg-message "^p does not escape$" "" { target *-*-* } lto-psum-lib.c:23 } */
/* { dg-message "^parameter p leaks to \\{heap\\} with derefs=0:$" "" { target *-*-* } lto-psum-lib.c:32 } */
/* { dg-message "^  flow: \\{heap\\} = p:$" "" { target *-*-* } lto-psum-lib.c:32 } */
/* { dg-message "^    from psum_kept = p \\(assign\\) at " "" { target *-*-* } lto-psum-lib.c:32 } */
/* { dg-message "^leaking param: p$" "" { target *-*-* } lto-psum-lib.c:32 } */
/* { dg-message "^b does not escape$" "" { target *-*-* } lto-psum-lib.c:38 } */
#include <stdlib.h>
#include <string.h>

struct buf
{
  char *data;
  int n;
};

extern char *psum_kept;
int psum_total (const char *p, int n);
int psum_scaled (const char *p, int n, int scale);
void psum_keep (char *p);
void psum_buf_free (struct buf *b);

int
main (int argc, char **argv) /* { dg-message "^argv does not escape$" } */
{
  char *a = malloc (64); /* { dg-message "^moved to stack: malloc\\(64\\)$" } */
  /* { dg-message "^  one activation of main at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-1 } */
  /* { dg-message "^  main may be re-entered: it calls psum_total, which is compiled in another LTO partition$" "" { target *-*-* } .-2 } */
  memset (a, 1, 64);
  int s = psum_total (a, 63 + argc);
  free (a);
  char *b = malloc (32); /* { dg-message "^moved to stack: malloc\\(32\\)$" } */
  /* { dg-message "^  one activation of main at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } .-1 } */
  /* { dg-message "^  main may be re-entered: it calls psum_total, which is compiled in another LTO partition$" "" { target *-*-* } .-2 } */
  memset (b, 1, 32);
  s += psum_scaled (b, 32, 3);
  free (b);
  char *c = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap:$" } */
  /* { dg-message "^  flow: c = &\\{storage for malloc\\(16\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from c = malloc\\(16\\) \\(assign\\) at " "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{heap\\} = c:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from psum_keep\\(c\\) \\(call parameter, psum_keep leaks it to the heap\\) at " "" { target *-*-* } .-4 } */
  /* { dg-message "^malloc\\(16\\) escapes to heap$" "" { target *-*-* } .-5 } */
  memset (c, 2, 16);
  psum_keep (c);
  struct buf bf;
  int n = argc + 15;
  bf.n = n;
  bf.data = malloc (n); /* { dg-message "^malloc\\(n\\) does not escape$" } */
  /* { dg-message "^malloc\\(n\\) not moved to stack: a callee may free it$" "" { target *-*-* } .-1 } */
  memset (bf.data, 3, bf.n);
  s += bf.data[3];
  psum_buf_free (&bf);
  s += psum_kept[5];
  free (psum_kept);
  return s == 64 + 96 + 3 + 2 ? 0 : 1;
}
