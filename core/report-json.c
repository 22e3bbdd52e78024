/* report-json.c - the JSON report writer.  */

#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include "graph-impl.h"
#include "report.h"
#include "report-json.h"
#include "transform.h"
#include "allocators.h"

/* A growing string.  */
typedef struct buf
{
  char *s;
  size_t n, cap;
} buf;

static void
put (buf *b, const char *s, size_t n)
{
  if (b->n + n + 1 > b->cap)
    {
      while (b->n + n + 1 > b->cap)
	b->cap = b->cap ? 2 * b->cap : 256;
      b->s = esc_xrealloc (b->s, b->cap);
    }
  memcpy (b->s + b->n, s, n);
  b->n += n;
  b->s[b->n] = '\0';
}

static void
puts_ (buf *b, const char *s)
{
  put (b, s, strlen (s));
}

static void printf_ (buf *b, const char *fmt, ...)
  __attribute__ ((format (printf, 2, 3)));

static void
printf_ (buf *b, const char *fmt, ...)
{
  char tmp[256];
  va_list ap;
  va_start (ap, fmt);
  int n = vsnprintf (tmp, sizeof tmp, fmt, ap);
  va_end (ap);
  if (n >= (int) sizeof tmp)
    n = sizeof tmp - 1;
  put (b, tmp, (size_t) n);
}

/* A JSON string (RFC 8259): quotes, backslashes and control characters
   escaped; other bytes as they are (GCC's names and paths).  */
static void
str (buf *b, const char *s)
{
  if (!s)
    {
      puts_ (b, "null");
      return;
    }
  puts_ (b, "\"");
  for (const unsigned char *p = (const unsigned char *) s; *p; p++)
    {
      if (*p == '"' || *p == '\\')
	{
	  char e[2] = { '\\', (char) *p };
	  put (b, e, 2);
	}
      else if (*p == '\n')
	puts_ (b, "\\n");
      else if (*p == '\t')
	puts_ (b, "\\t");
      else if (*p < 0x20)
	printf_ (b, "\\u%04x", *p);
      else
	put (b, (const char *) p, 1);
    }
  puts_ (b, "\"");
}

static void
level (buf *b, int d)
{
  if (d == ESC_LEAK_NONE)
    puts_ (b, "null");
  else
    printf_ (b, "%d", d);
}

/* One entry of "sites" or "params", kept with its position to sort.  */
typedef struct entry
{
  char *file;
  int line, column, seq;
  char *json;
} entry;

struct esc_json_report
{
  esc_json_unit unit;
  char *unit_name, *gcc_version, *target, *directory, *source, *lto, *link;
  char **replaces_libc;
  int nreplaces_libc;
  entry *sites, *params, *functions;
  int nsites, sites_cap, nparams, params_cap, nfunctions, functions_cap, seq;
  bool want_dir;		/* FILE is in a directory asked for by '/'.  */
};

esc_json_report *
esc_json_report_new (const esc_json_unit *unit)
{
  esc_json_report *r = esc_xrealloc (NULL, sizeof *r);
  memset (r, 0, sizeof *r);
  r->unit = *unit;
  r->want_dir = unit->make_dir;
  r->unit_name = esc_strdup (unit->unit ? unit->unit : "");
  r->gcc_version = esc_strdup (unit->gcc_version ? unit->gcc_version : "");
  r->target = esc_strdup (unit->target ? unit->target : "");
  r->directory = unit->directory ? esc_strdup (unit->directory) : NULL;
  r->source = unit->source ? esc_strdup (unit->source) : NULL;
  r->lto = unit->lto ? esc_strdup (unit->lto) : NULL;
  r->link = unit->link ? esc_strdup (unit->link) : NULL;
  r->nreplaces_libc = unit->nreplaces_libc;
  r->replaces_libc = esc_xrealloc (NULL, (size_t) (unit->nreplaces_libc + 1)
				   * sizeof *r->replaces_libc);
  for (int i = 0; i < unit->nreplaces_libc; i++)
    r->replaces_libc[i] = esc_strdup (unit->replaces_libc[i]);
  return r;
}

static void
free_entries (entry *e, int n)
{
  for (int i = 0; i < n; i++)
    {
      esc_free (e[i].file);
      esc_free (e[i].json);
    }
  esc_free (e);
}

