/* Pointer arithmetic keeps pointing into the same object: p + 4 and
   &p[i] carry p's escape.  A pointer difference is only an offset.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <stddef.h>

char *cursor;
int *slot_ptr;

/* Returning an interior pointer returns the allocation.  */
char *
payload (void)
{
  char *hdr = malloc (68); /* { dg-message "malloc\\(68\\) escapes to heap" } */
  hdr[0] = 0;
  return hdr + 4;
}

void
point_into (int i)
{
  int *arr = malloc (40 * sizeof (int)); /* { dg-message "malloc\\(160\\) escapes to heap" } */
  slot_ptr = &arr[i];
}

/* Walking a cursor forward and back does not let it out.  */
int
walk (int n)
{
  char *buf = malloc (256); /* { dg-message "malloc\\(256\\) does not escape" } */
  char *end = buf + 256;
  int count = 0;
  for (char *c = buf; c < end; c += n)
    {
      *c = 0;
      count++;
    }
  char *back = end - 1;
  *back = 1;
  free (buf);
  return count;
}

/* Only the length leaves, not the address.  */
ptrdiff_t
used_length (int n)
{
  char *buf = malloc (512); /* { dg-message "malloc\\(512\\) does not escape" } */
  char *end = buf;
  for (int i = 0; i < n && i < 512; i++)
    *end++ = 'x';
  ptrdiff_t len = end - buf;
  free (buf);
  return len;
}

void
advance (char *p, int k) /* { dg-message "leaking param: p$" } */
{
  cursor = p + k;
}

char *
field_of (char *base) /* { dg-message "leaking param: base to result$" } */
{
  return &base[8];
}
