/* -m=2 says why printed arguments escape: the format they are printed
   under may print a pointer (%p), whose text can be scanned back into
   it, at the call (a %p, a format that is not a literal) or in the
   function called.  */
/* { dg-options "-fplugin-arg-escape-m=2" } */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

static void
warn (const char *fmt, ...) /* { dg-message "^fmt does not escape$" } */
{
  va_list ap;
  va_start (ap, fmt);
  vfprintf (stderr, fmt, ap);
  va_end (ap);
}

static void
trace (int n, ...)
{
  va_list ap;
  va_start (ap, n);
  vfprintf (stderr, "%d %p", ap);
  va_end (ap);
}

void
calls (const char *fmt) /* { dg-message "^fmt does not escape$" } */
{
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap:$" } */
  /* { dg-message "^  flow: p = &\\{storage for malloc\\(16\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from p = malloc\\(16\\) \\(assign\\) at \[^ \]*:31:13$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{heap\\} = p:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from warn\\(\"%p\", p\\) \\(call parameter, warn prints it under a format that may print a pointer\\) at \[^ \]*:43:3$" "" { target *-*-* } .-4 } */
  /* { dg-message "^malloc\\(16\\) escapes to heap$" "" { target *-*-* } .-5 } */
  char *q = malloc (17); /* { dg-message "^malloc\\(17\\) escapes to heap:$" } */
  /* { dg-message "^  flow: q = &\\{storage for malloc\\(17\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from q = malloc\\(17\\) \\(assign\\) at \[^ \]*:37:13$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{heap\\} = q:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from warn\\(fmt, q\\) \\(call parameter, warn prints it under a format that may print a pointer\\) at \[^ \]*:44:3$" "" { target *-*-* } .-4 } */
  /* { dg-message "^malloc\\(17\\) escapes to heap$" "" { target *-*-* } .-5 } */
  warn ("%p", p);
  warn (fmt, q);
  trace (1, malloc (18)); /* { dg-message "^malloc\\(18\\) escapes to heap:$" } */
  /* { dg-message "^  flow: \\{temp\\} = &\\{storage for malloc\\(18\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from trace\\(1, malloc\\(18\\)\\) \\(assign\\) at \[^ \]*:45:3$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{heap\\} = \\{temp\\}:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from trace\\(1, malloc\\(18\\)\\) \\(call parameter, trace prints it under a format that may print a pointer\\) at \[^ \]*:45:3$" "" { target *-*-* } .-4 } */
  /* { dg-message "^malloc\\(18\\) escapes to heap$" "" { target *-*-* } .-5 } */
  free (p);
  free (q);
}
