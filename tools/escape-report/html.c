/* html.c - one self-contained HTML page: nothing to fetch.  An inline
   SVG bar chart of verdicts per file (or per directory), largest first,
   the sites that could move with one change, and the table of every site
   (with its source line when the file can be read) in three orders
   (location, verdict, reason) switched by CSS alone (radio buttons and
   :checked).  A small inline script adds a filter by file, verdict and
   reason; without it the page shows everything (the filter stays hidden).
   With --source-url, each site's location links to its source.

   The page is also well-formed XML (every element closed, only the five
   XML entities), so both HTML and XML tools can read it.  */

#include <stdlib.h>
#include <string.h>
#include "report.h"

/* Above this many files the chart has one bar per directory.  */
#define CHART_MAX_FILES 20
/* Chart geometry, in pixels.  */
#define BAR_AREA 480
#define ROW_H 22
#define BAR_H 14
#define CHAR_W 8
#define LABEL_MAX 48

static void
esc (FILE *out, const char *s)
{
  for (; *s; s++)
    switch (*s)
      {
      case '&': fputs ("&amp;", out); break;
      case '<': fputs ("&lt;", out); break;
      case '>': fputs ("&gt;", out); break;
      case '"': fputs ("&quot;", out); break;
      case '\'': fputs ("&#39;", out); break;
      case '\t': case '\n': fputc (*s, out); break;
      default:
	/* No control characters: XML forbids them.  */
	if ((unsigned char) *s < 0x20 || *s == 0x7f)
	  fputs ("\xef\xbf\xbd", out);	/* U+FFFD */
	else
	  fputc (*s, out);
      }
}

/* A change text: `quoted` statements as code.  */
static void
esc_change (FILE *out, const char *s)
{
  fputs ("<span class=\"change\">", out);
  const char *open = strchr (s, '`'), *close = open ? strchr (open + 1, '`')
    : NULL;
  while (open && close)
    {
      char *head = esr_xmalloc ((size_t) (open - s) + 1);
      memcpy (head, s, (size_t) (open - s));
      head[open - s] = 0;
      esc (out, head);
      size_t n = (size_t) (close - open - 1);
      char *code = esr_xmalloc (n + 1);
      memcpy (code, open + 1, n);
      code[n] = 0;
      fputs ("<code>", out);
      esc (out, code);
      fputs ("</code>", out);
      free (head);
      free (code);
      s = close + 1;
      open = strchr (s, '`');
      close = open ? strchr (open + 1, '`') : NULL;
    }
  esc (out, s);
  fputs ("</span>", out);
}

/* Where a site stands: moved, movable (with the transform), stays on the
   heap though it does not escape, escapes.  */
enum standing { MOVED, MOVABLE, STAYS, ESCAPES, NSTANDING };

static enum standing
standing (const struct esr_site *s)
{
  if (s->verdict == ESR_ESC)
    return ESCAPES;
  if (s->moved)
    return MOVED;
  return s->movable ? MOVABLE : STAYS;
}

static const char *const standing_class[NSTANDING] =
  { "moved", "movable", "stays", "escapes" };
static const char *const standing_text[NSTANDING] =
  { "moved to the stack", "movable (with -fplugin-arg-escape-transform)",
    "does not escape, stays on the heap", "escapes to heap" };

