/* Why a constructor's object stays on the heap although it lives and
   dies in its caller: at -m=2 the line after "not moved to stack:
   allocated by the function it calls" names what keeps a clone of the
   constructor from taking the caller's slot, a change a user can make.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2" } */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

struct box
{
  int v;
  struct box *next;
};

static struct box *
box_new (int v)
{
  struct box *b = malloc (sizeof *b); /* { dg-message "^malloc\\(16\\) escapes to heap:$" } */
  /* { dg-message "^  flow: b = &\\{storage for malloc\\(16\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from b = malloc\\(16\\) \\(assign\\) at \[^ \]*:20:19$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{temp\\} = b:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from return b \\(assign\\) at \[^ \]*:32:10$" "" { target *-*-* } .-4 } */
  /* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } .-5 } */
  /* { dg-message "^    from return b \\(return\\) at \[^ \]*:32:10$" "" { target *-*-* } .-6 } */
  /* { dg-message "^malloc\\(16\\) escapes to heap$" "" { target *-*-* } .-7 } */
  if (!b)
    abort ();
  b->v = v;
  b->next = NULL;
  return b;
}

/* Variadic: GCC does not clone it.  */
static struct box *
box_va (int v, ...)
{
  return box_new (v); /* { dg-message "^box_new\\(v\\) escapes to heap:$" } */
  /* { dg-message "^  flow: \\{temp\\} = &\\{storage for box_new\\(v\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from return box_new\\(v\\) \\(assign\\) at \[^ \]*:39:10$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from return box_new\\(v\\) \\(return\\) at \[^ \]*:39:10$" "" { target *-*-* } .-4 } */
  /* { dg-message "^box_new\\(v\\) escapes to heap$" "" { target *-*-* } .-5 } */
}

/* Recursive: its own slots would be owned, in a copy a clone lacks.  */
static struct box *
box_rec (int v)
{
  if (v > 100)
    return box_rec (v - 1);
  return box_new (v); /* { dg-message "^box_new\\(v\\) escapes to heap:$" } */
  /* { dg-message "^  flow: \\{temp\\} = &\\{storage for box_new\\(v\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from \\{temp\\} = box_new\\(v\\) \\(assign\\) at \[^ \]*:53:10$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{temp\\} = \\{temp\\}:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from return \\(where control flow merges\\) at \[^ \]*:53:10$" "" { target *-*-* } .-4 } */
  /* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } .-5 } */
  /* { dg-message "^    from return \\(return\\)$" "" { target *-*-* } .-6 } */
  /* { dg-message "^box_new\\(v\\) escapes to heap$" "" { target *-*-* } .-7 } */
}

/* Disposes of the box on failure through a function that also
   allocates: it has no release clone (its slot could ride along into a
   clone that recurses).  */
static void
drop (struct box *b) /* { dg-message "^b does not escape$" } */
{
  char *log = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  if (log)
    {
      log[0] = (char) b->v;
      free (log);
    }
  free (b);
}

static struct box *
box_checked (int v)
{
  struct box *b = box_new (v); /* { dg-message "^box_new\\(v\\) escapes to heap:$" } */
  /* { dg-message "^  flow: b = &\\{storage for box_new\\(v\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from b = box_new\\(v\\) \\(assign\\) at \[^ \]*:81:19$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{temp\\} = b:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from return b \\(assign\\) at \[^ \]*:96:10$" "" { target *-*-* } .-4 } */
  /* { dg-message "^  flow: \\{temp\\} = \\{temp\\}:$" "" { target *-*-* } .-5 } */
  /* { dg-message "^    from return b \\(where control flow merges\\) at \[^ \]*:96:10$" "" { target *-*-* } .-6 } */
  /* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } .-7 } */
  /* { dg-message "^    from return b \\(return\\)$" "" { target *-*-* } .-8 } */
  /* { dg-message "^box_new\\(v\\) escapes to heap$" "" { target *-*-* } .-9 } */
  if (v < 0)
    {
      drop (b);
      return NULL;
    }
  return b;
}

