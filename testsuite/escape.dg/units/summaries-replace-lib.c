/* The third unit of xform-summaries-replaced.c: the program's own atoi,
   which calls use_len of the test back.  lib_len (units/summaries-leaf-lib.c)
   calls atoi, and its summary, made without this unit, says it runs only
   its own unit's code and the C library's.  */
int use_len (int d);

static int depth;

int
atoi (const char *s)
{
  if (depth < 3)
    {
      depth++;
      use_len (depth);
      depth--;
    }
  return s[0] == '1';
}
