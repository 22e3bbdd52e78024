/* -m=2 through calls: a flow that a call makes names the callee and what
   its summary does with the argument (stores it into *o, leaks it to the
   heap, returns it, at a level when it goes through a dereference).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m=2" } */
#include <stdlib.h>

struct box { char *p; };
char *g;
struct box *gbox;

static void
set (struct box *o, char *v) /* { dg-message "^o does not escape$" } */
/* { dg-message "^parameter v leaks to \\*o with derefs=0:$" "" { target *-*-* } .-1 } */
/* { dg-message "^  flow: \\*o = v:$" "" { target *-*-* } .-2 } */
/* { dg-message "^    from o->p = v \\(store\\) at \[^ \]*:19:8$" "" { target *-*-* } .-3 } */
/* { dg-message "^leaking param: v into \\*o$" "" { target *-*-* } .-4 } */
{
  o->p = v;
}

static void
keep (char *p) /* { dg-message "^parameter p leaks to \\{heap\\} with derefs=0:$" } */
/* { dg-message "^  flow: \\{heap\\} = p:$" "" { target *-*-* } .-1 } */
/* { dg-message "^    from g = p \\(assign\\) at \[^ \]*:28:5$" "" { target *-*-* } .-2 } */
/* { dg-message "^leaking param: p$" "" { target *-*-* } .-3 } */
{
  g = p;
}

static char *
id (char *p) /* { dg-message "^parameter p leaks to \\{result\\} with derefs=0:$" } */
/* { dg-message "^  flow: \\{temp\\} = p:$" "" { target *-*-* } .-1 } */
/* { dg-message "^    from return p \\(assign\\) at \[^ \]*:39:10$" "" { target *-*-* } .-2 } */
/* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } .-3 } */
/* { dg-message "^    from return p \\(return\\) at \[^ \]*:39:10$" "" { target *-*-* } .-4 } */
/* { dg-message "^leaking param: p to result$" "" { target *-*-* } .-5 } */
{
  return p;
}

static char *
first (char **pp) /* { dg-message "^parameter pp leaks to \\{result\\} with derefs=1:$" } */
/* { dg-message "^  flow: \\{temp\\} = \\*pp:$" "" { target *-*-* } .-1 } */
/* { dg-message "^    from return \\*pp \\(assign\\) at \[^ \]*:50:10$" "" { target *-*-* } .-2 } */
/* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } .-3 } */
/* { dg-message "^    from return \\*pp \\(return\\) at \[^ \]*:50:10$" "" { target *-*-* } .-4 } */
/* { dg-message "^leaking param: pp to result level=1$" "" { target *-*-* } .-5 } */
{
  return *pp;
}

static void
copy_first (char **dst, char **src) /* { dg-message "^dst does not escape$" } */
/* { dg-message "^parameter src leaks to \\*dst with derefs=1:$" "" { target *-*-* } .-1 } */
/* { dg-message "^  flow: \\{temp\\} = \\*src:$" "" { target *-*-* } .-2 } */
/* { dg-message "^    from \\*dst = \\*src \\(assign\\) at \[^ \]*:62:10$" "" { target *-*-* } .-3 } */
/* { dg-message "^  flow: \\*dst = \\{temp\\}:$" "" { target *-*-* } .-4 } */
/* { dg-message "^    from \\*dst = \\*src \\(store\\) at \[^ \]*:62:8$" "" { target *-*-* } .-5 } */
/* { dg-message "^leaking param: src into \\*dst level=1$" "" { target *-*-* } .-6 } */
{
  *dst = *src;
}

/* The callee stores the argument into what the global gbox points to.  */
void
stored_by_callee (void)
{
  set (gbox, malloc (8)); /* { dg-message "^malloc\\(8\\) escapes to heap:$" } */
  /* { dg-message "^  flow: \\{temp\\} = &\\{storage for malloc\\(8\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from set\\(gbox, malloc\\(8\\)\\) \\(assign\\) at \[^ \]*:69:14$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{heap\\} = \\{temp\\}:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from set\\(gbox, malloc\\(8\\)\\) \\(call parameter, set stores it into its \\*o\\) at \[^ \]*:69:3$" "" { target *-*-* } .-4 } */
  /* { dg-message "^malloc\\(8\\) escapes to heap$" "" { target *-*-* } .-5 } */
}

void
kept_by_callee (void)
{
  char *m = malloc (9); /* { dg-message "^malloc\\(9\\) escapes to heap:$" } */
  /* { dg-message "^  flow: m = &\\{storage for malloc\\(9\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from m = malloc\\(9\\) \\(assign\\) at \[^ \]*:80:13$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{heap\\} = m:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from keep\\(m\\) \\(call parameter, keep leaks it to the heap\\) at \[^ \]*:86:3$" "" { target *-*-* } .-4 } */
  /* { dg-message "^malloc\\(9\\) escapes to heap$" "" { target *-*-* } .-5 } */
  keep (m);
}

