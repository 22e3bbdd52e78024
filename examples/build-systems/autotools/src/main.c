/* main.c - evaluate each argument as an RPN expression.  */

#include <stdio.h>
#include "rpn.h"

int
main (int argc, char **argv)
{
  int status = 0;
  for (int i = 1; i < argc; i++)
    {
      double r;
      if (rpn_eval (argv[i], &r) == 0)
	printf ("%s = %g\n", argv[i], r);
      else
	{
	  fprintf (stderr, "rpn: bad expression: %s\n", argv[i]);
	  status = 1;
	}
    }
  return status;
}