void
esc_json_report_free (esc_json_report *r)
{
  if (!r)
    return;
  free_entries (r->sites, r->nsites);
  free_entries (r->params, r->nparams);
  free_entries (r->functions, r->nfunctions);
  esc_free (r->unit_name);
  for (int i = 0; i < r->nreplaces_libc; i++)
    esc_free (r->replaces_libc[i]);
  esc_free (r->replaces_libc);
  esc_free (r->lto);
  esc_free (r->link);
  esc_free (r->gcc_version);
  esc_free (r->target);
  esc_free (r->directory);
  esc_free (r->source);
  esc_free (r);
}

/* "file", "line", "column" of POS, columns as the compiler shows them.  */
static void
position (buf *b, esc_pos pos)
{
  puts_ (b, "\"file\": ");
  str (b, pos.file);
  printf_ (b, ", \"line\": %d, \"column\": %d", pos.line,
	   esc_report_column (pos.file, pos.line, pos.column));
}

static void
add_entry (entry **arr, int *n, int *cap, esc_pos pos, int seq, buf *b)
{
  GROW (*arr, *n, *cap);
  entry *e = &(*arr)[(*n)++];
  e->file = esc_strdup (pos.file ? pos.file : "");
  e->line = pos.line;
  e->column = pos.column;
  e->seq = seq;
  e->json = b->s ? b->s : esc_strdup ("{}");
}

struct path_ctx
{
  const esc_graph *g;
  buf *b;
  int n;
};

static void
json_step (void *ctx, const esc_step *s)
{
  struct path_ctx *p = ctx;
  char a[256], c[256];
  buf *b = p->b;
  if (esc_step_within_object (p->g, s))
    return;
  if (p->n++)
    puts_ (b, ",");
  puts_ (b, "\n        { \"dst\": ");
  str (b, esc_loc_display (p->g, s->dst, a, sizeof a));
  puts_ (b, ", \"src\": ");
  str (b, esc_loc_display (p->g, s->src, c, sizeof c));
  printf_ (b, ", \"derefs\": %d, \"where\": ", s->derefs);
  bool note = s->note != ESC_NO_NOTE;
  str (b, note ? esc_note_where (p->g, s->note) : NULL);
  puts_ (b, ", \"why\": ");
  str (b, note ? esc_note_why (p->g, s->note) : NULL);
  esc_pos pos = note ? esc_note_pos (p->g, s->note) : (esc_pos) { 0, 0, 0 };
  if (pos.file)
    {
      puts_ (b, ", ");
      position (b, pos);
    }
  else
    puts_ (b, ", \"file\": null, \"line\": null, \"column\": null");
  puts_ (b, " }");
}

