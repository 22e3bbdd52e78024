/* summaries needs a file.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-summaries=" } */
/* { dg-error "^escape: '-fplugin-arg-escape-summaries' needs a file: -fplugin-arg-escape-summaries=FILE \\(written by escape-report --write-summaries\\)" "" { target *-*-* } 0 } */
/* { dg-error "^failed to initialize plugin " "" { target *-*-* } 0 } */
int x;
