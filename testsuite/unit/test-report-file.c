/* test-report-file.c - where a unit's JSON report goes, and the absolute
   source path it is named after (core/report-json.c).  */

#include <string.h>
#include "unit.h"
#include "../../core/report-json.h"

static char out[8192];

START_TEST (test_abs_path_joins_and_folds)
{
  ck_assert (esc_abs_path ("/w/build", "../src/a.c", out, sizeof out));
  ck_assert_str_eq (out, "/w/src/a.c");
  ck_assert (esc_abs_path ("/w/a", "./util.c", out, sizeof out));
  ck_assert_str_eq (out, "/w/a/util.c");
  ck_assert (esc_abs_path ("/w/a", "/abs//x/./y.c", out, sizeof out));
  ck_assert_str_eq (out, "/abs/x/y.c");
  ck_assert (esc_abs_path ("/", "../../a.c", out, sizeof out));
  ck_assert_str_eq (out, "/a.c");
  /* No directory: a relative path stays relative, leading ".." kept.  */
  ck_assert (esc_abs_path (NULL, "../a/../b.c", out, sizeof out));
  ck_assert_str_eq (out, "../b.c");
  /* Too small a buffer is refused, not truncated.  */
  char small[8];
  ck_assert (!esc_abs_path ("/w/build", "long-name.c", small, sizeof small));
}
END_TEST

START_TEST (test_report_file_names)
{
  /* Two directories' util.c: two names.  */
  esc_json_report_file ("r/", false, "/w/a/util.c", out, sizeof out);
  ck_assert_str_eq (out, "r/w%a%util.c.escape.json");
  esc_json_report_file ("r", true, "/w/b/util.c", out, sizeof out);
  ck_assert_str_eq (out, "r/w%b%util.c.escape.json");
  /* A file, not a directory: exactly that file.  */
  esc_json_report_file ("r.json", false, "/w/b/util.c", out, sizeof out);
  ck_assert_str_eq (out, "r.json");
  /* Without an absolute path (no directory known), ".." becomes "^".  */
  esc_json_report_file ("r/", false, "../a.c", out, sizeof out);
  ck_assert_str_eq (out, "r/^%a.c.escape.json");
}
END_TEST

START_TEST (test_report_file_long_names)
{
  /* A name longer than a file system takes keeps its tail behind a hash
     of the whole; two such paths differing only early stay apart.  */
  char a[400], b[400], ra[8192];
  memset (a, 'd', sizeof a);
  a[0] = '/';
  strcpy (a + 300, "/deep/util.c");
  memcpy (b, a, sizeof b);
  b[1] = 'e';
  esc_json_report_file ("r/", false, a, ra, sizeof ra);
  esc_json_report_file ("r/", false, b, out, sizeof out);
  ck_assert_str_ne (ra, out);
  const char *name = strrchr (ra, '/') + 1;
  ck_assert_uint_le (strlen (name), 255);
  ck_assert_ptr_nonnull (strstr (name, "%deep%util.c.escape.json"));
  ck_assert_int_eq (name[16], '-');
}
END_TEST

Suite *
report_file_suite (void)
{
  Suite *s = suite_create ("report-file");
  TCase *tc = tcase_create ("core");
  tcase_add_test (tc, test_abs_path_joins_and_folds);
  tcase_add_test (tc, test_report_file_names);
  tcase_add_test (tc, test_report_file_long_names);
  suite_add_tcase (s, tc);
  return s;
}
