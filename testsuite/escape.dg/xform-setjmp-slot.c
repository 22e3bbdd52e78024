/* Slots in a function that calls setjmp.  After a longjmp, C leaves the
   function's own automatic objects changed since the setjmp without a
   value; a heap object keeps its bytes.  So a slot's address escapes
   (an empty asm at entry), and GCC keeps every store to it: box's
   b->n++ before each longjmp counts (adversarial finding: at -O1 and up
   the store was dead before the call that longjmps, and f looped).  And
   a pool's counter may be back at its setjmp value: a walk freeing a
   spilled list is never skipped there (adversarial finding: the list's
   heap nodes leaked; LeakSanitizer checks it in the ASan run).  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m -fplugin-arg-escape-loop-slots=4 -fdump-ipa-all" } */
/* { dg-final { scan-ipa-dump-not "skipped while they have room" "escape-summarize" } } */
#include <setjmp.h>
#include <stdlib.h>

struct box
{
  long n;
};

static jmp_buf jb;
static volatile int guard;

__attribute__ ((noinline)) static void
bail (void)
{
  longjmp (jb, 1);
}

__attribute__ ((noinline)) static long
box (int k)
{
  struct box *b = malloc (sizeof *b); /* { dg-message "moved to stack: malloc\\(8\\)" } */
  if (!b)
    abort ();
  b->n = 0;
  guard = 0;
  setjmp (jb);
  if (b->n < k && ++guard < 100)
    {
      b->n++;
      bail ();
    }
  long r = b->n;
  free (b);
  return r;
}

struct node
{
  struct node *next;
  long v;
};

__attribute__ ((noinline)) static long
list (int n)
{
  struct node *volatile head = NULL;
  if (setjmp (jb) == 0)
    {
      for (int i = 0; i < n; i++)
	{
	  struct node *t = malloc (sizeof *t); /* { dg-message "moved to stack: malloc\\(16\\)" } */
	  if (!t)
	    abort ();
	  t->v = i;
	  t->next = head;
	  head = t;
	}
      bail ();
    }
  struct node *h = head;
  long s = 0;
  for (struct node *t = h; t; t = t->next)
    s += t->v;
  while (h)
    {
      struct node *next = h->next;
      free (h);
      h = next;
    }
  return s;
}

int
main (void)
{
  if (box (3) != 3)
    abort ();
  for (int n = 0; n < 10; n++)
    if (list (n) != n * (n - 1) / 2)
      abort ();
  return 0;
}
