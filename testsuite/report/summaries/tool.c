/* Another program of the same build, with its own helper, which keeps
   its argument: helper is defined differently in two units.  */
#include <stdlib.h>

int *tool_kept;

int
helper (int *p)
{
  tool_kept = p;
  return 0;
}

int
main (void)
{
  int *p = malloc (sizeof *p);
  helper (p);
  free (tool_kept);
  return 0;
}
