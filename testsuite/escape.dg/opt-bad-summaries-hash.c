/* A summaries file edited by hand, its summary no longer the one its hash
   names: a GCC error naming the file, the line and the way out.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-summaries=@srcdir@/opt-bad-summaries-hash.summaries" } */
/* { dg-error "^escape: \[^ \]*opt-bad-summaries-hash\\.summaries:2: the summary of f does not match its hash 0123456789abcdef \\(edited by hand\\?\\): write the file again with escape-report --write-summaries" "" { target *-*-* } 0 } */
/* { dg-error "^failed to initialize plugin " "" { target *-*-* } 0 } */
int x;
