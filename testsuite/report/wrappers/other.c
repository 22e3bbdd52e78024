/* Another program of the same build with a static xcalloc that counts
   its calls: a declaration of xcalloc would match its calls too, so
   escape-report must not list xcalloc.  */
#include <stdlib.h>

static int calls;

static void *
xcalloc (size_t n, size_t size)
{
  calls++;
  return calloc (n, size);
}

int
main (void)
{
  char *p = xcalloc (4, 4);
  int r = p[0] + calls;
  free (p);
  return r;
}
