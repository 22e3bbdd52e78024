/* read.c - reading the plugin's JSON reports (docs/report-json.md, schema
   version 1) with json-c.

   Every field escape-report uses is checked for presence and type, and an
   error names the file and the field ("sites[2].line: expected an integer,
   found string"); fields it does not know are ignored, as the schema's
   versioning rule asks.  A directory stands for every *.escape.json below
   it, in byte order of the path, so the output does not depend on the
   order readdir returns.  */

#define _XOPEN_SOURCE 700
#include <dirent.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <json.h>
#include "report.h"

#define SUFFIX ".escape.json"

struct reader
{
  struct esr_set *set;
  const char *file;		/* the report being read */
  char **seen;			/* real paths already read */
  int nseen;
  /* Documents read, to read one found twice once.  */
  struct { unsigned long long hash; size_t len; char *text; } *docs;
  int ndocs;
  long long mtime;		/* of the file being read, nanoseconds */
};

static int read_buffer (struct reader *r, const char *buf, size_t len);
static int read_recorded (void *ctx, const char *name, const char *buf,
			  size_t len);

static int
fail (struct reader *r, const char *fmt, ...)
  __attribute__ ((format (printf, 2, 3)));

static int
fail (struct reader *r, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  fprintf (stderr, "escape-report: %s: ", r->file);
  vfprintf (stderr, fmt, ap);
  fputc ('\n', stderr);
  va_end (ap);
  return -1;
}

static const char *
type_name (json_object *v)
{
  switch (json_object_get_type (v))
    {
    case json_type_null: return "null";
    case json_type_boolean: return "a boolean";
    case json_type_double: return "a number with a fraction or exponent";
    case json_type_int: return "an integer";
    case json_type_object: return "an object";
    case json_type_array: return "an array";
    case json_type_string: return "a string";
    }
  return "?";
}

/* OBJ's member KEY of type TYPE.  AT names OBJ in messages ("" for the
   top).  With NULLABLE, a JSON null gives *OUT = NULL and 0.  */
static int
member (struct reader *r, json_object *obj, const char *at, const char *key,
	json_type type, int nullable, json_object **out)
{
  static const char *const wanted[] = {
    [json_type_null] = "null", [json_type_boolean] = "a boolean",
    [json_type_double] = "a number", [json_type_int] = "an integer",
    [json_type_object] = "an object", [json_type_array] = "an array",
    [json_type_string] = "a string"
  };
  json_object *v;
  const char *dot = *at ? "." : "";
  if (!json_object_object_get_ex (obj, key, &v))
    return fail (r, "%s%s%s: missing", at, dot, key);
  if (v == NULL || json_object_is_type (v, json_type_null))
    {
      if (nullable)
	{
	  *out = NULL;
	  return 0;
	}
      return fail (r, "%s%s%s: expected %s, found null", at, dot, key,
		   wanted[type]);
    }
  if (!json_object_is_type (v, type))
    return fail (r, "%s%s%s: expected %s%s, found %s", at, dot, key,
		 wanted[type], nullable ? " or null" : "", type_name (v));
  *out = v;
  return 0;
}

static int
get_string (struct reader *r, json_object *obj, const char *at,
	    const char *key, int nullable, char **out)
{
  json_object *v;
  if (member (r, obj, at, key, json_type_string, nullable, &v))
    return -1;
  *out = v ? esr_xstrdup (json_object_get_string (v)) : NULL;
  return 0;
}

/* An integer of at least MIN; *PRESENT = 0 for a null.  */
static int
get_int (struct reader *r, json_object *obj, const char *at, const char *key,
	 int nullable, long long min, long long *out, int *present)
{
  json_object *v;
  if (member (r, obj, at, key, json_type_int, nullable, &v))
    return -1;
  if (present)
    *present = v != NULL;
  *out = 0;
  if (!v)
    return 0;
  errno = 0;
  int64_t x = json_object_get_int64 (v);
  if (errno == ERANGE || x < min)
    return fail (r, "%s%s%s: %s is out of range", at, *at ? "." : "", key,
		 json_object_to_json_string (v));
  *out = x;
  return 0;
}

static int
get_bool (struct reader *r, json_object *obj, const char *at,
	  const char *key, int *out)
{
  json_object *v;
  if (member (r, obj, at, key, json_type_boolean, 0, &v))
    return -1;
  *out = json_object_get_boolean (v);
  return 0;
}

