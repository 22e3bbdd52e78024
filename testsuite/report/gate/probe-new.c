/* A configure-style probe: excluded from the gate with --exclude.  */
#include <stdlib.h>
void *probe_keep;
int
main (void)
{
  probe_keep = malloc (4);
  return 0;
}
