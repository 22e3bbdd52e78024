/* gate.c - escape-report --baseline OLD NEW: the CI gate.  Compares two
   builds' reports and fails (exit 1) when a site escapes in NEW that did
   not in OLD, or a new site escapes (docs/escape-report.md, "The CI
   gate").

   Sites are matched by a key that survives edits elsewhere in the file:
   the unit and the file (as shown, relative to --srcroot), the function
   and the call text, and the site's rank among the sites with that same
   key (in source order).  Lines and columns are not part of it, so a line
   inserted above moves no site out of its match.  */

#define _XOPEN_SOURCE 700
#include <errno.h>
#include <fnmatch.h>
#include <stdlib.h>
#include <string.h>
#include <json.h>
#include "report.h"

/* A site as the gate keys it.  */
struct key
{
  char *unit, *file, *function, *call;
  int rank;			/* among sites with the same four strings */
  int site;			/* index in its set */
};

/* One line of a --suppressions file: FILE, or FILE:FUNCTION:CALL, each a
   glob.  */
struct rule
{
  char *file, *function, *call, *reason;
  int line;
};

/* How a regression was suppressed.  */
struct why
{
  const char *how;		/* "comment" or "file" */
  char *where;			/* "src/a.c:12" or "supp.txt:3" */
  char *reason;
};

enum kind { REGRESSION, IMPROVEMENT, SUPPRESSED };

/* A finding: NEW's site, and OLD's when it matched one (-1 for new).  */
struct finding
{
  enum kind kind;
  int site, old;
  struct why why;
};

static int
escapes (const struct esr_site *s)
{
  /* A site that escapes but moves (a loop pool, a realloc slot) stays
     off the heap: it counts as not escaping.  */
  return s->verdict == ESR_ESC && !s->moved;
}

const char *
esr_glob_error (const char *pattern)
{
  for (const char *p = pattern; *p; p++)
    if (*p == '\\')
      {
	if (!*++p)
	  return "ends with a lone backslash";
      }
    else if (*p == '[')
      {
	const char *q = p + 1;
	if (*q == '!' || *q == '^')
	  q++;
	if (*q == ']')
	  q++;
	while (*q && *q != ']')
	  q++;
	if (!*q)
	  return "'[' without its ']'";
	p = q;
      }
  return NULL;
}

/* Does PATTERN match PATH, shown relative to the source root (REL) or
   absolute (ABS)?  '*' matches '/' too.  */
static int
path_matches (const char *pattern, const char *rel, const char *abs)
{
  return fnmatch (pattern, rel, 0) == 0
    || (abs && fnmatch (pattern, abs, 0) == 0);
}

static int
excluded (const struct esr_gate *g, const char *rel, const char *abs)
{
  for (int k = 0; k < g->nexclude; k++)
    if (path_matches (g->exclude[k], rel, abs))
      return 1;
  return 0;
}

/* The key order: unit, file, function, call, then source order.  */
static int
by_key (const void *pa, const void *pb)
{
  const struct key *a = pa, *b = pb;
  int c;
  if ((c = strcmp (a->unit, b->unit)) || (c = strcmp (a->file, b->file))
      || (c = strcmp (a->function, b->function))
      || (c = strcmp (a->call, b->call)))
    return c;
  return a->rank != b->rank ? (a->rank < b->rank ? -1 : 1)
    : (a->site > b->site) - (a->site < b->site);
}

static int
same4 (const struct key *a, const struct key *b)
{
  return !strcmp (a->unit, b->unit) && !strcmp (a->file, b->file)
    && !strcmp (a->function, b->function) && !strcmp (a->call, b->call);
}

