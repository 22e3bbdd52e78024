/* Why a call has no summary, when a build can change it: the callee is
   defined in another unit (the plugin reads one unit at a time), or,
   under -fPIC, a public function may be replaced at load time, so its
   body here is not what a call must run (hidden visibility would let its
   summary be used).  And a store into what a function of another unit
   returns sends a buffer to the heap, which an allocator wrapper's fresh
   object would not (declaring it with allocator= would show that).
   The path says so, and the JSON report records it as the site's
   "cause".  A static callee has its summary.  */
/* { dg-do compile } */
/* { dg-options "-fPIC -fplugin-arg-escape-m=2 -fplugin-arg-escape-report=explain-unseen.json" } */

#include <stdlib.h>

void sink (char *p);

struct obj
{
  char *buf;
};
struct obj *obj_new (void);
void obj_done (struct obj *o);

void
pub (char *p) /* { dg-message "^parameter p leaks to \\{heap\\} with derefs=0:$" } */
/* { dg-message "^  flow: \\{heap\\} = p:$" "" { target *-*-* } .-1 } */
/* { dg-message "^    from k = p \\(assign\\) at \[^ \]*:31:5$" "" { target *-*-* } .-2 } */
/* { dg-message "^leaking param: p$" "" { target *-*-* } .-3 } */
{
  static char *k;
  k = p;
}

static void
loc (char *p) /* { dg-message "^p does not escape$" } */
{
  p[0] = 0;
}

int
f (void)
{
  char *a = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap:$" } */
  /* { dg-message "^  flow: a = &\\{storage for malloc\\(8\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from a = malloc\\(8\\) \\(assign\\) at \[^ \]*:43:13$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{heap\\} = a:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from sink\\(a\\) \\(call parameter, sink is defined in another unit\\) at \[^ \]*:49:3$" "" { target *-*-* } .-4 } */
  /* { dg-message "^malloc\\(8\\) escapes to heap$" "" { target *-*-* } .-5 } */
  sink (a);
  char *b = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap:$" } */
  /* { dg-message "^  flow: b = &\\{storage for malloc\\(8\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from b = malloc\\(8\\) \\(assign\\) at \[^ \]*:50:13$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{heap\\} = b:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from pub\\(b\\) \\(call parameter, pub may be replaced at link or load time \\(-fPIC\\)\\) at \[^ \]*:56:3$" "" { target *-*-* } .-4 } */
  /* { dg-message "^malloc\\(8\\) escapes to heap$" "" { target *-*-* } .-5 } */
  pub (b);
  char *c = malloc (8); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  loc (c);
  int r = c[0];
  free (c);
  return r;
}

int
g (void)
{
  char *d = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap:$" } */
  /* { dg-message "^  flow: d = &\\{storage for malloc\\(8\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from d = malloc\\(8\\) \\(assign\\) at \[^ \]*:67:13$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{heap\\} = d:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from o->buf = d \\(store into what obj_new returns \\(obj_new is defined in another unit\\)\\) at \[^ \]*:74:10$" "" { target *-*-* } .-4 } */
  /* { dg-message "^malloc\\(8\\) escapes to heap$" "" { target *-*-* } .-5 } */
  struct obj *o = obj_new ();
  o->buf = d;
  d[0] = 1;
  int r = o->buf[0];
  obj_done (o);
  return r;
}


/* { dg-final { escape-json-scan explain-unseen.json {"line": 43, "column": 13, "function": "f", "allocator": "malloc", "call": "malloc\(8\)", "size": 8, "verdict": "escapes to heap", "movable": false, "moved": false, "reason": "escapes", "reason_text": "it escapes", "blocked": null, "cause": "extern-call", "routes": null, "slot": null} } } */
/* { dg-final { escape-json-scan explain-unseen.json {"line": 50, "column": 13, "function": "f", "allocator": "malloc", "call": "malloc\(8\)", "size": 8, "verdict": "escapes to heap", "movable": false, "moved": false, "reason": "escapes", "reason_text": "it escapes", "blocked": null, "cause": "interposable", "routes": null, "slot": null} } } */
/* { dg-final { escape-json-scan explain-unseen.json {"line": 57, "column": 13, "function": "f", "allocator": "malloc", "call": "malloc\(8\)", "size": 8, "verdict": "does not escape", "movable": true, "moved": false, "reason": "moved", "reason_text": "moved", "blocked": null, "cause": null, "routes": null} } } */
/* { dg-final { escape-json-scan explain-unseen.json {"line": 67, "column": 13, "function": "g", "allocator": "malloc", "call": "malloc\(8\)", "size": 8, "verdict": "escapes to heap", "movable": false, "moved": false, "reason": "escapes", "reason_text": "it escapes", "blocked": null, "cause": "extern-result", "routes": null, "slot": null} } } */
