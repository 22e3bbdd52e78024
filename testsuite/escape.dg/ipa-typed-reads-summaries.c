/* Typed reads (typed-reads.c) of a function in another unit, through the
   summaries file: its summary says it reads what its parameter points to
   through typed fields, but the pointee type's identity is that unit's
   own and is not in the file, so a caller here reads its CString as data
   and the buffer escapes.  A line without the key (an older file, or a
   strict-aliasing build) loads with no typed reads, but the local handed
   to it is not trusted to be of its type either: a function of another
   unit may move a pointer within the object it is handed (c[0] = c[1]),
   which no summary shows (typed-reads-handback.c), so the caller's own
   reads of its numbers read it as data.  */
/* { dg-do compile } */
/* { dg-options "-fno-strict-aliasing -fplugin-arg-escape-m -fplugin-arg-escape-summaries=@srcdir@/ipa-typed-reads-summaries.summaries" } */
#include <stdlib.h>

typedef struct
{
  int size, size_allocated;
  char *data;
} CString;

int cstr_len (CString *c);
int cstr_len_old (CString *c);

int
use (void)
{
  CString s;
  s.size = s.size_allocated = 0;
  s.data = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  int h = cstr_len (&s);
  free (s.data);
  return h;
}

int
use_old (void)
{
  CString s;
  s.size = s.size_allocated = 0;
  s.data = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  int h = cstr_len_old (&s);
  free (s.data);
  return h;
}