static int
read_step (struct reader *r, json_object *o, const char *at,
	   struct esr_step *s)
{
  memset (s, 0, sizeof *s);
  int has;
  if (!json_object_is_type (o, json_type_object))
    return fail (r, "%s: expected an object, found %s", at, type_name (o));
  if (get_string (r, o, at, "dst", 0, &s->dst)
      || get_string (r, o, at, "src", 0, &s->src)
      || get_int (r, o, at, "derefs", 0, -1, &s->derefs, NULL)
      || get_string (r, o, at, "where", 1, &s->where)
      || get_string (r, o, at, "why", 1, &s->why)
      || get_string (r, o, at, "file", 1, &s->file)
      || get_int (r, o, at, "line", 1, 1, &s->line, &has)
      || get_int (r, o, at, "column", 1, 1, &s->column, &has))
    return -1;
  return 0;
}

static void
free_step (struct esr_step *s)
{
  free (s->dst);
  free (s->src);
  free (s->where);
  free (s->why);
  free (s->file);
}

static void
free_site (struct esr_site *s)
{
  free (s->file);
  free (s->function);
  free (s->allocator);
  free (s->call);
  free (s->reason);
  free (s->reason_text);
  free (s->blocked);
  free (s->cause);
  for (int k = 0; k < s->nroutes; k++)
    {
      free (s->routes[k].where);
      free (s->routes[k].file);
    }
  free (s->routes);
  free (s->made_function);
  free (s->made_call);
  free (s->made_file);
  for (int i = 0; i < s->npath; i++)
    free_step (&s->path[i]);
  free (s->path);
}

static int
read_site (struct reader *r, json_object *o, const char *at,
	   struct esr_site *s)
{
  if (!json_object_is_type (o, json_type_object))
    return fail (r, "%s: expected an object, found %s", at, type_name (o));
  char *verdict = NULL;
  json_object *path;
  if (get_string (r, o, at, "file", 0, &s->file)
      || get_int (r, o, at, "line", 0, 1, &s->line, NULL)
      || get_int (r, o, at, "column", 0, 1, &s->column, NULL)
      || get_string (r, o, at, "function", 0, &s->function)
      || get_string (r, o, at, "allocator", 0, &s->allocator)
      || get_string (r, o, at, "call", 0, &s->call)
      || get_int (r, o, at, "size", 1, 0, &s->size, &s->has_size)
      || get_string (r, o, at, "verdict", 0, &verdict))
    return -1;
  if (strcmp (verdict, "does not escape") == 0)
    s->verdict = ESR_NOESC;
  else if (strcmp (verdict, "escapes to heap") == 0)
    s->verdict = ESR_ESC;
  else
    {
      fail (r, "%s.verdict: unknown verdict \"%s\" (expected \"does not "
	    "escape\" or \"escapes to heap\")", at, verdict);
      free (verdict);
      return -1;
    }
  free (verdict);
  if (get_bool (r, o, at, "movable", &s->movable)
      || get_bool (r, o, at, "moved", &s->moved)
      || get_string (r, o, at, "reason", 0, &s->reason)
      || get_string (r, o, at, "reason_text", 0, &s->reason_text)
      || member (r, o, at, "path", json_type_array, 0, &path))
    return -1;
  /* "slot" came with guarded slots; a report from before has none.  */
  json_object *slot;
  s->slot = 0;
  if (json_object_object_get_ex (o, "slot", &slot)
      && json_object_is_type (slot, json_type_int))
    s->slot = json_object_get_int64 (slot);
  /* "blocked" came later still; absent means unknown.  */
  json_object *blocked;
  s->blocked = NULL;
  if (json_object_object_get_ex (o, "blocked", &blocked)
      && json_object_is_type (blocked, json_type_string))
    s->blocked = esr_xstrdup (json_object_get_string (blocked));
  s->cause = NULL;
  if (json_object_object_get_ex (o, "cause", &blocked)
      && json_object_is_type (blocked, json_type_string))
    s->cause = esr_xstrdup (json_object_get_string (blocked));
  /* "routes" came with "blocked": statements, each with a position.  */
  json_object *routes;
  s->routes = NULL;
  s->nroutes = 0;
  if (json_object_object_get_ex (o, "routes", &routes)
      && json_object_is_type (routes, json_type_array))
    {
      size_t m = json_object_array_length (routes);
      s->routes = esr_xmalloc ((m + 1) * sizeof *s->routes);
      for (size_t k = 0; k < m; k++)
	{
	  char where[64];
	  snprintf (where, sizeof where, "%s.routes[%zu]", at, k);
	  json_object *rt = json_object_array_get_idx (routes, k);
	  struct esr_route *e = &s->routes[s->nroutes];
	  long long col;
	  int has;
	  e->where = e->file = NULL;
	  e->line = 0;
	  if (!json_object_is_type (rt, json_type_object))
	    return fail (r, "%s: not an object", where);
	  s->nroutes++;
	  if (get_string (r, rt, where, "where", 0, &e->where)
	      || get_string (r, rt, where, "file", 1, &e->file)
	      || get_int (r, rt, where, "line", 1, 1, &e->line, &has)
	      || get_int (r, rt, where, "column", 1, 1, &col, &has))
	    return -1;
	}
    }
  /* "made_by" came with fresh objects; a report from before has none.  */
  json_object *made;
  s->made_function = s->made_call = s->made_file = NULL;
  s->made_line = 0;
  if (json_object_object_get_ex (o, "made_by", &made)
      && json_object_is_type (made, json_type_array)
      && json_object_array_length (made) > 0)
    {
      size_t m = json_object_array_length (made);
      char where[64];
      snprintf (where, sizeof where, "%s.made_by[%zu]", at, m - 1);
      json_object *link = json_object_array_get_idx (made, m - 1);
      if (!json_object_is_type (link, json_type_object))
	return fail (r, "%s: not an object", where);
      if (get_string (r, link, where, "function", 0, &s->made_function)
	  || get_string (r, link, where, "call", 0, &s->made_call)
	  || get_string (r, link, where, "file", 0, &s->made_file)
	  || get_int (r, link, where, "line", 0, 0, &s->made_line, NULL))
	return -1;
    }
  size_t n = json_object_array_length (path);
  s->path = esr_xmalloc (n * sizeof *s->path);
  for (size_t i = 0; i < n; i++)
    {
      char where[64];
      snprintf (where, sizeof where, "%s.path[%zu]", at, i);
      if (read_step (r, json_object_array_get_idx (path, i), where,
		     &s->path[i]))
	{
	  free_step (&s->path[i]);	/* what it read before the fault */
	  return -1;
	}
      s->npath++;
    }
  return 0;
}

