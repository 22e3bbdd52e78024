/* What the transform does so that no slot is inlined into a recursive
   or re-entered function (slot-inlining.cc), as its dump says.  A
   recursive function calling a helper with slots in a loop gets a copy
   for its owning activation, which may inline the helper, and calls an
   out-of-line clone elsewhere; called outside a loop, or a helper with
   more slot bytes than GCC inlines into a small frame, only the clone.
   A function that is neither recursive nor re-entered keeps its calls.
   A clone's callees that only the original calls are copied for it.
   escape-O2-up: at -O0 and -O1 GCC neither clones nor copies for the
   plugin (no optimized inlining to guard against is done there by it).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m -fdump-ipa-all" } */
#include <stdlib.h>

__attribute__ ((noinline)) static int
use (char *p, int v) /* { dg-message "^p does not escape$" } */
{
  p[v & 63] = (char) v;
  return p[0];
}

/* Called by small only: the clone of small calls a copy of it, so that
   GCC still sees a function called once where small is inlined (and
   the copy is not merged back by identical code folding).  */
static int
twice (int v)
{
  return v * 2 + (v >> 3);
}

static int
small (int v)
{
  char *p = malloc (64); /* { dg-message "^moved to stack: malloc\\(64\\)$" } */
  if (!p)
    abort ();
  int r = use (p, twice (v));
  free (p);
  return r;
}
/* { dg-final { scan-ipa-dump "^small\\.escape_outline\\.\[0-9\]+ calls twice\\.escape_private\\.\[0-9\]+, its own copy of twice$" "escape-summarize" } } */
/* { dg-final { scan-ipa-dump-times ", its own copy of twice$" 1 "escape-summarize" } } */

static int
big (int v)
{
  char *p = malloc (200), *q = malloc (200); /* { dg-message "^moved to stack: malloc\\(200\\)$" } */
  if (!p || !q)
    abort ();
  int r = use (p, v) + use (q, v);
  free (p);
  free (q);
  return r;
}

static int
cb (int v)
{
  char *p = malloc (32); /* { dg-message "^moved to stack: malloc\\(32\\)$" } */
  if (!p)
    abort ();
  int r = use (p, v);
  free (p);
  return r;
}

int (*volatile hook) (int) = cb;

int
in_loop (int n)
{
  int r = n > 0 ? in_loop (n - 1) : 0;
  for (int i = 0; i < n; i++)
    r += small (i);
  return r;
}
/* { dg-final { scan-ipa-dump "^in_loop: the owning activation runs in_loop\\.escape_owner\\.\[0-9\]+, which may inline what carries slots$" "escape-summarize" } } */
/* { dg-final { scan-ipa-dump "^in_loop calls small\\.escape_outline\\.\[0-9\]+ for small, which carries 64 bytes of slots$" "escape-summarize" } } */

int
once (int n)
{
  int r = n > 0 ? once (n - 1) : 0;
  return r + small (n);
}
/* { dg-final { scan-ipa-dump-not "^once: the owning activation" "escape-summarize" } } */
/* { dg-final { scan-ipa-dump "^once calls small\\.escape_outline\\.\[0-9\]+ for small, which carries 64 bytes of slots$" "escape-summarize" } } */

int
large (int n)
{
  int r = n > 0 ? large (n - 1) : 0;
  for (int i = 0; i < n; i++)
    r += big (i);
  return r;
}
/* { dg-final { scan-ipa-dump-not "^large: the owning activation" "escape-summarize" } } */
/* { dg-final { scan-ipa-dump "^large calls big\\.escape_outline\\.\[0-9\]+ for big, which carries 400 bytes of slots$" "escape-summarize" } } */

static int
leaf (int n)
{
  int r = 0;
  for (int i = 0; i < n; i++)
    r += small (i);
  return r;
}

int
through (int n)
{
  return leaf (n) + hook (n);
}
/* { dg-final { scan-ipa-dump "^slots of cb kept out of line: its address is taken$" "escape-summarize" } } */
/* { dg-final { scan-ipa-dump-not "^leaf calls" "escape-summarize" } } */
/* Not in a loop here (leaf loops): no copy.  */
/* { dg-final { scan-ipa-dump-not "^through: the owning activation" "escape-summarize" } } */
/* { dg-final { scan-ipa-dump "^through calls leaf\\.escape_outline\\.\[0-9\]+ for leaf, which carries 64 bytes of slots$" "escape-summarize" } } */
/* { dg-final { scan-ipa-dump-times "^\[a-z_\]+ calls \[a-z_\]+\\.escape_outline" 4 "escape-summarize" } } */