static const char style[] =
  "body{font:14px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;"
  "margin:2em auto;max-width:1200px;padding:0 1em;color:#1d232b;"
  "background:#fff}\n"
  "h1{font-size:1.6em;margin-bottom:.2em}h2{font-size:1.2em;"
  "margin-top:1.8em;border-bottom:1px solid #d8dee4;padding-bottom:.2em}\n"
  "code{font:12.5px ui-monospace,'DejaVu Sans Mono',monospace}\n"
  ".totals span{display:inline-block;margin-right:1.2em}\n"
  ".swatch{display:inline-block;width:.8em;height:.8em;margin-right:.3em;"
  "border-radius:2px;vertical-align:baseline}\n"
  ".moved .swatch,.swatch.moved{background:#2da44e}"
  ".movable .swatch,.swatch.movable{background:#8ddb8c}"
  ".stays .swatch,.swatch.stays{background:#d4a72c}"
  ".escapes .swatch,.swatch.escapes{background:#cf222e}\n"
  "svg.chart{display:block;max-width:100%;height:auto}\n"
  "svg.chart text{font:12px ui-monospace,'DejaVu Sans Mono',monospace;"
  "fill:#1d232b}\n"
  "svg.chart .moved{fill:#2da44e}svg.chart .movable{fill:#8ddb8c}"
  "svg.chart .stays{fill:#d4a72c}svg.chart .escapes{fill:#cf222e}\n"
  "ol.changes li{margin:.35em 0}ol.changes .change{display:block;"
  "color:#0a3069}\n"
  ".views input{position:absolute;opacity:0;pointer-events:none}\n"
  ".views label{display:inline-block;padding:.3em .9em;margin:0 .3em .6em 0;"
  "border:1px solid #d0d7de;border-radius:6px;cursor:pointer;"
  "background:#f6f8fa}\n"
  "#order-location:checked+label,#order-verdict:checked+label,"
  "#order-reason:checked+label{background:#0969da;color:#fff;"
  "border-color:#0969da}\n"
  "#order-location:focus-visible+label,#order-verdict:focus-visible+label,"
  "#order-reason:focus-visible+label{outline:2px solid #0969da}\n"
  "table.sites{display:none;border-collapse:collapse;width:100%}\n"
  "#order-location:checked~#by-location,#order-verdict:checked~#by-verdict,"
  "#order-reason:checked~#by-reason{display:table}\n"
  "table.sites th{position:sticky;top:0;background:#f6f8fa;text-align:left;"
  "border-bottom:2px solid #d0d7de;padding:.4em .5em;white-space:nowrap}\n"
  "table.sites th.sorted::after{content:' \\25B2';font-size:.75em;"
  "color:#0969da}\n"
  "table.sites td{border-bottom:1px solid #eaeef2;padding:.35em .5em;"
  "vertical-align:top}\n"
  "table.sites tbody tr:nth-child(even){background:#f9fafb}\n"
  "table.sites tbody tr:hover{background:#eef4ff}\n"
  "table.sites tbody tr:target{outline:2px solid #0969da}\n"
  "table.sites{table-layout:fixed}\n"
  "table.sites td{overflow-wrap:anywhere;word-break:break-word}\n"
  "table.sites th:nth-child(1){width:17%}table.sites th:nth-child(2){"
  "width:11%}table.sites th:nth-child(3){width:24%}"
  "table.sites th:nth-child(4){width:10%}table.sites th:nth-child(5){"
  "width:18%}\n"
  "table.sites td code{white-space:pre-wrap}\n"
  "code.line{display:block;margin-top:.2em;padding:.1em .3em;"
  "background:#f6f8fa;border-left:3px solid #d0d7de;color:#57606a}\n"
  ".filter{margin:0 0 .8em}.filter label{margin-right:1em}\n"
  "tr.filtered{display:none}\n"
  ".verdict{white-space:nowrap;border-radius:10px;padding:0 .5em;"
  "font-size:.9em}\n"
  "tr.moved .verdict{background:#dafbe1}tr.movable .verdict{"
  "background:#effbf1}tr.stays .verdict{background:#fff8c5}"
  "tr.escapes .verdict{background:#ffebe9}\n"
  ".why{color:#57606a;font-size:.9em}\n"
  "table.sites .change{display:block;color:#0a3069;font-size:.9em}\n"
  "table.sites .change::before{content:'\\2192  '}\n"
  "ol.path{margin:0;padding-left:1.4em}ol.path li{margin:0}\n"
  ".none{color:#8c959f}\n";

/* One chart group: a file or a directory.  */
struct group
{
  char *name;
  int n[NSTANDING];
};

static int
group_total (const struct group *g)
{
  int t = 0;
  for (int s = 0; s < NSTANDING; s++)
    t += g->n[s];
  return t;
}

/* Most sites first, then by name.  */
static int
by_count (const void *pa, const void *pb)
{
  const struct group *a = pa, *b = pb;
  int ta = group_total (a), tb = group_total (b);
  if (ta != tb)
    return ta > tb ? -1 : 1;
  return strcmp (a->name, b->name);
}

static int
groups (const struct esr_set *set, const struct esr_options *opt,
	int by_dir, struct group **out)
{
  struct group *g = esr_xmalloc ((size_t) set->nsites * sizeof *g);
  int n = 0;
  for (int i = 0; i < set->nsites; i++)
    {
      char *name = esr_display_path (opt, set->sites[i].file, NULL);
      if (by_dir)
	{
	  char *d = esr_dirname (name);
	  free (name);
	  name = d;
	}
      int k = 0;
      while (k < n && strcmp (g[k].name, name) != 0)
	k++;
      if (k == n)
	{
	  memset (&g[n], 0, sizeof g[n]);
	  g[n].name = name;
	  n++;
	}
      else
	free (name);
      g[k].n[standing (&set->sites[i])]++;
    }
  qsort (g, (size_t) n, sizeof *g, by_count);
  *out = g;
  return n;
}

