/* With -fPIC a public function defined here may be replaced by another
   definition when the library is loaded (symbol interposition): its body
   says nothing about the function a call reaches, so its arguments escape.
   Static and hidden functions cannot be interposed and keep their
   summaries.  (Without -fPIC, see ipa-static-public.c.)  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m -fPIC" } */
#include <stdlib.h>

int
pub_reader (const char *s) /* { dg-message "^s does not escape$" } */
{
  return s[0];
}

static int
static_reader (const char *s) /* { dg-message "^s does not escape$" } */
{
  return s[0];
}

__attribute__ ((visibility ("hidden"))) int
hidden_reader (const char *s) /* { dg-message "^s does not escape$" } */
{
  return s[0];
}

int
use_public (void)
{
  char *p = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
  p[0] = 0;
  return pub_reader (p);
}

int
use_static (void)
{
  char *p = malloc (9); /* { dg-message "^malloc\\(9\\) does not escape$" } */
  p[0] = 0;
  int r = static_reader (p);
  free (p);
  return r;
}

int
use_hidden (void)
{
  char *p = malloc (10); /* { dg-message "^malloc\\(10\\) does not escape$" } */
  p[0] = 0;
  int r = hidden_reader (p);
  free (p);
  return r;
}