/* The keys of SET's sites that --exclude leaves in, sorted.  */
static struct key *
keys_of (const struct esr_set *set, const struct esr_options *opt,
	 const struct esr_gate *g, int *n)
{
  struct key *k = esr_xmalloc ((size_t) (set->nsites + 1) * sizeof *k);
  char **units = esr_xmalloc ((size_t) (set->nunits + 1) * sizeof *units);
  int *unit_out = esr_xmalloc ((size_t) (set->nunits + 1) * sizeof *unit_out);
  for (int u = 0; u < set->nunits; u++)
    {
      units[u] = esr_unit_name (opt, &set->units[u]);
      unit_out[u] = excluded (g, units[u], set->units[u].source);
    }
  *n = 0;
  for (int i = 0; i < set->nsites; i++)
    {
      const struct esr_site *s = &set->sites[i];
      char *file = esr_display_path (opt, s->file, NULL);
      if (unit_out[s->unit] || excluded (g, file, s->file))
	{
	  free (file);
	  continue;
	}
      /* Sites are in source order within a unit: the rank counts the
	 earlier sites of this unit with the same key.  */
      struct key *e = &k[*n];
      e->unit = esr_xstrdup (units[s->unit]);
      e->file = file;
      e->function = s->function;
      e->call = s->call;
      e->site = i;
      e->rank = 0;
      for (int j = *n - 1; j >= 0 && k[j].site >= i - s->index; j--)
	if (same4 (&k[j], e))
	  e->rank++;
      ++*n;
    }
  for (int u = 0; u < set->nunits; u++)
    free (units[u]);
  free (units);
  free (unit_out);
  qsort (k, (size_t) *n, sizeof *k, by_key);
  return k;
}

static void
keys_free (struct key *k, int n)
{
  for (int i = 0; i < n; i++)
    {
      free (k[i].unit);
      free (k[i].file);
    }
  free (k);
}

static void
trim (char *s)
{
  size_t n = strlen (s);
  while (n && strchr (" \t\r\n", s[n - 1]))
    s[--n] = 0;
  size_t b = strspn (s, " \t");
  memmove (s, s + b, n - b + 1);
}

/* Read a --suppressions file.  Each line: a pattern, blanks, a reason.
   The pattern is FILE or FILE:FUNCTION:CALL; it ends at the first blank
   outside parentheses (a call's arguments have blanks).  '#' starts a
   comment line.  On error print "escape-report: FILE:LINE: ..." and
   return -1.  */
static int
read_rules (const char *path, struct rule **out, int *n)
{
  FILE *f = fopen (path, "r");
  if (!f)
    {
      fprintf (stderr, "escape-report: %s: cannot read: %s\n", path,
	       strerror (errno));
      return -1;
    }
  char *line = NULL;
  size_t cap = 0;
  int lineno = 0, st = 0;
  *out = NULL;
  *n = 0;
  while (st == 0 && getline (&line, &cap, f) >= 0)
    {
      lineno++;
      trim (line);
      if (!*line || *line == '#')
	continue;
      int depth = 0;
      char *p = line;
      for (; *p && (depth > 0 || !strchr (" \t", *p)); p++)
	depth += *p == '(' ? 1 : *p == ')' && depth > 0 ? -1 : 0;
      char *reason = p;
      if (*p)
	*p++ = 0, reason = p;
      trim (reason);
      struct rule r = { NULL, NULL, NULL, NULL, lineno };
      char *c1 = strchr (line, ':');
      char *c2 = c1 ? strchr (c1 + 1, ':') : NULL;
      const char *bad = NULL, *what = NULL;
      if (c1 && !c2)
	what = "expected FILE or FILE:FUNCTION:CALL, then a reason";
      else if (!*reason)
	what = "no reason given (a pattern, blanks, then why it may escape)";
      if (!what)
	{
	  if (c1)
	    *c1 = 0, *c2 = 0;
	  r.file = line;
	  r.function = c1 ? c1 + 1 : NULL;
	  r.call = c1 ? c2 + 1 : NULL;
	  const char *parts[3] = { r.file, r.function, r.call };
	  for (int k = 0; k < 3 && !bad; k++)
	    if (parts[k] && !*parts[k])
	      what = "an empty field (use * for any)";
	    else if (parts[k] && (bad = esr_glob_error (parts[k])))
	      what = parts[k];
	}
      if (what)
	{
	  if (bad)
	    fprintf (stderr, "escape-report: %s:%d: bad glob '%s': %s\n",
		     path, lineno, what, bad);
	  else
	    fprintf (stderr, "escape-report: %s:%d: malformed suppression: "
		     "%s\n", path, lineno, what);
	  st = -1;
	  break;
	}
      *out = esr_xrealloc (*out, (size_t) (*n + 1) * sizeof **out);
      struct rule *e = &(*out)[(*n)++];
      e->file = esr_xstrdup (r.file);
      e->function = r.function ? esr_xstrdup (r.function) : NULL;
      e->call = r.call ? esr_xstrdup (r.call) : NULL;
      e->reason = esr_xstrdup (reason);
      e->line = lineno;
    }
  if (st == 0 && ferror (f))
    {
      fprintf (stderr, "escape-report: %s: cannot read: %s\n", path,
	       strerror (errno));
      st = -1;
    }
  free (line);
  fclose (f);
  return st;
}