static int
read_param (struct reader *r, json_object *o, const char *at,
	    struct esr_unit *u)
{
  char *verdict;
  if (!json_object_is_type (o, json_type_object))
    return fail (r, "%s: expected an object, found %s", at, type_name (o));
  if (get_string (r, o, at, "verdict", 0, &verdict))
    return -1;
  int leaks = strcmp (verdict, "leaking param") == 0;
  if (!leaks && strcmp (verdict, "does not escape") != 0)
    {
      fail (r, "%s.verdict: unknown verdict \"%s\" (expected \"does not "
	    "escape\" or \"leaking param\")", at, verdict);
      free (verdict);
      return -1;
    }
  free (verdict);
  u->nparams++;
  u->nleaking += leaks;
  return 0;
}

/* A wrapper's size: null, or { "arg": N or null, "min": K or null }.  */
static int
read_size (struct reader *r, json_object *o, const char *at,
	   const char *key, struct esr_size *sz)
{
  json_object *v;
  char where[96];
  if (member (r, o, at, key, json_type_object, 1, &v))
    return -1;
  sz->known = v != NULL;
  sz->arg = 0;
  sz->min = -1;
  if (!v)
    return 0;
  snprintf (where, sizeof where, "%s.%s", at, key);
  int has_min;
  if (get_int (r, v, where, "arg", 1, 1, &sz->arg, NULL)
      || get_int (r, v, where, "min", 1, 0, &sz->min, &has_min))
    return -1;
  if (!has_min)
    sz->min = -1;
  return 0;
}

/* A family: null, or { "deallocator": NAME, "arg": N }.  */
static int
read_family (struct reader *r, json_object *o, const char *at,
	     struct esr_family *f)
{
  json_object *v;
  char where[96];
  if (member (r, o, at, "family", json_type_object, 1, &v))
    return -1;
  if (!v)
    return 0;
  snprintf (where, sizeof where, "%s.family", at);
  return get_string (r, v, where, "deallocator", 0, &f->name)
    || get_int (r, v, where, "arg", 0, 1, &f->arg, NULL) ? -1 : 0;
}

