/* The second unit of xform-lto-owned-frame.c: a helper lto1 may inline
   into the recursion.  */
int
leafsum (const int *v)
{
  return v[0] + v[1];
}
