/* A constructor that may be re-entered (its failure path prints, and
   stdio may run the program's cookie functions; or it calls through a
   pointer) but allocates nothing of its own beyond the object it hands
   over: its clone takes the caller's slot, and the caller, re-entered
   through it, holds that slot one activation at a time (bzip2recover's
   bsOpenReadStream).  Before, no clone was made of a re-entered
   constructor.  One that also allocates a scratch buffer of its own
   still gets none: a re-entered function's own slots are owned, in a copy
   of it the clone would not be.  walk recurses through the hook deeply,
   and each activation that is not the owner uses the heap.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2" } */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct bs
{
  FILE *f;
  int buf, live;
};

static void
fail (void)
{
  fprintf (stderr, "out of memory\n");
  exit (1);
}

static struct bs *
bs_open (FILE *f)
{
  struct bs *b = malloc (sizeof *b);
  if (!b)
    fail ();
  b->f = f;
  b->buf = 0;
  b->live = 1;
  return b;
}

__attribute__ ((noinline)) int
use_bs (int n)
{
  struct bs *b = bs_open (stdout);
  b->buf = n;
  int r = b->buf + b->live;
  free (b);
  return r;
}

static struct bs *
bs_open_scratch (FILE *f, int n)
{
  char *tmp = malloc (16);
  if (!tmp)
    fail ();
  memset (tmp, n, 16);
  struct bs *b = malloc (sizeof *b);
  if (!b)
    fail ();
  b->f = f;
  b->buf = tmp[3];
  b->live = 1;
  free (tmp);
  return b;
}

__attribute__ ((noinline)) int
use_scratch (int n)
{
  struct bs *b = bs_open_scratch (stdout, n);
  int r = b->buf + b->live;
  free (b);
  return r;
}

struct node
{
  int d;
  char pad[200];
};

static int (*hook) (int);

static struct node *
mk (int d)
{
  struct node *p = malloc (sizeof *p);
  if (!p)
    abort ();
  p->d = d;
  p->pad[0] = (char) d;
  if (hook)
    hook (d);
  return p;
}

__attribute__ ((noinline)) int
walk (int d)
{
  struct node *p = mk (d);
  int r = p->d + p->pad[0];
  free (p);
  return r;
}

static int
again (int d)
{
  return d < 20000 ? walk (d + 1) : 0;
}

