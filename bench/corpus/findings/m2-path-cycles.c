/* Finding (report, not soundness): an object that holds its own address
   gets an -m=2 explanation that goes round the cycle
   "p = &{storage}" / "{storage} = p (store)" several times and stops
   without reaching the real sink (the call to open_it, which has no
   summary).  The verdict, "escapes to heap", is right.  Seen in SQLite's
   sqlite3WalOpen (pRet->pWalFd = (sqlite3_file *)&pRet[1]; then
   sqlite3OsOpen(..., pRet->pWalFd, ...)), 58 lines ending in
   "flow: pRet = &{storage for sqlite3MallocZero(...)}".  docs/design.md:
   "the path ... always ends at the real sink".

   LC_ALL=C gcc-12 -O2 -fplugin=$PWD/build/escape.so -fplugin-arg-escape-m=2 \
     -c bench/corpus/findings/m2-path-cycles.c -o /dev/null

   Seen with the plugin of commit 51c73e0 (and the one in /tmp/escape-stable):
   malloc(16) escapes to heap:, then 5 x { flow: p = &{storage for malloc(16)}:
   / flow: {storage for malloc(16)} = p: (store) }, then the verdict; no
   "call parameter" step.  Expected: p = &{storage}, then {heap} = {temp}
   from open_it (p->fd) (call parameter).

   Commit 563017f cuts the repetition: the path is now the single step
   "flow: p = &{storage for malloc(16)}" and the verdict.  Still open: it
   stops at p and never reaches the sink (the call parameter of open_it),
   so -m=2 does not say why the object escapes (the corpus harness files
   such sites under "escapes: a variable: assign").  */

#include <stdlib.h>

struct w { void *fd; };
int open_it (void *);

int
f (void)
{
  struct w *p = malloc (16);
  p->fd = p;
  return open_it (p->fd);
}
