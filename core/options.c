/* options.c - strict parsing of the plugin's arguments.  */

#include <stdio.h>
#include <string.h>
#include "options.h"
#include "allocators.h"
#include "summaries.h"

void
esc_options_init (esc_options *o)
{
  memset (o, 0, sizeof *o);
  o->max_size = ESC_DEFAULT_MAX_SIZE;
  o->frame_budget = ESC_DEFAULT_FRAME_BUDGET;
  o->slot_size = ESC_DEFAULT_SLOT_SIZE;
  o->loop_slots = ESC_DEFAULT_LOOP_SLOTS;
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
    "(default 1024)\n"
    "  -fplugin-arg-escape-slot-size=N    stack slot for a variable size: "
    "sizes up to N\n"
    "                                     use it, larger ones the heap "
    "(default 64; 0: none)\n"
    "  -fplugin-arg-escape-loop-slots=N   slots for objects that outlive "
    "their loop\n"
    "                                     iteration, one each, within the "
    "budget (default 64; 0: none)\n"
    "  -fplugin-arg-escape-report=PATH    write a JSON report (PATH/ or an "
    "existing directory: one file per unit)\n"
    "  -fplugin-arg-escape-report-object  record the JSON report in the "
    "object file only\n"
    "                                     (section .escape.report; "
    "report=PATH records it too)\n"
    "  -fplugin-arg-escape-allocator=NAME:SIZE_ARG[:FREE_NAME[:FREE_ARG]]\n"
    "                                     declare an allocator (repeat with "
    "'+' between entries)\n"
    "  -fplugin-arg-escape-allocators=FILE  declare allocators, one entry "
    "per line\n"
    "  -fplugin-arg-escape-summaries=FILE   summaries of other units' "
    "functions (escape-report\n"
    "                                     --write-summaries); checked at "
    "link time";
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

long
esc_options_slot_bytes (const esc_options *o)
{
  return o->slot_size < o->max_size ? o->slot_size : o->max_size;
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
  if (strcmp (key, "report-object") == 0)
    {
      if (value)
	{
	  snprintf (err, errlen, "'-fplugin-arg-escape-report-object' takes "
		    "no value (got '%s')", value);
	  return false;
	}
      o->report_object = true;
      return true;
    }
  if (strcmp (key, "max-size") == 0 || strcmp (key, "frame-budget") == 0
      || strcmp (key, "slot-size") == 0)
    {
      bool max = key[0] == 'm', slot = key[0] == 's';
      long hi = max || slot ? ESC_LIMIT_MAX_SIZE : ESC_LIMIT_FRAME_BUDGET, v;
      if (!value || !parse_int (value, 0, hi, &v))
	{
	  snprintf (err, errlen, "invalid value '%s' for "
		    "'-fplugin-arg-escape-%s' (expected bytes from 0 to %ld)",
		    value ? value : "", key, hi);
	  return false;
	}
      if (max)
	o->max_size = v;
      else if (slot)
	o->slot_size = v;
      else
	o->frame_budget = v;
      return true;
    }
  if (strcmp (key, "loop-slots") == 0)
    {
      long v;
      if (!value || !parse_int (value, 0, ESC_LIMIT_LOOP_SLOTS, &v))
	{
	  snprintf (err, errlen, "invalid value '%s' for "
		    "'-fplugin-arg-escape-loop-slots' (expected a count from 0 "
		    "to %d)", value ? value : "", ESC_LIMIT_LOOP_SLOTS);
	  return false;
	}
      o->loop_slots = v;
      return true;
    }
  if (strcmp (key, "report") == 0)
    {
      if (!value || !*value || strlen (value) >= sizeof o->report_path)
	{
	  snprintf (err, errlen, "'-fplugin-arg-escape-report' needs a file "
		    "or directory: -fplugin-arg-escape-report=PATH");
	  return false;
	}
      strcpy (o->report_path, value);
      return true;
    }
  if (strcmp (key, "allocator") == 0 || strcmp (key, "allocators") == 0)
    {
      char why[480];
      bool file = key[9] == 's';
      if (!value || !*value)
	{
	  snprintf (err, errlen, "'-fplugin-arg-escape-%s' needs a value: "
		    "-fplugin-arg-escape-%s", key, file ? "allocators=FILE"
		    : "allocator=NAME:SIZE_ARG[:FREE_NAME[:FREE_ARG]]");
	  return false;
	}
      if (file)
	{
	  if (esc_allocators_load (value, why, sizeof why))
	    return true;
	  snprintf (err, errlen, "%s", why);
	  return false;
	}
      /* GCC keeps one value per key, so several entries in one argument
	 are joined with '+'.  */
      char buf[1024];
      if (strlen (value) >= sizeof buf)
	{
	  snprintf (err, errlen, "'-fplugin-arg-escape-allocator' value too "
		    "long");
	  return false;
	}
      strcpy (buf, value);
      for (char *e = strtok (buf, "+"); e; e = strtok (NULL, "+"))
	if (!esc_allocator_declare (e, why, sizeof why))
	  {
	    snprintf (err, errlen, "invalid '-fplugin-arg-escape-allocator': "
		      "%s", why);
	    return false;
	  }
      return true;
    }
  if (strcmp (key, "summaries") == 0)
    {
      if (!value || !*value)
	{
	  snprintf (err, errlen, "'-fplugin-arg-escape-summaries' needs a "
		    "file: -fplugin-arg-escape-summaries=FILE (written by "
		    "escape-report --write-summaries)");
	  return false;
	}
      char why[480];
      if (!esc_summaries_load (value, why, sizeof why))
	{
	  snprintf (err, errlen, "%s", why);
	  return false;
	}
      o->summaries = true;
      return true;
    }
  snprintf (err, errlen, "unknown argument '-fplugin-arg-escape-%s%s%s'"
	    " (valid: m[=0|1|2], transform, max-size=N, frame-budget=N, "
	    "slot-size=N, loop-slots=N, "
	    "report=PATH, report-object, allocator=ENTRY, allocators=FILE, "
	    "summaries=FILE)",
	    key, value ? "=" : "", value ? value : "");
  return false;
}
