/* summaries.c - summaries as JSON, and the summaries file (summaries.h).  */

#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <json.h>
#include "memory.h"
#include "allocators.h"
#include "summaries.h"

/* Writing.  */

static json_object *
level (int d)
{
  return d == ESC_LEAK_NONE ? NULL : json_object_new_int (d);
}

/* KEY and KEY_levels of a parameter's flows into each of N parameters'
   objects (leaks[i].content or .deep), NONE past the NP it has.  */
static void
put_flows (json_object *l, const char *key, const int *v, const unsigned *lv,
	   int np, int n)
{
  char lkey[32];
  snprintf (lkey, sizeof lkey, "%s_levels", key);
  json_object *a = json_object_new_array ();
  json_object *al = json_object_new_array ();
  for (int j = 0; j < n; j++)
    {
      bool has = v && j < np;
      json_object_array_add (a, level (has ? v[j] : ESC_LEAK_NONE));
      json_object_array_add (al, json_object_new_int (has ? (int) lv[j] : 0));
    }
  json_object_object_add (l, key, a);
  json_object_object_add (l, lkey, al);
}

static json_object *
bools (const bool *v, int n)
{
  json_object *a = json_object_new_array ();
  for (int i = 0; i < n; i++)
    json_object_array_add (a, json_object_new_boolean (v[i]));
  return a;
}

static json_object *
pos (esc_pos p)
{
  json_object *a = json_object_new_array ();
  json_object_array_add (a, p.file ? json_object_new_string (p.file) : NULL);
  json_object_array_add (a, json_object_new_int (p.line));
  json_object_array_add (a, json_object_new_int (p.column));
  return a;
}

static json_object *
size_expr (esc_size_expr e)
{
  json_object *a = json_object_new_array ();
  json_object_array_add (a, json_object_new_int (e.param));
  json_object_array_add (a, json_object_new_int64 (e.konst));
  return a;
}

/* A family by the deallocator a declaration names ("free"), or null:
   family numbers mean nothing in another unit.  */
static json_object *
family (int fam)
{
  int arg;
  const char *name = esc_allocator_family_name (fam, &arg);
  if (!name)
    return NULL;
  json_object *o = json_object_new_object ();
  json_object_object_add (o, "deallocator", json_object_new_string (name));
  json_object_object_add (o, "arg", json_object_new_int (arg));
  return o;
}

static json_object *
to_json (const esc_summary *s)
{
  json_object *o = json_object_new_object ();
  int n = s->nparams;
  json_object_object_add (o, "name", json_object_new_string (s->name));
  json_object *names = json_object_new_array ();
  for (int i = 0; i < n; i++)
    json_object_array_add (names, json_object_new_string (s->param_names[i]));
  json_object_object_add (o, "params", names);
  json_object *leaks = json_object_new_array ();
  for (int i = 0; i < n; i++)
    {
      const esc_leaks *lk = &s->leaks[i];
      json_object *l = json_object_new_object ();
      json_object_object_add (l, "heap", level (lk->heap));
      json_object_object_add (l, "data", level (lk->data));
      json_object_object_add (l, "result", level (lk->result));
      json_object_object_add (l, "result_levels",
			      json_object_new_int ((int) lk->result_levels));
      put_flows (l, "content", lk->content, lk->content_levels,
		 lk->nparams, n);
      /* Into what each parameter's object reaches (a list walk's
	 stores): without these a caller in another unit would not see
	 them.  */
      put_flows (l, "deep", lk->deep, lk->deep_levels, lk->nparams, n);
      json_object_array_add (leaks, l);
    }
  json_object_object_add (o, "leaks", leaks);
  json_object_object_add (o, "content_foreign", bools (s->content_foreign, n));
  json_object_object_add (o, "content_raw", bools (s->content_raw, n));
  json_object_object_add (o, "frees", bools (s->frees, n));
  json_object *ff = json_object_new_array ();
  for (int i = 0; i < n; i++)
    json_object_array_add (ff, json_object_new_int (s->frees_from[i]));
  json_object_object_add (o, "frees_from", ff);
  json_object_object_add (o, "scalar", bools (s->scalar, n));
  /* Written only when one is set, so that the text (and hash) of every
     other summary is as before.  The pointee type's identity is this
     unit's and is not written: a caller in another unit reads the
     parameter's object as data.  */
  bool typed = false;
  for (int i = 0; i < n; i++)
    typed |= s->typed_reads[i];
  if (typed)
    json_object_object_add (o, "typed_reads", bools (s->typed_reads, n));
  json_object_object_add (o, "writes_deep",
			  json_object_new_boolean (s->writes_deep));
  json_object_object_add (o, "writes_deep_into",
			  bools (s->writes_deep_into, n));
  json_object_object_add (o, "result_foreign",
			  json_object_new_boolean (s->result_foreign));
  /* Written only when false, as typed_reads: a file written before the
     field, or a summary without it, says the function may call out.  */
  if (!s->calls_out)
    json_object_object_add (o, "calls_out", json_object_new_boolean (false));
  json_object *va = json_object_new_object ();
  json_object_object_add (va, "heap", level (s->vararg_heap));
  json_object_object_add (va, "into", json_object_new_int (s->vararg_into));
  json_object_object_add (va, "into_derefs", level (s->vararg_into_derefs));
  json_object_object_add (va, "foreign",
			  json_object_new_boolean (s->vararg_foreign));
  json_object_object_add (va, "data", level (s->vararg_data));
  json_object_object_add (va, "format",
			  json_object_new_int (s->vararg_format));
  json_object_object_add (va, "va_list",
			  json_object_new_int (s->va_list_param));
  json_object_object_add (o, "varargs", va);
  const esc_alloc_summary *a = &s->alloc;
  json_object *al = NULL;
  if (a->is_alloc)
    {
      al = json_object_new_object ();
      json_object_object_add (al, "wraps", a->inner
			      ? json_object_new_string (a->inner) : NULL);
      json_object_object_add (al, "size", size_expr (a->size));
      json_object_object_add (al, "count", a->has_count
			      ? size_expr (a->count) : NULL);
      json_object_object_add (al, "movable",
			      json_object_new_boolean (a->movable));
      json_object_object_add (al, "zeroes",
			      json_object_new_boolean (a->zeroes));
      json_object_object_add (al, "attribute",
			      json_object_new_boolean (a->attribute));
      json_object_object_add (al, "family", family (a->family));
    }
  json_object_object_add (o, "alloc", al);
  json_object *de = NULL;
  if (a->dealloc_param >= 0)
    {
      de = json_object_new_object ();
      json_object_object_add (de, "param",
			      json_object_new_int (a->dealloc_param));
      json_object_object_add (de, "family", family (a->dealloc_family));
    }
  json_object_object_add (o, "dealloc", de);
  json_object *fr = json_object_new_array ();
  for (int k = 0; k < s->nfresh; k++)
    {
      const esc_fresh *f = &s->fresh[k];
      json_object *fo = json_object_new_object ();
      json_object_object_add (fo, "owner", json_object_new_int (f->owner));
      json_object_object_add (fo, "parent", json_object_new_int (f->parent));
      json_object *lv = json_object_new_array ();
      for (int i = 0; i < n; i++)
	json_object_array_add (lv, json_object_new_int ((int) f->levels[i]));
      json_object_object_add (fo, "levels", lv);
      json_object_object_add (fo, "foreign",
			      json_object_new_boolean (f->foreign));
      json_object *h = json_object_new_array ();
      for (int i = 0; i < f->nholds; i++)
	json_object_array_add (h, json_object_new_int (f->holds[i]));
      json_object_object_add (fo, "holds", h);
      json_object_object_add (fo, "name", f->name
			      ? json_object_new_string (f->name) : NULL);
      json_object_object_add (fo, "pos", pos (f->pos));
      json_object *ch = json_object_new_array ();
      for (int i = 0; i < f->nchain; i++)
	{
	  json_object *c = json_object_new_object ();
	  const esc_fresh_link *l = &f->chain[i];
	  json_object_object_add (c, "function", l->function
				  ? json_object_new_string (l->function)
				  : NULL);
	  json_object_object_add (c, "call", l->call
				  ? json_object_new_string (l->call) : NULL);
	  json_object_object_add (c, "pos", pos (l->pos));
	  json_object_array_add (ch, c);
	}
      json_object_object_add (fo, "chain", ch);
      json_object_array_add (fr, fo);
    }
  json_object_object_add (o, "fresh", fr);
  return o;
}

