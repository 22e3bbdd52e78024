/* The JSON report: one entry per allocation site and per named pointer
   parameter, with the verdict, what the transform would do and why, and
   the flow path of an escape.  No -m: the report alone turns the analysis
   on, and the compiler prints nothing.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-report=json-report.json" } */

#include <stdlib.h>
#include <string.h>

void *keep;

int
f (int n, const char *s, const char **out)
{
  char *p = malloc (16);
  char *q = malloc (n);
  char *big = malloc (4096);
  strcpy (p, s);
  keep = q;
  *out = s;
  big[0] = 1;
  int r = p[0] + big[0];
  free (p);
  free (big);
  return r;
}

/* A constructor's object, seen from its caller: "made_by" says where it
   is allocated.  */
struct cell
{
  int v;
};

static struct cell *
cell_new (int v)
{
  struct cell *c = malloc (sizeof *c);
  if (!c)
    abort ();
  c->v = v;
  return c;
}

int
g (int v)
{
  struct cell *c = cell_new (v);
  int r = c->v;
  free (c);
  return r;
}

void
dup_keep (const char *s)
{
  keep = strdup (s);
}

void *
xalloc (size_t n)
{
  void *p = malloc (n);
  if (!p)
    abort ();
  return p;
}

void *keep2;

void
two_routes (void)
{
  char *p = malloc (8);
  keep = p;
  keep2 = p;
}

/* { dg-final { escape-json-scan json-report.json {"line": 49, "column": 20, "function": "g", "allocator": "cell_new", "call": "cell_new\(v\)", "size": 4, "verdict": "does not escape", "movable": true, "moved": false, "reason": "moved", "reason_text": "moved", "blocked": null, "cause": null, "routes": null, "slot": null, "pool": null, "made_by": \[ \x7b "function": "cell_new", "call": "malloc\(4\)", "file": "[^"]*json-report\.c", "line": 39, "column": 20 \x7d \], "path": \[\] \x7d} } } */
/* { dg-final { escape-json-scan json-report.json {^\x7b "schema": "escape-report", "version": 1, "tool": \x7b "name": "escape", "gcc": "12\.[0-9.]+", "target": "(x86_64|aarch64)-linux-gnu" \x7d} } } */
/* { dg-final { escape-json-scan json-report.json {"unit": "[^"]*json-report\.c"} } } */
/* The compile directory (absolute) and the unit's absolute path: the
   harness gives the source by its absolute path, so "source" is "unit".  */
/* { dg-final { escape-json-scan json-report.json {"unit": "(/[^"]*json-report\.c)", "directory": "/[^"]*", "source": "\1", "options"} } } */
/* { dg-final { escape-json-scan json-report.json {"options": \x7b "transform": false, "max_size": 256, "frame_budget": 1024, "slot_size": 64 \x7d} } } */
/* { dg-final { escape-json-scan json-report.json {\x7b "file": "[^"]*json-report\.c", "line": 16, "column": 13, "function": "f", "allocator": "malloc", "call": "malloc\(16\)", "size": 16, "verdict": "does not escape", "movable": true, "moved": false, "reason": "moved", "reason_text": "moved", "blocked": null, "cause": null, "routes": null, "slot": null, "pool": null, "made_by": null, "path": \[\] \x7d} } } */
/* { dg-final { escape-json-scan json-report.json {"line": 17, "column": 13, "function": "f", "allocator": "malloc", "call": "malloc\(n\)", "size": null, "verdict": "escapes to heap", "movable": false, "moved": false, "reason": "escapes", "reason_text": "it escapes", "blocked": null, "cause": null, "routes": null, "slot": null, "pool": null, "made_by": null, "path": \[ \x7b "dst": "q", "src": "\x7bstorage for malloc\(n\)\x7d", "derefs": -1, "where": "q = malloc\(n\)", "why": "assign", "file": "[^"]*json-report\.c", "line": 17, "column": 13 \x7d, \x7b "dst": "\x7bheap\x7d", "src": "q", "derefs": 0, "where": "keep = q", "why": "assign", "file": "[^"]*", "line": 20, "column": 8 \x7d \] \x7d} } } */
/* What else keeps an escaping site on the heap: cell_new hands its object
   to the caller ("returned"); a strdup is no allocation that moves
   ("kind"); an allocator wrapper's own allocation ("wrapper").  */
/* { dg-final { escape-json-scan json-report.json {"line": 39, "column": 20, "function": "cell_new", "allocator": "malloc", "call": "malloc\(4\)", "size": 4, "verdict": "escapes to heap", "movable": false, "moved": false, "reason": "escapes", "reason_text": "it escapes", "blocked": "returned", "cause": null, "routes": null, "slot": null} } } */
/* { dg-final { escape-json-scan json-report.json {"function": "dup_keep", "allocator": "strdup", "call": "strdup\(s\)", "size": null, "verdict": "escapes to heap", "movable": false, "moved": false, "reason": "escapes", "reason_text": "it escapes", "blocked": "kind", "cause": null, "routes": null, "slot": null} } } */
/* { dg-final { escape-json-scan json-report.json {"function": "xalloc", "allocator": "malloc", "call": "malloc\(n\)", "size": null, "verdict": "escapes to heap", "movable": false, "moved": false, "reason": "escapes", "reason_text": "it escapes", "blocked": "wrapper", "cause": null, "routes": null, "slot": null} } } */
/* Two statements each send it to the heap ("routes"): stopping one leaves
   the other.  */
