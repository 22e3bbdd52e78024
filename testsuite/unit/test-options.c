/* test-options.c - strict parsing of -fplugin-arg-escape-KEY[=VALUE].  */

#include <stdio.h>
#include <string.h>
#include "unit.h"
#include "../../core/options.h"

static esc_options o;
static char err[256];

static bool
parse (const char *key, const char *value)
{
  memset (err, 0, sizeof err);
  return esc_options_parse (&o, key, value, err, sizeof err);
}

START_TEST (test_options_init)
{
  o.m_level = 7;
  esc_options_init (&o);
  ck_assert_int_eq (o.m_level, 0);
}
END_TEST

START_TEST (test_options_m_accepted)
{
  esc_options_init (&o);
  ck_assert (parse ("m", NULL));	/* -fplugin-arg-escape-m */
  ck_assert_int_eq (o.m_level, 1);
  ck_assert (parse ("m", "2"));
  ck_assert_int_eq (o.m_level, 2);
  ck_assert (parse ("m", "0"));
  ck_assert_int_eq (o.m_level, 0);
  ck_assert (parse ("m", "1"));
  ck_assert_int_eq (o.m_level, 1);
  ck_assert_str_eq (err, "");
}
END_TEST

/* VALUE for m is rejected, names the argument, leaves the level alone.  */
static void
m_rejected (const char *value)
{
  esc_options_init (&o);
  ck_assert (parse ("m", "2"));
  ck_assert_msg (!parse ("m", value), "m=%s accepted", value);
  ck_assert_int_eq (o.m_level, 2);
  ck_assert_msg (strstr (err, "'-fplugin-arg-escape-m'") != NULL,
		 "m=%s: message does not name the argument: %s", value, err);
  char quoted[64];
  snprintf (quoted, sizeof quoted, "'%s'", value);
  ck_assert_msg (strstr (err, quoted) != NULL,
		 "m=%s: message does not quote the value: %s", value, err);
}

START_TEST (test_options_m_rejected)
{
  m_rejected ("3");
  m_rejected ("");
  m_rejected ("x");
  m_rejected ("1x");
  m_rejected ("-1");
  m_rejected ("+1");
  m_rejected (" 1");
  m_rejected ("99999999999999999999999");
  m_rejected ("002");
  m_rejected ("01");
}
END_TEST

START_TEST (test_options_m3_message)
{
  esc_options_init (&o);
  ck_assert (!parse ("m", "3"));
  ck_assert_str_eq (err, "invalid value '3' for '-fplugin-arg-escape-m'"
		    " (expected 0, 1 or 2)");
}
END_TEST

START_TEST (test_options_unknown_keys)
{
  esc_options_init (&o);
  ck_assert (!parse ("foo", NULL));
  ck_assert_str_eq (err, "unknown argument '-fplugin-arg-escape-foo'"
		    " (valid: m[=0|1|2], transform, max-size=N, frame-budget=N)");
  ck_assert (!parse ("M", "1"));
  ck_assert_ptr_nonnull (strstr (err, "'-fplugin-arg-escape-M=1'"));
  ck_assert (!parse ("mm", "1"));
  ck_assert_ptr_nonnull (strstr (err, "'-fplugin-arg-escape-mm=1'"));
  ck_assert (!parse ("", NULL));
  ck_assert_ptr_nonnull (strstr (err, "unknown argument"));
  ck_assert_int_eq (o.m_level, 0);
}
END_TEST

START_TEST (test_options_short_error_buffer)
{
  /* The reason is cut to the buffer, never past it.  */
  char small[9];
  memset (small, 'Z', sizeof small);
  esc_options_init (&o);
  ck_assert (!esc_options_parse (&o, "bogus", "1", small, 8));
  ck_assert_int_eq (strlen (small), 7);
  ck_assert_int_eq (small[8], 'Z');
}
END_TEST

START_TEST (test_options_help)
{
  const char *h = esc_options_help ();
  ck_assert_ptr_nonnull (h);
  ck_assert_ptr_nonnull (strstr (h, "-fplugin-arg-escape-m"));
}
END_TEST

Suite *
options_suite (void)
{
  Suite *s = suite_create ("options");
  TCase *tc = ut_tcase ("parse");
  tcase_add_test (tc, test_options_init);
  tcase_add_test (tc, test_options_m_accepted);
  tcase_add_test (tc, test_options_m_rejected);
  tcase_add_test (tc, test_options_m3_message);
  tcase_add_test (tc, test_options_unknown_keys);
  tcase_add_test (tc, test_options_short_error_buffer);
  tcase_add_test (tc, test_options_help);
  suite_add_tcase (s, tc);
  return s;
}
