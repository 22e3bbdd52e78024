/* Objects handed to functions of this file: a callee that frees what its
   argument reaches is called as a release clone leaving the slot alone
   (xform-release-clone.c), one that reallocs it keeps it on the heap; one
   that reads it, writes into it or returns it leaves it free to move.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2" } */
#include <stdlib.h>
#include <string.h>

struct buf
{
  char *data;
  int len;
};

/* Counts what it frees, so it is more than a deallocator (which the
   transform could delete with the objects it frees).  */
static int releases;

__attribute__ ((noinline)) static void
release (char *p) /* { dg-message "^p does not escape$" } */
{
  releases++;
  free (p);
}

/* Frees through another callee.  */
__attribute__ ((noinline)) static void
release_via (char *p, int really) /* { dg-message "^p does not escape$" } */
{
  if (really)
    release (p);
}

/* Frees what its argument points to, and the argument itself.  */
__attribute__ ((noinline)) static void
destroy (struct buf *b) /* { dg-message "^b does not escape$" } */
{
  free (b->data);
  free (b);
}

/* Reallocs its argument's contents.  */
__attribute__ ((noinline)) static int
resize (struct buf *b, int len) /* { dg-message "^parameter b leaks to \\*b with derefs=1:$" } */
/* { dg-message "^  flow: \\{temp\\} = \\*b:$" "" { target *-*-* } .-1 } */
/* { dg-message "^    from d = realloc\\(b->data, len\\) \\(assign\\) at \[^ \]*:55:23$" "" { target *-*-* } .-2 } */
/* { dg-message "^  flow: d = \\{temp\\}:$" "" { target *-*-* } .-3 } */
/* { dg-message "^    from d = realloc\\(b->data, len\\) \\(realloc may return its argument\\) at \[^ \]*:55:13$" "" { target *-*-* } .-4 } */
/* { dg-message "^  flow: \\*b = d:$" "" { target *-*-* } .-5 } */
/* { dg-message "^    from b->data = d \\(store\\) at \[^ \]*:63:11$" "" { target *-*-* } .-6 } */
/* { dg-message "^leaking param: b into \\*b level=1$" "" { target *-*-* } .-7 } */
{
  /* Its own object is stored into the caller's: it escapes.  */
  char *d = realloc (b->data, len); /* { dg-message "^realloc\\(b->data, len\\) escapes to heap:$" } */
  /* { dg-message "^  flow: d = &\\{storage for realloc\\(b->data, len\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from d = realloc\\(b->data, len\\) \\(assign\\) at \[^ \]*:55:13$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\*b = d:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from b->data = d \\(store\\) at \[^ \]*:63:11$" "" { target *-*-* } .-4 } */
  /* { dg-message "^realloc\\(b->data, len\\) escapes to heap$" "" { target *-*-* } .-5 } */
  if (!d)
    return 1;
  b->data = d;
  b->len = len;
  return 0;
}

__attribute__ ((noinline)) static int
sum (const char *p, int n) /* { dg-message "^p does not escape$" } */
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += p[i];
  return s;
}

__attribute__ ((noinline)) static void
fill (struct buf *b, int v) /* { dg-message "^b does not escape$" } */
{
  memset (b->data, v, b->len);
}

__attribute__ ((noinline)) static char *
same (char *p) /* { dg-message "^parameter p leaks to \\{result\\} with derefs=0:$" } */
/* { dg-message "^  flow: \\{temp\\} = p:$" "" { target *-*-* } .-1 } */
/* { dg-message "^    from return p \\(assign\\) at \[^ \]*:91:10$" "" { target *-*-* } .-2 } */
/* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } .-3 } */
/* { dg-message "^    from return p \\(return\\) at \[^ \]*:91:10$" "" { target *-*-* } .-4 } */
/* { dg-message "^leaking param: p to result$" "" { target *-*-* } .-5 } */
{
  return p;
}

static int
freed_by_callee (void)
{
  char *p = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  /* { dg-message "^  freed by release, called as a clone that leaves the slot alone$" "" { target *-*-* } .-1 } */
  if (!p)
    return 1;
  memset (p, 1, 16);
  int r = sum (p, 16) != 16;
  release (p);
  return r;
}