/* The one way a summary becomes text, here and in escape-report.  */
#define TEXT_FLAGS (JSON_C_TO_STRING_PLAIN | JSON_C_TO_STRING_NOSLASHESCAPE)

char *
esc_summary_json (const esc_summary *s)
{
  json_object *o = to_json (s);
  char *text = esc_strdup (json_object_to_json_string_ext (o, TEXT_FLAGS));
  json_object_put (o);
  return text;
}

void
esc_summary_hash (const char *text, char out[17])
{
  /* FNV-1a, 64 bits: a name for a summary, not a defence against forgery
     (whoever can write the summaries file can write the code).  */
  unsigned long long h = 0xcbf29ce484222325ULL;
  for (const unsigned char *p = (const unsigned char *) text; *p; p++)
    {
      h ^= *p;
      h *= 0x100000001b3ULL;
    }
  snprintf (out, 17, "%016llx", h);
}

bool
esc_summary_name_ok (const char *name)
{
  if (!name || !*name)
    return false;
  for (const char *p = name; *p; p++)
    if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z')
	  || (*p >= '0' && *p <= '9') || *p == '_' || *p == '.' || *p == '$'))
      return false;
  return true;
}

/* Reading: strict, every field checked, the first problem reported.  */

typedef struct reader
{
  char *err;
  size_t errlen;
  bool bad;
} reader;

static void fail (reader *r, const char *fmt, ...)
  __attribute__ ((format (printf, 2, 3)));

static void
fail (reader *r, const char *fmt, ...)
{
  if (r->bad)
    return;
  r->bad = true;
  va_list ap;
  va_start (ap, fmt);
  vsnprintf (r->err, r->errlen, fmt, ap);
  va_end (ap);
}

static json_object *
field (reader *r, json_object *o, const char *key, json_type type,
       bool nullable)
{
  json_object *v;
  if (r->bad)
    return NULL;
  if (!o || !json_object_object_get_ex (o, key, &v))
    {
      fail (r, "missing '%s'", key);
      return NULL;
    }
  if (!v && nullable)
    return NULL;
  if (!json_object_is_type (v, type))
    fail (r, "'%s' has the wrong type", key);
  return r->bad ? NULL : v;
}

static int
int_in (reader *r, json_object *v, const char *what, long long lo,
	long long hi)
{
  if (r->bad)
    return 0;
  if (!json_object_is_type (v, json_type_int))
    {
      fail (r, "'%s' is not a number", what);
      return 0;
    }
  long long x = json_object_get_int64 (v);
  if (x < lo || x > hi)
    {
      fail (r, "'%s' is out of range (%lld)", what, x);
      return 0;
    }
  return (int) x;
}

/* A level: null (none) or 0 to ESC_MAX_DEREFS.  */
static int
level_of (reader *r, json_object *o, const char *key)
{
  json_object *v;
  if (r->bad)
    return ESC_LEAK_NONE;
  if (!json_object_object_get_ex (o, key, &v))
    {
      fail (r, "missing '%s'", key);
      return ESC_LEAK_NONE;
    }
  if (!v)
    return ESC_LEAK_NONE;
  return int_in (r, v, key, 0, ESC_MAX_DEREFS);
}

