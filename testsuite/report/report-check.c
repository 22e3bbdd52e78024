/* report-check.c - test helper for escape-report (testsuite/report/run.sh).

   report-check sarif FILE
       Checks FILE against the SARIF 2.1.0 schema's rules for the objects
       escape-report writes: the required properties of sarifLog, run,
       tool, toolComponent, reportingDescriptor, result, message, location,
       physicalLocation, artifactLocation and region (including the
       schema's anyOf: a message has "text" or "id", a physicalLocation has
       "address" or "artifactLocation"), the types, minimums and enums of
       their properties, no property the schema does not define for them
       (they all have "additionalProperties": false), and two rules of the
       specification text: a region names its start (startLine, charOffset
       or byteOffset, section 3.30.2) and a result's ruleIndex points at
       the rule its ruleId names (3.27.6); and what code scanning needs
       beyond the schema: every rule has "help" with "text" and
       "markdown" (the alert's explanation), every result has
       "partialFingerprints" (strings), and results at different
       locations never share a fingerprint.  Prints every violation with its
       JSON path and exits 1 if there is one.

   report-check stats REPORT...
       Counts, independently of escape-report, what the plugin's JSON
       reports (files, or directories of *.escape.json) contain:
       "units N", "sites N", "noesc N" (sites that do not escape),
       "noesc-moved N" (those of them the transform moved),
       "files N" (distinct source files of sites) and "dirs N" (their
       distinct directories), one per line.

   Built with json-c, like escape-report, but sharing none of its code.  */

#define _XOPEN_SOURCE 700
#include <dirent.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <json.h>

static int violations;

static void
bad (const char *path, const char *fmt, ...)
  __attribute__ ((format (printf, 2, 3)));

static void
bad (const char *path, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  fprintf (stderr, "%s: ", path);
  vfprintf (stderr, fmt, ap);
  fputc ('\n', stderr);
  va_end (ap);
  violations++;
}

/* PATH.KEY, or PATH[I].  */
static char *
sub (const char *path, const char *key, int index)
{
  size_t n = strlen (path) + (key ? strlen (key) : 0) + 24;
  char *s = malloc (n);
  if (!s)
    exit (3);
  if (key)
    snprintf (s, n, "%s.%s", path, key);
  else
    snprintf (s, n, "%s[%d]", path, index);
  return s;
}

static int
is (json_object *v, json_type t)
{
  return v && json_object_is_type (v, t);
}

/* Every property of OBJ must be in ALLOWED (NULL-terminated).  */
static void
only (json_object *obj, const char *path, const char *const *allowed)
{
  json_object_object_foreach (obj, key, val)
    {
      (void) val;
      int ok = 0;
      for (int k = 0; allowed[k] && !ok; k++)
	ok = strcmp (key, allowed[k]) == 0;
      if (!ok)
	bad (path, "property \"%s\" is not defined by the schema", key);
    }
}

static json_object *
get (json_object *obj, const char *key)
{
  json_object *v;
  return json_object_object_get_ex (obj, key, &v) ? v : NULL;
}

static int
require (json_object *obj, const char *path, const char *key)
{
  if (get (obj, key))
    return 1;
  bad (path, "missing required property \"%s\"", key);
  return 0;
}

static void
want_string (json_object *obj, const char *path, const char *key)
{
  json_object *v = get (obj, key);
  if (v && !is (v, json_type_string))
    bad (path, "\"%s\" must be a string", key);
}

static void
want_int (json_object *obj, const char *path, const char *key, long min)
{
  json_object *v = get (obj, key);
  if (!v)
    return;
  if (!is (v, json_type_int))
    bad (path, "\"%s\" must be an integer", key);
  else if (json_object_get_int64 (v) < min)
    bad (path, "\"%s\" must be at least %ld", key, min);
}

