/* Notes write C as the source wrote it: an array element, not the pointer
   arithmetic GIMPLE makes of it ("lib->entries[i].name", not
   "(lib->entries + i * 16)->name"); a sum of calls with the parentheses C
   needs ("malloc(strlen(a) + strlen(b) + 1)", not "malloc(({temp} +
   {temp}) + 1)"); "return s", not "return {temp}", where several returns
   merge; and pointer arithmetic in elements ("return b + 1").  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m=2" } */

#include <stdlib.h>
#include <string.h>

struct entry { char *name; int n; };
struct lib { struct entry *entries; int count; };
struct lib *lib_state;

char *
cat2 (const char *a, const char *b) /* { dg-message "^parameter a leaks to \\{result\\} with derefs=1:$" } */
/* { dg-message "^  flow: \\{storage for malloc\\(strlen\\(a\\) \\+ strlen\\(b\\) \\+ 1\\)\\} = \\*a:$" "" { target *-*-* } .-1 } */
/* { dg-message "^    from strcpy\\(s, a\\) \\(call parameter, strcpy stores what it points to into its \\*dst\\) at \[^ \]*:47:3$" "" { target *-*-* } .-2 } */
/* { dg-message "^  flow: s = &\\{storage for malloc\\(strlen\\(a\\) \\+ strlen\\(b\\) \\+ 1\\)\\}:$" "" { target *-*-* } .-3 } */
/* { dg-message "^    from s = malloc\\(strlen\\(a\\) \\+ strlen\\(b\\) \\+ 1\\) \\(assign\\) at \[^ \]*:35:13$" "" { target *-*-* } .-4 } */
/* { dg-message "^  flow: \\{temp\\} = s:$" "" { target *-*-* } .-5 } */
/* { dg-message "^    from return s \\(assign\\) at \[^ \]*:49:10$" "" { target *-*-* } .-6 } */
/* { dg-message "^  flow: \\{temp\\} = \\{temp\\}:$" "" { target *-*-* } .-7 } */
/* { dg-message "^    from return s \\(where control flow merges\\) at \[^ \]*:49:10$" "" { target *-*-* } .-8 } */
/* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } .-9 } */
/* { dg-message "^    from return s \\(return\\)$" "" { target *-*-* } .-10 } */
/* { dg-message "^leaking param content: a$" "" { target *-*-* } .-11 } */
/* { dg-message "^parameter b leaks to \\{result\\} with derefs=1:$" "" { target *-*-* } .-12 } */
/* { dg-message "^  flow: \\{storage for malloc\\(strlen\\(a\\) \\+ strlen\\(b\\) \\+ 1\\)\\} = \\*b:$" "" { target *-*-* } .-13 } */
/* { dg-message "^    from strcat\\(s, b\\) \\(call parameter, strcat stores what it points to into its \\*dst\\) at \[^ \]*:48:3$" "" { target *-*-* } .-14 } */
/* { dg-message "^leaking param content: b$" "" { target *-*-* } .-15 } */
{
  char *s = malloc (strlen (a) + strlen (b) + 1); /* { dg-message "^malloc\\(strlen\\(a\\) \\+ strlen\\(b\\) \\+ 1\\) escapes to heap:$" } */
  /* { dg-message "^  flow: s = &\\{storage for malloc\\(strlen\\(a\\) \\+ strlen\\(b\\) \\+ 1\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from s = malloc\\(strlen\\(a\\) \\+ strlen\\(b\\) \\+ 1\\) \\(assign\\) at \[^ \]*:35:13$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{temp\\} = s:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from return s \\(assign\\) at \[^ \]*:49:10$" "" { target *-*-* } .-4 } */
  /* { dg-message "^  flow: \\{temp\\} = \\{temp\\}:$" "" { target *-*-* } .-5 } */
  /* { dg-message "^    from return s \\(where control flow merges\\) at \[^ \]*:49:10$" "" { target *-*-* } .-6 } */
  /* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } .-7 } */
  /* { dg-message "^    from return s \\(return\\)$" "" { target *-*-* } .-8 } */
  /* { dg-message "^malloc\\(strlen\\(a\\) \\+ strlen\\(b\\) \\+ 1\\) escapes to heap$" "" { target *-*-* } .-9 } */
  if (!s)
    return 0;
  strcpy (s, a);
  strcat (s, b);
  return s;
}

