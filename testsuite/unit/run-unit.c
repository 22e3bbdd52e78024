/* run-unit.c - one runner for every unit suite of core/.  Exit status is
   non-zero if any check fails; the last line printed is Check's summary,
   "N%: Checks: C, Failures: F, Errors: E".  */

#include <stdlib.h>
#include "unit.h"

int
main (void)
{
  SRunner *sr = srunner_create (graph_suite ());
  srunner_add_suite (sr, solve_suite ());
  srunner_add_suite (sr, store_suite ());
  srunner_add_suite (sr, leaks_suite ());
  srunner_add_suite (sr, report_suite ());
  srunner_add_suite (sr, options_suite ());
  srunner_add_suite (sr, allocators_suite ());
  srunner_add_suite (sr, summary_suite ());
  srunner_add_suite (sr, call_suite ());
  srunner_add_suite (sr, libc_suite ());
  srunner_add_suite (sr, transform_suite ());
  srunner_add_suite (sr, fresh_suite ());
  srunner_add_suite (sr, summary_dump_suite ());
  srunner_add_suite (sr, report_file_suite ());
  srunner_add_suite (sr, memory_suite ());
  srunner_add_suite (sr, summaries_suite ());
  srunner_add_suite (sr, source_lines_suite ());
  srunner_add_suite (sr, fields_suite ());
  srunner_run_all (sr, CK_NORMAL);
  int failed = srunner_ntests_failed (sr);
  /* CK_NORMAL lists failures after the summary; repeat the summary so it
     is the last line whatever happened (the top Makefile tails the log).  */
  if (failed)
    srunner_print (sr, CK_MINIMAL);
  srunner_free (sr);
  return failed == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