static void
want_enum (json_object *obj, const char *path, const char *key,
	   const char *const *values)
{
  json_object *v = get (obj, key);
  if (!v)
    return;
  if (is (v, json_type_string))
    for (int k = 0; values[k]; k++)
      if (strcmp (json_object_get_string (v), values[k]) == 0)
	return;
  bad (path, "\"%s\" is %s, not one of the schema's values", key,
       json_object_to_json_string (v));
}

/* An absolute URI: a scheme, then ':'.  */
static int
absolute_uri (const char *s)
{
  if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z')))
    return 0;
  for (s++; *s && *s != ':'; s++)
    if (!((*s >= 'a' && *s <= 'z') || (*s >= 'A' && *s <= 'Z')
	  || (*s >= '0' && *s <= '9') || strchr ("+-.", *s)))
      return 0;
  return *s == ':' && s[1];
}

/* RFC 3986 URI-reference characters, and well-formed %XX.  */
static int
uri_reference (const char *s)
{
  for (; *s; s++)
    {
      unsigned char c = (unsigned char) *s;
      if (c == '%')
	{
	  if (!s[1] || !s[2] || !strchr ("0123456789ABCDEFabcdef", s[1])
	      || !strchr ("0123456789ABCDEFabcdef", s[2]))
	    return 0;
	  s += 2;
	}
      else if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')
		 || (c >= '0' && c <= '9')
		 || strchr ("-._~:/?#[]@!$&'()*+,;=", c)))
	return 0;
    }
  return 1;
}

typedef void checker (json_object *, const char *);

static void
object (json_object *v, const char *path, checker *f)
{
  if (!is (v, json_type_object))
    bad (path, "must be an object");
  else
    f (v, path);
}

static void
array_of (json_object *obj, const char *path, const char *key, checker *f)
{
  json_object *a = get (obj, key);
  if (!a)
    return;
  char *p = sub (path, key, 0);
  if (!is (a, json_type_array))
    bad (p, "must be an array");
  else
    for (size_t i = 0; i < json_object_array_length (a); i++)
      {
	char *q = sub (p, NULL, (int) i);
	object (json_object_array_get_idx (a, i), q, f);
	free (q);
      }
  free (p);
}

static void
member (json_object *obj, const char *path, const char *key, checker *f)
{
  json_object *v = get (obj, key);
  if (!v)
    return;
  char *p = sub (path, key, 0);
  object (v, p, f);
  free (p);
}

static const char *const levels[] = { "none", "note", "warning", "error",
				      NULL };

static void
message (json_object *o, const char *path)
{
  static const char *const allowed[] =
    { "text", "markdown", "id", "arguments", "properties", NULL };
  only (o, path, allowed);
  if (!get (o, "text") && !get (o, "id"))
    bad (path, "a message requires \"text\" or \"id\"");
  want_string (o, path, "text");
  want_string (o, path, "id");
}

static void
multiformat (json_object *o, const char *path)
{
  static const char *const allowed[] =
    { "text", "markdown", "properties", NULL };
  only (o, path, allowed);
  require (o, path, "text");
  want_string (o, path, "text");
}

static void
configuration (json_object *o, const char *path)
{
  static const char *const allowed[] =
    { "enabled", "level", "rank", "parameters", "properties", NULL };
  only (o, path, allowed);
  want_enum (o, path, "level", levels);
}