static int
read_function (struct reader *r, json_object *o, const char *at,
	       struct esr_function *f)
{
  json_object *a, *d;
  char where[64];
  if (!json_object_is_type (o, json_type_object))
    return fail (r, "%s: expected an object, found %s", at, type_name (o));
  if (get_string (r, o, at, "function", 0, &f->name)
      || get_string (r, o, at, "file", 0, &f->file)
      || get_int (r, o, at, "line", 0, 1, &f->line, NULL)
      || get_int (r, o, at, "column", 0, 1, &f->column, NULL)
      || get_bool (r, o, at, "public", &f->is_public)
      || member (r, o, at, "allocator", json_type_object, 1, &a)
      || member (r, o, at, "deallocator", json_type_object, 1, &d))
    return -1;
  if (a)
    {
      snprintf (where, sizeof where, "%s.allocator", at);
      f->is_alloc = 1;
      if (get_string (r, a, where, "wraps", 0, &f->wraps)
	  || read_size (r, a, where, "size", &f->size)
	  || read_size (r, a, where, "count", &f->count)
	  || get_bool (r, a, where, "movable", &f->movable)
	  || get_bool (r, a, where, "zeroes", &f->zeroes)
	  || get_bool (r, a, where, "attribute", &f->attribute)
	  || read_family (r, a, where, &f->family))
	return -1;
    }
  if (d)
    {
      snprintf (where, sizeof where, "%s.deallocator", at);
      if (get_int (r, d, where, "frees", 0, 1, &f->frees, NULL)
	  || read_family (r, d, where, &f->frees_family))
	return -1;
    }
  /* The summary other units' calls may use (absent before summaries
     were recorded, and for functions that publish none).  */
  json_object *sum;
  if (json_object_object_get_ex (o, "summary", &sum))
    {
      char hash[17];
      if (member (r, o, at, "summary", json_type_object, 0, &sum)
	  || get_string (r, o, at, "summary_hash", 0, &f->summary_hash))
	return -1;
      f->summary = esr_xstrdup (json_object_to_json_string_ext
				(sum, JSON_C_TO_STRING_PLAIN
				 | JSON_C_TO_STRING_NOSLASHESCAPE));
      esr_summary_hash (f->summary, hash);
      if (strcmp (hash, f->summary_hash) != 0)
	return fail (r, "%s.summary: does not match its summary_hash %s",
		     at, f->summary_hash);
    }
  return 0;
}

static void
free_function (struct esr_function *f)
{
  free (f->name);
  free (f->file);
  free (f->wraps);
  free (f->family.name);
  free (f->frees_family.name);
  free (f->summary);
  free (f->summary_hash);
}

/* A path of a unit compiled in DIR, made absolute (units of two
   directories that name their files alike stay apart).  */
static void
resolve (char **file, const char *dir)
{
  if (*file && dir)
    {
      char *abs = esr_resolve (dir, *file);
      free (*file);
      *file = abs;
    }
}

