/* main.c - scratch arrays handed to another unit's functions.  In the
   first pass those are unknown calls and the arrays escape; in the second,
   their summaries say they keep nothing, and the arrays move to the
   stack.  */
#include <stdio.h>
#include <stdlib.h>
#include "stats.h"

static void
report (int start)
{
  int *v = malloc (16 * sizeof *v); /* second pass: does not escape */
  if (!v)
    exit (1);
  stats_ramp (v, 16, start);
  printf ("start %d: sum %ld, max %d\n", start, stats_sum (v, 16),
	  stats_max (v, 16));
  free (v);
}

int
main (int argc, char **argv)
{
  for (int i = 1; i < argc; i++)
    report (atoi (argv[i]));
  return 0;
}