int
main (void)
{
  hook = again;
  int w = walk (0);
  hook = 0;
  return use_bs (3) == 4 && use_scratch (2) == 3 && w == 0 ? 0 : 1;
}
/* { dg-message "^parameter f leaks to \\{result\\} with derefs=0:$" "" { target *-*-* } 31 } */
/* { dg-message "^  flow: \\{storage for malloc\\(16\\)\\} = f:$" "" { target *-*-* } 31 } */
/* { dg-message "^    from b->f = f \\(store\\) at \[^ \]*:36:8$" "" { target *-*-* } 31 } */
/* { dg-message "^  flow: b = &\\{storage for malloc\\(16\\)\\}:$" "" { target *-*-* } 31 } */
/* { dg-message "^    from b = malloc\\(16\\) \\(assign\\) at \[^ \]*:33:18$" "" { target *-*-* } 31 } */
/* { dg-message "^  flow: \\{temp\\} = b:$" "" { target *-*-* } 31 } */
/* { dg-message "^    from return b \\(assign\\) at \[^ \]*:39:10$" "" { target *-*-* } 31 } */
/* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } 31 } */
/* { dg-message "^    from return b \\(return\\) at \[^ \]*:39:10$" "" { target *-*-* } 31 } */
/* { dg-message "^leaking param: f$" "" { target *-*-* } 31 } */
/* { dg-message "^malloc\\(16\\) escapes to heap:$" "" { target *-*-* } 33 } */
/* { dg-message "^  flow: b = &\\{storage for malloc\\(16\\)\\}:$" "" { target *-*-* } 33 } */
/* { dg-message "^    from b = malloc\\(16\\) \\(assign\\) at \[^ \]*:33:18$" "" { target *-*-* } 33 } */
/* { dg-message "^  flow: \\{temp\\} = b:$" "" { target *-*-* } 33 } */
/* { dg-message "^    from return b \\(assign\\) at \[^ \]*:39:10$" "" { target *-*-* } 33 } */
/* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } 33 } */
/* { dg-message "^    from return b \\(return\\) at \[^ \]*:39:10$" "" { target *-*-* } 33 } */
/* { dg-message "^malloc\\(16\\) escapes to heap$" "" { target *-*-* } 33 } */
/* { dg-message "^  for its callers: moved to stack at \[^ \]*:45:18$" "" { target *-*-* } 33 } */
/* { dg-message "^moved to stack: bs_open\\(stdout\\)$" "" { target *-*-* } 45 } */
/* { dg-message "^  one activation of use_bs at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } 45 } */
/* { dg-message "^  use_bs may be re-entered: through bs_open, it calls fwrite, which may call back into the program$" "" { target *-*-* } 45 } */
/* { dg-message "^parameter f leaks to \\{result\\} with derefs=0:$" "" { target *-*-* } 53 } */
/* { dg-message "^  flow: \\{storage for malloc\\(16\\)\\} = f:$" "" { target *-*-* } 53 } */
/* { dg-message "^    from b->f = f \\(store\\) at \[^ \]*:62:8$" "" { target *-*-* } 53 } */
/* { dg-message "^  flow: b = &\\{storage for malloc\\(16\\)\\}:$" "" { target *-*-* } 53 } */
/* { dg-message "^    from b = malloc\\(16\\) \\(assign\\) at \[^ \]*:59:18$" "" { target *-*-* } 53 } */
/* { dg-message "^  flow: \\{temp\\} = b:$" "" { target *-*-* } 53 } */
/* { dg-message "^    from return b \\(assign\\) at \[^ \]*:66:10$" "" { target *-*-* } 53 } */
/* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } 53 } */
/* { dg-message "^    from return b \\(return\\) at \[^ \]*:66:10$" "" { target *-*-* } 53 } */
/* { dg-message "^leaking param: f$" "" { target *-*-* } 53 } */
/* { dg-message "^moved to stack: malloc\\(16\\)$" "" { target *-*-* } 55 } */
/* { dg-message "^  one activation of bs_open_scratch at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } 55 } */
/* { dg-message "^  bs_open_scratch may be re-entered: through fail, it calls fwrite, which may call back into the program$" "" { target *-*-* } 55 } */
/* { dg-message "^malloc\\(16\\) escapes to heap:$" "" { target *-*-* } 59 } */
/* { dg-message "^  flow: b = &\\{storage for malloc\\(16\\)\\}:$" "" { target *-*-* } 59 } */
/* { dg-message "^    from b = malloc\\(16\\) \\(assign\\) at \[^ \]*:59:18$" "" { target *-*-* } 59 } */
/* { dg-message "^  flow: \\{temp\\} = b:$" "" { target *-*-* } 59 } */
/* { dg-message "^    from return b \\(assign\\) at \[^ \]*:66:10$" "" { target *-*-* } 59 } */
/* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } 59 } */
/* { dg-message "^    from return b \\(return\\) at \[^ \]*:66:10$" "" { target *-*-* } 59 } */
/* { dg-message "^malloc\\(16\\) escapes to heap$" "" { target *-*-* } 59 } */
/* { dg-message "^  for its callers: does not escape at \[^ \]*:72:18$" "" { target *-*-* } 59 } */
/* { dg-message "^bs_open_scratch\\(stdout, n\\) does not escape$" "" { target *-*-* } 72 } */
/* { dg-message "^bs_open_scratch\\(stdout, n\\) not moved to stack: allocated by the function it calls, which a clone cannot make take this frame's slot$" "" { target *-*-* } 72 } */
/* { dg-message "^  bs_open_scratch may be re-entered: through fail, it calls fwrite, which may call back into the program; and it allocates objects of its own$" "" { target *-*-* } 72 } */
/* { dg-message "^malloc\\(204\\) escapes to heap:$" "" { target *-*-* } 89 } */
/* { dg-message "^  flow: p = &\\{storage for malloc\\(204\\)\\}:$" "" { target *-*-* } 89 } */
/* { dg-message "^    from p = malloc\\(204\\) \\(assign\\) at \[^ \]*:89:20$" "" { target *-*-* } 89 } */
/* { dg-message "^  flow: \\{temp\\} = p:$" "" { target *-*-* } 89 } */
/* { dg-message "^    from return p \\(assign\\) at \[^ \]*:96:10$" "" { target *-*-* } 89 } */
/* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } 89 } */
/* { dg-message "^    from return p \\(return\\) at \[^ \]*:96:10$" "" { target *-*-* } 89 } */
/* { dg-message "^malloc\\(204\\) escapes to heap$" "" { target *-*-* } 89 } */
/* { dg-message "^  for its callers: moved to stack at \[^ \]*:102:20$" "" { target *-*-* } 89 } */
/* { dg-message "^moved to stack: mk\\(d\\)$" "" { target *-*-* } 102 } */
/* { dg-message "^  one activation of walk at a time takes its slot and the others use the heap, so that recursion cannot multiply it$" "" { target *-*-* } 102 } */
/* { dg-message "^  walk may be re-entered: through mk, it calls through a pointer at line 95$" "" { target *-*-* } 102 } */