static int
level_at (reader *r, json_object *a, int i, const char *what)
{
  json_object *v = json_object_array_get_idx (a, (size_t) i);
  if (!v)
    return ESC_LEAK_NONE;
  return int_in (r, v, what, 0, ESC_MAX_DEREFS);
}

static bool
bool_of (reader *r, json_object *o, const char *key)
{
  json_object *v = field (r, o, key, json_type_boolean, false);
  return v && json_object_get_boolean (v);
}

static json_object *
array_of (reader *r, json_object *o, const char *key, int n)
{
  json_object *a = field (r, o, key, json_type_array, false);
  if (a && n >= 0 && (int) json_object_array_length (a) != n)
    fail (r, "'%s' has %d entries, not %d", key,
	  (int) json_object_array_length (a), n);
  return r->bad ? NULL : a;
}

/* put_flows's KEY and KEY_levels for N parameters into V and LV.  */
static void
get_flows (reader *r, json_object *l, const char *key, int n, int *v,
	   unsigned *lv)
{
  char lkey[32];
  snprintf (lkey, sizeof lkey, "%s_levels", key);
  json_object *a = array_of (r, l, key, n);
  json_object *al = array_of (r, l, lkey, n);
  for (int j = 0; a && al && j < n && !r->bad; j++)
    {
      v[j] = level_at (r, a, j, key);
      lv[j] = (unsigned) int_in (r, json_object_array_get_idx (al, (size_t) j),
				 lkey, 0, (1 << (ESC_MAX_DEREFS + 1)) - 1);
    }
}

static void
bools_of (reader *r, json_object *o, const char *key, bool *out, int n)
{
  json_object *a = array_of (r, o, key, n);
  for (int i = 0; a && i < n && !r->bad; i++)
    {
      json_object *v = json_object_array_get_idx (a, (size_t) i);
      if (!json_object_is_type (v, json_type_boolean))
	fail (r, "'%s' holds a value that is not true or false", key);
      else
	out[i] = json_object_get_boolean (v);
    }
}

static char *
string_or_null (reader *r, json_object *o, const char *key)
{
  json_object *v = field (r, o, key, json_type_string, true);
  return v ? esc_strdup (json_object_get_string (v)) : NULL;
}

/* File names of positions must outlive summaries (esc_pos): kept until
   esc_summaries_reset.  */
static char **files;
static int nfiles;

static const char *
intern (const char *s)
{
  for (int i = 0; i < nfiles; i++)
    if (strcmp (files[i], s) == 0)
      return files[i];
  files = esc_xrealloc (files, (size_t) (nfiles + 1) * sizeof *files);
  files[nfiles] = esc_strdup (s);
  return files[nfiles++];
}

static esc_pos
pos_of (reader *r, json_object *o)
{
  esc_pos p = { NULL, 0, 0 };
  json_object *a = array_of (r, o, "pos", 3);
  if (!a)
    return p;
  json_object *f = json_object_array_get_idx (a, 0);
  if (f && !json_object_is_type (f, json_type_string))
    fail (r, "'pos' has a file that is not a string");
  else if (f)
    p.file = intern (json_object_get_string (f));
  p.line = int_in (r, json_object_array_get_idx (a, 1), "pos", 0, 1 << 30);
  p.column = int_in (r, json_object_array_get_idx (a, 2), "pos", 0, 1 << 30);
  return p;
}

static esc_size_expr
size_of (reader *r, json_object *v, const char *what, int nparams)
{
  esc_size_expr e = { -1, -1 };
  if (r->bad)
    return e;
  if (!json_object_is_type (v, json_type_array)
      || json_object_array_length (v) != 2)
    {
      fail (r, "'%s' is not [param, constant]", what);
      return e;
    }
  e.param = int_in (r, json_object_array_get_idx (v, 0), what, -1,
		    nparams - 1);
  json_object *k = json_object_array_get_idx (v, 1);
  if (!json_object_is_type (k, json_type_int)
      || json_object_get_int64 (k) < -1)
    fail (r, "'%s' has a bad constant", what);
  else
    e.konst = json_object_get_int64 (k);
  return e;
}

/* A family named in a file: the C library's, or the one the unit knows
   by that deallocator's name (a declaration's FREE_NAME); a family of its
   own for one the file cannot name.  */
static int
family_of (reader *r, json_object *o)
{
  json_object *v;
  if (r->bad || !json_object_object_get_ex (o, "family", &v))
    {
      fail (r, "missing 'family'");
      return -1;
    }
  if (!v)
    return esc_allocator_family (NULL);	/* One nobody else's free ends.  */
  json_object *d = field (r, v, "deallocator", json_type_string, false);
  field (r, v, "arg", json_type_int, false);
  if (!d)
    return -1;
  if (strcmp (json_object_get_string (d), "free") == 0)
    return ESC_FAMILY_LIBC;
  return esc_allocator_family (json_object_get_string (d));
}

static void
fresh_of (reader *r, json_object *fo, esc_fresh *f, int k, int nparams)
{
  f->owner = int_in (r, field (r, fo, "owner", json_type_int, false),
		     "owner", ESC_FRESH_MEMBER, nparams - 1);
  f->parent = int_in (r, field (r, fo, "parent", json_type_int, false),
		      "parent", -1, k - 1);
  if (f->owner == ESC_FRESH_MEMBER && f->parent < 0)
    fail (r, "a member object without a parent");
  f->levels = esc_xrealloc (NULL, (size_t) (nparams + 1)
			    * sizeof *f->levels);
  json_object *lv = array_of (r, fo, "levels", nparams);
  for (int i = 0; i < nparams; i++)
    f->levels[i] = lv ? (unsigned) int_in (r, json_object_array_get_idx
					   (lv, (size_t) i), "levels", 0,
					   (1 << (ESC_MAX_DEREFS + 1)) - 1)
      : 0;
  f->foreign = bool_of (r, fo, "foreign");
  json_object *h = array_of (r, fo, "holds", -1);
  f->nholds = h ? (int) json_object_array_length (h) : 0;
  f->holds = esc_xrealloc (NULL, (size_t) (f->nholds + 1)
			   * sizeof *f->holds);
  for (int i = 0; i < f->nholds; i++)
    f->holds[i] = int_in (r, json_object_array_get_idx (h, (size_t) i),
			  "holds", 0, 1 << 20);
  f->name = string_or_null (r, fo, "name");
  f->pos = pos_of (r, fo);
  f->loc = -1;
  json_object *ch = array_of (r, fo, "chain", -1);
  int nc = ch ? (int) json_object_array_length (ch) : 0;
  f->chain = esc_xrealloc (NULL, (size_t) (nc + 1) * sizeof *f->chain);
  f->nchain = 0;
  for (int i = 0; i < nc && !r->bad; i++)
    {
      json_object *c = json_object_array_get_idx (ch, (size_t) i);
      esc_fresh_link *l = &f->chain[f->nchain++];
      l->function = string_or_null (r, c, "function");
      l->call = string_or_null (r, c, "call");
      l->pos = pos_of (r, c);
    }
}

