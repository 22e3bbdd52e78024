/* A configure-style probe: excluded from the gate with --exclude.  */
#include <stdlib.h>
int
main (void)
{
  char *p = malloc (4);
  free (p);
  return 0;
}
