/* The second unit of xform-lto-partition-clone.c.  */
char *pclone_slot;

__attribute__ ((noinline)) void
pclone_put (char *p, char **where)
{
  *where = p;
}

__attribute__ ((noinline)) int
pclone_sum (const char *p, int n, const char *tag)
{
  int s = tag[0];
  for (int i = 0; i < n; i++)
    s += p[i];
  return s;
}
