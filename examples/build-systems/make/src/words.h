/* words.h - a list of distinct words with counts, and text helpers.  */

#ifndef WORDS_H
#define WORDS_H

#include <stddef.h>

struct word
{
  char *text;
  int count;
  struct word *next;
};

struct wordlist
{
  struct word *head;
  int n;
};

/* words.c */
struct wordlist *wordlist_new (void);
int wordlist_add (struct wordlist *wl, const char *text);
void wordlist_print (const struct wordlist *wl);
void wordlist_free (struct wordlist *wl);

/* text.c */
char *normalize (const char *s);
int is_palindrome (const char *s);

#endif