static void
rules_free (struct rule *r, int n)
{
  for (int i = 0; i < n; i++)
    {
      free (r[i].file);
      free (r[i].function);
      free (r[i].call);
      free (r[i].reason);
    }
  free (r);
}

#define MARK "escape: allow-escape"

/* The reason of an "escape: allow-escape REASON" comment on line LINE of
   FILE, or NULL (no such comment, or the file cannot be read: the gate
   then holds).  */
static char *
comment_reason (const char *file, long long line)
{
  char *text = esr_source_line (file, line);
  if (!text)
    return NULL;
  char *r = NULL, *m = strstr (text, MARK);
  if (m && (m[strlen (MARK)] == 0 || strchr (" \t*\r\n", m[strlen (MARK)])))
    {
      r = esr_xstrdup (m + strlen (MARK));
      char *end = strstr (r, "*/");
      if (end)
	*end = 0;
      trim (r);
      if (!*r)
	{
	  free (r);
	  r = esr_xstrdup ("no reason given");
	}
    }
  free (text);
  return r;
}

/* Is NEW's site I suppressed, and how?  */
static int
suppressed (const struct esr_set *set, const struct key *k, const struct rule *rules, int nrules,
	    const char *rules_path, struct why *w)
{
  const struct esr_site *s = &set->sites[k->site];
  char *reason = comment_reason (s->file, s->line);
  if (reason)
    {
      w->how = "comment";
      w->where = esr_xasprintf ("%s:%lld", k->file, s->line);
      w->reason = reason;
      return 1;
    }
  for (int i = 0; i < nrules; i++)
    {
      const struct rule *r = &rules[i];
      if (path_matches (r->file, k->file, s->file)
	  && (!r->function || fnmatch (r->function, s->function, 0) == 0)
	  && (!r->call || fnmatch (r->call, s->call, 0) == 0))
	{
	  w->how = "file";
	  w->where = esr_xasprintf ("%s:%d", rules_path, r->line);
	  w->reason = esr_xstrdup (r->reason);
	  return 1;
	}
    }
  return 0;
}

/* Findings in NEW's source order: file, line, column.  */
static const struct esr_set *sort_set;
static int
by_position (const void *pa, const void *pb)
{
  const struct finding *a = pa, *b = pb;
  if (a->kind != b->kind)
    return a->kind < b->kind ? -1 : 1;
  const struct esr_site *x = &sort_set->sites[a->site];
  const struct esr_site *y = &sort_set->sites[b->site];
  int c = strcmp (x->file, y->file);
  if (c)
    return c;
  if (x->line != y->line)
    return x->line < y->line ? -1 : 1;
  if (x->column != y->column)
    return x->column < y->column ? -1 : 1;
  return (a->site > b->site) - (a->site < b->site);
}

static json_object *
jstr (const char *s)
{
  return s ? json_object_new_string (s) : NULL;
}

