/* The out-of-line definitions xform-slot-inlining-defs.c links with: the
   external definition of its gnu_inline glue (), and the strong scratch ()
   that overrides its weak one.  */
int scratch_g (int v);

int
glue (int v)
{
  return scratch_g (v) + 1;
}

int
scratch_w (int v)
{
  return 1000 + v;
}