static void
chart (FILE *out, const struct esr_set *set, const struct esr_options *opt)
{
  struct group *g;
  int n = groups (set, opt, 0, &g);
  int by_dir = opt->by == ESR_BY_DIR
    || (opt->by == ESR_BY_AUTO && n > CHART_MAX_FILES);
  if (by_dir)
    {
      for (int k = 0; k < n; k++)
	free (g[k].name);
      free (g);
      n = groups (set, opt, 1, &g);
    }
  fprintf (out, "<h2>Verdicts per %s</h2>\n", by_dir ? "directory" : "file");
  if (n == 0)
    {
      fputs ("<p class=\"none\">No allocation sites.</p>\n", out);
      free (g);
      return;
    }

  int maxlen = 0, maxtotal = 0;
  for (int k = 0; k < n; k++)
    {
      int len = (int) strlen (g[k].name), total = 0;
      if (len > LABEL_MAX)
	len = LABEL_MAX;
      if (len > maxlen)
	maxlen = len;
      for (int s = 0; s < NSTANDING; s++)
	total += g[k].n[s];
      if (total > maxtotal)
	maxtotal = total;
    }
  int label_w = maxlen * CHAR_W + 12;
  int width = label_w + BAR_AREA + 60;
  int top = 34;
  int height = top + n * ROW_H + 8;
  double scale = (double) BAR_AREA / maxtotal;

  fprintf (out, "<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" "
	   "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" "
	   "aria-labelledby=\"chart-title\">\n", width, height, width,
	   height);
  fprintf (out, "<title id=\"chart-title\">Allocation sites per %s, by "
	   "verdict</title>\n", by_dir ? "directory" : "file");
  /* Legend.  */
  int x = 0;
  for (int s = 0; s < NSTANDING; s++)
    {
      static const char *const short_text[NSTANDING] =
	{ "moved", "movable", "stays on heap", "escapes" };
      fprintf (out, "<rect class=\"%s\" x=\"%d\" y=\"6\" width=\"12\" "
	       "height=\"12\"/><text x=\"%d\" y=\"16\">%s</text>\n",
	       standing_class[s], x, x + 16, short_text[s]);
      x += 16 + (int) strlen (short_text[s]) * CHAR_W + 18;
    }
  for (int k = 0; k < n; k++)
    {
      int y = top + k * ROW_H;
      const char *name = g[k].name;
      size_t len = strlen (name);
      fputs ("<g>", out);
      fputs ("<title>", out);
      esc (out, name);
      fputs (":", out);
      for (int s = 0; s < NSTANDING; s++)
	fprintf (out, " %d %s%s", g[k].n[s], standing_class[s],
		 s + 1 < NSTANDING ? "," : "");
      fputs ("</title>", out);
      fprintf (out, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">",
	       label_w - 8, y + BAR_H - 2);
      if (len > LABEL_MAX)
	{
	  fputs ("\xe2\x80\xa6", out);	/* U+2026, the cut-off start */
	  esc (out, name + len - (LABEL_MAX - 1));
	}
      else
	esc (out, name);
      fputs ("</text>", out);
      double bx = label_w;
      int total = 0;
      for (int s = 0; s < NSTANDING; s++)
	{
	  total += g[k].n[s];
	  if (!g[k].n[s])
	    continue;
	  double w = g[k].n[s] * scale;
	  fprintf (out, "<rect class=\"%s\" x=\"%.1f\" y=\"%d\" "
		   "width=\"%.1f\" height=\"%d\"/>", standing_class[s], bx, y,
		   w, BAR_H);
	  bx += w;
	}
      fprintf (out, "<text x=\"%.1f\" y=\"%d\">%d</text></g>\n", bx + 6,
	       y + BAR_H - 2, total);
    }
  fputs ("</svg>\n", out);
  for (int k = 0; k < n; k++)
    free (g[k].name);
  free (g);
}