static json_object *
finding_json (const struct esr_set *nw, const struct esr_set *old,
	      const struct esr_options *opt, const struct finding *f)
{
  const struct esr_site *s = &nw->sites[f->site];
  json_object *o = json_object_new_object ();
  char *file = esr_display_path (opt, s->file, NULL);
  json_object_object_add (o, "file", jstr (file));
  free (file);
  json_object_object_add (o, "line", json_object_new_int64 (s->line));
  json_object_object_add (o, "column", json_object_new_int64 (s->column));
  json_object_object_add (o, "function", jstr (s->function));
  json_object_object_add (o, "call", jstr (s->call));
  json_object_object_add (o, "verdict",
			  jstr (esr_verdict_text (s->verdict)));
  json_object_object_add (o, "moved", json_object_new_boolean (s->moved));
  json_object_object_add (o, "reason", jstr (s->reason));
  json_object_object_add (o, "reason_text", jstr (s->reason_text));
  enum esr_tier tier;
  char *change = esr_change_for (nw, opt, f->site, &tier);
  json_object_object_add (o, "change", jstr (change));
  free (change);
  if (f->old >= 0)
    {
      const struct esr_site *t = &old->sites[f->old];
      json_object *b = json_object_new_object ();
      json_object_object_add (b, "line", json_object_new_int64 (t->line));
      json_object_object_add (b, "column",
			      json_object_new_int64 (t->column));
      json_object_object_add (b, "verdict",
			      jstr (esr_verdict_text (t->verdict)));
      json_object_object_add (b, "moved", json_object_new_boolean (t->moved));
      json_object_object_add (b, "reason", jstr (t->reason));
      json_object_object_add (o, "baseline", b);
    }
  else
    json_object_object_add (o, "baseline", NULL);
  if (f->kind == SUPPRESSED)
    {
      json_object *w = json_object_new_object ();
      json_object_object_add (w, "by", jstr (f->why.how));
      json_object_object_add (w, "where", jstr (f->why.where));
      json_object_object_add (w, "reason", jstr (f->why.reason));
      json_object_object_add (o, "suppressed_by", w);
    }
  return o;
}

static int
write_json (const char *path, const struct esr_set *nw,
	    const struct esr_set *old, const struct esr_options *opt,
	    const struct finding *f, int nf, int compared, int added,
	    int gone, int failed)
{
  json_object *doc = json_object_new_object ();
  json_object_object_add (doc, "schema", jstr ("escape-report-baseline"));
  json_object_object_add (doc, "version", json_object_new_int (1));
  json_object_object_add (doc, "sites",
			  json_object_new_int (compared + added));
  json_object_object_add (doc, "matched", json_object_new_int (compared));
  json_object_object_add (doc, "new_sites", json_object_new_int (added));
  json_object_object_add (doc, "gone_sites", json_object_new_int (gone));
  json_object_object_add (doc, "passed", json_object_new_boolean (!failed));
  static const char *const names[] = { "regressions", "improvements",
				       "suppressed" };
  for (int k = 0; k < 3; k++)
    {
      json_object *a = json_object_new_array ();
      for (int i = 0; i < nf; i++)
	if ((int) f[i].kind == k)
	  json_object_array_add (a, finding_json (nw, old, opt, &f[i]));
      json_object_object_add (doc, names[k], a);
    }
  FILE *out = fopen (path, "w");
  int st = 0, saved = 0;
  if (!out)
    st = -1, saved = errno;
  else
    {
      const char *text = json_object_to_json_string_ext
	(doc, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED
	 | JSON_C_TO_STRING_NOSLASHESCAPE);
      if (fputs (text, out) < 0 || fputc ('\n', out) < 0)
	st = -1, saved = errno;
      if (fclose (out) != 0 && st == 0)
	st = -1, saved = errno;
    }
  json_object_put (doc);
  if (st)
    fprintf (stderr, "escape-report: %s: cannot write: %s\n", path,
	     strerror (saved));
  return st;
}

static void
print_finding (FILE *out, const struct esr_set *nw,
	       const struct esr_set *old, const struct esr_options *opt,
	       const struct finding *f)
{
  static const char *const label[] = { "regression", "improvement",
				       "suppressed" };
  const struct esr_site *s = &nw->sites[f->site];
  char *file = esr_display_path (opt, s->file, NULL);
  fprintf (out, "%s: %s:%lld:%lld: %s in %s: %s [%s]", label[f->kind], file,
	   s->line, s->column, s->call, s->function,
	   s->moved ? "moved to stack" : esr_verdict_text (s->verdict),
	   s->reason);
  free (file);
  if (f->old < 0)
    fputs (" (new site)\n", out);
  else
    {
      const struct esr_site *t = &old->sites[f->old];
      fprintf (out, " (was: %s at line %lld)\n",
	       t->moved ? "moved to stack" : esr_verdict_text (t->verdict),
	       t->line);
    }
  if (f->kind == IMPROVEMENT)
    return;
  enum esr_tier tier;
  char *change = esr_change_for (nw, opt, f->site, &tier);
  fprintf (out, "    %s\n", change ? change : s->reason_text);
  free (change);
  if (f->kind == SUPPRESSED)
    fprintf (out, "    allowed by %s %s: %s\n", f->why.how, f->why.where,
	     f->why.reason);
}

