/* Typed reads under -fno-strict-aliasing (typed-reads.c): tcc's CString,
   read through its number fields by helpers two calls down, lives in a
   local and its buffer moves to the stack; the same helper handed a
   struct of another type whose pointer it reads back as two ints keeps
   that object on the heap, and the pointer put together from them still
   finds it after its frame is gone.  */
/* { dg-do run } */
/* { dg-options "-fno-strict-aliasing -fplugin-arg-escape-transform -fplugin-arg-escape-m" } */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct
{
  int size, size_allocated;
  char *data;
} CString;

struct other
{
  char *p;
  long n;
};

__attribute__((noinline)) static void
cstr_new (CString *cstr) /* { dg-message "^cstr does not escape$" } */
{
  cstr->size = cstr->size_allocated = 0;
  cstr->data = NULL;
}

__attribute__((noinline)) static void
cstr_realloc (CString *cstr, int new_size) /* { dg-message "^leaking param: cstr into \\*cstr level=1$" } */
{
  int size = cstr->size_allocated;
  if (size < 8)
    size = 8;
  while (size < new_size)
    size *= 2;
  char *data = realloc (cstr->data, size); /* { dg-message "^realloc\\(cstr->data, size\\) escapes to heap$" } */
  if (!data)
    abort ();
  cstr->data = data;
  cstr->size_allocated = size;
}

__attribute__((noinline)) static void
cstr_ccat (CString *cstr, int ch) /* { dg-message "^leaking param: cstr into \\*cstr level=1$" } */
{
  int size = cstr->size + 1;
  if (size > cstr->size_allocated)
    cstr_realloc (cstr, size); /* { dg-message "^cstr_realloc\\(cstr, size\\) escapes to heap$" } */
  cstr->data[size - 1] = (char) ch;
  cstr->size = size;
}

__attribute__((noinline)) static void
cstr_free (CString *cstr) /* { dg-message "^cstr does not escape$" } */
{
  free (cstr->data);
  cstr_new (cstr);
}

/* The first eight bytes of what it is handed, as two ints: a CString's
   sizes, or another struct's pointer.  */
__attribute__((noinline)) static unsigned long
cstr_bits (CString *cstr) /* { dg-message "^cstr does not escape$" } */
{
  return (unsigned long) (unsigned) cstr->size
    | (unsigned long) (unsigned) cstr->size_allocated << 32;
}

static unsigned long hidden;

/* 0 if the CString built from A holds A.  */
__attribute__((noinline)) static int
paste (const char *a) /* { dg-message "^a does not escape$" } */
{
  CString cstr;
  cstr_new (&cstr);
  for (const char *p = a; *p; p++)
    cstr_ccat (&cstr, *p); /* { dg-message "^moved to stack: cstr_ccat\\(&cstr, \\*p\\)$" } */
  cstr_ccat (&cstr, '\0'); /* { dg-message "^moved to stack: cstr_ccat\\(&cstr, 0\\)$" } */
  int bad = strcmp (cstr.data, a) != 0
    || (cstr_bits (&cstr) & 0xffffffffUL) != strlen (a) + 1;
  cstr_free (&cstr);
  return bad;
}

__attribute__((noinline)) static void
hide (void)
{
  struct other o;
  o.p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  if (!o.p)
    abort ();
  strcpy (o.p, "victim");
  o.n = 0;
  if (sizeof (char *) == 8)
    hidden = cstr_bits ((CString *) &o);
  else
    hidden = (unsigned long) o.p;
}

__attribute__((noinline)) static void
clobber (void)
{
  volatile char buf[512];
  for (int i = 0; i < 512; i++)
    buf[i] = 'X';
}

int
main (void)
{
  for (int r = 0; r < 100; r++)
    if (paste (r & 1 ? "identifier_with_a_long_name" : "x"))
      {
	printf ("FAIL: paste\n");
	return 1;
      }
  hide ();
  clobber ();
  char *p = (char *) hidden;
  if (strcmp (p, "victim") != 0)
    {
      printf ("FAIL\n");
      return 1;
    }
  free (p);
  return 0;
}
