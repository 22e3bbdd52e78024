/* cc1 under -flto without fat objects writes bytecode, and lto1 makes
   the code: cc1 leaves the notes and the transform to lto1, where the
   plugin's options given at the link reach (xform-lto-*.c), so that a
   build does not get each verdict twice, once without the other units.
   Its JSON report is still written, with the unit's own verdicts and
   nothing moved.  No note here: any would be an excess error.  */
/* { dg-do assemble } */
/* { dg-options "-flto -fplugin-arg-escape-transform -fplugin-arg-escape-m=2 -fplugin-arg-escape-report=lto-cc1-defers.json" } */
/* { dg-final { escape-json-scan lto-cc1-defers.json {"line": 18, "column": 13, "function": "f", "allocator": "malloc", "call": "malloc\(16\)", "size": 16, "verdict": "does not escape", "movable": true, "moved": false, } {"transform": false, "max_size"} } } */
#include <stdlib.h>

void use (char *p);
char *g;

int
f (void)
{
  char *p = malloc (16);
  if (!p)
    return 1;
  p[0] = 1;
  int r = p[0];
  free (p);
  return r;
}
