/* summaries.c - the summaries of a build's public functions, as a file
   for the next build (-fplugin-arg-escape-summaries=FILE).

   Each unit's report records, for every public function it defines for
   good (not weak, not interposable), the summary its calls use in that
   unit and the summary's hash ("functions", docs/report-json.md).  The
   file lists them one a line, as JSON, so that a later compile reads
   each line by itself and names the line of a problem.  A name defined
   by two units with different summaries (two programs of one build, a
   function with no summary beside one with one) is left out: a caller
   could be linked with either.  Whether the definition a program links
   is the one a summary describes is checked by the link itself
   (docs/design.md, "Summaries across units").  */

#include <string.h>
#include "report.h"

void
esr_summary_hash (const char *text, char out[17])
{
  /* FNV-1a, 64 bits, as core/summaries.c.  */
  unsigned long long h = 0xcbf29ce484222325ULL;
  for (const unsigned char *p = (const unsigned char *) text; *p; p++)
    {
      h ^= *p;
      h *= 0x100000001b3ULL;
    }
  snprintf (out, 17, "%016llx", h);
}

/* Does every public definition of F's name in SET have F's summary?  */
static int
agreed (const struct esr_set *set, const struct esr_function *f)
{
  for (int i = 0; i < set->nfunctions; i++)
    {
      const struct esr_function *g = &set->functions[i];
      if (g->is_public && strcmp (g->name, f->name) == 0
	  && (!g->summary_hash || strcmp (g->summary_hash, f->summary_hash)))
	return 0;
    }
  return 1;
}

/* Is F the first of its name with a summary?  */
static int
first (const struct esr_set *set, int k)
{
  for (int i = 0; i < k; i++)
    if (set->functions[i].summary
	&& strcmp (set->functions[i].name, set->functions[k].name) == 0)
      return 0;
  return 1;
}

int
esr_write_summaries (FILE *out, const struct esr_set *set)
{
  fprintf (out, "# Summaries of the public functions defined in this "
	   "build, found by\n# escape-report in the plugin's reports: read "
	   "with\n# -fplugin-arg-escape-summaries=FILE.  One function a "
	   "line; a program\n# linked with a definition whose summary is "
	   "not the one here fails\n# to link (undefined reference to "
	   "__escape_summary.NAME.HASH):\n# write this file again from the "
	   "build's reports.\n");
  int n = 0, left = 0;
  for (int i = 0; i < set->nfunctions; i++)
    {
      const struct esr_function *f = &set->functions[i];
      if (!f->summary || !f->is_public || !first (set, i))
	continue;
      if (!agreed (set, f))
	{
	  left++;
	  fprintf (out, "# %s: left out, defined differently in two "
		   "units\n", f->name);
	  continue;
	}
      fprintf (out, "{\"function\":\"%s\",\"hash\":\"%s\",\"summary\":%s}\n",
	       f->name, f->summary_hash, f->summary);
      n++;
    }
  /* A unit defining a function of the C library's name: the summaries'
     calls of that name run its code, which their calls_out cannot
     know.  */
  for (int u = 0; u < set->nunits; u++)
    for (int k = 0; k < set->units[u].nreplaces_libc; k++)
      {
	const char *name = set->units[u].replaces_libc[k];
	int seen = 0;
	for (int v = 0; v <= u && !seen; v++)
	  for (int j = 0; j < (v == u ? k : set->units[v].nreplaces_libc); j++)
	    if (strcmp (set->units[v].replaces_libc[j], name) == 0)
	      seen = 1;
	if (!seen)
	  fprintf (out, "{\"replaces_libc\":\"%s\"}\n", name);
      }
  if (n == 0 && left == 0)
    fprintf (out, "# (none)\n");
  return ferror (out) ? -1 : 0;
}
