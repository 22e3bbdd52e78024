/* main.c - count the distinct words given as arguments.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "words.h"

int
main (int argc, char **argv)
{
  struct wordlist *wl = wordlist_new ();
  int *lengths = calloc (16, sizeof *lengths);	/* histogram: does not escape */
  if (!wl || !lengths)
    return 1;
  for (int i = 1; i < argc; i++)
    {
      char *w = normalize (argv[i]);
      if (!w)
	continue;
      wordlist_add (wl, w);
      size_t len = strlen (w);
      lengths[len < 15 ? len : 15]++;
      if (is_palindrome (w))
	printf ("palindrome: %s\n", w);
      free (w);
    }
  wordlist_print (wl);
  for (int n = 1; n < 16; n++)
    if (lengths[n])
      printf ("length %d%s: %d\n", n, n == 15 ? "+" : "", lengths[n]);
  free (lengths);
  wordlist_free (wl);
  return 0;
}