void
esc_json_report_site (esc_json_report *r, const esc_graph *g, esc_loc site,
		      const esc_json_site *info)
{
  buf b = { 0 };
  esc_pos pos = esc_loc_pos (g, site);
  bool escapes = esc_escapes (g, site);
  esc_move_reason reason = (esc_move_reason) info->reason;
  /* (A site that escapes only as the block realloc hands back moves.)  */
  if (escapes && reason != ESC_MOVED)
    reason = reason == ESC_STAY_LOOP ? ESC_STAY_LOOP : ESC_STAY_ESCAPES;
  puts_ (&b, "    { ");
  position (&b, pos);
  puts_ (&b, ", \"function\": ");
  str (&b, esc_function_name (g));
  puts_ (&b, ",\n      \"allocator\": ");
  str (&b, info->allocator);
  puts_ (&b, ", \"call\": ");
  str (&b, esc_loc_name (g, site));
  if (info->size >= 0)
    printf_ (&b, ", \"size\": %lld", info->size);
  else
    puts_ (&b, ", \"size\": null");
  printf_ (&b, ",\n      \"verdict\": \"%s\", \"movable\": %s, "
	   "\"moved\": %s, \"reason\": \"%s\", \"reason_text\": ",
	   escapes ? "escapes to heap" : "does not escape",
	   reason == ESC_MOVED ? "true" : "false",
	   info->moved ? "true" : "false", esc_move_reason_code (reason));
  str (&b, reason == ESC_MOVED ? "moved" : esc_move_reason_text (reason));
  if (escapes && reason != ESC_MOVED && info->blocked != ESC_MOVED)
    printf_ (&b, ", \"blocked\": \"%s\"",
	     esc_move_reason_code ((esc_move_reason) info->blocked));
  else
    puts_ (&b, ", \"blocked\": null");
  puts_ (&b, ", \"cause\": ");
  str (&b, escapes ? info->cause : NULL);
  /* The statements behind "routes": each alone sends it to the heap.  */
  esc_note routes[8];
  int nroutes = info->blocked == ESC_STAY_ROUTES && escapes
    ? esc_sink_routes ((esc_graph *) g, site, routes, 8) : 0;
  puts_ (&b, nroutes ? ", \"routes\": [" : ", \"routes\": null");
  for (int i = 0; i < nroutes; i++)
    {
      puts_ (&b, i ? ", { \"where\": " : " { \"where\": ");
      str (&b, esc_note_where (g, routes[i]));
      esc_pos rp = esc_note_pos (g, routes[i]);
      if (rp.file)
	{
	  puts_ (&b, ", ");
	  position (&b, rp);
	}
      else
	puts_ (&b, ", \"file\": null, \"line\": null, \"column\": null");
      puts_ (&b, " }");
    }
  if (nroutes)
    puts_ (&b, " ]");
  if (reason == ESC_MOVED && info->slot > 0)
    printf_ (&b, ", \"slot\": %lld", info->slot);
  else
    puts_ (&b, ", \"slot\": null");
  if (reason == ESC_MOVED && info->pool > 0)
    printf_ (&b, ", \"pool\": %d", info->pool);
  else
    puts_ (&b, ", \"pool\": null");
  if (info->nmade_by > 0)
    {
      puts_ (&b, ",\n      \"made_by\": [");
      for (int i = 0; i < info->nmade_by; i++)
	{
	  puts_ (&b, i ? ", { \"function\": " : " { \"function\": ");
	  str (&b, info->made_by[i].function);
	  puts_ (&b, ", \"call\": ");
	  str (&b, info->made_by[i].call);
	  puts_ (&b, ", ");
	  position (&b, info->made_by[i].pos);
	  puts_ (&b, " }");
	}
      puts_ (&b, " ]");
    }
  else
    puts_ (&b, ", \"made_by\": null");
  puts_ (&b, ",\n      \"path\": [");
  struct path_ctx pc = { g, &b, 0 };
  esc_report_chain (g, site, json_step, &pc);
  puts_ (&b, pc.n ? " ] }" : "] }");
  add_entry (&r->sites, &r->nsites, &r->sites_cap, pos, r->seq++, &b);
}

struct notes_ctx
{
  buf *b;
  int n;
};

static void
json_note (void *ctx, const char *line)
{
  struct notes_ctx *c = ctx;
  if (c->n++)
    puts_ (c->b, ", ");
  str (c->b, line);
}

void
esc_json_report_param (esc_json_report *r, const esc_graph *g,
		       esc_loc param)
{
  buf b = { 0 };
  esc_pos pos = esc_loc_pos (g, param);
  const esc_leaks *lk = esc_param_leaks (g, param);
  puts_ (&b, "    { ");
  position (&b, pos);
  puts_ (&b, ", \"function\": ");
  str (&b, esc_function_name (g));
  puts_ (&b, ", \"name\": ");
  str (&b, esc_loc_name (g, param));
  printf_ (&b, ", \"index\": %d,\n      ", esc_param_index (g, param));
  /* The notes decide the verdict, so that it can never disagree with
     what the compiler printed.  */
  buf notes = { 0 };
  struct notes_ctx nc = { &notes, 0 };
  esc_report_param (g, param, 1, json_note, &nc);
  bool leaks = !(nc.n == 1 && strstr (notes.s, "does not escape"));
  printf_ (&b, "\"verdict\": \"%s\", \"leaks\": { \"heap\": ",
	   leaks ? "leaking param" : "does not escape");
  level (&b, lk->heap == 0 ? 0 : ESC_LEAK_NONE);
  puts_ (&b, ", \"content\": ");
  level (&b, lk->heap > 0 ? lk->heap : ESC_LEAK_NONE);
  puts_ (&b, ", \"result\": ");
  level (&b, lk->result);
  puts_ (&b, ", \"into\": [");
  int k = 0;
  for (int j = 0; lk->content && j < lk->nparams; j++)
    {
      esc_loc q = esc_param_at (g, j);
      if (lk->content[j] == ESC_LEAK_NONE || q < 0)
	continue;
      puts_ (&b, k++ ? ", " : " ");
      puts_ (&b, "{ \"param\": ");
      str (&b, esc_loc_name (g, q));
      printf_ (&b, ", \"level\": %d }", lk->content[j]);
    }
  puts_ (&b, k ? " ]" : "]");
  /* Only for a function that has them (a recursive walker's stores into
     the caller's objects reached through *q).  */
  k = 0;
  for (int j = 0; lk->deep && j < lk->nparams; j++)
    {
      esc_loc q = esc_param_at (g, j);
      if (lk->deep[j] == ESC_LEAK_NONE || q < 0)
	continue;
      puts_ (&b, k++ ? ", " : ", \"into_deep\": [ ");
      puts_ (&b, "{ \"param\": ");
      str (&b, esc_loc_name (g, q));
      printf_ (&b, ", \"level\": %d }", lk->deep[j]);
    }
  puts_ (&b, k ? " ] },\n      \"notes\": [ " : " },\n      \"notes\": [ ");
  if (notes.s)
    puts_ (&b, notes.s);
  puts_ (&b, " ] }");
  esc_free (notes.s);
  add_entry (&r->params, &r->nparams, &r->params_cap, pos, r->seq++, &b);
}

