/* report= given to a compile and a link with -flto: cc1 writes the
   unit's JSON report (nothing moved, and deferred: lto1 moves), and lto1
   writes the link's beside it, "FILE.ltrans0.json", with what it moved and
   no functions.  The link's notes are lto1's.  */
/* { dg-do link } */
/* { dg-options "-flto -flto-partition=one -fplugin-arg-escape-transform -fplugin-arg-escape-m -fplugin-arg-escape-report=lto-link-report.json" } */
/* { dg-final { escape-json-scan lto-link-report.json {"line": 16, "column": 13, "function": "main", "allocator": "malloc", "call": "malloc\(16\)", "size": 16, "verdict": "does not escape", "movable": true, "moved": false, } {"transform": false, "max_size"} {"deferred": true} {"functions": \[ . "file": } } } */
/* { dg-final { escape-json-scan lto-link-report.ltrans0.json {"line": 16, "column": 13, "function": "main", "allocator": "malloc", "call": "malloc\(16\)", "size": 16, "verdict": "does not escape", "movable": true, "moved": true, } {"transform": true, "max_size"} {"lto": "[^"]*\.ltrans0"} {"functions": \[\s*\]} } } */
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