static void
descriptor (json_object *o, const char *path)
{
  static const char *const allowed[] =
    { "id", "deprecatedIds", "guid", "deprecatedGuids", "name",
      "deprecatedNames", "shortDescription", "fullDescription",
      "messageStrings", "defaultConfiguration", "helpUri", "help",
      "relationships", "properties", NULL };
  only (o, path, allowed);
  require (o, path, "id");
  want_string (o, path, "id");
  want_string (o, path, "name");
  member (o, path, "shortDescription", multiformat);
  member (o, path, "fullDescription", multiformat);
  member (o, path, "help", multiformat);
  member (o, path, "defaultConfiguration", configuration);
  /* Stricter than the schema: a code-scanning UI shows a rule's help
     beside each alert, in plain text or Markdown, and without it an alert
     does not say what to change.  */
  json_object *h = get (o, "help");
  if (!h)
    bad (path, "a rule needs \"help\" (what it means and what to change)");
  else if (is (h, json_type_object))
    {
      json_object *t = get (h, "text"), *m = get (h, "markdown");
      if (!is (m, json_type_string))
	bad (path, "\"help\" needs \"markdown\" (a string)");
      if ((is (t, json_type_string) && !*json_object_get_string (t))
	  || (is (m, json_type_string) && !*json_object_get_string (m)))
	bad (path, "\"help\" is empty");
    }
}

static void
tool_component (json_object *o, const char *path)
{
  static const char *const allowed[] =
    { "guid", "name", "organization", "product", "productSuite",
      "shortDescription", "fullDescription", "fullName", "version",
      "semanticVersion", "dottedQuadFileVersion", "releaseDateUtc",
      "downloadUri", "informationUri", "globalMessageStrings",
      "notifications", "rules", "taxa", "locations", "language", "contents",
      "isComprehensive", "localizedDataSemanticVersion",
      "minimumRequiredLocalizedDataSemanticVersion", "associatedComponent",
      "translationMetadata", "supportedTaxonomies", "properties", NULL };
  only (o, path, allowed);
  require (o, path, "name");
  want_string (o, path, "name");
  want_string (o, path, "version");
  want_string (o, path, "informationUri");
  json_object *u = get (o, "informationUri");
  if (is (u, json_type_string) && !absolute_uri (json_object_get_string (u)))
    bad (path, "\"informationUri\" must be an absolute URI");
  array_of (o, path, "rules", descriptor);
}

static void
tool (json_object *o, const char *path)
{
  static const char *const allowed[] =
    { "driver", "extensions", "properties", NULL };
  only (o, path, allowed);
  if (require (o, path, "driver"))
    member (o, path, "driver", tool_component);
  array_of (o, path, "extensions", tool_component);
}

/* The run's originalUriBaseIds, while its results are checked.  */
static json_object *current_bases;
static int checking_bases;

static void
artifact_location (json_object *o, const char *path)
{
  static const char *const allowed[] =
    { "uri", "uriBaseId", "index", "description", "properties", NULL };
  only (o, path, allowed);
  want_string (o, path, "uri");
  want_string (o, path, "uriBaseId");
  want_int (o, path, "index", -1);
  json_object *u = get (o, "uri");
  if (is (u, json_type_string) && !uri_reference (json_object_get_string (u)))
    bad (path, "\"uri\" is not a URI reference");
  member (o, path, "description", message);
  /* A relative URI is useful only if a reader can find its base: code
     scanning resolves uriBaseId through run.originalUriBaseIds (a
     stricter rule than the schema's, which lets the base be "determined
     by other means").  */
  json_object *b = get (o, "uriBaseId");
  if (!checking_bases && is (b, json_type_string)
      && !get (current_bases, json_object_get_string (b)))
    bad (path, "uriBaseId \"%s\" is not defined in run.originalUriBaseIds",
	 json_object_get_string (b));
}

/* SARIF 2.1.0, 3.14.14: each base's uri ends with '/' and, without a
   uriBaseId of its own, is an absolute URI.  */
static void
base_uri (json_object *o, const char *path)
{
  checking_bases = 1;
  artifact_location (o, path);
  checking_bases = 0;
  json_object *u = get (o, "uri");
  if (is (u, json_type_string))
    {
      const char *s = json_object_get_string (u);
      if (!*s || s[strlen (s) - 1] != '/')
	bad (path, "\"uri\" of a base must end with '/' (SARIF 2.1.0, "
	     "3.14.14)");
      if (!get (o, "uriBaseId") && !absolute_uri (s))
	bad (path, "\"uri\" of a base without uriBaseId must be an "
	     "absolute URI (SARIF 2.1.0, 3.14.14)");
    }
}

