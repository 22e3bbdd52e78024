/* options.c - strict parsing of the plugin's arguments.  */

#include <stdio.h>
#include <string.h>
#include "options.h"

void
esc_options_init (esc_options *o)
{
  memset (o, 0, sizeof *o);
  o->max_size = ESC_DEFAULT_MAX_SIZE;
  o->frame_budget = ESC_DEFAULT_FRAME_BUDGET;
}

const char *
esc_options_help (void)
{
  return "Go-style escape analysis for C allocations.\n"
    "  -fplugin-arg-escape-m[=1|2]        report verdicts (2: with flow "
    "paths); m=0 is silent\n"
    "  -fplugin-arg-escape-transform      move small non-escaping "
    "allocations to the stack\n"
    "  -fplugin-arg-escape-max-size=N     largest object moved (bytes, "
    "default 256)\n"
    "  -fplugin-arg-escape-frame-budget=N bytes moved into one function "
    "(default 1024)";
}

/* A whole decimal number in [LO, HI] written without leading zeros.  */
static bool
parse_int (const char *s, long lo, long hi, long *out)
{
  if (!s || !*s || (s[0] == '0' && s[1]))
    return false;
  long v = 0;
  for (const char *p = s; *p; p++)
    {
      if (*p < '0' || *p > '9' || v > hi)
	return false;
      v = v * 10 + (*p - '0');
    }
  if (v < lo || v > hi)
    return false;
  *out = v;
  return true;
}

bool
esc_options_parse (esc_options *o, const char *key, const char *value,
		   char *err, size_t errlen)
{
  if (strcmp (key, "m") == 0)
    {
      long v = 1;
      if (value && !parse_int (value, 0, 2, &v))
	{
	  snprintf (err, errlen, "invalid value '%s' for '-fplugin-arg-escape-m'"
		    " (expected 0, 1 or 2)", value);
	  return false;
	}
      o->m_level = (int) v;
      return true;
    }
  if (strcmp (key, "transform") == 0)
    {
      if (value)
	{
	  snprintf (err, errlen, "'-fplugin-arg-escape-transform' takes no "
		    "value (got '%s')", value);
	  return false;
	}
      o->transform = true;
      return true;
    }
  if (strcmp (key, "max-size") == 0 || strcmp (key, "frame-budget") == 0)
    {
      bool max = key[0] == 'm';
      long hi = max ? ESC_LIMIT_MAX_SIZE : ESC_LIMIT_FRAME_BUDGET, v;
      if (!value || !parse_int (value, 0, hi, &v))
	{
	  snprintf (err, errlen, "invalid value '%s' for "
		    "'-fplugin-arg-escape-%s' (expected bytes from 0 to %ld)",
		    value ? value : "", key, hi);
	  return false;
	}
      if (max)
	o->max_size = v;
      else
	o->frame_budget = v;
      return true;
    }
  snprintf (err, errlen, "unknown argument '-fplugin-arg-escape-%s%s%s'"
	    " (valid: m[=0|1|2], transform, max-size=N, frame-budget=N)",
	    key, value ? "=" : "", value ? value : "");
  return false;
}
