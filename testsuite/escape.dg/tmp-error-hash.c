/* Expect PASS: #error is an error at its line; -Werror warnings are errors.  */
/* { dg-do compile } */
/* { dg-options "-Werror=unused-variable" } */
void u (void) { int unused; } /* { dg-error "unused variable 'unused'" } */
#error stop here /* { dg-error "#error stop here" } */
