/* options.c - strict parsing of the plugin's arguments.  */

#include <stdio.h>
#include <string.h>
#include "options.h"

void
esc_options_init (esc_options *o)
{
  memset (o, 0, sizeof *o);
}

const char *
esc_options_help (void)
{
  return "Go-style escape analysis for C allocations.\n"
    "  -fplugin-arg-escape-m[=1|2]  report verdicts (2: with flow paths);"
    " m=0 is silent";
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
  snprintf (err, errlen, "unknown argument '-fplugin-arg-escape-%s%s%s'"
	    " (valid: m[=0|1|2])", key, value ? "=" : "", value ? value : "");
  return false;
}