static esc_summary *
from_json (reader *r, json_object *o)
{
  if (!json_object_is_type (o, json_type_object))
    {
      fail (r, "the summary is not an object");
      return NULL;
    }
  json_object *name = field (r, o, "name", json_type_string, false);
  json_object *params = field (r, o, "params", json_type_array, false);
  if (r->bad)
    return NULL;
  int n = (int) json_object_array_length (params);
  if (n > 4096)
    {
      fail (r, "too many parameters (%d)", n);
      return NULL;
    }
  esc_summary *s = esc_summary_new (json_object_get_string (name), n);
  for (int i = 0; i < n && !r->bad; i++)
    {
      json_object *p = json_object_array_get_idx (params, (size_t) i);
      if (!json_object_is_type (p, json_type_string))
	fail (r, "'params' holds a name that is not a string");
      else
	{
	  esc_free (s->param_names[i]);
	  s->param_names[i] = esc_strdup (json_object_get_string (p));
	}
    }
  json_object *leaks = array_of (r, o, "leaks", n);
  for (int i = 0; leaks && i < n && !r->bad; i++)
    {
      json_object *l = json_object_array_get_idx (leaks, (size_t) i);
      esc_leaks *lk = &s->leaks[i];
      if (!json_object_is_type (l, json_type_object))
	{
	  fail (r, "'leaks' holds an entry that is not an object");
	  break;
	}
      lk->heap = level_of (r, l, "heap");
      lk->data = level_of (r, l, "data");
      lk->result = level_of (r, l, "result");
      lk->result_levels
	= (unsigned) int_in (r, field (r, l, "result_levels", json_type_int,
				       false), "result_levels", 0,
			     (1 << (ESC_MAX_DEREFS + 1)) - 1);
      get_flows (r, l, "content", n, lk->content, lk->content_levels);
      get_flows (r, l, "deep", n, lk->deep, lk->deep_levels);
    }
  bools_of (r, o, "content_foreign", s->content_foreign, n);
  bools_of (r, o, "content_raw", s->content_raw, n);
  bools_of (r, o, "frees", s->frees, n);
  json_object *ff = array_of (r, o, "frees_from", n);
  for (int i = 0; ff && i < n && !r->bad; i++)
    s->frees_from[i] = int_in (r, json_object_array_get_idx (ff, (size_t) i),
			       "frees_from", 0, ESC_MAX_DEREFS);
  bools_of (r, o, "scalar", s->scalar, n);
  /* Files written before typed reads were summarised have none: false.
     Their pointee types stay unknown (0), which reads as data.  */
  json_object *tr;
  if (json_object_object_get_ex (o, "typed_reads", &tr))
    bools_of (r, o, "typed_reads", s->typed_reads, n);
  s->writes_deep = bool_of (r, o, "writes_deep");
  bools_of (r, o, "writes_deep_into", s->writes_deep_into, n);
  s->result_foreign = bool_of (r, o, "result_foreign");
  json_object *co;
  s->calls_out = !json_object_object_get_ex (o, "calls_out", &co)
    || bool_of (r, o, "calls_out");
  json_object *va = field (r, o, "varargs", json_type_object, false);
  if (va)
    {
      s->vararg_heap = level_of (r, va, "heap");
      s->vararg_into = int_in (r, field (r, va, "into", json_type_int, false),
			       "into", -1, n - 1);
      s->vararg_into_derefs = level_of (r, va, "into_derefs");
      s->vararg_foreign = bool_of (r, va, "foreign");
      s->vararg_data = level_of (r, va, "data");
      /* Files written before formats were followed have neither: their
	 varargs fields hold with no format to check.  */
      json_object *v;
      s->vararg_format = json_object_object_get_ex (va, "format", &v)
	? int_in (r, field (r, va, "format", json_type_int, false), "format",
		  ESC_FORMAT_ANY, n - 1)
	: ESC_FORMAT_SAFE;
      s->va_list_param = json_object_object_get_ex (va, "va_list", &v)
	? int_in (r, field (r, va, "va_list", json_type_int, false),
		  "va_list", -1, n - 1)
	: -1;
    }
  json_object *al = field (r, o, "alloc", json_type_object, true);
  if (al)
    {
      esc_alloc_summary *a = &s->alloc;
      a->is_alloc = true;
      json_object *w = field (r, al, "wraps", json_type_string, true);
      a->inner = w ? intern (json_object_get_string (w)) : NULL;
      json_object *sz = field (r, al, "size", json_type_array, false);
      if (sz)
	a->size = size_of (r, sz, "size", n);
      json_object *ct = field (r, al, "count", json_type_array, true);
      a->has_count = ct != NULL;
      if (ct)
	a->count = size_of (r, ct, "count", n);
      a->movable = bool_of (r, al, "movable");
      a->zeroes = bool_of (r, al, "zeroes");
      a->attribute = bool_of (r, al, "attribute");
      a->family = family_of (r, al);
    }
  json_object *de = field (r, o, "dealloc", json_type_object, true);
  if (de)
    {
      s->alloc.dealloc_param
	= int_in (r, field (r, de, "param", json_type_int, false), "param",
		  0, n - 1);
      s->alloc.dealloc_family = family_of (r, de);
    }
  json_object *fr = array_of (r, o, "fresh", -1);
  int nf = fr ? (int) json_object_array_length (fr) : 0;
  if (nf > 0 && !r->bad)
    {
      s->fresh = esc_xrealloc (NULL, (size_t) nf * sizeof *s->fresh);
      memset (s->fresh, 0, (size_t) nf * sizeof *s->fresh);
      for (int k = 0; k < nf && !r->bad; k++)
	{
	  json_object *fo = json_object_array_get_idx (fr, (size_t) k);
	  s->nfresh = k + 1;
	  if (!json_object_is_type (fo, json_type_object))
	    fail (r, "'fresh' holds an entry that is not an object");
	  else
	    fresh_of (r, fo, &s->fresh[k], k, n);
	}
      for (int k = 0; k < s->nfresh && !r->bad; k++)
	for (int i = 0; i < s->fresh[k].nholds; i++)
	  if (s->fresh[k].holds[i] >= s->nfresh)
	    fail (r, "'holds' names an object that is not there");
    }
  if (r->bad)
    {
      esc_summary_free (s);
      return NULL;
    }
  return s;
}