/* Flow-insensitive: a callee that frees only sometimes may free.  */
static int
maybe_freed_by_callee (int really)
{
  char *p = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  /* { dg-message "^  freed by release_via, called as a clone that leaves the slot alone$" "" { target *-*-* } .-1 } */
  if (!p)
    return 1;
  p[0] = 1;
  int r = p[0] != 1;
  release_via (p, really);
  if (!really)
    free (p);
  return r;
}

static int
contents_freed_by_callee (void)
{
  struct buf *b = malloc (sizeof *b); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  /* { dg-message "^  freed by destroy, called as a clone that leaves the slot alone$" "" { target *-*-* } .-1 } */
  if (!b)
    return 1;
  b->data = malloc (32); /* { dg-message "^moved to stack: malloc\\(32\\)$" } */
  /* { dg-message "^  freed by destroy, called as a clone that leaves the slot alone$" "" { target *-*-* } .-1 } */
  if (!b->data)
    return 1;
  b->len = 32;
  fill (b, 2);
  int r = sum (b->data, 32) != 64;
  destroy (b);
  return r;
}

/* The contents are realloc'd by the callee and stay on the heap; the
   container, which the callee only reads the contents' address from,
   moves (what a callee may free is what its argument's pointers lead
   to).  */
static int
contents_realloced_by_callee (void)
{
  struct buf *b = malloc (sizeof *b); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  if (!b)
    return 1;
  b->data = malloc (8); /* { dg-message "^moved to stack: malloc\\(8\\)$" } */
  /* { dg-message "^  a 64-byte stack slot: realloc grows it in place up to that size, into a new heap block beyond$" "" { target *-*-* } .-1 } */
  /* { dg-message "^  grown or freed by resize, called as a clone that grows the slot in place while it has room, into the heap beyond, and frees no slot$" "" { target *-*-* } .-2 } */
  b->len = 8;
  if (!b->data || resize (b, 64)) /* { dg-message "^moved to stack: resize\\(b, 64\\)$" } */
  /* { dg-message "^  a 64-byte stack slot when it asks for at most that, the heap otherwise$" "" { target *-*-* } .-1 } */
  /* { dg-message "^  grown or freed by resize, called as a clone that grows the slot in place while it has room, into the heap beyond, and frees no slot$" "" { target *-*-* } .-2 } */
    return 1;
  fill (b, 3);
  int r = sum (b->data, 64) != 192;
  free (b->data);
  free (b);
  return r;
}

/* Callees that read, write and return their argument: all move.  */
static int
used_by_callees (void)
{
  struct buf *b = malloc (sizeof *b); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
  if (!b)
    return 1;
  b->data = malloc (24); /* { dg-message "^moved to stack: malloc\\(24\\)$" } */
  if (!b->data)
    return 1;
  b->len = 24;
  fill (b, 4);
  char *same_data = same (b->data);
  int r = sum (same_data, 24) != 96 || same_data != b->data;
  free (same_data);
  free (b);
  return r;
}

/* And the C library's readers and writers.  */
static int
used_by_libc (void)
{
  char *s = malloc (32); /* { dg-message "^moved to stack: malloc\\(32\\)$" } */
  char *t = calloc (1, 32); /* { dg-message "^moved to stack: calloc\\(1, 32\\)$" } */
  if (!s || !t)
    return 1;
  strcpy (s, "stack");
  memcpy (t, s, strlen (s) + 1);
  strcat (t, "ed");
  int r = strcmp (t, "stacked") != 0 || memcmp (s, t, 5) != 0
	  || strchr (t, 'e') != t + 5;
  free (t);
  free (s);
  return r;
}

int
main (void)
{
  if (freed_by_callee ())
    abort ();
  if (maybe_freed_by_callee (0) || maybe_freed_by_callee (1))
    abort ();
  if (contents_freed_by_callee ())
    abort ();
  if (contents_realloced_by_callee ())
    abort ();
  if (used_by_callees ())
    abort ();
  if (used_by_libc ())
    abort ();
  return 0;
}

/* Where the objects its constructors hand over go in their callers
   (-m=2; at the end, so that no line above moves).  */
/* { dg-message "^  for its callers: moved to stack at \[^ \]*:155:19$" "" { target *-*-* } 55 } */