static void
where (FILE *out, const struct esr_options *opt, const char *file,
       long long line, long long column)
{
  char *f = esr_display_path (opt, file, NULL);
  esc (out, f);
  fprintf (out, ":%lld:%lld", line, column);
  free (f);
}

static void
changes (FILE *out, const struct esr_set *set, const struct esr_options *opt)
{
  struct esr_change *c;
  int n = esr_rank (set, opt, &c);
  int shown = opt->top < n ? opt->top : n;
  int movable = esr_count_movable_unmoved (set);
  fputs ("<h2>Sites that could move with one change</h2>\n", out);
  if (movable)
    fprintf (out, "<p>%d %s move to the stack as soon as the build adds "
	     "<code>-fplugin-arg-escape-transform</code>.</p>\n", movable,
	     movable == 1 ? "site would" : "sites would");
  if (n == 0)
    fputs ("<p class=\"none\">No other site could move with one "
	   "change.</p>\n", out);
  else
    {
      if (shown == 0)
	fprintf (out, "<p>%d %s could move with one change.</p>\n", n,
		 n == 1 ? "site" : "sites");
      else if (shown < n)
	fprintf (out, "<p>The first %d of %d, cheapest change first.</p>\n",
		 shown, n);
      else
	fputs ("<p>Cheapest change first.</p>\n", out);
      if (shown > 0)
	fputs ("<ol class=\"changes\">\n", out);
      for (int k = 0; k < shown; k++)
	{
	  const struct esr_site *s = &set->sites[c[k].site];
	  fprintf (out, "<li><a href=\"#site-%d\">", c[k].site + 1);
	  where (out, opt, s->file, s->line, s->column);
	  fputs ("</a> <code>", out);
	  esc (out, s->call);
	  fputs ("</code> in <code>", out);
	  esc (out, s->function);
	  fprintf (out, "</code>: %s <span class=\"why\">[",
		   esr_verdict_text (s->verdict));
	  esc (out, s->reason);
	  fputs ("]</span>", out);
	  if (c[k].units > 1)
	    fprintf (out, " <span class=\"why\">(%d units)</span>",
		     c[k].units);
	  esc_change (out, c[k].text);
	  fputs ("</li>\n", out);
	}
      if (shown > 0)
	fputs ("</ol>\n", out);
    }
  esr_changes_free (c, n);
}

/* The table orders.  */
struct row
{
  int site;
  char *file;
  const struct esr_site *s;
};

static int
cmp_location (const struct row *a, const struct row *b)
{
  int c = strcmp (a->file, b->file);
  if (c)
    return c;
  if (a->s->line != b->s->line)
    return a->s->line < b->s->line ? -1 : 1;
  if (a->s->column != b->s->column)
    return a->s->column < b->s->column ? -1 : 1;
  return (a->site > b->site) - (a->site < b->site);
}

static int
by_location (const void *a, const void *b)
{
  return cmp_location (a, b);
}

static int
by_verdict (const void *pa, const void *pb)
{
  const struct row *a = pa, *b = pb;
  enum standing sa = standing (a->s), sb = standing (b->s);
  if (sa != sb)
    return sa < sb ? -1 : 1;
  int c = strcmp (a->s->reason, b->s->reason);
  return c ? c : cmp_location (a, b);
}

static int
by_reason (const void *pa, const void *pb)
{
  const struct row *a = pa, *b = pb;
  int c = strcmp (a->s->reason, b->s->reason);
  return c ? c : cmp_location (a, b);
}

static void
path_cell (FILE *out, const struct esr_options *opt, const struct esr_site *s)
{
  if (s->npath == 0)
    {
      fputs ("<span class=\"none\">\xe2\x80\x94</span>", out);  /* U+2014 */
      return;
    }
  fputs ("<ol class=\"path\">", out);
  for (int k = 0; k < s->npath; k++)
    {
      const struct esr_step *st = &s->path[k];
      char *flow = esr_step_flow (st);
      fputs ("<li><code>", out);
      esc (out, flow);
      fputs ("</code>", out);
      free (flow);
      if (st->where)
	{
	  fputs (" from <code>", out);
	  esc (out, st->where);
	  fputs ("</code>", out);
	}
      if (st->why)
	{
	  fputs (" <span class=\"why\">(", out);
	  esc (out, st->why);
	  fputs (")</span>", out);
	}
      if (st->file && st->line > 0)
	{
	  fputs (" at ", out);
	  where (out, opt, st->file, st->line, st->column);
	}
      fputs ("</li>", out);
    }
  fputs ("</ol>", out);
}

