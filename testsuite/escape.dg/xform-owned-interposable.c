/* In a shared library (-fPIC) a public function may be replaced by
   another definition (ELF interposition); GCC's own calls of a function
   from its body go to its local alias, so that once the library's walk
   runs, its recursion stays in it.  The owner's copy is another function,
   and its calls of walk went through the symbol, reaching the other
   definition where the plain library does not (an adversarial finding).
   They go to the local alias, as walk's own do.  */
/* { dg-do compile } */
/* { dg-options "-fPIC -fplugin-arg-escape-transform -fplugin-arg-escape-m -fdump-ipa-all" } */
#include <stdlib.h>
#include <string.h>

int
walk (int n)
{
  char *p = malloc (32); /* { dg-message "^moved to stack: malloc\\(32\\)$" } */
  memset (p, n, 32);
  int r = p[5];
  if (n > 0)
    r += walk (n - 1);
  free (p);
  return r;
}
/* { dg-final { scan-ipa-dump "^walk and its copy walk\\.escape_owner\\.\[0-9\]+ call walk\\.localalias where they called walk$" "escape-summarize" } } */
