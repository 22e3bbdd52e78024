/* test-report-file.c - where a unit's JSON report goes, and the absolute
   source path it is named after (core/report-json.c).  */

#include <stdlib.h>
#include <string.h>
#include "unit.h"
#include "../../core/report-json.h"
#include "../../core/allocators.h"

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

/* "lto" names a link's partition (lto1's document), "deferred" marks a
   compile that left the transform to the link; a compile's document has
   neither.  */
START_TEST (test_report_lto_fields)
{
  esc_json_unit u = { "w.c", "/w", "/w/w.c", "12.2.0", "x86_64-linux-gnu",
		      false, 256, 1024, 64, false };
  size_t len;
  esc_json_report *r = esc_json_report_new (&u);
  char *text = esc_json_report_text (r, &len);
  ck_assert_ptr_null (strstr (text, "\"lto\""));
  ck_assert_ptr_null (strstr (text, "\"deferred\""));
  free (text);
  esc_json_report_free (r);
  u.deferred = true;
  r = esc_json_report_new (&u);
  text = esc_json_report_text (r, &len);
  ck_assert_ptr_nonnull (strstr (text, "\"source\": \"/w/w.c\",\n  \"deferred\": true,\n"));
  free (text);
  esc_json_report_free (r);
  u.deferred = false;
  u.unit = "prog.ltrans0";
  u.source = NULL;
  u.lto = "prog.ltrans0";
  u.link = "ccAbCdEf";
  r = esc_json_report_new (&u);
  text = esc_json_report_text (r, &len);
  ck_assert_ptr_nonnull (strstr (text, "\"directory\": \"/w\",\n  \"lto\": \"prog.ltrans0\",\n  \"link\": \"ccAbCdEf\",\n"));
  ck_assert_ptr_null (strstr (text, "\"deferred\""));
  free (text);
  esc_json_report_free (r);
}
END_TEST

/* "functions": every function of the unit, and what a public or static
   wrapper is to its callers, in the words a declaration needs.  */
START_TEST (test_report_functions)
{
  esc_json_unit u = { "w.c", "/w", "/w/w.c", "12.2.0", "x86_64-linux-gnu",
		      false, 256, 1024, 64, false };
  esc_json_report *r = esc_json_report_new (&u);
  esc_alloc_summary xmalloc = { 0 };
  xmalloc.is_alloc = true;
  xmalloc.size.param = 0;
  xmalloc.size.konst = -1;
  xmalloc.movable = true;
  xmalloc.family = ESC_FAMILY_LIBC;
  xmalloc.inner = "malloc";
  xmalloc.dealloc_param = -1;
  esc_alloc_summary xcalloc = xmalloc;
  xcalloc.has_count = true;
  xcalloc.count.param = 0;
  xcalloc.count.konst = 1;
  xcalloc.size.param = 1;
  xcalloc.zeroes = true;
  xcalloc.inner = "calloc";
  esc_alloc_summary xfree = { 0 };
  xfree.dealloc_param = 1;
  xfree.dealloc_family = ESC_FAMILY_LIBC;
  esc_alloc_summary plain = { 0 };
  plain.dealloc_param = -1;
  esc_json_function fns[] = {
    { "xfree", { "w.c", 9, 6 }, true, &xfree, NULL, NULL },
    { "xmalloc", { "w.c", 3, 7 }, true, &xmalloc, NULL, NULL },
    { "xcalloc", { "w.c", 6, 14 }, false, &xcalloc, NULL, NULL },
    { "main", { "w.c", 12, 5 }, true, &plain, "{\"name\":\"main\"}",
      "0123456789abcdef" },
    { "odd", { "w.c", 14, 5 }, true, NULL, NULL, NULL },
  };
  for (size_t i = 0; i < sizeof fns / sizeof fns[0]; i++)
    esc_json_report_function (r, &fns[i]);
  size_t len;
  char *text = esc_json_report_text (r, &len);
  const char *f = strstr (text, "\"functions\": [");
  ck_assert_ptr_nonnull (f);
  /* In source order, after the sites and parameters.  */
  ck_assert_ptr_nonnull (strstr (text, "\"params\": []"));
  const char *want[] = {
    "{ \"file\": \"w.c\", \"line\": 3, \"column\": 7, "
    "\"function\": \"xmalloc\", \"public\": true,\n"
    "      \"allocator\": { \"wraps\": \"malloc\", \"size\": { \"arg\": 1, "
    "\"min\": null }, \"count\": null, \"movable\": true, \"zeroes\": "
    "false, \"attribute\": false, \"family\": { \"deallocator\": "
    "\"free\", \"arg\": 1 } },\n      \"deallocator\": null }",
    "\"function\": \"xcalloc\", \"public\": false,\n"
    "      \"allocator\": { \"wraps\": \"calloc\", \"size\": { \"arg\": 2, "
    "\"min\": null }, \"count\": { \"arg\": 1, \"min\": 1 }, "
    "\"movable\": true, \"zeroes\": true,",
    "\"function\": \"xfree\", \"public\": true,\n      \"allocator\": "
    "null,\n      \"deallocator\": { \"frees\": 2, \"family\": { "
    "\"deallocator\": \"free\", \"arg\": 1 } } }",
    "\"function\": \"main\", \"public\": true,\n      \"allocator\": "
    "null,\n      \"deallocator\": null,\n      \"summary_hash\": "
    "\"0123456789abcdef\",\n      \"summary\": {\"name\":\"main\"} }",
    "\"function\": \"odd\", \"public\": true,\n      \"allocator\": "
    "null,\n      \"deallocator\": null }",
  };
  const char *at = f;
  for (size_t i = 0; i < sizeof want / sizeof want[0]; i++)
    {
      const char *p = strstr (at, want[i]);
      ck_assert_msg (p != NULL, "missing or out of order: %s\nin %s",
		     want[i], text);
      at = p;
    }
  free (text);
  esc_json_report_free (r);
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
  tcase_add_test (tc, test_report_functions);
  tcase_add_test (tc, test_report_lto_fields);
  suite_add_tcase (s, tc);
  return s;
}