void
name_it (int state_idx, const char *a) /* { dg-message "^parameter a leaks to \\{heap\\} with derefs=1:$" } */
/* { dg-message "^  flow: \\{storage for malloc\\(strlen\\(a\\) \\+ 1\\)\\} = \\*a:$" "" { target *-*-* } .-1 } */
/* { dg-message "^    from strcpy\\(n, a\\) \\(call parameter, strcpy stores what it points to into its \\*dst\\) at \[^ \]*:68:3$" "" { target *-*-* } .-2 } */
/* { dg-message "^  flow: n = &\\{storage for malloc\\(strlen\\(a\\) \\+ 1\\)\\}:$" "" { target *-*-* } .-3 } */
/* { dg-message "^    from n = malloc\\(strlen\\(a\\) \\+ 1\\) \\(assign\\) at \[^ \]*:62:13$" "" { target *-*-* } .-4 } */
/* { dg-message "^  flow: \\{heap\\} = n:$" "" { target *-*-* } .-5 } */
/* { dg-message "^    from lib_state->entries\\\[state_idx\\]\\.name = n \\(store\\) at \[^ \]*:69:38$" "" { target *-*-* } .-6 } */
/* { dg-message "^leaking param content: a$" "" { target *-*-* } .-7 } */
{
  char *n = malloc (strlen (a) + 1); /* { dg-message "^malloc\\(strlen\\(a\\) \\+ 1\\) escapes to heap:$" } */
  /* { dg-message "^  flow: n = &\\{storage for malloc\\(strlen\\(a\\) \\+ 1\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from n = malloc\\(strlen\\(a\\) \\+ 1\\) \\(assign\\) at \[^ \]*:62:13$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{heap\\} = n:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from lib_state->entries\\\[state_idx\\]\\.name = n \\(store\\) at \[^ \]*:69:38$" "" { target *-*-* } .-4 } */
  /* { dg-message "^malloc\\(strlen\\(a\\) \\+ 1\\) escapes to heap$" "" { target *-*-* } .-5 } */
  strcpy (n, a);
  lib_state->entries[state_idx].name = n;
}

long *
past_first (void)
{
  long *b = malloc (4 * sizeof *b); /* { dg-message "^malloc\\(32\\) escapes to heap:$" } */
  /* { dg-message "^  flow: b = &\\{storage for malloc\\(32\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from b = malloc\\(32\\) \\(assign\\) at \[^ \]*:75:13$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{temp\\} = b:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from return b \\+ 1 \\(assign\\) at \[^ \]*:85:12$" "" { target *-*-* } .-4 } */
  /* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } .-5 } */
  /* { dg-message "^    from return b \\+ 1 \\(return\\) at \[^ \]*:85:12$" "" { target *-*-* } .-6 } */
  /* { dg-message "^malloc\\(32\\) escapes to heap$" "" { target *-*-* } .-7 } */
  if (b)
    b[0] = 1;
  return b + 1;
}

int
sum3 (int n)
{
  int *v = malloc (3 * sizeof *v); /* { dg-message "^malloc\\(12\\) does not escape$" } */
  int *w = malloc ((n + 1) * 4); /* { dg-message "^malloc\\(\\(n \\+ 1\\) \\* 4\\) does not escape$" } */
  v[0] = 1;
  v[1] = w[0] = n;
  v[2] = n;
  int r = v[0] + v[1] + v[2] + w[0];
  free (v);
  free (w);
  return r;
}