static int
read_document (struct reader *r, json_object *doc)
{
  json_object *v, *options, *sites, *params;
  if (!json_object_is_type (doc, json_type_object))
    return fail (r, "not an escape report (the document is %s, not an "
		 "object)", type_name (doc));
  if (!json_object_object_get_ex (doc, "schema", &v))
    return fail (r, "not an escape report (no \"schema\" field)");
  if (!json_object_is_type (v, json_type_string)
      || strcmp (json_object_get_string (v), ESR_SCHEMA) != 0)
    return fail (r, "not an escape report (\"schema\" is %s, expected \""
		 ESR_SCHEMA "\")", json_object_to_json_string (v));
  if (!json_object_object_get_ex (doc, "version", &v))
    return fail (r, "no \"version\" field");
  if (!json_object_is_type (v, json_type_int)
      || json_object_get_int64 (v) != ESR_VERSION)
    return fail (r, "unsupported report version %s (escape-report reads "
		 "version %d)", json_object_to_json_string (v), ESR_VERSION);

  struct esr_set *set = r->set;
  set->units = esr_xrealloc (set->units,
			     (size_t) (set->nunits + 1) * sizeof *set->units);
  struct esr_unit *u = &set->units[set->nunits];
  memset (u, 0, sizeof *u);
  u->json = esr_xstrdup (r->file);
  set->nunits++;		/* esr_free frees it even on error */
  if (get_string (r, doc, "", "unit", 0, &u->name)
      || member (r, doc, "", "options", json_type_object, 0, &options)
      || get_bool (r, options, "options", "transform", &u->transform)
      || get_int (r, options, "options", "max_size", 0, 0, &u->max_size,
		  NULL)
      || get_int (r, options, "options", "frame_budget", 0, 0,
		  &u->frame_budget, NULL)
      || member (r, doc, "", "sites", json_type_array, 0, &sites)
      || member (r, doc, "", "params", json_type_array, 0, &params))
    return -1;
  /* "directory" and "source" came with reports that say where they were
     compiled; a report from before has neither, and its relative paths
     are read as relative to the current directory.  */
  json_object *dir;
  if ((json_object_object_get_ex (doc, "directory", &dir)
       && get_string (r, doc, "", "directory", 1, &u->directory))
      || (json_object_object_get_ex (doc, "source", &dir)
	  && get_string (r, doc, "", "source", 1, &u->source)))
    return -1;
  if (u->directory && u->directory[0] != '/')
    return fail (r, "directory: \"%s\" is not an absolute path",
		 u->directory);
  /* "lto", "link" and "deferred" came with lto1's reports.  */
  u->mtime = r->mtime;
  json_object *lto;
  if ((json_object_object_get_ex (doc, "lto", &lto)
       && get_string (r, doc, "", "lto", 1, &u->lto))
      || (json_object_object_get_ex (doc, "link", &lto)
	  && get_string (r, doc, "", "link", 1, &u->link))
      || (json_object_object_get_ex (doc, "deferred", &lto)
	  && get_bool (r, doc, "", "deferred", &u->deferred)))
    return -1;
  /* "replaces_libc" came with summaries that say whether a function
     calls out of its unit.  */
  json_object *rl;
  if (json_object_object_get_ex (doc, "replaces_libc", &rl))
    {
      if (member (r, doc, "", "replaces_libc", json_type_array, 0, &rl))
	return -1;
      size_t nr = json_object_array_length (rl);
      u->replaces_libc = esr_xrealloc (NULL, (nr + 1) * sizeof (char *));
      for (size_t k = 0; k < nr; k++)
	{
	  json_object *v = json_object_array_get_idx (rl, k);
	  if (!json_object_is_type (v, json_type_string))
	    return fail (r, "replaces_libc: holds %s, not a name",
			 type_name (v));
	  u->replaces_libc[u->nreplaces_libc++]
	    = esr_xstrdup (json_object_get_string (v));
	}
    }
  /* "slot_size" came with guarded slots, like a site's "slot".  */
  json_object *slot_size;
  if (json_object_object_get_ex (options, "slot_size", &slot_size)
      && json_object_is_type (slot_size, json_type_int))
    u->slot_size = json_object_get_int64 (slot_size);

  size_t n = json_object_array_length (sites);
  set->sites = esr_xrealloc (set->sites, ((size_t) set->nsites + n)
			     * sizeof *set->sites);
  for (size_t i = 0; i < n; i++)
    {
      char at[32];
      snprintf (at, sizeof at, "sites[%zu]", i);
      struct esr_site *s = &set->sites[set->nsites];
      memset (s, 0, sizeof *s);
      s->unit = set->nunits - 1;
      s->index = (int) i;
      set->nsites++;
      if (read_site (r, json_object_array_get_idx (sites, i), at, s))
	return -1;
      resolve (&s->file, u->directory);
      resolve (&s->made_file, u->directory);
      for (int k = 0; k < s->npath; k++)
	resolve (&s->path[k].file, u->directory);
    }
  n = json_object_array_length (params);
  for (size_t i = 0; i < n; i++)
    {
      char at[32];
      snprintf (at, sizeof at, "params[%zu]", i);
      if (read_param (r, json_object_array_get_idx (params, i), at, u))
	return -1;
    }
  /* "functions" came with the allocator wrappers' declarations; a
     report from before has none.  */
  json_object *fns;
  if (!json_object_object_get_ex (doc, "functions", &fns))
    {
      set->units_without_functions++;
      return 0;
    }
  if (member (r, doc, "", "functions", json_type_array, 0, &fns))
    return -1;
  n = json_object_array_length (fns);
  set->functions = esr_xrealloc (set->functions, ((size_t) set->nfunctions
						  + n)
				 * sizeof *set->functions);
  for (size_t i = 0; i < n; i++)
    {
      char at[32];
      snprintf (at, sizeof at, "functions[%zu]", i);
      struct esr_function *f = &set->functions[set->nfunctions];
      memset (f, 0, sizeof *f);
      f->unit = set->nunits - 1;
      set->nfunctions++;
      if (read_function (r, json_object_array_get_idx (fns, i), at, f))
	return -1;
      resolve (&f->file, u->directory);
    }
  return 0;
}

