/* main.c - escape-report: summarise the JSON reports of a build
   (-fplugin-arg-escape-report=DIR/) as text, HTML or SARIF.
   Usage and examples: docs/escape-report.md.  */

#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include "report.h"

static const char usage[] =
  "Usage: escape-report [OPTION]... REPORT...\n"
  "Summarise the JSON reports of a build made with\n"
  "-fplugin-arg-escape-report=DIR/ (one *.escape.json per unit).\n"
  "A REPORT is a file, or a directory standing for every *.escape.json\n"
  "below it (sorted by path).\n"
  "\n"
  "Output (one of):\n"
  "  --text            counts by verdict and reason, and the sites that\n"
  "                    could move with one change, best first (default)\n"
  "  --html            one self-contained HTML page (nothing to fetch)\n"
  "  --sarif           SARIF 2.1.0, one result per site that does not escape\n"
  "\n"
  "Options:\n"
  "  -o, --output FILE write to FILE instead of standard output\n"
  "  --top N           list at most N sites that could move (default 10)\n"
  "  --srcroot DIR     show paths relative to DIR (default: the current\n"
  "                    directory); in SARIF, such paths\n"
  "                    are relative URIs with uriBaseId %SRCROOT%\n"
  "  --by file|dir     one HTML chart bar per file or per directory\n"
  "                    (default: per file up to 20 files, else per directory)\n"
  "  --source-url TEMPLATE  HTML: link each site to TEMPLATE with {path}\n"
  "                    (below --srcroot) and {line} filled in\n"
  "  --sarif-no-moved  no SARIF result for a site that moved to the stack\n"
  "  --info-uri URI    SARIF tool.driver.informationUri, an absolute\n"
  "                    http or https URI (default: none)\n"
  "  --write-allocators FILE  also write the build's allocator wrappers\n"
  "                    as an allocators file for the next build\n"
  "                    (-fplugin-arg-escape-allocators=FILE)\n"
  "  --write-summaries FILE  also write the summaries of the build's\n"
  "                    public functions for the next build\n"
  "                    (-fplugin-arg-escape-summaries=FILE)\n"
  "\n"
  "CI gate (docs/escape-report.md, \"The CI gate\"):\n"
  "  --baseline OLD    compare the REPORTs with OLD's; exit 1 if a site\n"
  "                    escapes that did not in OLD, or a new site escapes\n"
  "  --exclude GLOB    leave out units and sites whose source path matches\n"
  "                    (repeatable)\n"
  "  --suppressions FILE  lines 'FILE[:FUNCTION:CALL] REASON' (globs):\n"
  "                    regressions allowed; so is a comment\n"
  "                    'escape: allow-escape REASON' on the site's line\n"
  "  --json OUT        also write the comparison as JSON to OUT\n"
  "\n"
  "  --help            show this help and exit\n"
  "  --version         show the version and exit\n"
  "\n"
  "Exit status: 0 on success, 2 on a bad argument, an unreadable or\n"
  "invalid report (the message names the file), or a failed write;\n"
  "with --baseline, 1 when a regression is not suppressed.\n";

typedef int (*file_writer) (FILE *, const struct esr_set *,
			    const struct esr_options *);

static int
write_summaries (FILE *out, const struct esr_set *set,
		 const struct esr_options *opt)
{
  (void) opt;
  return esr_write_summaries (out, set);
}

/* PATH written by WRITE, through a temporary file renamed over it: a
   build that reads it never sees half of it.  Nonzero (with a message)
   on failure.  */
static int
write_file (const char *path, file_writer write, const struct esr_set *set,
	    const struct esr_options *opt)
{
  char *tmp = esr_xasprintf ("%s.tmp", path);
  FILE *f = fopen (tmp, "w");
  int st = f ? write (f, set, opt) : -1;
  int saved = errno;
  if (f && fclose (f) != 0 && st == 0)
    st = -1, saved = errno;
  if (st == 0 && rename (tmp, path) != 0)
    st = -1, saved = errno;
  if (st)
    {
      if (f)
	remove (tmp);
      fprintf (stderr, "escape-report: %s: cannot write: %s\n", path,
	       strerror (saved));
    }
  free (tmp);
  return st;
}

static int
bad_usage (const char *fmt, const char *arg)
{
  fputs ("escape-report: ", stderr);
  fprintf (stderr, fmt, arg);
  fputs (" (see escape-report --help)\n", stderr);
  return 2;
}

/* The value of option NAME: "--name=V", or the next argument.  */
static const char *
value (int argc, char **argv, int *i, const char *name)
{
  size_t n = strlen (name);
  if (strncmp (argv[*i], name, n) == 0 && argv[*i][n] == '=')
    return argv[*i] + n + 1;
  if (*i + 1 >= argc)
    return NULL;
  return argv[++*i];
}

