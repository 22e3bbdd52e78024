/* The report recorded in the object file (report-object): the linked
   program still runs as it would without it (the section is not loaded),
   and holds the unit's report, on both targets.  -m adds the notes, which
   must match the recorded verdicts.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-report-object -fplugin-arg-escape-m" } */
#include <stdlib.h>

void *keep;

int
f (int n)
{
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  keep = malloc (n); /* { dg-message "^malloc\\(n\\) escapes to heap$" } */
  p[0] = 3;
  int r = p[0];
  free (p);
  return r;
}

int
main (void)
{
  if (f (4) != 3)
    abort ();
  free (keep);
  return 0;
}

/* { dg-final { escape-json-scan report-object.exe {\x7b "schema": "escape-report", "version": 1, "tool": \x7b "name": "escape", "gcc": "12\.[0-9.]+", "target": "(x86_64|aarch64)-linux-gnu" \x7d, "unit": "(/[^"]*report-object\.c)", "directory": "/[^"]*", "source": "\2", "options"} } } */
/* { dg-final { escape-json-scan report-object.exe {"line": 14, "column": 13, "function": "f", "allocator": "malloc", "call": "malloc\(16\)", "size": 16, "verdict": "does not escape"} } } */
/* { dg-final { escape-json-scan report-object.exe {"line": 15, "column": 10, "function": "f", "allocator": "malloc", "call": "malloc\(n\)", "size": null, "verdict": "escapes to heap"} } } */