/* More than four constructor calls down.  */
static struct box *c1 (int v) { return box_new (v); } /* { dg-message "^box_new\\(v\\) escapes to heap:$" } */
/* { dg-message "^  flow: \\{temp\\} = &\\{storage for box_new\\(v\\)\\}:$" "" { target *-*-* } .-1 } */
/* { dg-message "^    from return box_new\\(v\\) \\(assign\\) at \[^ \]*:100:40$" "" { target *-*-* } .-2 } */
/* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } .-3 } */
/* { dg-message "^    from return box_new\\(v\\) \\(return\\) at \[^ \]*:100:40$" "" { target *-*-* } .-4 } */
/* { dg-message "^box_new\\(v\\) escapes to heap$" "" { target *-*-* } .-5 } */
static struct box *c2 (int v) { return c1 (v); } /* { dg-message "^c1\\(v\\) escapes to heap:$" } */
/* { dg-message "^  flow: \\{temp\\} = &\\{storage for c1\\(v\\)\\}:$" "" { target *-*-* } .-1 } */
/* { dg-message "^    from return c1\\(v\\) \\(assign\\) at \[^ \]*:106:40$" "" { target *-*-* } .-2 } */
/* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } .-3 } */
/* { dg-message "^    from return c1\\(v\\) \\(return\\) at \[^ \]*:106:40$" "" { target *-*-* } .-4 } */
/* { dg-message "^c1\\(v\\) escapes to heap$" "" { target *-*-* } .-5 } */
static struct box *c3 (int v) { return c2 (v); } /* { dg-message "^c2\\(v\\) escapes to heap:$" } */
/* { dg-message "^  flow: \\{temp\\} = &\\{storage for c2\\(v\\)\\}:$" "" { target *-*-* } .-1 } */
/* { dg-message "^    from return c2\\(v\\) \\(assign\\) at \[^ \]*:112:40$" "" { target *-*-* } .-2 } */
/* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } .-3 } */
/* { dg-message "^    from return c2\\(v\\) \\(return\\) at \[^ \]*:112:40$" "" { target *-*-* } .-4 } */
/* { dg-message "^c2\\(v\\) escapes to heap$" "" { target *-*-* } .-5 } */
static struct box *c4 (int v) { return c3 (v); } /* { dg-message "^c3\\(v\\) escapes to heap:$" } */
/* { dg-message "^  flow: \\{temp\\} = &\\{storage for c3\\(v\\)\\}:$" "" { target *-*-* } .-1 } */
/* { dg-message "^    from return c3\\(v\\) \\(assign\\) at \[^ \]*:118:40$" "" { target *-*-* } .-2 } */
/* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } .-3 } */
/* { dg-message "^    from return c3\\(v\\) \\(return\\) at \[^ \]*:118:40$" "" { target *-*-* } .-4 } */
/* { dg-message "^c3\\(v\\) escapes to heap$" "" { target *-*-* } .-5 } */
static struct box *c5 (int v) { return c4 (v); } /* { dg-message "^c4\\(v\\) escapes to heap:$" } */
/* { dg-message "^  flow: \\{temp\\} = &\\{storage for c4\\(v\\)\\}:$" "" { target *-*-* } .-1 } */
/* { dg-message "^    from return c4\\(v\\) \\(assign\\) at \[^ \]*:124:40$" "" { target *-*-* } .-2 } */
/* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } .-3 } */
/* { dg-message "^    from return c4\\(v\\) \\(return\\) at \[^ \]*:124:40$" "" { target *-*-* } .-4 } */
/* { dg-message "^c4\\(v\\) escapes to heap$" "" { target *-*-* } .-5 } */

/* Grown by realloc.  */
static char *
grown (const char *s) /* { dg-message "^parameter s leaks to \\{result\\} with derefs=1:$" } */
/* { dg-message "^  flow: \\{storage for realloc\\(p, strlen\\(s\\) \\+ 1\\)\\} = \\*s:$" "" { target *-*-* } .-1 } */
/* { dg-message "^    from strcpy\\(p, s\\) \\(call parameter, strcpy stores what it points to into its \\*dst\\) at \[^ \]*:158:3$" "" { target *-*-* } .-2 } */
/* { dg-message "^  flow: p = &\\{storage for realloc\\(p, strlen\\(s\\) \\+ 1\\)\\}:$" "" { target *-*-* } .-3 } */
/* { dg-message "^    from p = realloc\\(p, strlen\\(s\\) \\+ 1\\) \\(assign\\) at \[^ \]*:148:7$" "" { target *-*-* } .-4 } */
/* { dg-message "^  flow: \\{temp\\} = p:$" "" { target *-*-* } .-5 } */
/* { dg-message "^    from return p \\(assign\\) at \[^ \]*:159:10$" "" { target *-*-* } .-6 } */
/* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } .-7 } */
/* { dg-message "^    from return p \\(return\\) at \[^ \]*:159:10$" "" { target *-*-* } .-8 } */
/* { dg-message "^leaking param content: s$" "" { target *-*-* } .-9 } */
{
  char *p = malloc (4); /* { dg-message "^moved to stack: malloc\\(4\\)$" } */
  /* { dg-message "^  realloc grows it into a new heap block, which escapes$" "" { target *-*-* } .-1 } */
  if (!p)
    abort ();
  p = realloc (p, strlen (s) + 1); /* { dg-message "^realloc\\(p, strlen\\(s\\) \\+ 1\\) escapes to heap:$" } */
  /* { dg-message "^  flow: p = &\\{storage for realloc\\(p, strlen\\(s\\) \\+ 1\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from p = realloc\\(p, strlen\\(s\\) \\+ 1\\) \\(assign\\) at \[^ \]*:148:7$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{temp\\} = p:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from return p \\(assign\\) at \[^ \]*:159:10$" "" { target *-*-* } .-4 } */
  /* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } .-5 } */
  /* { dg-message "^    from return p \\(return\\) at \[^ \]*:159:10$" "" { target *-*-* } .-6 } */
  /* { dg-message "^realloc\\(p, strlen\\(s\\) \\+ 1\\) escapes to heap$" "" { target *-*-* } .-7 } */
  if (!p)
    abort ();
  strcpy (p, s);
  return p;
}