/* A wrapper's size: { "arg": N (from 1) or null, "min": K or null }, or
   null when unknown.  */
static void
size_expr (buf *b, esc_size_expr e)
{
  if (e.param < 0 && e.konst < 0)
    {
      puts_ (b, "null");
      return;
    }
  puts_ (b, "{ \"arg\": ");
  if (e.param >= 0)
    printf_ (b, "%d", e.param + 1);
  else
    puts_ (b, "null");
  puts_ (b, ", \"min\": ");
  if (e.konst >= 0)
    printf_ (b, "%lld", e.konst);
  else
    puts_ (b, "null");
  puts_ (b, " }");
}

/* The deallocator that names FAMILY in a declaration, or null.  */
static void
family (buf *b, int fam)
{
  int arg;
  const char *name = esc_allocator_family_name (fam, &arg);
  if (!name)
    {
      puts_ (b, "null");
      return;
    }
  puts_ (b, "{ \"deallocator\": ");
  str (b, name);
  printf_ (b, ", \"arg\": %d }", arg + 1);
}

void
esc_json_report_function (esc_json_report *r, const esc_json_function *fn)
{
  buf b = { 0 };
  puts_ (&b, "    { ");
  position (&b, fn->pos);
  puts_ (&b, ", \"function\": ");
  str (&b, fn->name);
  printf_ (&b, ", \"public\": %s", fn->is_public ? "true" : "false");
  const esc_alloc_summary *a = fn->alloc;
  puts_ (&b, ",\n      \"allocator\": ");
  if (a && a->is_alloc)
    {
      puts_ (&b, "{ \"wraps\": ");
      str (&b, a->inner);
      puts_ (&b, ", \"size\": ");
      size_expr (&b, a->size);
      puts_ (&b, ", \"count\": ");
      if (a->has_count)
	size_expr (&b, a->count);
      else
	puts_ (&b, "null");
      printf_ (&b, ", \"movable\": %s, \"zeroes\": %s, \"attribute\": %s,"
	       " \"family\": ", a->movable ? "true" : "false",
	       a->zeroes ? "true" : "false", a->attribute ? "true" : "false");
      family (&b, a->family);
      puts_ (&b, " }");
    }
  else
    puts_ (&b, "null");
  puts_ (&b, ",\n      \"deallocator\": ");
  if (a && a->dealloc_param >= 0)
    {
      printf_ (&b, "{ \"frees\": %d, \"family\": ", a->dealloc_param + 1);
      family (&b, a->dealloc_family);
      puts_ (&b, " }");
    }
  else
    puts_ (&b, "null");
  if (fn->summary && fn->summary_hash)
    {
      puts_ (&b, ",\n      \"summary_hash\": ");
      str (&b, fn->summary_hash);
      /* Already JSON, one line, as the hash was taken of it.  */
      puts_ (&b, ",\n      \"summary\": ");
      puts_ (&b, fn->summary);
    }
  puts_ (&b, " }");
  add_entry (&r->functions, &r->nfunctions, &r->functions_cap, fn->pos,
	     r->seq++, &b);
}

static int
by_position (const void *a, const void *b)
{
  const entry *x = a, *y = b;
  int c = strcmp (x->file, y->file);
  if (c)
    return c;
  if (x->line != y->line)
    return x->line < y->line ? -1 : 1;
  if (x->column != y->column)
    return x->column < y->column ? -1 : 1;
  return x->seq < y->seq ? -1 : x->seq > y->seq;
}