/* The --source-url template with PATH (percent-encoded but for '/') and
   LINE filled in.  Caller frees.  */
static char *
source_url (const char *tmpl, const char *path, long long line)
{
  struct esr_buf b = { 0 };
  esr_buf_add (&b, "");
  for (const char *t = tmpl; *t;)
    if (strncmp (t, "{path}", 6) == 0)
      {
	for (const unsigned char *p = (const unsigned char *) path; *p; p++)
	  if ((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')
	      || (*p >= '0' && *p <= '9') || strchr ("-._~/", *p))
	    esr_buf_printf (&b, "%c", *p);
	  else
	    esr_buf_printf (&b, "%%%02X", *p);
	t += 6;
      }
    else if (strncmp (t, "{line}", 6) == 0)
      {
	esr_buf_printf (&b, "%lld", line);
	t += 6;
      }
    else
      esr_buf_printf (&b, "%c", *t++);
  return b.s;
}

/* The location cell's text, a link to the source with --source-url when
   the file lies below the source root (else there is no {path}).  */
static void
where_cell (FILE *out, const struct esr_options *opt, const char *file,
	    long long line, long long column)
{
  int below = 0;
  char *shown = esr_display_path (opt, file, &below);
  char *url = opt->source_url && below
    ? source_url (opt->source_url, shown, line) : NULL;
  if (url)
    {
      fputs ("<a href=\"", out);
      esc (out, url);
      fputs ("\">", out);
    }
  esc (out, shown);
  fprintf (out, ":%lld:%lld", line, column);
  if (url)
    fputs ("</a>", out);
  free (url);
  free (shown);
}

static void
table (FILE *out, const struct esr_set *set, const struct esr_options *opt,
       struct row *rows, char **lines, const char *id, int sorted_col,
       int anchors)
{
  static const char *const head[6] =
    { "file:line", "function", "call", "verdict", "reason", "path" };
  fprintf (out, "<table class=\"sites\" id=\"%s\">\n<thead><tr>", id);
  for (int k = 0; k < 6; k++)
    fprintf (out, "<th scope=\"col\"%s>%s</th>",
	     k == sorted_col ? " class=\"sorted\"" : "", head[k]);
  fputs ("</tr></thead>\n<tbody>\n", out);
  for (int i = 0; i < set->nsites; i++)
    {
      const struct esr_site *s = rows[i].s;
      enum standing st = standing (s);
      fprintf (out, "<tr class=\"%s\"", standing_class[st]);
      if (anchors)
	fprintf (out, " id=\"site-%d\"", rows[i].site + 1);
      /* What the filter matches.  */
      fputs (" data-file=\"", out);
      esc (out, rows[i].file);
      fprintf (out, "\" data-verdict=\"%s\" data-reason=\"",
	       standing_class[st]);
      esc (out, s->reason);
      fputs ("\"><td class=\"where\" title=\"reported by ", out);
      char *unit = esr_unit_name (opt, &set->units[s->unit]);
      esc (out, unit);
      free (unit);
      fputs ("\">", out);
      where_cell (out, opt, s->file, s->line, s->column);
      fputs ("</td><td><code>", out);
      esc (out, s->function);
      fputs ("</code></td><td><code>", out);
      esc (out, s->call);
      fputs ("</code>", out);
      if (lines[rows[i].site])
	{
	  fputs ("<code class=\"line\">", out);
	  esc (out, lines[rows[i].site]);
	  fputs ("</code>", out);
	}
      fprintf (out, "</td><td><span class=\"verdict\" title=\"%s\">"
	       "%s</span></td><td>", standing_text[st],
	       esr_verdict_text (s->verdict));
      esc (out, s->reason);
      if (strcmp (s->reason, s->reason_text) != 0)
	{
	  fputs ("<br/><span class=\"why\">", out);
	  esc (out, s->reason_text);
	  fputs ("</span>", out);
	}
      enum esr_tier tier;
      char *change = esr_change_for (set, opt, rows[i].site, &tier);
      if (change)
	{
	  esc_change (out, change);
	  free (change);
	}
      fputs ("</td><td>", out);
      path_cell (out, opt, s);
      fputs ("</td></tr>\n", out);
    }
  fputs ("</tbody>\n</table>\n", out);
}

static int
by_string (const void *a, const void *b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* One select box: "all", then each distinct value of VALUES (sorted).  */
static void
select_box (FILE *out, const char *name, const char *label,
	    const char **values, int n, const char *const *texts)
{
  qsort (values, (size_t) n, sizeof *values, by_string);
  fprintf (out, "<label>%s <select name=\"%s\" id=\"filter-%s\">"
	   "<option value=\"\">all</option>", label, name, name);
  for (int k = 0; k < n; k++)
    {
      if (k > 0 && strcmp (values[k], values[k - 1]) == 0)
	continue;
      fputs ("<option value=\"", out);
      esc (out, values[k]);
      fputs ("\">", out);
      const char *text = values[k];
      for (int s = 0; texts && s < NSTANDING; s++)
	if (strcmp (values[k], standing_class[s]) == 0)
	  text = texts[s];
      esc (out, text);
      fputs ("</option>", out);
    }
  fputs ("</select></label>\n", out);
}

/* The filter by file, verdict and reason: hidden until the script at the
   end of the page shows it (without the script it would do nothing).  */
static void
filter (FILE *out, const struct esr_set *set, const struct row *rows)
{
  const char **v = esr_xmalloc ((size_t) set->nsites * sizeof *v);
  fputs ("<form class=\"filter\" id=\"filter\" hidden=\"hidden\">"
	 "Show only:\n", out);
  for (int i = 0; i < set->nsites; i++)
    v[i] = rows[i].file;
  select_box (out, "file", "file", v, set->nsites, NULL);
  for (int i = 0; i < set->nsites; i++)
    v[i] = standing_class[standing (rows[i].s)];
  select_box (out, "verdict", "verdict", v, set->nsites, standing_text);
  for (int i = 0; i < set->nsites; i++)
    v[i] = rows[i].s->reason;
  select_box (out, "reason", "reason", v, set->nsites, NULL);
  fputs ("</form>\n", out);
  free (v);
}

/* Shows the filter and hides the rows it does not match.  No '<' and no
   '&': the page stays well-formed XML.  */
static const char script[] =
  "(function () {\n"
  "  var form = document.getElementById ('filter');\n"
  "  if (!form) return;\n"
  "  var boxes = form.getElementsByTagName ('select');\n"
  "  function apply () {\n"
  "    var rows = document.querySelectorAll ('table.sites tbody tr');\n"
  "    for (var i = 0; i !== rows.length; i++) {\n"
  "      var hide = false;\n"
  "      for (var k = 0; k !== boxes.length; k++)\n"
  "        if (boxes[k].value !== ''\n"
  "            ? rows[i].getAttribute ('data-' + boxes[k].name)\n"
  "              !== boxes[k].value : false)\n"
  "          hide = true;\n"
  "      rows[i].classList.toggle ('filtered', hide);\n"
  "    }\n"
  "  }\n"
  "  for (var k = 0; k !== boxes.length; k++)\n"
  "    boxes[k].addEventListener ('change', apply);\n"
  "  form.hidden = false;\n"
  "  apply ();\n"
  "}) ();\n";

static void
sites (FILE *out, const struct esr_set *set, const struct esr_options *opt)
{
  fputs ("<h2>Allocation sites</h2>\n", out);
  if (set->nsites == 0)
    {
      fputs ("<p class=\"none\">No allocation sites.</p>\n", out);
      return;
    }
  struct row *rows = esr_xmalloc ((size_t) set->nsites * sizeof *rows);
  char **lines = esr_xmalloc ((size_t) set->nsites * sizeof *lines);
  for (int i = 0; i < set->nsites; i++)
    {
      rows[i].site = i;
      rows[i].s = &set->sites[i];
      rows[i].file = esr_display_path (opt, set->sites[i].file, NULL);
      /* The file as the report resolved it; gone or short: no line.  */
      lines[i] = esr_source_line (set->sites[i].file, set->sites[i].line);
      if (lines[i])
	{
	  char *t = lines[i];
	  while (*t == ' ' || *t == '\t')
	    t++;
	  memmove (lines[i], t, strlen (t) + 1);
	}
    }
  filter (out, set, rows);
  fputs ("<div class=\"views\">\n"
	 "<input type=\"radio\" name=\"order\" id=\"order-location\" "
	 "checked=\"checked\"/><label for=\"order-location\">by "
	 "location</label>\n"
	 "<input type=\"radio\" name=\"order\" id=\"order-verdict\"/>"
	 "<label for=\"order-verdict\">by verdict</label>\n"
	 "<input type=\"radio\" name=\"order\" id=\"order-reason\"/>"
	 "<label for=\"order-reason\">by reason</label>\n", out);
  qsort (rows, (size_t) set->nsites, sizeof *rows, by_location);
  table (out, set, opt, rows, lines, "by-location", 0, 1);
  qsort (rows, (size_t) set->nsites, sizeof *rows, by_verdict);
  table (out, set, opt, rows, lines, "by-verdict", 3, 0);
  qsort (rows, (size_t) set->nsites, sizeof *rows, by_reason);
  table (out, set, opt, rows, lines, "by-reason", 4, 0);
  fputs ("</div>\n", out);
  for (int i = 0; i < set->nsites; i++)
    {
      free (rows[i].file);
      free (lines[i]);
    }
  free (rows);
  free (lines);
}

/* The build's allocator wrappers, as declarations (wrappers.c); nothing
   when there are none.  A list, not a table: the tables are the sites'.  */
static void
wrappers (FILE *out, const struct esr_set *set,
	  const struct esr_options *opt)
{
  struct esr_wrapper *w;
  int n = esr_wrappers (set, &w);
  if (n)
    {
      fputs ("<h2>Allocator wrappers defined in this build</h2>\n<p>Their "
	     "calls in other units are allocation sites once declared "
	     "(<code>escape-report --write-allocators FILE</code> writes "
	     "these for <code>-fplugin-arg-escape-allocators=FILE</code>)."
	     "</p>\n<ul class=\"wrappers\">\n", out);
      for (int k = 0; k < n; k++)
	{
	  const struct esr_function *f = &set->functions[w[k].function];
	  fputs ("<li><code>", out);
	  esc (out, f->name);
	  fputs ("</code> at ", out);
	  where (out, opt, f->file, f->line, f->column);
	  fputs (" wraps <code>", out);
	  esc (out, f->wraps);
	  fputs ("</code>: <code>-fplugin-arg-escape-allocator=", out);
	  esc (out, w[k].entry);
	  fputs ("</code>", out);
	  if (w[k].note)
	    {
	      fputs ("; ", out);
	      esc (out, w[k].note);
	    }
	  fputs ("</li>\n", out);
	}
      fputs ("</ul>\n", out);
    }
  esr_wrappers_free (w, n);
}

int
esr_write_html (FILE *out, const struct esr_set *set,
		const struct esr_options *opt)
{
  int count[NSTANDING] = { 0 }, nparams = 0, nleaking = 0;
  for (int i = 0; i < set->nsites; i++)
    count[standing (&set->sites[i])]++;
  for (int u = 0; u < set->nunits; u++)
    {
      nparams += set->units[u].nparams;
      nleaking += set->units[u].nleaking;
    }
  fputs ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
	 "<meta charset=\"utf-8\"/>\n"
	 "<meta name=\"viewport\" content=\"width=device-width, "
	 "initial-scale=1\"/>\n", out);
  fprintf (out, "<title>escape report: %d allocation %s</title>\n",
	   set->nsites, set->nsites == 1 ? "site" : "sites");
  fprintf (out, "<style>\n%s</style>\n</head>\n<body>\n", style);
  fputs ("<h1>escape report</h1>\n", out);
  fprintf (out, "<p>%d %s, %d allocation %s, %d pointer %s (%d "
	   "leaking).</p>\n", set->nunits,
	   set->nunits == 1 ? "unit" : "units", set->nsites,
	   set->nsites == 1 ? "site" : "sites", nparams,
	   nparams == 1 ? "parameter" : "parameters", nleaking);
  fputs ("<p class=\"totals\">", out);
  for (int s = 0; s < NSTANDING; s++)
    fprintf (out, "<span class=\"%s\"><span class=\"swatch\"></span>%d "
	     "%s</span>", standing_class[s], count[s], standing_text[s]);
  fputs ("</p>\n", out);
  chart (out, set, opt);
  changes (out, set, opt);
  wrappers (out, set, opt);
  sites (out, set, opt);
  fprintf (out, "<p class=\"why\">Written by escape-report %s from the "
	   "reports of <code>-fplugin-arg-escape-report</code>.</p>\n",
	   ESCAPE_VERSION);
  if (set->nsites)
    fprintf (out, "<script>\n%s</script>\n", script);
  fputs ("</body>\n</html>\n", out);
  return ferror (out) ? -1 : 0;
}
