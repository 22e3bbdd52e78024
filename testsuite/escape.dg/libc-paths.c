/* -m=2 through library calls: the flow names the library function and
   what its model does with the argument.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m=2" } */
#include <stdlib.h>
#include <string.h>
#include <stdio.h>

char *g;

void
memcpy_var (size_t n)
{
  char *p = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap:$" } */
  /* { dg-message "^  flow: \\{temp\\} = &\\{storage for malloc\\(8\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from p = malloc\\(8\\) \\(assign\\) at \[^ \]*:14:13$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: p = \\{temp\\}:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from p = malloc\\(8\\) \\(assign\\) at \[^ \]*:14:9$" "" { target *-*-* } .-4 } */
  /* { dg-message "^  flow: \\{temp\\} = &p:$" "" { target *-*-* } .-5 } */
  /* { dg-message "^    from memcpy\\(&g, &p, n\\) \\(call argument\\) at \[^ \]*:24:3$" "" { target *-*-* } .-6 } */
  /* { dg-message "^  flow: \\{heap\\} = \\*\\{temp\\}:$" "" { target *-*-* } .-7 } */
  /* { dg-message "^    from memcpy\\(&g, &p, n\\) \\(call parameter, memcpy stores what it points to into its \\*dst\\) at \[^ \]*:24:3$" "" { target *-*-* } .-8 } */
  /* { dg-message "^malloc\\(8\\) escapes to heap$" "" { target *-*-* } .-9 } */
  memcpy (&g, &p, n);
}

void
strchr_kept (void)
{
  char *s = malloc (9); /* { dg-message "^malloc\\(9\\) escapes to heap:$" } */
  /* { dg-message "^  flow: s = &\\{storage for malloc\\(9\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from s = malloc\\(9\\) \\(assign\\) at \[^ \]*:30:13$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{temp\\} = s:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from g = strchr\\(s, \[^)\]*\\) \\(call parameter, strchr returns it\\) at \[^ \]*:39:7$" "" { target *-*-* } .-4 } */
  /* { dg-message "^  flow: \\{heap\\} = \\{temp\\}:$" "" { target *-*-* } .-5 } */
  /* { dg-message "^    from g = strchr\\(s, \[^)\]*\\) \\(assign\\) at \[^ \]*:39:5$" "" { target *-*-* } .-6 } */
  /* { dg-message "^malloc\\(9\\) escapes to heap$" "" { target *-*-* } .-7 } */
  s[0] = 0;
  g = strchr (s, 'x');
}

void
strtok_keeps (void)
{
  char *s = malloc (10); /* { dg-message "^malloc\\(10\\) escapes to heap:$" } */
  /* { dg-message "^  flow: s = &\\{storage for malloc\\(10\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from s = malloc\\(10\\) \\(assign\\) at \[^ \]*:45:13$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{heap\\} = s:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from strtok\\(s, \" \"\\) \\(call parameter, strtok leaks it to the heap\\) at \[^ \]*:52:3$" "" { target *-*-* } .-4 } */
  /* { dg-message "^malloc\\(10\\) escapes to heap$" "" { target *-*-* } .-5 } */
  s[0] = 0;
  strtok (s, " ");
}

void
fwrite_pointer (FILE *f) /* { dg-message "^f does not escape$" } */
{
  char *p = malloc (11); /* { dg-message "^malloc\\(11\\) escapes to heap:$" } */
  /* { dg-message "^  flow: \\{temp\\} = &\\{storage for malloc\\(11\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from p = malloc\\(11\\) \\(assign\\) at \[^ \]*:58:13$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: p = \\{temp\\}:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from p = malloc\\(11\\) \\(assign\\) at \[^ \]*:58:9$" "" { target *-*-* } .-4 } */
  /* { dg-message "^  flow: \\{temp\\} = &p:$" "" { target *-*-* } .-5 } */
  /* { dg-message "^    from fwrite\\(&p, 8, 1, f\\) \\(call argument\\) at \[^ \]*:68:3$" "" { target *-*-* } .-6 } */
  /* { dg-message "^  flow: \\{data\\} = \\*\\{temp\\}:$" "" { target *-*-* } .-7 } */
  /* { dg-message "^    from fwrite\\(&p, 8, 1, f\\) \\(call parameter, fwrite reads what it points to as data\\) at \[^ \]*:68:3$" "" { target *-*-* } .-8 } */
  /* { dg-message "^malloc\\(11\\) escapes to heap$" "" { target *-*-* } .-9 } */
  fwrite (&p, sizeof p, 1, f);
}