/* Copied by strdup, which does not move.  */
static char *
copy (const char *s) /* { dg-message "^copy is an allocator \\(wraps strdup; size: unknown\\)$" } */
/* { dg-message "^s does not escape$" "" { target *-*-* } .-1 } */
{
  char *p = strdup (s); /* { dg-message "^strdup\\(s\\) escapes to heap:$" } */
  /* { dg-message "^  flow: p = &\\{storage for strdup\\(s\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from p = strdup\\(s\\) \\(assign\\) at \[^ \]*:167:13$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{temp\\} = p:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from return p \\(assign\\) at \[^ \]*:177:10$" "" { target *-*-* } .-4 } */
  /* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } .-5 } */
  /* { dg-message "^    from return p \\(return\\) at \[^ \]*:177:10$" "" { target *-*-* } .-6 } */
  /* { dg-message "^strdup\\(s\\) escapes to heap$" "" { target *-*-* } .-7 } */
  if (!p)
    abort ();
  return p;
}

int
use (const char *s) /* { dg-message "^s does not escape$" } */
{
  struct box *a = box_va (1, 2); /* { dg-message "^box_va\\(1, 2\\) does not escape$" } */
  /* { dg-message "^box_va\\(1, 2\\) not moved to stack: allocated by the function it calls, which a clone cannot make take this frame's slot$" "" { target *-*-* } .-1 } */
  /* { dg-message "^  box_va is variadic$" "" { target *-*-* } .-2 } */
  struct box *b = box_rec (2);
  struct box *c = box_checked (3); /* { dg-message "^box_checked\\(3\\) does not escape$" } */
  /* { dg-message "^box_checked\\(3\\) not moved to stack: allocated by the function it calls, which a clone cannot make take this frame's slot$" "" { target *-*-* } .-1 } */
  /* { dg-message "^  box_checked hands it to a function that frees it and has no release clone$" "" { target *-*-* } .-2 } */
  struct box *f = c5 (4); /* { dg-message "^c5\\(4\\) does not escape$" } */
  /* { dg-message "^c5\\(4\\) not moved to stack: allocated by the function it calls, which a clone cannot make take this frame's slot$" "" { target *-*-* } .-1 } */
  /* { dg-message "^  c1 is more than four constructor calls down$" "" { target *-*-* } .-2 } */
  char *d = grown (s); /* { dg-message "^grown\\(s\\) does not escape$" } */
  /* { dg-message "^grown\\(s\\) not moved to stack: allocated by the function it calls, which a clone cannot make take this frame's slot$" "" { target *-*-* } .-1 } */
  /* { dg-message "^  grown makes it in a call the transform has already changed there$" "" { target *-*-* } .-2 } */
  /* { dg-message "^moved to stack: grown\\(s\\): realloc\\(p, strlen\\(s\\) \\+ 1\\) at \[^ \]*:148$" "" { target *-*-* } .-3 } */
  /* { dg-message "^  a 64-byte stack slot when it asks for at most that, the heap otherwise$" "" { target *-*-* } .-4 } */
  char *e = copy (s); /* { dg-message "^copy\\(s\\) does not escape$" } */
  /* { dg-message "^copy\\(s\\) not moved to stack: only malloc, calloc and aligned_alloc move$" "" { target *-*-* } .-1 } */
  int r = a->v + b->v + c->v + d[0] + e[0] + f->v;
  free (f);
  free (a);
  free (b);
  free (c);
  free (d);
  free (e);
  return r;
}

/* Where the objects its constructors hand over go in their callers
   (-m=2; at the end, so that no line above moves).  */
/* { dg-message "^  for its callers: escapes to heap at \[^ \]*:39:10, \[^ \]*:53:10, \[^ \]*:81:19 and 1 more$" "" { target *-*-* } 20 } */
/* { dg-message "^  for its callers: does not escape at \[^ \]*:183:19$" "" { target *-*-* } 39 } */
/* { dg-message "^  for its callers: does not escape at \[^ \]*:187:19$" "" { target *-*-* } 81 } */
/* { dg-message "^  for its callers: escapes to heap at \[^ \]*:106:40$" "" { target *-*-* } 100 } */
/* { dg-message "^  for its callers: escapes to heap at \[^ \]*:112:40$" "" { target *-*-* } 106 } */
/* { dg-message "^  for its callers: escapes to heap at \[^ \]*:118:40$" "" { target *-*-* } 112 } */
/* { dg-message "^  for its callers: escapes to heap at \[^ \]*:124:40$" "" { target *-*-* } 118 } */
/* { dg-message "^  for its callers: does not escape at \[^ \]*:190:19$" "" { target *-*-* } 124 } */
/* { dg-message "^  for its callers: does not escape at \[^ \]*:193:13$" "" { target *-*-* } 144 } */
/* { dg-message "^  for its callers: moved to stack at \[^ \]*:193:13$" "" { target *-*-* } 148 } */
