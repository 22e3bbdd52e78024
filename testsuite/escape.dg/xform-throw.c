/* With -fexceptions, an allocator whose declaration does not say it
   cannot throw (here one the program declares, allocator=) may throw:
   it stays, since its exception edge would be lost.  And with
   -fno-builtin GCC does not take malloc and free for the C library's
   (the program may define its own in another unit, whose calls GCC
   keeps): neither does the plugin, so malloc makes no allocation site
   and nothing of it moves (adversarial finding: a counting malloc of
   another unit saw none of its calls).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2 -fexceptions -fno-builtin -fplugin-arg-escape-allocator=xalloc:1:xfree:1" } */

typedef __SIZE_TYPE__ size_t;
void *malloc (size_t);
void free (void *);
void abort (void);

static int allocated, freed;

__attribute__ ((noinline)) void *
xalloc (size_t n)
{
  allocated++;
  return malloc (n);
}

__attribute__ ((noinline)) void
xfree (void *p) /* { dg-message "^parameter p leaks to \\{heap\\} with derefs=0:$" } */
/* { dg-message "^  flow: \\{heap\\} = p:$" "" { target *-*-* } .-1 } */
/* { dg-message "^    from free\\(p\\) \\(call parameter, free is defined in another unit\\) at " "" { target *-*-* } .-2 } */
/* { dg-message "^leaking param: p$" "" { target *-*-* } .-3 } */
{
  freed++;
  free (p);
}

static int
f (void)
{
  char *p = xalloc (16); /* { dg-message "^xalloc\\(16\\) does not escape$" } */
  /* { dg-message "^xalloc\\(16\\) not moved to stack: the call may throw$" "" { target *-*-* } .-1 } */
  if (!p)
    return 1;
  for (int i = 0; i < 16; i++)
    p[i] = i;
  int r = p[15] != 15;
  xfree (p);
  return r;
}

static int
g (void)
{
  char *p = malloc (16);
  if (!p)
    return 1;
  for (int i = 0; i < 16; i++)
    p[i] = i;
  int r = p[15] != 15;
  free (p);
  return r;
}

int
main (void)
{
  if (f () || g () || allocated != 1 || freed != 1)
    abort ();
  return 0;
}
