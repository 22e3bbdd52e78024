/* A summaries file that cannot be read: a GCC error naming it.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-summaries=no-such-file.summaries" } */
/* { dg-error "^escape: cannot read summaries file 'no-such-file\\.summaries': No such file or directory" "" { target *-*-* } 0 } */
/* { dg-error "^failed to initialize plugin " "" { target *-*-* } 0 } */
int x;