bool
esc_abs_path (const char *dir, const char *file, char *out, size_t size)
{
  char joined[8192];
  int n = file[0] == '/' || !dir || !*dir
    ? snprintf (joined, sizeof joined, "%s", file)
    : snprintf (joined, sizeof joined, "%s/%s", dir, file);
  if (n < 0 || (size_t) n >= sizeof joined || size < 2)
    return false;
  /* Segment by segment; STARTS[i] is where kept segment i begins, so
     ".." drops the one before it (but never a leading "..").  */
  size_t starts[4096], len = 0;
  int nseg = 0, fixed = 0;
  bool absolute = joined[0] == '/';
  if (absolute)
    out[len++] = '/';
  for (const char *p = joined; *p;)
    {
      while (*p == '/')
	p++;
      if (!*p)
	break;
      const char *e = strchr (p, '/');
      size_t sl = e ? (size_t) (e - p) : strlen (p);
      bool dotdot = sl == 2 && p[0] == '.' && p[1] == '.';
      if (sl == 1 && p[0] == '.')
	;
      else if (dotdot && nseg > fixed)
	{
	  len = starts[--nseg];
	  if (len > (size_t) absolute)
	    len--;
	}
      else if (dotdot && absolute)
	;			/* "/.." is "/" */
      else
	{
	  if (nseg >= (int) (sizeof starts / sizeof *starts))
	    return false;
	  if (len > (size_t) absolute)
	    out[len++] = '/';
	  if (len + sl + 1 > size)
	    return false;
	  starts[nseg++] = len;
	  if (dotdot)
	    fixed = nseg;
	  memcpy (out + len, p, sl);
	  len += sl;
	}
      p += sl;
    }
  if (len == 0)
    out[len++] = '.';
  out[len] = '\0';
  return true;
}

/* The longest report name kept whole: file systems take 255 bytes.  */
#define NAME_MAX_KEPT 200

void
esc_json_report_file (const char *path, bool is_dir, const char *source,
		      char *out, size_t size)
{
  size_t n = strlen (path);
  if (!is_dir && (n == 0 || path[n - 1] != '/'))
    {
      snprintf (out, size, "%s", path);
      return;
    }
  /* "/home/u/src/a.c" -> "home%u%src%a.c"; a ".." component (only in a
     path that is not absolute) becomes "^", as GCC's own -fprofile-dir
     mangling does, so "../a.c" is not a hidden file.  */
  char name[8192];
  size_t k = 0;
  const char *s = source;
  while (*s == '/')
    s++;
  for (const char *p = s; *p && k + 2 < sizeof name; p++)
    {
      bool start = p == s || p[-1] == '/';
      if (start && p[0] == '.' && p[1] == '.' && (p[2] == '/' || !p[2]))
	{
	  name[k++] = '^';
	  p++;
	}
      else
	name[k++] = *p == '/' ? '%' : *p;
    }
  name[k] = '\0';
  const char *sep = n && path[n - 1] == '/' ? "" : "/";
  if (k <= NAME_MAX_KEPT)
    {
      snprintf (out, size, "%s%s%s.escape.json", path, sep, name);
      return;
    }
  /* Too long for one file name: the tail (the file's own name and the
     directories nearest it) behind a hash of the whole (FNV-1a), still
     one name per source.  */
  unsigned long long h = 14695981039346656037ULL;
  for (size_t i = 0; i < k; i++)
    h = (h ^ (unsigned char) name[i]) * 1099511628211ULL;
  snprintf (out, size, "%s%s%016llx-%s.escape.json", path, sep, h,
	    name + k - (NAME_MAX_KEPT - 17));
}

static void
entries (buf *b, const char *key, entry *e, int n)
{
  /* qsort's array must not be NULL, even for no entries.  */
  if (n > 0)
    qsort (e, (size_t) n, sizeof *e, by_position);
  printf_ (b, "  \"%s\": [", key);
  for (int i = 0; i < n; i++)
    {
      puts_ (b, i ? ",\n" : "\n");
      puts_ (b, e[i].json);
    }
  puts_ (b, n ? "\n  ]" : "]");
}

/* mkdir -p DIR: 0 if it exists afterwards, else mkdir's own errno for
   the first component that could not be made (a stat afterwards would
   only say ENOENT), with that component in FAILED.  */
