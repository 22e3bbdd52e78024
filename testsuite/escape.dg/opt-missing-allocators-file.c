/* An allocators file that cannot be read: a GCC error naming it.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-allocators=no-such-file.alloc" } */
/* { dg-error "^escape: cannot read allocators file 'no-such-file\\.alloc': No such file or directory" "" { target *-*-* } 0 } */
/* { dg-error "^failed to initialize plugin " "" { target *-*-* } 0 } */
int x;
