char g[2]; void f (void) { __builtin_strcpy (g, "hello"); } /* { dg-warning "out of the bounds" } */
/* A file that starts with a byte order mark (UTF-8): GCC skips it in the
   source lines it quotes.  The plugin frees GCC's cache of the files its
   notes read once they are out (the whole file, 8 MB of the peak memory
   for sqlite3.c at -O0) and starts a new cache with the same input
   context: the warning above, which GCC's middle end gives after the
   plugin's pass, quotes line 1 without the mark.  */
/* { dg-do compile } */
/* { dg-options "-O2 -Wall -fdiagnostics-show-caret -fplugin-arg-escape-m" } */
/* { dg-message "declared here" "" { target *-*-* } 1 } */
/* { dg-regexp "\\s*(1 \\| )?char g\\\[2\\\]; void f \\(void\\) \\{ __builtin_strcpy \\(g, \"hello\"\\); \\}\[^\\n\]*" } */
/* { dg-regexp "\\s*(\\| )?\\s*\\^~+" } */
/* { dg-regexp "\\s*(\\| )?\\s*\\^" } */
