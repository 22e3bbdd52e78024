/* A malformed allocator declaration is a GCC error naming the entry.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-allocator=my_alloc:0:my_free" } */
/* { dg-error "^escape: invalid '-fplugin-arg-escape-allocator': 'my_alloc:0:my_free': bad size '0' \\(expected N, N\\*M with argument numbers from 1 to 64, realloc\\(P,N\\), or -\\)" "" { target *-*-* } 0 } */
/* { dg-error "^failed to initialize plugin " "" { target *-*-* } 0 } */
int x;
