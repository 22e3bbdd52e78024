/* Why a call has no summary, when a build can change it: the callee is
   defined in another unit (-flto would show it), or, under -fPIC, a
   public function may be replaced at load time, so its body here is not
   what a call must run (-fno-semantic-interposition or hidden visibility
   would let its summary be used).  The path says so, and the JSON report
   records it as the site's "cause".  A static callee has its summary.  */
/* { dg-do compile } */
/* { dg-options "-fPIC -fplugin-arg-escape-m=2 -fplugin-arg-escape-report=explain-unseen.json" } */

#include <stdlib.h>

void sink (char *p);

void
pub (char *p) /* { dg-message "^parameter p leaks to \\{heap\\} with derefs=0:$" } */
/* { dg-message "^  flow: \\{heap\\} = p:$" "" { target *-*-* } .-1 } */
/* { dg-message "^    from k = p \\(assign\\) at \[^ \]*:21:5$" "" { target *-*-* } .-2 } */
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
  /* { dg-message "^    from a = malloc\\(8\\) \\(assign\\) at \[^ \]*:33:13$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{heap\\} = a:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from sink\\(a\\) \\(call parameter, sink is defined in another unit\\) at \[^ \]*:39:3$" "" { target *-*-* } .-4 } */
  /* { dg-message "^malloc\\(8\\) escapes to heap$" "" { target *-*-* } .-5 } */
  sink (a);
  char *b = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap:$" } */
  /* { dg-message "^  flow: b = &\\{storage for malloc\\(8\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from b = malloc\\(8\\) \\(assign\\) at \[^ \]*:40:13$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{heap\\} = b:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from pub\\(b\\) \\(call parameter, pub may be replaced at link or load time \\(-fPIC\\)\\) at \[^ \]*:46:3$" "" { target *-*-* } .-4 } */
  /* { dg-message "^malloc\\(8\\) escapes to heap$" "" { target *-*-* } .-5 } */
  pub (b);
  char *c = malloc (8); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  loc (c);
  int r = c[0];
  free (c);
  return r;
}

/* { dg-final { escape-json-scan explain-unseen.json {"line": 33, "column": 13, "function": "f", "allocator": "malloc", "call": "malloc\(8\)", "size": 8, "verdict": "escapes to heap", "movable": false, "moved": false, "reason": "escapes", "reason_text": "it escapes", "blocked": null, "cause": "extern-call", "slot": null} } } */
/* { dg-final { escape-json-scan explain-unseen.json {"line": 40, "column": 13, "function": "f", "allocator": "malloc", "call": "malloc\(8\)", "size": 8, "verdict": "escapes to heap", "movable": false, "moved": false, "reason": "escapes", "reason_text": "it escapes", "blocked": null, "cause": "interposable", "slot": null} } } */
/* { dg-final { escape-json-scan explain-unseen.json {"line": 47, "column": 13, "function": "f", "allocator": "malloc", "call": "malloc\(8\)", "size": 8, "verdict": "does not escape", "movable": true, "moved": false, "reason": "moved", "reason_text": "moved", "blocked": null, "cause": null} } } */
