/* The application: a global that keeps an allocation, a loop that keeps
   the previous iteration's object, a strdup, and the header's vec_sum.  */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "../lib/vec.h"

char *last_name;

void
remember (const char *name)
{
  char *copy = malloc (strlen (name) + 1);
  if (!copy)
    return;
  strcpy (copy, name);
  last_name = copy;
}

int
count_words (const char *text)
{
  char *dup = strdup (text);
  if (!dup)
    return 0;
  int n = 0;
  for (char *w = strtok (dup, " "); w; w = strtok (0, " "))
    n++;
  free (dup);
  return n;
}

int
previous_kept (int n)
{
  char *prev = 0;
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      char *p = malloc (8);
      if (!p)
	break;
      p[0] = (char) i;
      if (prev)
	{
	  s += prev[0];
	  free (prev);
	}
      prev = p;
    }
  free (prev);
  return s;
}

int
main (int argc, char **argv)
{
  struct vec *v = vec_new (4);
  for (int i = 0; i < argc; i++)
    vec_push (v, (int) strlen (argv[i]));
  remember (argv[0]);
  printf ("%d %d %d\n", vec_sum (v), count_words ("a b c"),
	  previous_kept (argc));
  return 0;
}

/* A buffer handed to a function of another unit: what it does with it is
   out of sight, so the buffer escapes ("cause": extern-call).  */
void log_line (char *line);

void
log_name (const char *name)
{
  char *buf = malloc (64);
  strncpy (buf, name, 63);
  buf[63] = 0;
  log_line (buf);
  free (buf);
}

/* A name kept in an object a function of another unit makes: stored into
   what it returns, which the plugin takes for the heap ("cause":
   extern-result).  */
struct entry
{
  char *name;
};
struct entry *entry_new (void);
void entry_add (struct entry *e);

void
add_name (const char *name)
{
  char *copy = malloc (32);
  strncpy (copy, name, 31);
  copy[31] = 0;
  struct entry *e = entry_new ();
  e->name = copy;
  entry_add (e);
}

/* A buffer handed to a function another unit of this build defines
   (lib/scratch.c): its summary is in that unit's report, so the advice
   names where it is defined and the second compile that would use it.  */
int checksum (const char *s);

int
name_sum (const char *name)
{
  char *buf = malloc (64);
  if (!buf)
    return 0;
  strncpy (buf, name, 63);
  buf[63] = 0;
  int h = checksum (buf);
  free (buf);
  return h;
}