void
returned_by_callee (void)
{
  g = id (malloc (10)); /* { dg-message "^malloc\\(10\\) escapes to heap:$" } */
  /* { dg-message "^  flow: \\{temp\\} = &\\{storage for malloc\\(10\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from g = id\\(malloc\\(10\\)\\) \\(assign\\) at \[^ \]*:92:11$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{temp\\} = \\{temp\\}:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from g = id\\(malloc\\(10\\)\\) \\(call parameter, id returns it\\) at \[^ \]*:92:7$" "" { target *-*-* } .-4 } */
  /* { dg-message "^  flow: \\{heap\\} = \\{temp\\}:$" "" { target *-*-* } .-5 } */
  /* { dg-message "^    from g = id\\(malloc\\(10\\)\\) \\(assign\\) at \[^ \]*:92:5$" "" { target *-*-* } .-6 } */
  /* { dg-message "^malloc\\(10\\) escapes to heap$" "" { target *-*-* } .-7 } */
}

void
loaded_by_callee (void)
{
  char *p = malloc (11); /* { dg-message "^malloc\\(11\\) escapes to heap:$" } */
  /* { dg-message "^  flow: \\{temp\\} = &\\{storage for malloc\\(11\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from p = malloc\\(11\\) \\(assign\\) at \[^ \]*:105:13$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: p = \\{temp\\}:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from p = malloc\\(11\\) \\(assign\\) at \[^ \]*:105:9$" "" { target *-*-* } .-4 } */
  /* { dg-message "^  flow: \\{temp\\} = &p:$" "" { target *-*-* } .-5 } */
  /* { dg-message "^    from g = first\\(&p\\) \\(call argument\\) at \[^ \]*:117:7$" "" { target *-*-* } .-6 } */
  /* { dg-message "^  flow: \\{temp\\} = \\*\\{temp\\}:$" "" { target *-*-* } .-7 } */
  /* { dg-message "^    from g = first\\(&p\\) \\(call parameter, first returns what it points to\\) at \[^ \]*:117:7$" "" { target *-*-* } .-8 } */
  /* { dg-message "^  flow: \\{heap\\} = \\{temp\\}:$" "" { target *-*-* } .-9 } */
  /* { dg-message "^    from g = first\\(&p\\) \\(assign\\) at \[^ \]*:117:5$" "" { target *-*-* } .-10 } */
  /* { dg-message "^malloc\\(11\\) escapes to heap$" "" { target *-*-* } .-11 } */
  g = first (&p);
}

void
copied_by_callee (void)
{
  char *p = malloc (12); /* { dg-message "^malloc\\(12\\) escapes to heap:$" } */
  /* { dg-message "^  flow: \\{temp\\} = &\\{storage for malloc\\(12\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from p = malloc\\(12\\) \\(assign\\) at \[^ \]*:123:13$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: p = \\{temp\\}:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from p = malloc\\(12\\) \\(assign\\) at \[^ \]*:123:9$" "" { target *-*-* } .-4 } */
  /* { dg-message "^  flow: \\{temp\\} = &p:$" "" { target *-*-* } .-5 } */
  /* { dg-message "^    from copy_first\\(&g, &p\\) \\(call argument\\) at \[^ \]*:133:3$" "" { target *-*-* } .-6 } */
  /* { dg-message "^  flow: \\{heap\\} = \\*\\{temp\\}:$" "" { target *-*-* } .-7 } */
  /* { dg-message "^    from copy_first\\(&g, &p\\) \\(call parameter, copy_first stores what it points to into its \\*dst\\) at \[^ \]*:133:3$" "" { target *-*-* } .-8 } */
  /* { dg-message "^malloc\\(12\\) escapes to heap$" "" { target *-*-* } .-9 } */
  copy_first (&g, &p);
}

/* The caller's own parameters, through the same callees.  */
void
param_stored_by_callee (struct box *o, char *v) /* { dg-message "^o does not escape$" } */
/* { dg-message "^parameter v leaks to \\*o with derefs=0:$" "" { target *-*-* } .-1 } */
/* { dg-message "^  flow: \\*o = v:$" "" { target *-*-* } .-2 } */
/* { dg-message "^    from set\\(o, v\\) \\(call parameter, set stores it into its \\*o\\) at \[^ \]*:144:3$" "" { target *-*-* } .-3 } */
/* { dg-message "^leaking param: v into \\*o$" "" { target *-*-* } .-4 } */
{
  set (o, v);
}

void
param_kept_by_callee (char *q) /* { dg-message "^parameter q leaks to \\{heap\\} with derefs=0:$" } */
/* { dg-message "^  flow: \\{heap\\} = q:$" "" { target *-*-* } .-1 } */
/* { dg-message "^    from keep\\(q\\) \\(call parameter, keep leaks it to the heap\\) at \[^ \]*:153:3$" "" { target *-*-* } .-2 } */
/* { dg-message "^leaking param: q$" "" { target *-*-* } .-3 } */
{
  keep (q);
}

char *
param_returned_by_callee (char *q) /* { dg-message "^parameter q leaks to \\{result\\} with derefs=0:$" } */
/* { dg-message "^  flow: \\{temp\\} = q:$" "" { target *-*-* } .-1 } */
/* { dg-message "^    from return id\\(q\\) \\(call parameter, id returns it\\) at \[^ \]*:164:10$" "" { target *-*-* } .-2 } */
/* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } .-3 } */
/* { dg-message "^    from return id\\(q\\) \\(return\\) at \[^ \]*:164:10$" "" { target *-*-* } .-4 } */
/* { dg-message "^leaking param: q to result$" "" { target *-*-* } .-5 } */
{
  return id (q);
}