/* The 1-based line and column of byte OFF in BUF.  */
static void
position (const char *buf, size_t off, int *line, int *col)
{
  *line = 1;
  *col = 1;
  for (size_t i = 0; i < off; i++)
    if (buf[i] == '\n')
      {
	++*line;
	*col = 1;
      }
    else
      ++*col;
}

static int
read_file (struct reader *r, const char *path)
{
  r->file = path;
  struct stat st;
  r->mtime = stat (path, &st) == 0
	     ? (long long) st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec : 0;
  char *real = realpath (path, NULL);
  if (real)
    {
      for (int i = 0; i < r->nseen; i++)
	if (strcmp (r->seen[i], real) == 0)
	  {
	    free (real);	/* named twice: read once */
	    return 0;
	  }
      r->seen = esr_xrealloc (r->seen, (size_t) (r->nseen + 1)
			      * sizeof *r->seen);
      r->seen[r->nseen++] = real;
    }

  FILE *f = fopen (path, "rb");
  if (!f)
    return fail (r, "cannot read: %s", strerror (errno));
  size_t cap = 65536, len = 0;
  char *buf = esr_xmalloc (cap);
  for (;;)
    {
      size_t got = fread (buf + len, 1, cap - len, f);
      len += got;
      if (len < cap)
	break;
      cap *= 2;
      buf = esr_xrealloc (buf, cap);
    }
  int err = ferror (f);
  int saved = errno;
  fclose (f);
  if (err)
    {
      free (buf);
      return fail (r, "cannot read: %s", strerror (saved));
    }
  /* An object, archive or linked file: the reports recorded in it.  */
  if ((len >= 4 && memcmp (buf, "\177ELF", 4) == 0)
      || (len >= 8 && memcmp (buf, "!<arch>\n", 8) == 0))
    {
      free (buf);
      char *why;
      int status = esr_read_elf (path, read_recorded, r, &why);
      if (why)
	{
	  fprintf (stderr, "escape-report: %s\n", why);
	  free (why);
	}
      return status ? -1 : 0;
    }
  int status = read_buffer (r, buf, len);
  free (buf);
  return status;
}

/* One report document, BUF[0..LEN), named R->file in messages.  A document
   read before (the same unit in an object and in the program it is linked
   into, or in a report directory too) is read once.  */
static int
read_buffer (struct reader *r, const char *buf, size_t len)
{
  unsigned long long h = 14695981039346656037ULL;
  for (size_t i = 0; i < len; i++)
    h = (h ^ (unsigned char) buf[i]) * 1099511628211ULL;
  for (int i = 0; i < r->ndocs; i++)
    if (r->docs[i].hash == h && r->docs[i].len == len
	&& memcmp (r->docs[i].text, buf, len) == 0)
      return 0;
  r->docs = esr_xrealloc (r->docs, (size_t) (r->ndocs + 1) * sizeof *r->docs);
  r->docs[r->ndocs].hash = h;
  r->docs[r->ndocs].len = len;
  r->docs[r->ndocs].text = memcpy (esr_xmalloc (len), buf, len);
  r->ndocs++;

  json_tokener *tok = json_tokener_new ();
  if (!tok)
    return fail (r, "out of memory");
  json_tokener_set_flags (tok, JSON_TOKENER_STRICT
			  | JSON_TOKENER_VALIDATE_UTF8);
  json_object *doc = NULL;
  int status = 0, line, col;
  if (len > (size_t) INT32_MAX)
    status = fail (r, "too large");
  else
    {
      doc = json_tokener_parse_ex (tok, buf, (int) len);
      enum json_tokener_error e = json_tokener_get_error (tok);
      size_t end = json_tokener_get_parse_end (tok);
      if (!doc && e == json_tokener_continue)
	status = fail (r, "invalid JSON: unexpected end of file");
      else if (!doc)
	{
	  position (buf, end < len ? end : len, &line, &col);
	  status = fail (r, "invalid JSON at line %d, column %d: %s", line,
			 col, json_tokener_error_desc (e));
	}
      else
	{
	  while (end < len && strchr (" \t\r\n", buf[end]) && buf[end])
	    end++;
	  if (end < len)
	    {
	      position (buf, end, &line, &col);
	      status = fail (r, "invalid JSON at line %d, column %d: data "
			     "after the document", line, col);
	    }
	}
    }
  json_tokener_free (tok);
  if (status == 0)
    status = read_document (r, doc);
  json_object_put (doc);
  return status;
}

