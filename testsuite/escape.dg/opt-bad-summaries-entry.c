/* A summaries file with a line that is JSON but not an entry: a GCC error
   naming the file, the line and what is missing.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-summaries=@srcdir@/opt-bad-summaries-entry.summaries" } */
/* { dg-error "^escape: \[^ \]*opt-bad-summaries-entry\\.summaries:2: missing 'summary'" "" { target *-*-* } 0 } */
/* { dg-error "^failed to initialize plugin " "" { target *-*-* } 0 } */
int x;
