/* The plugin's notes print no source line and caret, even when the user
   asks for carets (-fdiagnostics-show-caret after the harness's
   -fno-diagnostics-show-caret); GCC's own diagnostics keep them: the
   warning below is followed by its source line and caret.  A caret line
   under a note would be left over ("excess errors").  */
/* { dg-do compile } */
/* { dg-options "-fdiagnostics-show-caret -fplugin-arg-escape-m=2 -Wunused-variable" } */
#include <stdlib.h>

char *g_keep;

int
temp (void)
{
  int unused;				/* { dg-warning "unused variable" } */
  int *t = calloc (4, sizeof *t);	/* { dg-message "calloc\\(4, 4\\) does not escape" } */
  int r = t[0];
  free (t);
  return r;
}

void
keep (void)
{
  g_keep = malloc (8); /* { dg-message "malloc\\(8\\) escapes to heap" } */
  /* { dg-message "flow: |from g_keep = malloc\\(8\\)" "" { target *-*-* } .-1 } */
}

/* { dg-regexp "   int unused;\[^\\n\]*" } */
/* { dg-regexp "       \\^~~~~~" } */