esc_summary *
esc_summary_parse (const char *text, char *err, size_t errlen)
{
  reader r = { err, errlen, false };
  json_object *o = json_tokener_parse (text);
  if (!o)
    {
      snprintf (err, errlen, "not JSON");
      return NULL;
    }
  esc_summary *s = from_json (&r, o);
  json_object_put (o);
  return s;
}

/* The summaries file.  */

typedef struct entry
{
  char *name;
  char hash[17];
  char *text;			/* As hashed.  */
  esc_summary *caller;		/* As parsed, for callers.  */
} entry;

static entry *entries;
static int nentries;
static bool replace_libc;

static entry *
find (const char *name)
{
  for (int i = 0; i < nentries; i++)
    if (strcmp (entries[i].name, name) == 0)
      return &entries[i];
  return NULL;
}

/* One line: false with the reason in R.  */
static void
load_line (reader *r, const char *line)
{
  enum json_tokener_error jerr;
  json_object *o = json_tokener_parse_verbose (line, &jerr);
  if (!o)
    {
      fail (r, "not JSON: %s", json_tokener_error_desc (jerr));
      return;
    }
  json_object *rl;
  if (json_object_object_get_ex (o, "replaces_libc", &rl))
    {
      if (!json_object_is_type (rl, json_type_string)
	  || json_object_object_length (o) != 1)
	fail (r, "'replaces_libc' is not a lone name");
      else
	replace_libc = true;
      json_object_put (o);
      return;
    }
  json_object *fn = field (r, o, "function", json_type_string, false);
  json_object *h = field (r, o, "hash", json_type_string, false);
  json_object *sum = field (r, o, "summary", json_type_object, false);
  if (r->bad)
    {
      json_object_put (o);
      return;
    }
  const char *name = json_object_get_string (fn);
  if (!esc_summary_name_ok (name))
    fail (r, "'%s' is not a function name a summary can have", name);
  char *text = esc_strdup (json_object_to_json_string_ext (sum, TEXT_FLAGS));
  char hash[17];
  esc_summary_hash (text, hash);
  if (!r->bad && strcmp (hash, json_object_get_string (h)) != 0)
    fail (r, "the summary of %s does not match its hash %s (edited by "
	  "hand?): write the file again with escape-report "
	  "--write-summaries", name, json_object_get_string (h));
  char why[400];
  esc_summary *s = NULL;
  if (!r->bad)
    {
      reader sr = { why, sizeof why, false };
      s = from_json (&sr, sum);
      if (!s)
	fail (r, "bad summary of %s: %s", name, why);
    }
  if (s)
    {
      if (find (name))
	{
	  esc_summary_free (s);
	  esc_free (text);
	}
      else
	{
	  entries = esc_xrealloc (entries, (size_t) (nentries + 1)
				  * sizeof *entries);
	  entry *e = &entries[nentries++];
	  e->name = esc_strdup (name);
	  memcpy (e->hash, hash, sizeof hash);
	  e->text = text;
	  e->caller = s;
	}
    }
  else
    esc_free (text);
  json_object_put (o);
}

bool
esc_summaries_load (const char *path, char *err, size_t errlen)
{
  FILE *fp = fopen (path, "r");
  if (!fp)
    {
      snprintf (err, errlen, "cannot read summaries file '%s': %s", path,
		strerror (errno));
      return false;
    }
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  int lineno = 0;
  bool ok = true;
  while (ok && (len = getline (&line, &cap, fp)) >= 0)
    {
      lineno++;
      if ((size_t) len != strlen (line))
	{
	  snprintf (err, errlen, "%s:%d: a NUL byte in the line", path,
		    lineno);
	  ok = false;
	  break;
	}
      const char *p = line + strspn (line, " \t\r\n");
      if (!*p || *p == '#')
	continue;
      char why[600];
      reader r = { why, sizeof why, false };
      load_line (&r, p);
      if (r.bad)
	{
	  snprintf (err, errlen, "%s:%d: %s", path, lineno, why);
	  ok = false;
	}
    }
  if (ok && ferror (fp))
    {
      snprintf (err, errlen, "cannot read summaries file '%s': %s", path,
		strerror (errno));
      ok = false;
    }
  free (line);
  fclose (fp);
  return ok;
}

const esc_summary *
esc_summaries_lookup (const char *name, const char **hash)
{
  entry *e = name ? find (name) : NULL;
  if (!e)
    return NULL;
  *hash = e->hash;
  return e->caller;
}

