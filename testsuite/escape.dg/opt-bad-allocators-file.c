/* An allocators file with a bad line: a GCC error naming the file and the
   line, no analysis.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-allocators=@srcdir@/opt-bad-allocators-file.alloc" } */
/* { dg-error "^escape: \[^ \]*opt-bad-allocators-file\\.alloc:3: 'pool_free:1': pool_free is declared as a deallocator" "" { target *-*-* } 0 } */
/* { dg-error "^failed to initialize plugin " "" { target *-*-* } 0 } */
int x;