static int
read_recorded (void *ctx, const char *name, const char *buf, size_t len)
{
  struct reader *r = ctx;
  const char *saved = r->file;
  r->file = name;
  int status = read_buffer (r, buf, len);
  r->file = saved;
  return status;
}

static int
by_strcmp (const void *a, const void *b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

static int
has_suffix (const char *name)
{
  size_t n = strlen (name), k = strlen (SUFFIX);
  return n > k && strcmp (name + n - k, SUFFIX) == 0;
}

/* Add every *.escape.json below DIR to *LIST.  Symbolic links to
   directories are not followed (no cycles); links to files are.  */
static int
collect (struct reader *r, const char *dir, char ***list, int *n)
{
  DIR *d = opendir (dir);
  if (!d)
    {
      r->file = dir;
      return fail (r, "cannot read directory: %s", strerror (errno));
    }
  struct dirent *e;
  int status = 0;
  size_t dl = strlen (dir);
  const char *sep = dl && dir[dl - 1] == '/' ? "" : "/";
  while (status == 0 && (errno = 0, e = readdir (d)))
    {
      if (strcmp (e->d_name, ".") == 0 || strcmp (e->d_name, "..") == 0)
	continue;
      char *p = esr_xasprintf ("%s%s%s", dir, sep, e->d_name);
      struct stat st;
      if (lstat (p, &st) != 0)
	{
	  r->file = p;
	  status = fail (r, "%s", strerror (errno));
	}
      else if (S_ISDIR (st.st_mode))
	status = collect (r, p, list, n);
      else if (has_suffix (e->d_name)
	       && (S_ISREG (st.st_mode)
		   || (S_ISLNK (st.st_mode) && stat (p, &st) == 0
		       && S_ISREG (st.st_mode))))
	{
	  *list = esr_xrealloc (*list, (size_t) (*n + 1) * sizeof **list);
	  (*list)[(*n)++] = p;
	  p = NULL;
	}
      free (p);
    }
  if (status == 0 && errno)
    {
      r->file = dir;
      status = fail (r, "cannot read directory: %s", strerror (errno));
    }
  closedir (d);
  return status;
}

/* A site of a compile that wrote bytecode ("deferred") gives way to a
   link's (lto1's) site at the same call: the link decided it again for
   the program, and each call is read once, as the program has it.  A
   compile's site no link report has (a program linked without report=,
   a function the link removed) stays.  A unit whose sites gave way gives
   its parameters' counts too.  Functions stay: summaries and wrappers
   for a later build come from compiles.  */
static int
same_call (const struct esr_site *a, const struct esr_site *b)
{
  return a->line == b->line && a->column == b->column && a->file && b->file
	 && strcmp (a->file, b->file) == 0;
}

/* The program a link's document is of: its "lto" without the partition
   (".ltrans3", ".lto"), in BUF.  */
static const char *
program_of (const char *lto, char *buf, size_t size)
{
  snprintf (buf, size, "%s", lto);
  char *t = strstr (buf, ".ltrans");
  if (!t)
    t = strstr (buf, ".lto");
  if (t)
    *t = '\0';
  return buf;
}

/* A program's documents of links before its latest (a relink into fewer
   partitions leaves OUT.ltrans3 behind; -flto-partition=none writes
   OUT.lto): only those of the newest document's link are read.  */
static void
drop_stale_links (struct esr_set *set)
{
  char *stale = esr_xmalloc ((size_t) set->nunits + 1);
  for (int u = 0; u < set->nunits; u++)
    {
      struct esr_unit *a = &set->units[u];
      stale[u] = 0;
      if (!a->lto || !a->link)
	continue;
      char pa[4096], pb[4096];
      program_of (a->lto, pa, sizeof pa);
      for (int v = 0; v < set->nunits && !stale[u]; v++)
	{
	  struct esr_unit *b = &set->units[v];
	  if (v == u || !b->lto || !b->link || b->mtime <= a->mtime
	      || strcmp (a->link, b->link) == 0
	      || strcmp (pa, program_of (b->lto, pb, sizeof pb)) != 0)
	    continue;
	  stale[u] = 1;
	}
    }
  int n = 0;
  for (int i = 0; i < set->nsites; i++)
    if (stale[set->sites[i].unit])
      free_site (&set->sites[i]);
    else
      set->sites[n++] = set->sites[i];
  set->nsites = n;
  for (int u = 0; u < set->nunits; u++)
    if (stale[u])
      {
	set->units[u].nparams = set->units[u].nleaking = 0;
	free (set->units[u].lto);
	set->units[u].lto = NULL;
      }
  free (stale);
}

static void
drop_deferred (struct esr_set *set)
{
  int any = 0;
  for (int u = 0; u < set->nunits; u++)
    any |= set->units[u].lto != NULL;
  if (!any)
    return;
  char *gone = esr_xmalloc ((size_t) set->nsites + 1);
  for (int i = 0; i < set->nsites; i++)
    {
      gone[i] = 0;
      if (set->units[set->sites[i].unit].deferred)
	for (int k = 0; k < set->nsites && !gone[i]; k++)
	  gone[i] = set->units[set->sites[k].unit].lto
		    && same_call (&set->sites[k], &set->sites[i]);
    }
  int n = 0;
  for (int i = 0; i < set->nsites; i++)
    if (gone[i])
      {
	struct esr_unit *u = &set->units[set->sites[i].unit];
	u->nparams = u->nleaking = 0;
	free_site (&set->sites[i]);
      }
    else
      set->sites[n++] = set->sites[i];
  set->nsites = n;
  free (gone);
}

int
esr_read (struct esr_set *set, char *const *paths, int npaths)
{
  struct reader r = { set, NULL, NULL, 0, NULL, 0, 0 };
  int status = 0;
  for (int i = 0; i < npaths && status == 0; i++)
    {
      struct stat st;
      if (stat (paths[i], &st) == 0 && S_ISDIR (st.st_mode))
	{
	  char **list = NULL;
	  int n = 0;
	  status = collect (&r, paths[i], &list, &n);
	  if (status == 0 && n == 0)
	    {
	      r.file = paths[i];
	      status = fail (&r, "no *" SUFFIX " files in this directory");
	    }
	  if (n > 1)
	    qsort (list, (size_t) n, sizeof *list, by_strcmp);
	  for (int k = 0; k < n; k++)
	    {
	      if (status == 0)
		status = read_file (&r, list[k]);
	      /* Messages name the file: keep the name alive.  */
	    }
	  for (int k = 0; k < n; k++)
	    free (list[k]);
	  free (list);
	}
      else
	status = read_file (&r, paths[i]);
    }
  if (status == 0)
    {
      drop_stale_links (set);
      drop_deferred (set);
    }
  for (int i = 0; i < r.nseen; i++)
    free (r.seen[i]);
  free (r.seen);
  for (int i = 0; i < r.ndocs; i++)
    free (r.docs[i].text);
  free (r.docs);
  return status;
}

void
esr_free (struct esr_set *set)
{
  for (int i = 0; i < set->nsites; i++)
    free_site (&set->sites[i]);
  free (set->sites);
  for (int i = 0; i < set->nfunctions; i++)
    free_function (&set->functions[i]);
  free (set->functions);
  for (int i = 0; i < set->nunits; i++)
    {
      free (set->units[i].json);
      free (set->units[i].name);
      free (set->units[i].directory);
      free (set->units[i].source);
      free (set->units[i].lto);
      free (set->units[i].link);
      for (int k = 0; k < set->units[i].nreplaces_libc; k++)
	free (set->units[i].replaces_libc[k]);
      free (set->units[i].replaces_libc);
    }
  free (set->units);
  memset (set, 0, sizeof *set);
}