static int
is_option (const char *arg, const char *name)
{
  size_t n = strlen (name);
  return strncmp (arg, name, n) == 0 && (arg[n] == 0 || arg[n] == '=');
}

int
main (int argc, char **argv)
{
  enum { TEXT, HTML, SARIF } format = TEXT;
  const char *output = NULL, *allocators = NULL, *summaries = NULL;
  struct esr_options opt = { .top = 10, .by = ESR_BY_AUTO };
  char **inputs = esr_xmalloc ((size_t) argc * sizeof *inputs);
  int ninputs = 0, formats = 0, only_inputs = 0;
  /* The CI gate's options (gate.c).  */
  struct esr_gate gate = { NULL, NULL, 0, NULL, NULL };
  const char **excl = esr_xmalloc ((size_t) argc * sizeof *excl);
  gate.exclude = excl;

  for (int i = 1; i < argc; i++)
    {
      const char *a = argv[i], *v;
      if (only_inputs || a[0] != '-' || strcmp (a, "-") == 0)
	{
	  inputs[ninputs++] = argv[i];
	  continue;
	}
      if (strcmp (a, "--") == 0)
	only_inputs = 1;
      else if (strcmp (a, "--help") == 0 || strcmp (a, "-h") == 0)
	{
	  fputs (usage, stdout);
	  free (inputs);
	  return 0;
	}
      else if (strcmp (a, "--version") == 0)
	{
	  printf ("escape-report %s (report schema \"%s\" version %d)\n",
		  ESCAPE_VERSION, ESR_SCHEMA, ESR_VERSION);
	  free (inputs);
	  return 0;
	}
      else if (strcmp (a, "--text") == 0)
	format = TEXT, formats++;
      else if (strcmp (a, "--html") == 0)
	format = HTML, formats++;
      else if (strcmp (a, "--sarif") == 0)
	format = SARIF, formats++;
      else if (strcmp (a, "--sarif-no-moved") == 0)
	opt.sarif_no_moved = 1;
      else if (strcmp (a, "-o") == 0 || is_option (a, "--output"))
	{
	  if (!(v = value (argc, argv, &i, strcmp (a, "-o") ? "--output"
			   : "-o")) || !*v)
	    return free (inputs), bad_usage ("%s needs a file name", a);
	  output = v;
	}
      else if (strncmp (a, "-o", 2) == 0)
	output = a + 2;
      else if (is_option (a, "--top"))
	{
	  if (!(v = value (argc, argv, &i, "--top")))
	    return free (inputs), bad_usage ("%s needs a number", "--top");
	  char *end;
	  errno = 0;
	  long n = strtol (v, &end, 10);
	  if (!*v || *end || errno || n < 0 || n > 1000000000L)
	    return free (inputs),
	      bad_usage ("invalid number '%s' for --top", v);
	  opt.top = (int) n;
	}
      else if (is_option (a, "--srcroot"))
	{
	  if (!(v = value (argc, argv, &i, "--srcroot")) || !*v)
	    return free (inputs),
	      bad_usage ("%s needs a directory", "--srcroot");
	  opt.srcroot = v;
	}
      else if (is_option (a, "--by"))
	{
	  if (!(v = value (argc, argv, &i, "--by")))
	    return free (inputs), bad_usage ("%s needs 'file' or 'dir'",
					     "--by");
	  if (strcmp (v, "file") == 0)
	    opt.by = ESR_BY_FILE;
	  else if (strcmp (v, "dir") == 0)
	    opt.by = ESR_BY_DIR;
	  else
	    return free (inputs),
	      bad_usage ("invalid value '%s' for --by (expected file or dir)",
			 v);
	}
      else if (is_option (a, "--info-uri"))
	{
	  if (!(v = value (argc, argv, &i, "--info-uri")) || !*v)
	    return free (inputs), bad_usage ("%s needs a URI", "--info-uri");
	  if (!esr_http_uri (v))
	    return free (inputs),
	      bad_usage ("invalid URI '%s' for --info-uri (expected an "
			 "absolute http or https URI)", v);
	  opt.info_uri = v;
	}
      else if (is_option (a, "--write-allocators"))
	{
	  if (!(v = value (argc, argv, &i, "--write-allocators")) || !*v)
	    return free (inputs), free (excl),
	      bad_usage ("%s needs a file name", "--write-allocators");
	  allocators = v;
	}
      else if (is_option (a, "--write-summaries"))
	{
	  if (!(v = value (argc, argv, &i, "--write-summaries")) || !*v)
	    return free (inputs), free (excl),
	      bad_usage ("%s needs a file name", "--write-summaries");
	  summaries = v;
	}
      else if (is_option (a, "--source-url"))
	{
	  if (!(v = value (argc, argv, &i, "--source-url")) || !*v)
	    return free (inputs), free (excl),
	      bad_usage ("%s needs a template", "--source-url");
	  /* Without {path} every site would link to one page.  */
	  if (!strstr (v, "{path}"))
	    return free (inputs), free (excl),
	      bad_usage ("invalid template '%s' for --source-url (it needs "
			 "{path}; {line} is optional)", v);
	  opt.source_url = v;
	}
      else if (is_option (a, "--baseline") || is_option (a, "--exclude")
	       || is_option (a, "--suppressions") || is_option (a, "--json"))
	{
	  const char *name = is_option (a, "--baseline") ? "--baseline"
	    : is_option (a, "--exclude") ? "--exclude"
	    : is_option (a, "--suppressions") ? "--suppressions" : "--json";
	  const char *err;
	  if (!(v = value (argc, argv, &i, name)) || !*v)
	    return free (inputs), free (excl),
	      bad_usage ("%s needs an argument", name);
	  if (name[2] == 'b')
	    gate.baseline = v;
	  else if (name[2] == 's')
	    gate.suppressions = v;
	  else if (name[2] == 'j')
	    gate.json = v;
	  else if ((err = esr_glob_error (v)))
	    {
	      fprintf (stderr, "escape-report: invalid glob '%s' for "
		       "--exclude: %s\n", v, err);
	      return free (inputs), free (excl), 2;
	    }
	  else
	    excl[gate.nexclude++] = v;
	}
      else
	return free (inputs), free (excl),
	  bad_usage ("unknown option '%s'", a);
    }
  if (gate.baseline || gate.nexclude || gate.suppressions || gate.json)
    {
      int st;
      if (allocators || summaries)
	st = bad_usage ("%s", allocators ? "--write-allocators does not go "
			"with --baseline" : "--write-summaries does not go "
			"with --baseline");
      else if (!gate.baseline)
	st = bad_usage ("%s", "--exclude, --suppressions and --json go with "
			"--baseline OLD");
      else if (formats)
	st = bad_usage ("%s", "--baseline writes its own listing: no --text, "
			"--html or --sarif");
      else if (ninputs == 0)
	st = bad_usage ("%s", "--baseline OLD needs the NEW reports too");
      else
	st = esr_gate (output, &opt, &gate, inputs, ninputs);
      free (inputs);
      free (excl);
      return st;
    }
  free (excl);
  if (formats > 1)
    return free (inputs),
      bad_usage ("%s", "choose one of --text, --html and --sarif");
  if (opt.sarif_no_moved && format != SARIF)
    return free (inputs), bad_usage ("%s", "--sarif-no-moved needs --sarif");
  if (opt.source_url && format != HTML)
    return free (inputs), bad_usage ("%s", "--source-url needs --html");
  if (ninputs == 0)
    return free (inputs),
      bad_usage ("%s", "no report files or directories given");

  struct esr_set set = { 0 };
  if (esr_read (&set, inputs, ninputs) != 0)
    {
      esr_free (&set);
      free (inputs);
      return 2;
    }
  free (inputs);

  /* Written first, and only now: a bad report leaves an older file in
     place, and a build that reads it never sees half of it.  */
  if ((allocators && write_file (allocators, esr_write_allocators, &set,
				 &opt))
      || (summaries && write_file (summaries, write_summaries, &set, &opt)))
    {
      esr_free (&set);
      return 2;
    }

  /* Opened only now: a bad report leaves an older output in place.  */
  FILE *out = stdout;
  if (output && !(out = fopen (output, "w")))
    {
      fprintf (stderr, "escape-report: %s: cannot write: %s\n", output,
	       strerror (errno));
      esr_free (&set);
      return 2;
    }
  int st = format == HTML ? esr_write_html (out, &set, &opt)
    : format == SARIF ? esr_write_sarif (out, &set, &opt)
    : esr_write_text (out, &set, &opt);
  int saved = errno;
  if (fflush (out) != 0 && st == 0)
    st = -1, saved = errno;
  if (out != stdout && fclose (out) != 0 && st == 0)
    st = -1, saved = errno;
  esr_free (&set);
  if (st)
    {
      fprintf (stderr, "escape-report: %s: cannot write: %s\n",
	       output ? output : "standard output", strerror (saved));
      return 2;
    }
  return 0;
}