static int
make_dirs (const char *dir, char *failed, size_t size)
{
  char buf[4096];
  snprintf (buf, sizeof buf, "%s", dir);
  struct stat st;
  for (char *p = buf + 1;; p++)
    if (*p == '/' || !*p)
      {
	char c = *p;
	*p = '\0';
	if (mkdir (buf, 0777) != 0)
	  {
	    int e = errno;
	    /* EEXIST is fine for a directory; some systems say EACCES or
	       EROFS for one that exists, so ask before blaming mkdir.  */
	    if (stat (buf, &st) != 0 || !S_ISDIR (st.st_mode))
	      {
		if (e == EEXIST)
		  e = ENOTDIR;
		snprintf (failed, size, "%s", buf);
		return e;
	      }
	  }
	if (!c)
	  return 0;
	*p = c;
      }
}

/* ",\n  \"KEY\": VALUE" for a document field present only when VALUE
   is.  */
static void
optional (buf *b, const char *key, const char *value)
{
  if (!value)
    return;
  printf_ (b, ",\n  \"%s\": ", key);
  str (b, value);
}

char *
esc_json_report_text (esc_json_report *r, size_t *len)
{
  buf b = { 0 };
  printf_ (&b, "{\n  \"schema\": \"escape-report\",\n  \"version\": %d,\n",
	   ESC_JSON_SCHEMA_VERSION);
  puts_ (&b, "  \"tool\": { \"name\": \"escape\", \"gcc\": ");
  str (&b, r->gcc_version);
  puts_ (&b, ", \"target\": ");
  str (&b, r->target);
  puts_ (&b, " },\n  \"unit\": ");
  str (&b, r->unit_name);
  optional (&b, "directory", r->directory);
  optional (&b, "source", r->source);
  optional (&b, "lto", r->lto);
  optional (&b, "link", r->link);
  if (r->unit.deferred)
    puts_ (&b, ",\n  \"deferred\": true");
  if (r->nreplaces_libc)
    {
      puts_ (&b, ",\n  \"replaces_libc\": [");
      for (int i = 0; i < r->nreplaces_libc; i++)
	{
	  puts_ (&b, i ? ", " : " ");
	  str (&b, r->replaces_libc[i]);
	}
      puts_ (&b, " ]");
    }
  printf_ (&b, ",\n  \"options\": { \"transform\": %s, \"max_size\": %ld, "
	   "\"frame_budget\": %ld, \"slot_size\": %ld },\n",
	   r->unit.transform ? "true" : "false", r->unit.max_size,
	   r->unit.frame_budget, r->unit.slot_size);
  entries (&b, "sites", r->sites, r->nsites);
  puts_ (&b, ",\n");
  entries (&b, "params", r->params, r->nparams);
  puts_ (&b, ",\n");
  entries (&b, "functions", r->functions, r->nfunctions);
  puts_ (&b, "\n}\n");

  *len = b.n;
  return b.s;
}

bool
esc_json_report_write (esc_json_report *r, const char *file, char *err,
		       size_t errlen)
{
  /* A directory the build asked for by its trailing '/' is made, so
     build files need no extra step (make -j: mkdir may race, and
     losing is fine).  */
  const char *slash = strrchr (file, '/');
  if (slash && slash != file && r->want_dir)
    {
      char dir[4096];
      snprintf (dir, sizeof dir, "%.*s", (int) (slash - file), file);
      char failed[4096];
      int e = make_dirs (dir, failed, sizeof failed);
      if (e)
	{
	  if (strcmp (failed, dir) == 0)
	    snprintf (err, errlen, "cannot create report directory '%s': %s",
		      dir, strerror (e));
	  else
	    snprintf (err, errlen, "cannot create report directory '%s': "
		      "'%s': %s", dir, failed, strerror (e));
	  return false;
	}
    }
  size_t len;
  char *text = esc_json_report_text (r, &len);
  char tmp[4200];
  snprintf (tmp, sizeof tmp, "%s.tmp.%ld", file, (long) getpid ());
  FILE *fp = fopen (tmp, "w");
  bool ok = fp != NULL;
  int saved = errno;
  if (ok)
    {
      ok = fwrite (text, 1, len, fp) == len;
      saved = errno;
      if (fclose (fp) != 0 && ok)
	{
	  ok = false;
	  saved = errno;
	}
      if (ok && rename (tmp, file) != 0)
	{
	  ok = false;
	  saved = errno;
	}
      if (!ok)
	remove (tmp);
    }
  if (!ok)
    snprintf (err, errlen, "cannot write report '%s': %s", file,
	      strerror (saved));
  esc_free (text);
  return ok;
}
