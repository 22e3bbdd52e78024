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

START_TEST (test_options_report_object)
{
  esc_options_init (&o);
  ck_assert (!o.report_object);
  ck_assert (!esc_options_report (&o));
  ck_assert (parse ("report-object", NULL));
  ck_assert (o.report_object);
  ck_assert (esc_options_report (&o));
  ck_assert (!parse ("report-object", "yes"));
  ck_assert_str_eq (err, "'-fplugin-arg-escape-report-object' takes no value "
		    "(got 'yes')");
  esc_options_init (&o);
  ck_assert (parse ("report", "dir/"));
  ck_assert (esc_options_report (&o));
}
END_TEST

START_TEST (test_options_unknown_keys)
{
  esc_options_init (&o);
  ck_assert (!parse ("foo", NULL));
  ck_assert_str_eq (err, "unknown argument '-fplugin-arg-escape-foo'"
		    " (valid: m[=0|1|2], transform, max-size=N, frame-budget=N, "
		    "slot-size=N, loop-slots=N, report=PATH, report-object, "
		    "allocator=ENTRY, "
		    "allocators=FILE, summaries=FILE)");
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

START_TEST (test_options_transform_defaults)
{
  o.transform = true;
  o.max_size = 7;
  o.frame_budget = 7;
  esc_options_init (&o);
  ck_assert (!o.transform);
  ck_assert_int_eq (o.max_size, 256);
  ck_assert_int_eq (o.frame_budget, 1024);
  ck_assert_int_eq (ESC_DEFAULT_MAX_SIZE, 256);
  ck_assert_int_eq (ESC_DEFAULT_FRAME_BUDGET, 1024);
}
END_TEST

START_TEST (test_options_transform)
{
  esc_options_init (&o);
  ck_assert (parse ("transform", NULL));
  ck_assert (o.transform);
  ck_assert_str_eq (err, "");
  /* The limits are not touched.  */
  ck_assert_int_eq (o.max_size, 256);
  ck_assert_int_eq (o.frame_budget, 1024);
}
END_TEST

START_TEST (test_options_transform_value_rejected)
{
  const char *values[] = { "1", "0", "", "yes" };
  for (int i = 0; i < 4; i++)
    {
      esc_options_init (&o);
      ck_assert_msg (!parse ("transform", values[i]), "transform=%s accepted",
		     values[i]);
      ck_assert_msg (!o.transform, "transform=%s turned it on", values[i]);
      ck_assert_msg (strstr (err, "'-fplugin-arg-escape-transform'") != NULL,
		     "transform=%s: message does not name the argument: %s",
		     values[i], err);
      char quoted[64];
      snprintf (quoted, sizeof quoted, "'%s'", values[i]);
      ck_assert_msg (strstr (err, quoted) != NULL,
		     "transform=%s: message does not quote the value: %s",
		     values[i], err);
    }
  esc_options_init (&o);
  ck_assert (!parse ("transform", "1"));
  ck_assert_str_eq (err, "'-fplugin-arg-escape-transform' takes no value "
		    "(got '1')");
}
END_TEST

/* KEY=VALUE sets the limit to WANT.  */
static void
limit_accepted (const char *key, const char *value, long want)
{
  esc_options_init (&o);
  ck_assert_msg (parse (key, value), "%s=%s rejected: %s", key, value, err);
  ck_assert_str_eq (err, "");
  long got = strcmp (key, "max-size") == 0 ? o.max_size : o.frame_budget;
  long other = strcmp (key, "max-size") == 0 ? o.frame_budget : o.max_size;
  ck_assert_msg (got == want, "%s=%s gave %ld", key, value, got);
  /* The other limit keeps its default.  */
  ck_assert_int_eq (other, strcmp (key, "max-size") == 0 ? 1024 : 256);
  ck_assert (!o.transform);
}

/* KEY=VALUE (VALUE NULL: no '=') is rejected, leaves both limits alone,
   and the reason names the argument, quotes the value and gives LIMIT.  */
static void
limit_rejected (const char *key, const char *value, long limit)
{
  esc_options_init (&o);
  ck_assert_msg (!parse (key, value), "%s=%s accepted", key,
		 value ? value : "(none)");
  ck_assert_int_eq (o.max_size, 256);
  ck_assert_int_eq (o.frame_budget, 1024);
  char want[128];
  snprintf (want, sizeof want, "'-fplugin-arg-escape-%s'", key);
  ck_assert_msg (strstr (err, want) != NULL,
		 "%s=%s: message does not name the argument: %s", key,
		 value ? value : "(none)", err);
  snprintf (want, sizeof want, "'%s'", value ? value : "");
  ck_assert_msg (strstr (err, want) != NULL,
		 "%s=%s: message does not quote the value: %s", key,
		 value ? value : "(none)", err);
  snprintf (want, sizeof want, "from 0 to %ld", limit);
  ck_assert_msg (strstr (err, want) != NULL,
		 "%s=%s: message does not give the range: %s", key,
		 value ? value : "(none)", err);
}

START_TEST (test_options_max_size)
{
  limit_accepted ("max-size", "0", 0);
  limit_accepted ("max-size", "256", 256);
  limit_accepted ("max-size", "1", 1);
  limit_accepted ("max-size", "65536", 65536);
  ck_assert_int_eq (ESC_LIMIT_MAX_SIZE, 65536);
}
END_TEST

START_TEST (test_options_max_size_rejected)
{
  const char *bad[] = { "65537", "-1", "x", "", "1x", "+1", " 1", "0256",
			"00", "4096.0", "99999999999999999999999", "1048576" };
  for (unsigned i = 0; i < sizeof bad / sizeof bad[0]; i++)
    limit_rejected ("max-size", bad[i], 65536);
  limit_rejected ("max-size", NULL, 65536);
  esc_options_init (&o);
  ck_assert (!parse ("max-size", "65537"));
  ck_assert_str_eq (err, "invalid value '65537' for "
		    "'-fplugin-arg-escape-max-size' (expected bytes from 0 to "
		    "65536)");
}
END_TEST

START_TEST (test_options_frame_budget)
{
  limit_accepted ("frame-budget", "0", 0);
  limit_accepted ("frame-budget", "1024", 1024);
  limit_accepted ("frame-budget", "65537", 65537);
  limit_accepted ("frame-budget", "1048576", 1048576);
  ck_assert_int_eq (ESC_LIMIT_FRAME_BUDGET, 1048576);
}
END_TEST

START_TEST (test_options_frame_budget_rejected)
{
  const char *bad[] = { "1048577", "-1", "x", "", "1x", "+1", " 1",
			"01024", "99999999999999999999999", "10485760" };
  for (unsigned i = 0; i < sizeof bad / sizeof bad[0]; i++)
    limit_rejected ("frame-budget", bad[i], 1048576);
  limit_rejected ("frame-budget", NULL, 1048576);
  esc_options_init (&o);
  ck_assert (!parse ("frame-budget", "1048577"));
  ck_assert_str_eq (err, "invalid value '1048577' for "
		    "'-fplugin-arg-escape-frame-budget' (expected bytes from 0 "
		    "to 1048576)");
}
END_TEST

START_TEST (test_options_slot_size)
{
  esc_options_init (&o);
  ck_assert_int_eq (o.slot_size, 64);
  const char *good[] = { "0", "1", "64", "256", "65536" };
  long want[] = { 0, 1, 64, 256, 65536 };
  for (unsigned i = 0; i < sizeof good / sizeof good[0]; i++)
    {
      esc_options_init (&o);
      ck_assert_msg (parse ("slot-size", good[i]), "slot-size=%s: %s",
		     good[i], err);
      ck_assert_int_eq (o.slot_size, want[i]);
      ck_assert_int_eq (o.max_size, 256);
      ck_assert_int_eq (o.frame_budget, 1024);
    }
  const char *bad[] = { "65537", "-1", "x", "", "064", "+1", "1e3" };
  for (unsigned i = 0; i < sizeof bad / sizeof bad[0]; i++)
    {
      esc_options_init (&o);
      ck_assert_msg (!parse ("slot-size", bad[i]), "slot-size=%s accepted",
		     bad[i]);
      ck_assert_int_eq (o.slot_size, 64);
    }
  esc_options_init (&o);
  ck_assert (!parse ("slot-size", NULL));
  ck_assert_str_eq (err, "invalid value '' for "
		    "'-fplugin-arg-escape-slot-size' (expected bytes from 0 to "
		    "65536)");
}
END_TEST

START_TEST (test_options_loop_slots)
{
  esc_options_init (&o);
  ck_assert_int_eq (o.loop_slots, 64);
  ck_assert (parse ("loop-slots", "0"));
  ck_assert_int_eq (o.loop_slots, 0);
  ck_assert (parse ("loop-slots", "4096"));
  ck_assert_int_eq (o.loop_slots, 4096);
  const char *bad[] = { "4097", "-1", "x", "", "01" };
  for (unsigned i = 0; i < sizeof bad / sizeof bad[0]; i++)
    {
      esc_options_init (&o);
      ck_assert_msg (!parse ("loop-slots", bad[i]), "loop-slots=%s accepted",
		     bad[i]);
      ck_assert_int_eq (o.loop_slots, 64);
    }
  ck_assert (!parse ("loop-slots", NULL));
  ck_assert_str_eq (err, "invalid value '' for "
		    "'-fplugin-arg-escape-loop-slots' (expected a count from 0 "
		    "to 4096)");
}
END_TEST

/* A guarded slot never exceeds max-size, in either option order.  */
START_TEST (test_options_slot_bytes)
{
  esc_options_init (&o);
  ck_assert_int_eq (esc_options_slot_bytes (&o), 64);
  ck_assert (parse ("max-size", "32"));
  ck_assert_int_eq (esc_options_slot_bytes (&o), 32);
  ck_assert (parse ("slot-size", "16"));
  ck_assert_int_eq (esc_options_slot_bytes (&o), 16);
  esc_options_init (&o);
  ck_assert (parse ("slot-size", "1000"));
  ck_assert_int_eq (esc_options_slot_bytes (&o), 256);
  ck_assert (parse ("max-size", "0"));
  ck_assert_int_eq (esc_options_slot_bytes (&o), 0);
  esc_options_init (&o);
  ck_assert (parse ("slot-size", "0"));
  ck_assert_int_eq (esc_options_slot_bytes (&o), 0);
}
END_TEST

START_TEST (test_options_all_together)
{
  /* The order of the arguments does not matter; a later one wins.  */
  esc_options_init (&o);
  ck_assert (parse ("frame-budget", "4096"));
  ck_assert (parse ("transform", NULL));
  ck_assert (parse ("max-size", "512"));
  ck_assert (parse ("m", "2"));
  ck_assert (parse ("max-size", "128"));
  ck_assert (o.transform);
  ck_assert_int_eq (o.m_level, 2);
  ck_assert_int_eq (o.max_size, 128);
  ck_assert_int_eq (o.frame_budget, 4096);
  /* A rejected value in between changes nothing.  */
  ck_assert (!parse ("frame-budget", "x"));
  ck_assert_int_eq (o.frame_budget, 4096);
  ck_assert_int_eq (o.max_size, 128);
}
END_TEST

START_TEST (test_options_keys_exact)
{
  /* Near misses of the new keys are unknown, not prefixes.  */
  const char *keys[] = { "transforms", "Transform", "max-size ", "max_size",
			 "maxsize", "frame-budge", "frame_budget", "max" };
  for (unsigned i = 0; i < sizeof keys / sizeof keys[0]; i++)
    {
      esc_options_init (&o);
      ck_assert_msg (!parse (keys[i], "1"), "key '%s' accepted", keys[i]);
      ck_assert_msg (strstr (err, "unknown argument") != NULL,
		     "key '%s': %s", keys[i], err);
      ck_assert (!o.transform);
      ck_assert_int_eq (o.max_size, 256);
      ck_assert_int_eq (o.frame_budget, 1024);
    }
}
END_TEST

START_TEST (test_options_help)
{
  const char *h = esc_options_help ();
  ck_assert_ptr_nonnull (h);
  ck_assert_ptr_nonnull (strstr (h, "-fplugin-arg-escape-m"));
  ck_assert_ptr_nonnull (strstr (h, "-fplugin-arg-escape-transform"));
  ck_assert_ptr_nonnull (strstr (h, "-fplugin-arg-escape-max-size=N"));
  ck_assert_ptr_nonnull (strstr (h, "-fplugin-arg-escape-frame-budget=N"));
  ck_assert_ptr_nonnull (strstr (h, "-fplugin-arg-escape-slot-size=N"));
  ck_assert_ptr_nonnull (strstr (h, "-fplugin-arg-escape-loop-slots=N"));
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
  tcase_add_test (tc, test_options_report_object);
  tcase_add_test (tc, test_options_short_error_buffer);
  tcase_add_test (tc, test_options_help);
  tcase_add_test (tc, test_options_transform_defaults);
  tcase_add_test (tc, test_options_transform);
  tcase_add_test (tc, test_options_transform_value_rejected);
  tcase_add_test (tc, test_options_max_size);
  tcase_add_test (tc, test_options_max_size_rejected);
  tcase_add_test (tc, test_options_frame_budget);
  tcase_add_test (tc, test_options_frame_budget_rejected);
  tcase_add_test (tc, test_options_slot_size);
  tcase_add_test (tc, test_options_slot_bytes);
  tcase_add_test (tc, test_options_loop_slots);
  tcase_add_test (tc, test_options_all_together);
  tcase_add_test (tc, test_options_keys_exact);
  suite_add_tcase (s, tc);
  return s;
}
