/* -m=2 names where pointer bits were read as data: the {data} sink, and
   the call or statement that read them.  */
/* { dg-options "-fplugin-arg-escape-m=2" } */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void
printed_bytes (void)
{
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap:$" } */
  /* { dg-message "^  flow: \\{temp\\} = &\\{storage for malloc\\(16\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from (\\{temp\\}|p) = malloc\\(16\\) \\(assign\\) at \[^ \]*:11:13$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: p = \\{temp\\}:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from p = malloc\\(16\\) \\(assign\\) at \[^ \]*:11:9$" "" { target *-*-* } .-4 } */
  /* { dg-message "^  flow: \\{temp\\} = p:$" "" { target *-*-* } .-5 } */
  /* { dg-message "^    from s = p \\(assign\\) at \[^ \]*:26:3$" "" { target *-*-* } .-6 } */
  /* { dg-message "^  flow: s = \\{temp\\}:$" "" { target *-*-* } .-7 } */
  /* (the store into s makes two flows from one statement: the directive two lines up claims both) */
  /* { dg-message "^  flow: \\{temp\\} = &s:$" "" { target *-*-* } .-9 } */
  /* { dg-message "^    from __builtin_puts\\(&s\\) \\(call argument\\) at \[^ \]*:27:3$" "" { target *-*-* } .-10 } */
  /* { dg-message "^  flow: \\{data\\} = \\*\\{temp\\}:$" "" { target *-*-* } .-11 } */
  /* { dg-message "^    from __builtin_puts\\(&s\\) \\(call parameter, puts reads what it points to as data\\) at \[^ \]*:27:3$" "" { target *-*-* } .-12 } */
  /* { dg-message "^malloc\\(16\\) escapes to heap$" "" { target *-*-* } .-13 } */
  char s[sizeof p + 1] = { 0 };
  memcpy (s, &p, sizeof p);
  printf ("%s\n", s);
}

