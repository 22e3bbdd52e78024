/* words.c - the word list.  Its nodes and their copies of the text are
   kept after the calls that make them return, so they escape.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "words.h"

struct wordlist *
wordlist_new (void)
{
  return calloc (1, sizeof (struct wordlist));	/* returned: escapes */
}

/* Adds TEXT (copied) or counts it again; returns its count.  */
int
wordlist_add (struct wordlist *wl, const char *text)
{
  for (struct word *w = wl->head; w; w = w->next)
    if (strcmp (w->text, text) == 0)
      return ++w->count;
  struct word *w = malloc (sizeof *w);		/* stored in *wl: escapes */
  if (!w)
    return 0;
  w->text = strdup (text);			/* stored in *wl: escapes */
  w->count = 1;
  w->next = wl->head;
  wl->head = w;
  wl->n++;
  return 1;
}

void
wordlist_print (const struct wordlist *wl)
{
  for (const struct word *w = wl->head; w; w = w->next)
    printf ("%4d %s\n", w->count, w->text);
}

void
wordlist_free (struct wordlist *wl)
{
  struct word *w = wl->head;
  while (w)
    {
      struct word *next = w->next;
      free (w->text);
      free (w);
      w = next;
    }
  free (wl);
}
