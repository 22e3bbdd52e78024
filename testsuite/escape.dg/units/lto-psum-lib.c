/* The second unit of xform-lto-partition-summary.c: functions another
   LTO partition compiles, known there by their summaries.  */
#include <stdlib.h>

struct buf
{
  char *data;
  int n;
};

char *psum_kept;

__attribute__ ((noinline)) int
psum_total (const char *p, int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += p[i];
  return s;
}

__attribute__ ((noinline)) int
psum_scaled (const char *p, int n, int scale)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    s += p[i] * scale;
  return s;
}

__attribute__ ((noinline)) void
psum_keep (char *p)
{
  psum_kept = p;
}

__attribute__ ((noinline)) void
psum_buf_free (struct buf *b)
{
  free (b->data);
  b->data = 0;
}