static void
uri_bases (json_object *o, const char *path)
{
  json_object_object_foreach (o, key, val)
    {
      char *p = sub (path, key, 0);
      object (val, p, base_uri);
      free (p);
    }
}

static void
region (json_object *o, const char *path)
{
  static const char *const allowed[] =
    { "startLine", "startColumn", "endLine", "endColumn", "charOffset",
      "charLength", "byteOffset", "byteLength", "snippet", "message",
      "sourceLanguage", "properties", NULL };
  only (o, path, allowed);
  want_int (o, path, "startLine", 1);
  want_int (o, path, "startColumn", 1);
  want_int (o, path, "endLine", 1);
  want_int (o, path, "endColumn", 1);
  want_int (o, path, "charOffset", -1);
  want_int (o, path, "charLength", 0);
  want_int (o, path, "byteOffset", -1);
  want_int (o, path, "byteLength", 0);
  if (!get (o, "startLine") && !get (o, "charOffset")
      && !get (o, "byteOffset"))
    bad (path, "a region requires \"startLine\", \"charOffset\" or "
	 "\"byteOffset\" (SARIF 2.1.0, 3.30.2)");
  member (o, path, "message", message);
}

static void
physical_location (json_object *o, const char *path)
{
  static const char *const allowed[] =
    { "address", "artifactLocation", "region", "contextRegion",
      "properties", NULL };
  only (o, path, allowed);
  if (!get (o, "address") && !get (o, "artifactLocation"))
    bad (path, "a physicalLocation requires \"address\" or "
	 "\"artifactLocation\"");
  member (o, path, "artifactLocation", artifact_location);
  member (o, path, "region", region);
  member (o, path, "contextRegion", region);
}

static void
logical_location (json_object *o, const char *path)
{
  static const char *const allowed[] =
    { "name", "index", "fullyQualifiedName", "decoratedName", "parentIndex",
      "kind", "properties", NULL };
  only (o, path, allowed);
  want_string (o, path, "name");
  want_string (o, path, "kind");
  want_int (o, path, "index", -1);
  want_int (o, path, "parentIndex", -1);
}

static void
location (json_object *o, const char *path)
{
  static const char *const allowed[] =
    { "id", "physicalLocation", "logicalLocations", "message", "annotations",
      "relationships", "properties", NULL };
  only (o, path, allowed);
  want_int (o, path, "id", -1);
  member (o, path, "physicalLocation", physical_location);
  array_of (o, path, "logicalLocations", logical_location);
  member (o, path, "message", message);
}

/* The rules of the run being checked, for ruleIndex.  */
static json_object *current_rules;

/* The run's partialFingerprints seen so far: "KEY=VALUE" and where.  */
static struct seen { char *print, *where, *path; } *seen;
static int nseen;

/* "URI:LINE:COLUMN" of a result's first location, or "".  */
static char *
where_of (json_object *o)
{
  json_object *l = get (o, "locations"), *p, *a, *r;
  const char *uri = "";
  long long line = 0, col = 0;
  if (is (l, json_type_array) && json_object_array_length (l) > 0
      && (p = get (json_object_array_get_idx (l, 0), "physicalLocation")))
    {
      if ((a = get (p, "artifactLocation")) && is (get (a, "uri"),
						    json_type_string))
	uri = json_object_get_string (get (a, "uri"));
      if ((r = get (p, "region")))
	{
	  line = json_object_get_int64 (get (r, "startLine"));
	  col = json_object_get_int64 (get (r, "startColumn"));
	}
    }
  size_t n = strlen (uri) + 48;
  char *w = malloc (n);
  if (!w)
    exit (3);
  snprintf (w, n, "%s:%lld:%lld", uri, line, col);
  return w;
}

