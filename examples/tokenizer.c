/* tokenizer.c - split text into a list of tokens.

   The list is returned, so its nodes and their text escape; the scratch
   buffer a word is assembled in, and the table counting token kinds, do not.  */

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum kind { WORD, NUMBER, PUNCT, NKINDS };

struct token
{
  enum kind kind;
  char *text;
  struct token *next;
};

struct counts
{
  int n[NKINDS];
};

static enum kind
classify (const char *s)
{
  if (isdigit ((unsigned char) s[0]))
    return NUMBER;
  if (isalpha ((unsigned char) s[0]))
    return WORD;
  return PUNCT;
}

/* Returns the tokens of TEXT, in order.  */
struct token *
tokenize (const char *text)
{
  struct token *head = NULL, **tail = &head;
  char *word = malloc (64);		/* scratch: reused for every token */
  if (!word)
    return NULL;
  for (const char *p = text; *p;)
    {
      if (isspace ((unsigned char) *p))
	{
	  p++;
	  continue;
	}
      size_t n = 0;
      if (isalnum ((unsigned char) *p))
	while (isalnum ((unsigned char) *p) && n < 63)
	  word[n++] = *p++;
      else
	word[n++] = *p++;
      word[n] = '\0';

      struct token *t = malloc (sizeof *t);	/* kept in the returned list */
      if (!t)
	break;
      t->kind = classify (word);
      t->text = strdup (word);
      t->next = NULL;
      *tail = t;
      tail = &t->next;
    }
  free (word);
  return head;
}

/* Counts tokens by kind in a table that never leaves this function.  */
int
most_common_kind (const struct token *list)
{
  struct counts *c = calloc (1, sizeof *c);
  if (!c)
    return -1;
  for (const struct token *t = list; t; t = t->next)
    c->n[t->kind]++;
  int best = 0;
  for (int k = 1; k < NKINDS; k++)
    if (c->n[k] > c->n[best])
      best = k;
  free (c);
  return best;
}

void
free_tokens (struct token *t)
{
  while (t)
    {
      struct token *next = t->next;
      free (t->text);
      free (t);
      t = next;
    }
}

int
main (void)
{
  struct token *list = tokenize ("let x1 = 42 + y * (z - 7);");
  int n = 0;
  for (struct token *t = list; t; t = t->next)
    n++;
  printf ("%d tokens, most common kind %d\n", n, most_common_kind (list));
  free_tokens (list);
  return 0;
}