/* Is a flow at level OWN no closer than FILE's (none: no flow)?  */
static bool
level_covered (int file, int own)
{
  return own == ESC_LEAK_NONE || (file != ESC_LEAK_NONE && file <= own);
}

/* Does a caller wired with F go at least as far as one wired with O?
   Flow by flow; a flow of a parameter O has at level D and F lacks is
   covered when F sends that parameter to the heap at D or closer and
   the flow's target may hold the callee's own pointers (the heap) in F:
   then everything it reaches escapes in the caller anyway.  (A summary
   computed while a callee was unknown sends parameters to the heap
   instead of through the callee, so the summary of a later build, which
   knows the callee, is finer without being a subset.)  */
/* May parameter I's object hold pointers the callee put there, for a
   caller wired with F: F says so, or sends the parameter itself to the
   heap, which makes the caller's object escape, and an escaping object
   holds the heap (solve.c, step 3).  A first build's summary of a
   function that hands its parameter to another unit says the latter
   only (adversarial finding: Lua's and jq's second builds did not link,
   their summaries having content_foreign where the first had heap 0).  */
static bool
holds_foreign (const esc_summary *f, int i)
{
  return f->content_foreign[i] || f->leaks[i].heap == 0;
}

/* O writes through pointers it loads, F does not: a caller wired with O
   clobbers, below each argument A (or those WRITES_DEEP_INTO names),
   the objects *A points to and all they
   reach (call.c: "deep = *a", esc_clobber), giving them the heap as
   content; those are all the caller's objects the writes may reach,
   since a loaded pointer of the callee's own points into the heap or
   globals, which hold anything already.  Covered when, for every
   parameter, F sends the argument to the heap at level 0 or 1: the same
   objects then escape in a caller wired with F, and an escaping object
   holds the heap (solve.c, step 3), which is all a clobber adds.  A
   parameter of a scalar type needs nothing: the caller's argument for
   it was computed from a pointer, if anything, which exposed the
   pointer, so what it reaches escapes already.  (Jq's and Lua's second
   builds: the first, not knowing a callee in another unit, sent the
   parameters there to the heap at level 0.)  */
static bool
deep_writes_covered (const esc_summary *f, const esc_summary *o)
{
  for (int i = 0; i < o->nparams; i++)
    if ((o->writes_deep || o->writes_deep_into[i])
	&& !(f->writes_deep || f->writes_deep_into[i])
	&& !(o->scalar[i] && f->scalar[i])
	&& !(f->leaks[i].heap != ESC_LEAK_NONE && f->leaks[i].heap <= 1))
      return false;
  return true;
}

/* May the caller's objects below what parameter I's argument points to
   (*A's pointees, all they reach, as a callee reaches them by loads: a
   store recorded into them, DEEP, is into those) hold the heap, for a
   caller wired with F?  When F writes through pointers it loads (call.c
   clobbers them) or sends them to the heap (they escape, and hold it).
   The object A points to is among them only where it is reached deeper
   too, through a cycle, and is then as they are.  */
static bool
deep_holds_foreign (const esc_summary *f, int i)
{
  return f->writes_deep || f->writes_deep_into[i]
    || (f->leaks[i].heap != ESC_LEAK_NONE && f->leaks[i].heap <= 1);
}