/* Stricter than the schema: code scanning tracks an alert across commits
   by its partialFingerprints (SARIF 2.1.0, 3.27.17), so each result has
   them, as strings, and results at different places never share one.  */
static void
fingerprints (json_object *o, const char *path)
{
  json_object *fp = get (o, "partialFingerprints");
  if (!fp)
    {
      bad (path, "a result needs \"partialFingerprints\" (code scanning "
	   "tracks it by them)");
      return;
    }
  if (!is (fp, json_type_object))
    {
      bad (path, "\"partialFingerprints\" must be an object");
      return;
    }
  char *w = where_of (o);
  json_object_object_foreach (fp, key, val)
    {
      if (!is (val, json_type_string))
	{
	  bad (path, "partialFingerprints \"%s\" must be a string", key);
	  continue;
	}
      size_t n = strlen (key) + strlen (json_object_get_string (val)) + 2;
      char *print = malloc (n);
      if (!print)
	exit (3);
      snprintf (print, n, "%s=%s", key, json_object_get_string (val));
      int dup = 0;
      for (int k = 0; k < nseen && !dup; k++)
	if (strcmp (seen[k].print, print) == 0
	    && strcmp (seen[k].where, w) != 0)
	  {
	    bad (path, "partialFingerprints %s is also that of %s (%s), "
		 "elsewhere (%s)", print, seen[k].path, seen[k].where, w);
	    dup = 1;
	  }
      seen = realloc (seen, (size_t) (nseen + 1) * sizeof *seen);
      if (!seen)
	exit (3);
      seen[nseen].print = print;
      seen[nseen].where = strdup (w);
      seen[nseen].path = strdup (path);
      nseen++;
    }
  free (w);
}

static void
result (json_object *o, const char *path)
{
  static const char *const allowed[] =
    { "ruleId", "ruleIndex", "rule", "kind", "level", "message",
      "analysisTarget", "locations", "guid", "correlationGuid",
      "occurrenceCount", "partialFingerprints", "fingerprints", "stacks",
      "codeFlows", "graphs", "graphTraversals", "relatedLocations",
      "suppressions", "baselineState", "rank", "attachments",
      "hostedViewerUri", "workItemUris", "provenance", "fixes", "taxa",
      "webRequest", "webResponse", "properties", NULL };
  static const char *const kinds[] =
    { "notApplicable", "pass", "fail", "review", "open", "informational",
      NULL };
  only (o, path, allowed);
  if (require (o, path, "message"))
    member (o, path, "message", message);
  want_string (o, path, "ruleId");
  want_int (o, path, "ruleIndex", -1);
  want_enum (o, path, "level", levels);
  want_enum (o, path, "kind", kinds);
  array_of (o, path, "locations", location);
  fingerprints (o, path);
  json_object *idx = get (o, "ruleIndex"), *id = get (o, "ruleId");
  if (is (idx, json_type_int) && json_object_get_int64 (idx) >= 0)
    {
      size_t i = (size_t) json_object_get_int64 (idx);
      json_object *rule = NULL;
      if (is (current_rules, json_type_array)
	  && i < json_object_array_length (current_rules))
	rule = json_object_array_get_idx (current_rules, i);
      json_object *rid = rule ? get (rule, "id") : NULL;
      if (!rule)
	bad (path, "\"ruleIndex\" %zu names no rule of tool.driver.rules", i);
      else if (is (id, json_type_string) && is (rid, json_type_string)
	       && strcmp (json_object_get_string (id),
			  json_object_get_string (rid)) != 0)
	bad (path, "\"ruleId\" %s is not the id of rule %zu (%s)",
	     json_object_get_string (id), i, json_object_get_string (rid));
    }
}

