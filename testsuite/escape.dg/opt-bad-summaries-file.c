/* A summaries file with a line that is not JSON: a GCC error naming the
   file and the line, no analysis.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-summaries=@srcdir@/opt-bad-summaries-file.summaries" } */
/* { dg-error "^escape: \[^ \]*opt-bad-summaries-file\\.summaries:3: not JSON: " "" { target *-*-* } 0 } */
/* { dg-error "^failed to initialize plugin " "" { target *-*-* } 0 } */
int x;