static bool
covers (const esc_summary *f, const esc_summary *o)
{
  if (f->nparams != o->nparams)
    return false;
  for (int i = 0; i < o->nparams; i++)
    {
      const esc_leaks *fl = &f->leaks[i], *ol = &o->leaks[i];
      int fh = fl->heap;
#define BY_HEAP(d) (fh != ESC_LEAK_NONE && fh <= (d))
      if (!level_covered (fh, ol->heap))
	return false;
      if (!level_covered (fl->data, ol->data) && !BY_HEAP (ol->data))
	return false;
      /* A caller wired with F read the object as data where O reads it
	 through typed fields: F says so too (read as data, its type not
	 comparable across units), or reads it at level 1, or sends it to
	 the heap there.  */
      if (o->typed_reads[i] && !f->typed_reads[i]
	  && !level_covered (fl->data, 1) && !BY_HEAP (1))
	return false;
      /* A flow of I at level D the file lacks, into a target (the
	 result, *A, what lies below *A): where the file sends I to the
	 heap at FH <= D, the object D reaches escapes in the caller, and
	 is as good as the heap there.  Covered when the target holds the
	 heap in the file whenever the flow is not empty: the file says so
	 (result_foreign, holds_foreign...), or it has a flow of I into the
	 same target at a level E >= FH.  At E = FH that is a pointer to
	 the escaping object FH reaches, which exists since D does; deeper,
	 a value loaded from it, and an escaping object holds the heap
	 (solve.c, step 3), so what the file's flow loads is the heap.
	 (A first build's summary, its callees in other units unknown,
	 sends I to the heap and keeps the deeper flows; the second
	 build's, knowing them, has flows above those: Lua's luaS_new
	 returns what L points to where the first build's returned what
	 lies two loads below; tcc's tcc_parse_args.)  */
#define FLOWS_FROM_HEAP(bits) (fh != ESC_LEAK_NONE && ((bits) >> fh) != 0)
      unsigned fr = esc_levels (fl->result, fl->result_levels);
      unsigned or_ = esc_levels (ol->result, ol->result_levels);
      for (int d = 0; d <= ESC_MAX_DEREFS; d++)
	if ((or_ >> d & 1) && !(fr >> d & 1)
	    && !(BY_HEAP (d) && (f->result_foreign || FLOWS_FROM_HEAP (fr))))
	  return false;
      for (int j = 0; j < o->nparams; j++)
	{
	  unsigned fc = esc_levels (fl->content[j], fl->content_levels[j]);
	  unsigned oc = esc_levels (ol->content[j], ol->content_levels[j]);
	  /* Into *A, A's own pointers loaded once or more (a list head
	     set to a later node): those lie below what *A points to, and
	     exist only if *A points to something there; when F sends A to
	     the heap at level 1 or closer, all of that escapes, and *A
	     already holds a pointer to an escaping object, which is as good
	     as the heap.  */
	  bool own_deeper = j == i && fh != ESC_LEAK_NONE && fh <= 1;
	  for (int d = 0; d <= ESC_MAX_DEREFS; d++)
	    if ((oc >> d & 1) && !(fc >> d & 1)
		&& !(BY_HEAP (d) && (holds_foreign (f, j)
				     || FLOWS_FROM_HEAP (fc)))
		&& !(own_deeper && d >= 1))
	      return false;
	  /* Into the objects below what argument J points to: what F
	     sends to the heap lands in objects that hold the heap already
	     in F.  */
	  unsigned fd = esc_levels (fl->deep[j], fl->deep_levels[j]);
	  unsigned od = esc_levels (ol->deep[j], ol->deep_levels[j]);
	  for (int d = 0; d <= ESC_MAX_DEREFS; d++)
	    if ((od >> d & 1) && !(fd >> d & 1)
		&& !(BY_HEAP (d) && (deep_holds_foreign (f, j)
				     || FLOWS_FROM_HEAP (fd))))
	      return false;
	}
      /* What the callee may free matters only to moving it to the
	 stack: where F sends the argument to the heap at the level from
	 which the callee may free or closer, all of it escapes, and
	 stays.  */
      int ff = o->frees_from[i];
      if ((o->content_foreign[i] && !holds_foreign (f, i))
	  || (o->content_raw[i] && !f->content_raw[i])
	  || (o->frees[i] && !(f->frees[i] && f->frees_from[i] <= ff)
	      && !BY_HEAP (ff)))
	return false;
#undef FLOWS_FROM_HEAP
#undef BY_HEAP
    }
  if (!deep_writes_covered (f, o)
      || (o->result_foreign && !f->result_foreign)
      || (o->calls_out && !f->calls_out)
      || (o->vararg_foreign && !f->vararg_foreign)
      || !level_covered (f->vararg_heap, o->vararg_heap))
    return false;
  int vh = f->vararg_heap;
  bool vby_heap = vh != ESC_LEAK_NONE;
  if (!level_covered (f->vararg_data, o->vararg_data)
      && !(vby_heap && vh <= o->vararg_data))
    return false;
  if (o->vararg_into >= 0
      && !(o->vararg_into == f->vararg_into
	   && level_covered (f->vararg_into_derefs, o->vararg_into_derefs))
      && !(vby_heap && vh <= o->vararg_into_derefs
	   && holds_foreign (f, o->vararg_into)))
    return false;
  /* Formats: a caller wired with F sent the varargs to the heap wherever
     O's format could print a pointer (the order of esc_format_join), or
     F sends them there anyway.  */
  if (esc_format_join (f->vararg_format, o->vararg_format)
      != f->vararg_format && vh != 0)
    return false;
  /* A caller handing F's va_list parameter its varargs followed them
     through F's vararg fields: O must describe that va_list's contents
     by the same fields, or F send them to the heap anyway.  */
  if (f->va_list_param >= 0 && f->va_list_param != o->va_list_param
      && vh != 0)
    return false;
  return true;
}

/* Roles the definition gained since the file was written (a wrapper of
   an allocator, a deallocator or a constructor of another unit, which
   the first build could not see).  A caller wired with a summary without
   the role made an ordinary call of it: no site, no free; that is
   covered when the flows are, and what the role hands over is the heap
   in F.  A role in the file the definition lacks is never covered: the
   caller made a site, or took the call for a free, that is not there.

   An allocator's call is a site the caller's result points to, and
   nothing else (call.c, wire_summary): covered when F's result may
   point to the heap.  Its flows of parameters are wired as usual, and
   checked by covers ().  A deallocator's call is a free of its family
   here: a caller wired with F sees the call free what F's frees say,
   and covers () requires F to free what the own summary frees.  */
static bool
alloc_covered (const esc_summary *f, const esc_summary *o)
{
  return !o->alloc.is_alloc || f->result_foreign;
}

/* Is what a caller wired with F reads back from an object holding O's
   levels LV of each parameter no better than from one holding F's FLV
   (none: the heap)?  A level O adds is covered when F sends that
   parameter to the heap there or closer.  */
static bool
fresh_levels_covered (const esc_summary *f, const unsigned *flv,
		      const unsigned *lv, int nparams)
{
  for (int i = 0; i < nparams && i < f->nparams; i++)
    {
      int fh = f->leaks[i].heap;
      unsigned more = lv[i] & ~(flv ? flv[i] : 0u);
      for (int d = 0; d <= ESC_MAX_DEREFS; d++)
	if ((more >> d & 1) && !level_covered (fh, d))
	  return false;
    }
  return true;
}

/* Does F's object M escape in a caller wired with F: stored into what a
   parameter points to that F sends to the heap at level 0, or a member
   of one that does?  */
static bool
fresh_escapes (const esc_summary *f, int m)
{
  /* Parents come first (summary.h), so M only goes down.  */
  while (m >= 0 && m < f->nfresh)
    {
      const esc_fresh *y = &f->fresh[m];
      if (y->owner >= 0)
	return y->owner < f->nparams && f->leaks[y->owner].heap == 0;
      if (y->owner != ESC_FRESH_MEMBER || y->parent >= m)
	return false;
      m = y->parent;
    }
  return false;
}

/* The same object of the callee in both: handed over the same way, made
   by the same call of the callee's body.  */
static bool
same_fresh (const esc_fresh *x, const esc_fresh *y)
{
  return x->owner == y->owner && x->pos.line == y->pos.line
    && x->pos.column == y->pos.column
    && strcmp (x->name ? x->name : "", y->name ? y->name : "") == 0;
}