static void
run (json_object *o, const char *path)
{
  static const char *const allowed[] =
    { "tool", "invocations", "conversion", "language",
      "versionControlProvenance", "originalUriBaseIds", "artifacts",
      "logicalLocations", "graphs", "results", "automationDetails",
      "runAggregates", "baselineGuid", "redactionTokens", "defaultEncoding",
      "defaultSourceLanguage", "newlineSequences", "columnKind",
      "externalPropertyFileReferences", "threadFlowLocations", "taxonomies",
      "addresses", "translations", "policies", "webRequests", "webResponses",
      "specialLocations", "properties", NULL };
  static const char *const column_kinds[] =
    { "utf16CodeUnits", "unicodeCodePoints", NULL };
  only (o, path, allowed);
  current_rules = NULL;
  if (require (o, path, "tool"))
    {
      member (o, path, "tool", tool);
      json_object *t = get (o, "tool");
      json_object *d = is (t, json_type_object) ? get (t, "driver") : NULL;
      current_rules = is (d, json_type_object) ? get (d, "rules") : NULL;
    }
  want_enum (o, path, "columnKind", column_kinds);
  member (o, path, "originalUriBaseIds", uri_bases);
  current_bases = get (o, "originalUriBaseIds");
  if (current_bases && !is (current_bases, json_type_object))
    current_bases = NULL;
  array_of (o, path, "results", result);
  current_bases = NULL;
  for (int k = 0; k < nseen; k++)
    free (seen[k].print), free (seen[k].where), free (seen[k].path);
  nseen = 0;
}

static int
check_sarif (const char *file)
{
  json_object *log = json_object_from_file (file);
  if (!log)
    {
      fprintf (stderr, "%s: not JSON: %s\n", file, json_util_get_last_err ());
      return 1;
    }
  static const char *const allowed[] =
    { "$schema", "version", "runs", "inlineExternalProperties",
      "properties", NULL };
  static const char *const versions[] = { "2.1.0", NULL };
  const char *path = "sarifLog";
  if (!is (log, json_type_object))
    bad (path, "must be an object");
  else
    {
      only (log, path, allowed);
      if (require (log, path, "version"))
	want_enum (log, path, "version", versions);
      want_string (log, path, "$schema");
      if (require (log, path, "runs") && !is (get (log, "runs"),
					      json_type_array))
	bad (path, "\"runs\" must be an array");
      array_of (log, path, "runs", run);
    }
  int nresults = 0;
  json_object *runs = is (log, json_type_object) ? get (log, "runs") : NULL;
  if (is (runs, json_type_array))
    for (size_t i = 0; i < json_object_array_length (runs); i++)
      {
	json_object *r = json_object_array_get_idx (runs, i);
	json_object *res = is (r, json_type_object) ? get (r, "results")
	  : NULL;
	if (is (res, json_type_array))
	  nresults += (int) json_object_array_length (res);
      }
  json_object_put (log);
  if (violations)
    {
      fprintf (stderr, "%s: %d violation%s of SARIF 2.1.0\n", file,
	       violations, violations == 1 ? "" : "s");
      return 1;
    }
  printf ("%s: valid SARIF 2.1.0, %d result%s\n", file, nresults,
	  nresults == 1 ? "" : "s");
  return 0;
}

/* stats.  */
static int nunits, nsites, nnoesc, nnoesc_moved, nfiles, ndirs;
static char **files, **dirs;

/* PATH with "." segments dropped and "name/.." folded, as escape-report
   shows paths ("src/app/../lib/vec.h" is "src/lib/vec.h").  */
static char *
lexical (const char *path)
{
  size_t n = strlen (path);
  char *out = malloc (n + 2), *copy = strdup (path);
  char **seg = malloc ((n + 1) * sizeof *seg);
  if (!out || !copy || !seg)
    exit (3);
  int k = 0;
  for (char *save, *t = strtok_r (copy, "/", &save); t;
       t = strtok_r (NULL, "/", &save))
    if (strcmp (t, ".") == 0)
      continue;
    else if (strcmp (t, "..") == 0 && k > 0 && strcmp (seg[k - 1], "..") != 0)
      k--;
    else
      seg[k++] = t;
  out[0] = 0;
  if (path[0] == '/')
    strcat (out, "/");
  for (int i = 0; i < k; i++)
    {
      if (i)
	strcat (out, "/");
      strcat (out, seg[i]);
    }
  free (copy);
  free (seg);
  return out;
}

