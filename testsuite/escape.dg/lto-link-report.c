/* report= given to a compile and a link with -flto: cc1 writes the
   unit's JSON report (nothing moved: lto1 moves), and lto1, which writes
   none yet, says so once, as a note.  The link's notes are lto1's.  */
/* { dg-do link } */
/* { dg-options "-flto -fplugin-arg-escape-transform -fplugin-arg-escape-m -fplugin-arg-escape-report=lto-link-report.json" } */
/* { dg-message "^escape: lto1 writes no JSON report yet; the compile of each unit writes its own, given .{1,3}-fplugin-arg-escape-report.{1,3}$" "" { target *-*-* } 0 } */
/* { dg-final { escape-json-scan lto-link-report.json {"line": 15, "column": 13, "function": "main", "allocator": "malloc", "call": "malloc\(16\)", "size": 16, "verdict": "does not escape", "movable": true, "moved": false, } {"transform": false, "max_size"} } } */
#include <stdlib.h>

__attribute__ ((noinline)) int use (char *p);

int
main (void)
{
  char *p = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  int r = use (p);
  free (p);
  return r;
}

__attribute__ ((noinline)) int
use (char *p) /* { dg-message "^p does not escape$" } */
{
  p[0] = 0;
  return p[0];
}
