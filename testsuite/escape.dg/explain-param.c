/* -m=2: parameter leaks, with their paths: value to the heap, content to
   the heap, value stored into the caller's object, value to the result.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m=2" } */
#include <stdlib.h>

char *g;
void sink (void *);

void
to_global (char *v) /* { dg-message "^parameter v leaks to \\{heap\\} with derefs=0:$" } */
/* { dg-message "^  flow: \\{heap\\} = v:$" "" { target *-*-* } .-1 } */
/* { dg-message "^    from g = v \\(assign\\) at \[^ \]*:16:5$" "" { target *-*-* } .-2 } */
/* { dg-message "^leaking param: v$" "" { target *-*-* } .-3 } */
{
  g = v;
}

void
content_to_global (char **pp) /* { dg-message "^parameter pp leaks to \\{heap\\} with derefs=1:$" } */
/* { dg-message "^  flow: \\{temp\\} = \\*pp:$" "" { target *-*-* } .-1 } */
/* { dg-message "^    from g = \\*pp \\(assign\\) at \[^ \]*:27:7$" "" { target *-*-* } .-2 } */
/* { dg-message "^  flow: \\{heap\\} = \\{temp\\}:$" "" { target *-*-* } .-3 } */
/* { dg-message "^    from g = \\*pp \\(assign\\) at \[^ \]*:27:5$" "" { target *-*-* } .-4 } */
/* { dg-message "^leaking param content: pp$" "" { target *-*-* } .-5 } */
{
  g = *pp;
}

void
to_call (char *w) /* { dg-message "^parameter w leaks to \\{heap\\} with derefs=0:$" } */
/* { dg-message "^  flow: \\{heap\\} = w:$" "" { target *-*-* } .-1 } */
/* { dg-message "^    from sink\\(w\\) \\(call parameter, sink is defined in another unit\\) at \[^ \]*:36:3$" "" { target *-*-* } .-2 } */
/* { dg-message "^leaking param: w$" "" { target *-*-* } .-3 } */
{
  sink (w);
}

void
into_caller (char **out, char *v) /* { dg-message "^out does not escape$" } */
/* { dg-message "^parameter v leaks to \\*out with derefs=0:$" "" { target *-*-* } .-1 } */
/* { dg-message "^  flow: \\*out = v:$" "" { target *-*-* } .-2 } */
/* { dg-message "^    from \\*out = v \\(store\\) at \[^ \]*:46:8$" "" { target *-*-* } .-3 } */
/* { dg-message "^leaking param: v into \\*out$" "" { target *-*-* } .-4 } */
{
  *out = v;
}

char *
to_result (char *p) /* { dg-message "^parameter p leaks to \\{result\\} with derefs=0:$" } */
/* { dg-message "^  flow: \\{temp\\} = p:$" "" { target *-*-* } .-1 } */
/* { dg-message "^    from return p \\(assign\\) at \[^ \]*:57:10$" "" { target *-*-* } .-2 } */
/* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } .-3 } */
/* { dg-message "^    from return p \\(return\\) at \[^ \]*:57:10$" "" { target *-*-* } .-4 } */
/* { dg-message "^leaking param: p to result$" "" { target *-*-* } .-5 } */
{
  return p;
}

char *
content_to_result (char **pp) /* { dg-message "^parameter pp leaks to \\{result\\} with derefs=1:$" } */
/* { dg-message "^  flow: \\{temp\\} = \\*pp:$" "" { target *-*-* } .-1 } */
/* { dg-message "^    from return \\*pp \\(assign\\) at \[^ \]*:68:10$" "" { target *-*-* } .-2 } */
/* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } .-3 } */
/* { dg-message "^    from return \\*pp \\(return\\) at \[^ \]*:68:10$" "" { target *-*-* } .-4 } */
/* { dg-message "^leaking param: pp to result level=1$" "" { target *-*-* } .-5 } */
{
  return *pp;
}

int
no_path (const char *s) /* { dg-message "^s does not escape$" } */
/* { dg-bogus "flow:|from |leaks to" "no path for a non-leaking parameter" { target *-*-* } .-1 } */
{
  return s[0];
}
