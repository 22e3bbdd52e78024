/* Expect PASS: a location-less error from the plugin (line 0).  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-zz" } */
/* { dg-error "escape: unknown argument 'zz'" "" { target *-*-* } 0 } */