/* Add NAME to SET unless it is there.  */
static void
distinct (char ***set, int *n, const char *name, size_t len)
{
  for (int k = 0; k < *n; k++)
    if (strlen ((*set)[k]) == len && strncmp ((*set)[k], name, len) == 0)
      return;
  *set = realloc (*set, (size_t) (*n + 1) * sizeof **set);
  if (!*set || !((*set)[*n] = strndup (name, len)))
    exit (3);
  ++*n;
}

static int
stats_file (const char *path)
{
  json_object *doc = json_object_from_file (path);
  json_object *sites = doc ? get (doc, "sites") : NULL;
  if (!is (sites, json_type_array))
    {
      fprintf (stderr, "%s: not a report with \"sites\"\n", path);
      json_object_put (doc);
      return 1;
    }
  nunits++;
  for (size_t i = 0; i < json_object_array_length (sites); i++)
    {
      json_object *s = json_object_array_get_idx (sites, i);
      json_object *v = get (s, "verdict"), *f = get (s, "file");
      nsites++;
      if (is (v, json_type_string)
	  && strcmp (json_object_get_string (v), "does not escape") == 0)
	{
	  nnoesc++;
	  nnoesc_moved += json_object_get_boolean (get (s, "moved"));
	}
      char *name = lexical (is (f, json_type_string)
			    ? json_object_get_string (f) : "");
      distinct (&files, &nfiles, name, strlen (name));
      const char *slash = strrchr (name, '/');
      if (slash)
	distinct (&dirs, &ndirs, name, (size_t) (slash - name));
      else
	distinct (&dirs, &ndirs, ".", 1);
      free (name);
    }
  json_object_put (doc);
  return 0;
}

static int
stats_path (const char *path)
{
  struct stat st;
  if (stat (path, &st) != 0)
    {
      perror (path);
      return 1;
    }
  if (!S_ISDIR (st.st_mode))
    return stats_file (path);
  DIR *d = opendir (path);
  if (!d)
    {
      perror (path);
      return 1;
    }
  int status = 0;
  struct dirent *e;
  while ((e = readdir (d)))
    {
      if (e->d_name[0] == '.')
	continue;
      size_t n = strlen (path) + strlen (e->d_name) + 2;
      char *p = malloc (n);
      if (!p)
	exit (3);
      snprintf (p, n, "%s/%s", path, e->d_name);
      size_t len = strlen (e->d_name);
      if (stat (p, &st) == 0 && S_ISDIR (st.st_mode))
	status |= stats_path (p);
      else if (len > 12 && strcmp (e->d_name + len - 12, ".escape.json")
	       == 0)
	status |= stats_file (p);
      free (p);
    }
  closedir (d);
  return status;
}

int
main (int argc, char **argv)
{
  if (argc == 3 && strcmp (argv[1], "sarif") == 0)
    return check_sarif (argv[2]);
  if (argc >= 3 && strcmp (argv[1], "stats") == 0)
    {
      int status = 0;
      for (int i = 2; i < argc; i++)
	status |= stats_path (argv[i]);
      printf ("units %d\nsites %d\nnoesc %d\nnoesc-moved %d\nfiles %d\n"
	      "dirs %d\n", nunits, nsites, nnoesc, nnoesc_moved, nfiles, ndirs);
      for (int k = 0; k < nfiles; k++)
	free (files[k]);
      free (files);
      for (int k = 0; k < ndirs; k++)
	free (dirs[k]);
      free (dirs);
      return status;
    }
  fputs ("usage: report-check sarif FILE | report-check stats REPORT...\n",
	 stderr);
  return 2;
}