static const char *
plural (int n, const char *one, const char *many)
{
  return n == 1 ? one : many;
}

int
esr_gate (const char *output, const struct esr_options *opt,
	  const struct esr_gate *g, char *const *inputs, int ninputs)
{
  struct rule *rules = NULL;
  int nrules = 0;
  if (g->suppressions && read_rules (g->suppressions, &rules, &nrules))
    return 2;
  struct esr_set old = { 0 }, nw = { 0 };
  char *const olds[1] = { (char *) g->baseline };
  if (esr_read (&old, olds, 1) != 0 || esr_read (&nw, inputs, ninputs) != 0)
    {
      esr_free (&old);
      esr_free (&nw);
      rules_free (rules, nrules);
      return 2;
    }
  /* Opened only now: a bad report leaves an older output in place.  */
  FILE *out = stdout;
  if (output && !(out = fopen (output, "w")))
    {
      fprintf (stderr, "escape-report: %s: cannot write: %s\n", output,
	       strerror (errno));
      esr_free (&old);
      esr_free (&nw);
      rules_free (rules, nrules);
      return 2;
    }
  int no, nn;
  struct key *ko = keys_of (&old, opt, g, &no);
  struct key *kn = keys_of (&nw, opt, g, &nn);
  struct finding *f = esr_xmalloc ((size_t) (nn + 1) * sizeof *f);
  int nf = 0, compared = 0, added = 0, gone = 0;
  int counts[3] = { 0, 0, 0 };
  int i = 0, j = 0;
  while (i < no || j < nn)
    {
      int c = i >= no ? 1 : j >= nn ? -1 : by_key (&ko[i], &kn[j]);
      /* by_key breaks ties by site index; the match ignores it.  */
      if (i < no && j < nn && same4 (&ko[i], &kn[j])
	  && ko[i].rank == kn[j].rank)
	c = 0;
      if (c < 0)
	{
	  gone++;
	  i++;
	  continue;
	}
      const struct esr_site *s = &nw.sites[kn[j].site];
      int was = c == 0 ? ko[i].site : -1;
      if (c == 0)
	compared++;
      else
	added++;
      struct finding x = { REGRESSION, kn[j].site, was, { NULL, NULL, NULL } };
      if (escapes (s) && (was < 0 || !escapes (&old.sites[was])))
	{
	  if (suppressed (&nw, &kn[j], rules, nrules, g->suppressions,
			  &x.why))
	    x.kind = SUPPRESSED;
	  f[nf++] = x;
	  counts[x.kind]++;
	}
      else if (was >= 0 && !escapes (s) && escapes (&old.sites[was]))
	{
	  x.kind = IMPROVEMENT;
	  f[nf++] = x;
	  counts[x.kind]++;
	}
      if (c == 0)
	i++;
      j++;
    }
  sort_set = &nw;
  qsort (f, (size_t) nf, sizeof *f, by_position);
  for (int k = 0; k < nf; k++)
    print_finding (out, &nw, &old, opt, &f[k]);
  fprintf (out, "escape-report: %d %s compared with the baseline (%d "
	   "matched, %d new, %d gone): %d %s, %d %s, %d suppressed\n",
	   compared + added, plural (compared + added, "site", "sites"),
	   compared, added, gone, counts[REGRESSION],
	   plural (counts[REGRESSION], "regression", "regressions"),
	   counts[IMPROVEMENT],
	   plural (counts[IMPROVEMENT], "improvement", "improvements"),
	   counts[SUPPRESSED]);
  int st = counts[REGRESSION] ? 1 : 0;
  if (fflush (out) != 0 || ferror (out)
      || (out != stdout && fclose (out) != 0))
    {
      int saved = errno;
      fprintf (stderr, "escape-report: %s: cannot write: %s\n",
	       output ? output : "standard output", strerror (saved));
      st = 2;
    }
  if (g->json && write_json (g->json, &nw, &old, opt, f, nf, compared,
			     added, gone, st))
    st = 2;
  for (int k = 0; k < nf; k++)
    {
      free (f[k].why.where);
      free (f[k].why.reason);
    }
  free (f);
  keys_free (ko, no);
  keys_free (kn, nn);
  esr_free (&old);
  esr_free (&nw);
  rules_free (rules, nrules);
  return st;
}