/* { dg-final { escape-json-scan json-report.json {"function": "two_routes", "allocator": "malloc", "call": "malloc\(8\)", "size": 8, "verdict": "escapes to heap", "movable": false, "moved": false, "reason": "escapes", "reason_text": "it escapes", "blocked": "routes", "cause": null, "routes": \[ \x7b "where": "keep = p", "file": "[^"]*json-report\.c", "line": 76, "column": 8 \x7d, \x7b "where": "keep2 = p", "file": "[^"]*json-report\.c", "line": 77, "column": 9 \x7d \], "slot": null} } } */
/* { dg-final { escape-json-scan json-report.json {"call": "malloc\(4096\)", "size": 4096, "verdict": "does not escape", "movable": false, "moved": false, "reason": "too-large", "reason_text": "too large"} } } */
/* { dg-final { escape-json-scan json-report.json {"params": \[ \x7b "file": "[^"]*json-report\.c", "line": 14, "column": 23, "function": "f", "name": "s", "index": 1, "verdict": "leaking param", "leaks": \x7b "heap": null, "content": null, "result": null, "into": \[ \x7b "param": "out", "level": 0 \x7d \] \x7d, "notes": \[ "leaking param: s into \*out" \] \x7d} } } */
/* { dg-final { escape-json-scan json-report.json {"name": "out", "index": 2, "verdict": "does not escape", "leaks": \x7b "heap": null, "content": null, "result": null, "into": \[\] \x7d, "notes": \[ "out does not escape" \] \x7d} } } */
/* { dg-final { escape-json-scan json-report.json {"function": "dup_keep", "name": "s", "index": 0, "verdict": "does not escape", "leaks": \x7b "heap": null, "content": null, "result": null, "into": \[\] \x7d, "notes": \[ "s does not escape" \] \x7d \], "functions": \[} } } */
/* Every function, and what it is to callers in other units: xalloc is an
   allocator wrapper (public: escape-report can declare it); cell_new
   fills its object in, so it is none (and static); f is neither.  */
/* { dg-final { escape-json-scan json-report.json {"functions": \[ \x7b "file": "[^"]*json-report\.c", "line": 14, "column": 1, "function": "f", "public": true, "allocator": null, "deallocator": null, "summary_hash": "[0-9a-f]+", "summary": \x7b"name":"f","params":\[} } } */
/* { dg-final { escape-json-scan json-report.json {\x7b "file": "[^"]*json-report\.c", "line": 37, "column": 1, "function": "cell_new", "public": false, "allocator": null, "deallocator": null \x7d} } } */
/* { dg-final { escape-json-scan json-report.json {\x7b "file": "[^"]*json-report\.c", "line": 62, "column": 1, "function": "xalloc", "public": true, "allocator": \x7b "wraps": "malloc", "size": \x7b "arg": 1, "min": null \x7d, "count": null, "movable": true, "zeroes": false, "attribute": false, "family": \x7b "deallocator": "free", "arg": 1 \x7d \x7d, "deallocator": null, "summary_hash": "[0-9a-f]+", "summary": \x7b"name":"xalloc",[^ ]*"alloc":\x7b"wraps":"malloc","size":\[0,-1\],"count":null,"movable":true,"zeroes":false,"attribute":false,"family":\x7b"deallocator":"free","arg":0\x7d\x7d,"dealloc":null,"fresh":\[\x7b"owner":-1,} } } */
/* { dg-final { escape-json-scan json-report.json {"function": "g2", "public": true, "allocator": null, "deallocator": null, "summary_hash": "[0-9a-f]+", "summary": \x7b"name":"g2",[^ ]*\x7d \x7d \] \x7d ?$} } } */

/* Grown by realloc: a clone of the constructor makes it in the caller's
   slot (realloc (NULL, n)) and grows the first object there.  */
static struct cell *
cell_grown (int v)
{
  struct cell *c = realloc (cell_new (0), 2 * sizeof *c);
  if (!c)
    abort ();
  c->v = v;
  return c;
}

/* Variadic: no clone of it is made, so its object stays where it is.  */
static struct cell *
cell_va (int v, ...)
{
  struct cell *c = malloc (sizeof *c);
  if (!c)
    abort ();
  c->v = v;
  return c;
}

int
g2 (int v)
{
  struct cell *c = cell_grown (v);
  struct cell *d = cell_va (v);
  int r = c->v + d->v;
  free (c);
  free (d);
  return r;
}
/* { dg-final { escape-json-scan json-report.json {"function": "g2", "allocator": "cell_grown", "call": "cell_grown\(v\): realloc\(cell_new\(0\), 8\) at json-report\.c:115", "size": null, "verdict": "does not escape", "movable": true, "moved": false, "reason": "moved", "reason_text": "moved"} } } */
/* { dg-final { escape-json-scan json-report.json {"function": "g2", "allocator": "cell_va", "call": "cell_va\(v\)", "size": null, "verdict": "does not escape", "movable": false, "moved": false, "reason": "callee-made", "reason_text": "allocated by the function it calls, which a clone cannot make take this frame's slot"} } } */