/* The objects a constructor hands over are sites of the caller, held
   where the callee puts them, holding what it stores there.  Each of
   O's objects is, in a caller wired with F, either one of F's (MATCH,
   found by the call that makes it, a member under its parent's match)
   or the heap; each of F's must be one of O's, which the caller may
   take for its own.

   A matched object: F's holds every level of the parameters O's does
   (or F sends them to the heap there), the callee's own pointers if
   O's does, and every object O's holds (a matched one as F's match, an
   unmatched one, the heap, as the callee's pointers); where F's escapes
   in the caller (fresh_escapes) it holds the heap, which covers the
   callee's pointers and the unmatched objects (zlib's gzclose_w: the
   second build sees gz_error of gzlib.c store its message into the
   state the buffers are stored into).  An unmatched
   object is the heap in F: covered when F says the result (or the
   object behind the parameter, or the parent) may hold pointers of the
   callee's own, F sends to the heap each parameter it holds at the
   level it does or closer (then what the caller reads back from the
   heap is no worse than from the site), and it holds none of the
   matched ones (F's sites would be held by nothing there).  (A first
   build's summary, not knowing its callees in other units, has fewer
   objects than the second's, and holds more of its parameters through
   them: Debian's tcc did not link in two passes.)  */
static bool
fresh_covered (const esc_summary *f, const esc_summary *o)
{
  int *match = esc_xrealloc (NULL, (size_t) (o->nfresh + 1) * sizeof *match);
  bool *used = esc_xrealloc (NULL, (size_t) (f->nfresh + 1) * sizeof *used);
  memset (used, 0, (size_t) (f->nfresh + 1) * sizeof *used);
  bool ok = true;
  for (int k = 0; k < o->nfresh; k++)
    {
      const esc_fresh *x = &o->fresh[k];
      match[k] = -1;
      for (int m = 0; m < f->nfresh && match[k] < 0; m++)
	if (!used[m] && same_fresh (x, &f->fresh[m])
	    && (x->owner != ESC_FRESH_MEMBER
		|| (x->parent >= 0 && x->parent < k && match[x->parent] >= 0
		    && match[x->parent] == f->fresh[m].parent)))
	  {
	    match[k] = m;
	    used[m] = true;
	  }
    }
  for (int m = 0; m < f->nfresh; m++)
    ok = ok && used[m];
  for (int k = 0; ok && k < o->nfresh; k++)
    {
      const esc_fresh *x = &o->fresh[k];
      const esc_fresh *y = match[k] >= 0 ? &f->fresh[match[k]] : NULL;
      if (y)
	{
	  /* Stored into an object the file sends to the heap, the site
	     escapes in the caller, and holds the heap (solve.c, step 3).  */
	  bool heap = fresh_escapes (f, match[k]);
	  ok = fresh_levels_covered (f, y->levels, x->levels, o->nparams)
	    && (!x->foreign || y->foreign || heap);
	  for (int i = 0; ok && i < x->nholds; i++)
	    {
	      int j = x->holds[i];
	      if (j < 0 || j >= o->nfresh || match[j] < 0)
		ok = y->foreign || heap;
	      else
		{
		  bool held = false;
		  for (int h = 0; h < y->nholds; h++)
		    held = held || y->holds[h] == match[j];
		  ok = held;
		}
	    }
	  continue;
	}
      if (x->owner == ESC_FRESH_RESULT)
	ok = f->result_foreign;
      else if (x->owner == ESC_FRESH_MEMBER)
	ok = x->parent >= 0 && x->parent < k
	  && (match[x->parent] < 0 || f->fresh[match[x->parent]].foreign);
      else
	ok = x->owner < f->nparams && holds_foreign (f, x->owner);
      ok = ok && fresh_levels_covered (f, NULL, x->levels, o->nparams);
      for (int i = 0; ok && i < x->nholds; i++)
	{
	  int j = x->holds[i];
	  ok = !(j >= 0 && j < o->nfresh && match[j] >= 0);
	}
    }
  esc_free (match);
  esc_free (used);
  return ok;
}

/* Do A's and B's KEY hold the same JSON?  */
static bool
same_part (json_object *a, json_object *b, const char *key)
{
  json_object *x = NULL, *y = NULL;
  json_object_object_get_ex (a, key, &x);
  json_object_object_get_ex (b, key, &y);
  if (!x || !y)
    return x == y;
  return strcmp (json_object_to_json_string_ext (x, TEXT_FLAGS),
		 json_object_to_json_string_ext (y, TEXT_FLAGS)) == 0;
}

bool
esc_summaries_cover (const char *name, const esc_summary *own,
		     const char **hash)
{
  entry *e = name ? find (name) : NULL;
  if (!e)
    return false;
  *hash = e->hash;
  /* Allocator roles make sites in the caller: the same, or none in the
     file (alloc_covered).  The objects it hands over (fresh_covered) and
     the flows must be covered.  */
  char *text = esc_summary_json (own);
  json_object *a = json_tokener_parse (e->text);
  json_object *b = json_tokener_parse (text);
  esc_free (text);
  const esc_summary *f = e->caller;
  bool ok = a && b
    && (same_part (a, b, "alloc") || (!f->alloc.is_alloc
				      && alloc_covered (f, own)))
    && (same_part (a, b, "dealloc") || f->alloc.dealloc_param < 0)
    && (same_part (a, b, "fresh") || fresh_covered (f, own))
    && covers (f, own);
  json_object_put (a);
  json_object_put (b);
  return ok;
}

bool
esc_summaries_replace_libc (void)
{
  return replace_libc;
}

void
esc_summaries_reset (void)
{
  replace_libc = false;
  for (int i = 0; i < nentries; i++)
    {
      esc_free (entries[i].name);
      esc_free (entries[i].text);
      esc_summary_free (entries[i].caller);
    }
  esc_free (entries);
  entries = NULL;
  nentries = 0;
  for (int i = 0; i < nfiles; i++)
    esc_free (files[i]);
  esc_free (files);
  files = NULL;
  nfiles = 0;
}
