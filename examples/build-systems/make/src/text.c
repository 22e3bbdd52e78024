/* text.c - text helpers: one allocation is returned (escapes), one is
   scratch space freed before returning (does not escape).  */

#include <ctype.h>
#include <stdlib.h>
#include <string.h>
#include "words.h"

/* The lowercase letters of S, as a new string; NULL if there are none.  */
char *
normalize (const char *s)
{
  size_t n = strlen (s), k = 0;
  char *out = malloc (n + 1);			/* returned: escapes */
  if (!out)
    return NULL;
  for (size_t i = 0; i < n; i++)
    if (isalpha ((unsigned char) s[i]))
      out[k++] = tolower ((unsigned char) s[i]);
  out[k] = '\0';
  if (k == 0)
    {
      free (out);
      return NULL;
    }
  return out;
}

int
is_palindrome (const char *s)
{
  size_t n = strlen (s);
  char *rev = malloc (n + 1);			/* scratch: does not escape */
  if (!rev)
    return 0;
  for (size_t i = 0; i < n; i++)
    rev[i] = s[n - 1 - i];
  rev[n] = '\0';
  int same = strcmp (s, rev) == 0;
  free (rev);
  return same;
}
