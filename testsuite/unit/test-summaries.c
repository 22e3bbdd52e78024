/* test-summaries.c - summaries as JSON (esc_summary_json, esc_summary_parse),
   their hash, the summaries file (esc_summaries_load: every problem named
   with its line), what a caller of another unit gets from it (the whole
   summary, families by their deallocator's name), and the covering check
   a definition makes for the hash it also answers to.  */

#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "unit.h"
#include "../../core/summaries.h"
#include "../../core/memory.h"
#include "../../core/allocators.h"

/* "set (o, v, ...)": v into *o at level 0, o's content foreign, varargs
   into *o (sprintf-like), frees v's objects, and a fresh object it stores
   into *o holding v.  */
static esc_summary *
rich (void)
{
  esc_summary *s = ut_summary ("set", 2);
  esc_free (s->param_names[0]);
  s->param_names[0] = esc_strdup ("o");
  esc_free (s->param_names[1]);
  s->param_names[1] = esc_strdup ("v");
  s->leaks[1].content[0] = 0;
  s->leaks[1].content_levels[0] = 1u | 4u;
  s->leaks[0].result = 1;
  s->leaks[0].result_levels = 2u;
  s->leaks[1].data = 1;
  s->content_foreign[0] = true;
  s->content_raw[1] = true;
  s->frees[1] = true;
  s->frees_from[1] = 1;
  s->leaks[1].deep[0] = 1;	/* Into what o reaches, from v's pointee.  */
  s->leaks[1].deep_levels[0] = 0x1feu;
  s->scalar[1] = true;
  s->writes_deep = true;
  s->writes_deep_into[0] = true;
  s->vararg_heap = ESC_LEAK_NONE;
  s->vararg_into = 0;
  s->vararg_into_derefs = 0;
  s->vararg_format = 1;		/* Printed under the format in v.  */
  s->nfresh = 1;
  s->fresh = esc_xrealloc (NULL, sizeof *s->fresh);
  memset (s->fresh, 0, sizeof *s->fresh);
  s->fresh[0].owner = 0;
  s->fresh[0].parent = -1;
  s->fresh[0].levels = esc_xrealloc (NULL, 2 * sizeof (unsigned));
  s->fresh[0].levels[0] = 0;
  s->fresh[0].levels[1] = 2u;	/* v's pointee, at level 1.  */
  s->fresh[0].holds = esc_xrealloc (NULL, sizeof (int));
  s->fresh[0].nholds = 0;
  s->fresh[0].name = esc_strdup ("malloc(16)");
  s->fresh[0].pos = ut_pos;
  s->fresh[0].chain = esc_xrealloc (NULL, sizeof *s->fresh[0].chain);
  s->fresh[0].nchain = 1;
  s->fresh[0].chain[0].function = esc_strdup ("set");
  s->fresh[0].chain[0].call = esc_strdup ("malloc(16)");
  s->fresh[0].chain[0].pos = ut_pos;
  return s;
}

START_TEST (test_summaries_round_trip)
{
  esc_summary *s = rich ();
  char *text = esc_summary_json (s);
  char err[256];
  esc_summary *back = ut_keep_summary (esc_summary_parse (text, err,
							   sizeof err));
  ck_assert_msg (back != NULL, "%s", err);
  char *again = esc_summary_json (back);
  /* Exactly the same text, so the same hash.  */
  ck_assert_str_eq (text, again);
  ck_assert_int_eq (back->nfresh, 1);
  ck_assert_int_eq (back->fresh[0].owner, 0);
  ck_assert_uint_eq (back->leaks[1].content_levels[0], 5u);
  ck_assert_int_eq (back->leaks[1].deep[0], 1);
  ck_assert_uint_eq (back->leaks[1].deep_levels[0], 0x1feu);
  ck_assert (back->scalar[1] && !back->scalar[0]);
  ck_assert_int_eq (back->frees_from[1], 1);
  ck_assert (back->writes_deep_into[0] && !back->writes_deep_into[1]);
  ck_assert_str_eq (back->param_names[1], "v");
  ck_assert_int_eq (back->vararg_format, 1);
  ck_assert_int_eq (back->va_list_param, -1);
  char h1[17], h2[17];
  esc_summary_hash (text, h1);
  esc_summary_hash (again, h2);
  ck_assert_str_eq (h1, h2);
  ck_assert_int_eq ((int) strlen (h1), 16);
  /* One flow more: another text, another hash.  */
  back->leaks[0].heap = 2;
  char *other = esc_summary_json (back);
  esc_summary_hash (other, h2);
  ck_assert_str_ne (h1, h2);
  esc_free (text);
  esc_free (again);
  esc_free (other);
}
END_TEST

START_TEST (test_summaries_allocator_roles)
{
  esc_summary *s = ut_summary ("xmalloc", 1);
  s->alloc.is_alloc = true;
  s->alloc.size.param = 0;
  s->alloc.size.konst = 1;
  s->alloc.family = 0;
  s->alloc.movable = true;
  s->alloc.inner = "malloc";
  s->result_foreign = false;
  char *text = esc_summary_json (s);
  ck_assert_ptr_nonnull (strstr (text, "\"alloc\":{\"wraps\":\"malloc\","
				 "\"size\":[0,1],\"count\":null,"
				 "\"movable\":true,\"zeroes\":false,"
				 "\"attribute\":false,\"family\":"
				 "{\"deallocator\":\"free\",\"arg\":0}}"));
  char err[256];
  esc_summary *back = ut_keep_summary (esc_summary_parse (text, err,
							   sizeof err));
  ck_assert_msg (back != NULL, "%s", err);
  ck_assert (back->alloc.is_alloc);
  ck_assert_int_eq (back->alloc.size.param, 0);
  ck_assert_int_eq (back->alloc.family, 0);
  esc_free (text);
}
END_TEST

/* Parse errors name what is wrong.  */
START_TEST (test_summaries_parse_errors)
{
  char err[256];
  ck_assert_ptr_null (esc_summary_parse ("{", err, sizeof err));
  ck_assert_str_eq (err, "not JSON");
  esc_summary *s = ut_summary ("f", 1);
  char *text = esc_summary_json (s);
  static const struct { const char *from, *to, *why; } bad[] = {
    { "\"leaks\":[{", "\"leakz\":[{", "missing 'leaks'" },
    { "\"heap\":null", "\"heap\":9", "'heap' is out of range (9)" },
    { "\"frees\":[false]", "\"frees\":[false,true]",
      "'frees' has 2 entries, not 1" },
    { "\"writes_deep\":false", "\"writes_deep\":0",
      "'writes_deep' has the wrong type" },
    { "\"into\":-1", "\"into\":1", "'into' is out of range (1)" },
    { "\"format\":-1", "\"format\":1", "'format' is out of range (1)" },
    { "\"format\":-1", "\"format\":-3", "'format' is out of range (-3)" },
    { "\"va_list\":-1", "\"va_list\":-2",
      "'va_list' is out of range (-2)" },
    { "\"params\":[\"{param 1}\"]", "\"params\":[7]",
      "'params' holds a name that is not a string" },
  };
  for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++)
    {
      char *at = strstr (text, bad[i].from);
      ck_assert_msg (at != NULL, "%s not in %s", bad[i].from, text);
      char edited[4096];
      snprintf (edited, sizeof edited, "%.*s%s%s", (int) (at - text), text,
		bad[i].to, at + strlen (bad[i].from));
      ck_assert_ptr_null (esc_summary_parse (edited, err, sizeof err));
      ck_assert_str_eq (err, bad[i].why);
    }
  /* A file written before formats were followed has neither field: its
     varargs fields hold as they are.  */
  char *at = strstr (text, ",\"format\":-1,\"va_list\":-1");
  ck_assert_msg (at != NULL, "format and va_list not in %s", text);
  char old[4096];
  snprintf (old, sizeof old, "%.*s%s", (int) (at - text), text,
	    at + strlen (",\"format\":-1,\"va_list\":-1"));
  esc_summary *o = esc_summary_parse (old, err, sizeof err);
  ck_assert_msg (o != NULL, "%s", err);
  ck_assert_int_eq (o->vararg_format, ESC_FORMAT_SAFE);
  ck_assert_int_eq (o->va_list_param, -1);
  esc_summary_free (o);
  esc_free (text);
}
END_TEST

/* A temporary file holding TEXT; its name in PATH.  */
static void
temp_file (char path[64], const char *text)
{
  snprintf (path, 64, "/tmp/escape-unit-sum-XXXXXX");
  int fd = mkstemp (path);
  ck_assert_int_ge (fd, 0);
  ck_assert_int_eq (write (fd, text, strlen (text)), (ssize_t) strlen (text));
  close (fd);
}

/* A file line for S.  */
static char *
line_for (const esc_summary *s, const char *name, const char *hash_or_null)
{
  char *text = esc_summary_json (s);
  char hash[17];
  esc_summary_hash (text, hash);
  size_t n = strlen (text) + 200;
  char *line = esc_xrealloc (NULL, n);
  snprintf (line, n, "{\"function\":\"%s\",\"hash\":\"%s\",\"summary\":%s}\n",
	    name, hash_or_null ? hash_or_null : hash, text);
  esc_free (text);
  return line;
}

START_TEST (test_summaries_load_and_lookup)
{
  esc_summaries_reset ();
  char *l1 = line_for (rich (), "set", NULL);
  char *l2 = line_for (ut_summary ("g", 0), "g", NULL);
  char text[8192], path[64], err[512];
  snprintf (text, sizeof text, "# comment\n\n%s  %s", l1, l2);
  temp_file (path, text);
  ck_assert_msg (esc_summaries_load (path, err, sizeof err), "%s", err);
  const char *hash;
  const esc_summary *s = esc_summaries_lookup ("set", &hash);
  ck_assert_ptr_nonnull (s);
  ck_assert_int_eq ((int) strlen (hash), 16);
  /* The whole summary: the object it stores into *o, holding v's
     pointee, is the caller's to judge.  */
  ck_assert_int_eq (s->nfresh, 1);
  ck_assert_int_eq (s->fresh[0].owner, 0);
  ck_assert_uint_eq (s->fresh[0].levels[1], 2u);
  ck_assert (s->content_foreign[0]);
  ck_assert_int_eq (s->leaks[1].heap, ESC_LEAK_NONE);
  ck_assert (s->frees[1]);
  ck_assert_ptr_nonnull (esc_summaries_lookup ("g", &hash));
  ck_assert_ptr_null (esc_summaries_lookup ("h", &hash));
  unlink (path);
  esc_summaries_reset ();
  ck_assert_ptr_null (esc_summaries_lookup ("set", &hash));
  esc_free (l1);
  esc_free (l2);
}
END_TEST

START_TEST (test_summaries_roles_for_callers)
{
  esc_summaries_reset ();
  esc_summary *a = ut_summary ("xmalloc", 1);
  a->alloc.is_alloc = true;
  a->alloc.size.param = 0;
  a->alloc.size.konst = -1;
  a->alloc.movable = true;
  a->alloc.family = ESC_FAMILY_LIBC;
  a->alloc.inner = "malloc";
  esc_summary *d = ut_summary ("xfree", 1);
  d->alloc.dealloc_param = 0;
  d->alloc.dealloc_family = ESC_FAMILY_LIBC;
  char *l1 = line_for (a, "xmalloc", NULL), *l2 = line_for (d, "xfree", NULL);
  char text[8192], path[64], err[512];
  snprintf (text, sizeof text, "%s%s", l1, l2);
  temp_file (path, text);
  ck_assert_msg (esc_summaries_load (path, err, sizeof err), "%s", err);
  const char *hash;
  /* The roles, with the C library's family: the caller's calls are
     allocation sites and frees, as for a wrapper of its own unit.  */
  const esc_summary *s = esc_summaries_lookup ("xmalloc", &hash);
  ck_assert (s->alloc.is_alloc);
  ck_assert_int_eq (s->alloc.size.param, 0);
  ck_assert_int_eq (s->alloc.family, ESC_FAMILY_LIBC);
  ck_assert_str_eq (s->alloc.inner, "malloc");
  s = esc_summaries_lookup ("xfree", &hash);
  ck_assert_int_eq (s->alloc.dealloc_param, 0);
  ck_assert_int_eq (s->alloc.dealloc_family, ESC_FAMILY_LIBC);
  unlink (path);
  esc_summaries_reset ();
  esc_free (l1);
  esc_free (l2);
}
END_TEST

START_TEST (test_summaries_load_errors)
{
  esc_summaries_reset ();
  char err[512], path[64], want[256];
  ck_assert (!esc_summaries_load ("/nonexistent/x.summaries", err,
				  sizeof err));
  ck_assert_str_eq (err, "cannot read summaries file "
		    "'/nonexistent/x.summaries': No such file or directory");
  char *good = line_for (ut_summary ("g", 0), "g", NULL);
  char *forged = line_for (ut_summary ("f", 0), "f", "0123456789abcdef");
  static const char *const lines[] = {
    "{\"function\": 1}\n",
    "[]\n",
    "{\"function\":\"a b\",\"hash\":\"x\",\"summary\":{}}\n",
  };
  static const char *const why[] = {
    "'function' has the wrong type",
    "missing 'function'",
    "'a b' is not a function name a summary can have",
  };
  for (size_t i = 0; i < 3; i++)
    {
      char text[4096];
      snprintf (text, sizeof text, "# c\n%s%s", good, lines[i]);
      temp_file (path, text);
      ck_assert (!esc_summaries_load (path, err, sizeof err));
      snprintf (want, sizeof want, "%s:3: %s", path, why[i]);
      ck_assert_str_eq (err, want);
      unlink (path);
      esc_summaries_reset ();
    }
  temp_file (path, forged);
  ck_assert (!esc_summaries_load (path, err, sizeof err));
  snprintf (want, sizeof want, "%s:1: the summary of f does not match its "
	    "hash 0123456789abcdef (edited by hand?): write the file again "
	    "with escape-report --write-summaries", path);
  ck_assert_str_eq (err, want);
  unlink (path);
  esc_summaries_reset ();
  esc_free (good);
  esc_free (forged);
}
END_TEST

START_TEST (test_summaries_typed_reads)
{
  /* Typed reads go into the file and come back; the pointee type's
     identity is the unit's own and comes back unknown (0), which a caller
     reads as data.  A summary without them writes no key (its text and
     hash as before), and a line without the key loads with none.  */
  esc_summary *s = rich ();
  char *plain = esc_summary_json (s);
  ck_assert_ptr_null (strstr (plain, "typed_reads"));
  s->typed_reads[0] = true;
  s->pointee_type[0] = 17;
  char *text = esc_summary_json (s);
  ck_assert_ptr_nonnull (strstr (text, "\"typed_reads\":[true,false]"));
  ck_assert_ptr_null (strstr (text, "17"));
  char err[256];
  esc_summary *back = ut_keep_summary (esc_summary_parse (text, err,
							   sizeof err));
  ck_assert_msg (back != NULL, "%s", err);
  ck_assert (back->typed_reads[0] && !back->typed_reads[1]);
  ck_assert_int_eq (back->pointee_type[0], 0);
  char *again = esc_summary_json (back);
  ck_assert_str_eq (text, again);
  esc_summary *old = ut_keep_summary (esc_summary_parse (plain, err,
							  sizeof err));
  ck_assert_msg (old != NULL, "%s", err);
  ck_assert (!old->typed_reads[0] && !old->typed_reads[1]);
  /* Not an array of booleans: an error, as for the other fields.  */
  char *bad = esc_strdup (text);
  char *at = strstr (bad, "[true,false]");
  memcpy (at, "[1,2,3,4,5,]", 12);
  ck_assert_ptr_null (esc_summary_parse (bad, err, sizeof err));
  /* Loaded from a file, for a caller of another unit: the same, type
     unknown.  Covering: a file that reads the object as data at level
     1, or says typed reads too, covers a definition with typed reads;
     one that says neither does not.  */
  esc_summaries_reset ();
  esc_summary *none = ut_summary ("g0", 2), *data = ut_summary ("g1", 2);
  data->leaks[0].data = 1;
  esc_summary *typed = ut_summary ("g2", 2);
  typed->typed_reads[0] = true;
  typed->pointee_type[0] = 17;
  char *l0 = line_for (none, "g0", NULL), *l1 = line_for (data, "g1", NULL);
  char *l2 = line_for (typed, "g2", NULL);
  char *all = esc_xrealloc (NULL, strlen (l0) + strlen (l1) + strlen (l2)
			    + 1);
  strcat (strcat (strcpy (all, l0), l1), l2);
  char path[64];
  temp_file (path, all);
  ck_assert_msg (esc_summaries_load (path, err, sizeof err), "%s", err);
  const char *hash;
  const esc_summary *got = esc_summaries_lookup ("g2", &hash);
  ck_assert_ptr_nonnull (got);
  ck_assert (got->typed_reads[0] && !got->typed_reads[1]);
  ck_assert_int_eq (got->pointee_type[0], 0);
  esc_summary *own = ut_summary ("own", 2);
  own->typed_reads[0] = true;
  own->pointee_type[0] = 17;
  ck_assert (!esc_summaries_cover ("g0", own, &hash));
  ck_assert (esc_summaries_cover ("g1", own, &hash));
  ck_assert (esc_summaries_cover ("g2", own, &hash));
  unlink (path);
  esc_summaries_reset ();
  esc_free (l0);
  esc_free (l1);
  esc_free (l2);
  esc_free (all);
  esc_free (plain);
  esc_free (text);
  esc_free (again);
  esc_free (bad);
}
END_TEST

/* calls_out: true unless a summary says otherwise, written only when
   false (a file written before it had none, which reads as true), and
   part of the hash.  */
START_TEST (test_summaries_calls_out)
{
  esc_summary *s = ut_summary ("leaf", 1);
  ck_assert (s->calls_out);
  char *text = esc_summary_json (s);
  ck_assert_ptr_null (strstr (text, "calls_out"));
  char err[256];
  esc_summary *back = ut_keep_summary (esc_summary_parse (text, err,
							   sizeof err));
  ck_assert_msg (back != NULL, "%s", err);
  ck_assert (back->calls_out);
  s->calls_out = false;
  char *stays = esc_summary_json (s);
  ck_assert_ptr_nonnull (strstr (stays, "\"calls_out\":false"));
  back = ut_keep_summary (esc_summary_parse (stays, err, sizeof err));
  ck_assert_msg (back != NULL, "%s", err);
  ck_assert (!back->calls_out);
  char h1[17], h2[17];
  esc_summary_hash (text, h1);
  esc_summary_hash (stays, h2);
  ck_assert_str_ne (h1, h2);
  /* Not a boolean: refused.  */
  char *bad = esc_xrealloc (NULL, strlen (stays) + 8);
  strcpy (bad, stays);
  memcpy (strstr (bad, "\"calls_out\":false") + 12, "    0", 5);
  ck_assert_ptr_null (esc_summary_parse (bad, err, sizeof err));
  /* Joined, it calls out if either does; seen through a clone, as the
     function.  */
  esc_summary *j = ut_summary ("leaf", 1);
  j->calls_out = false;
  ck_assert (!esc_summary_join (j, s));
  ck_assert (!j->calls_out);
  esc_summary *out = ut_summary ("leaf", 1);
  ck_assert (esc_summary_join (j, out));
  ck_assert (j->calls_out);
  int from[1] = { 0 };
  esc_summary *t = ut_keep_summary (esc_summary_select (s, from, 1));
  ck_assert (!t->calls_out);
  /* A file that says it runs only its unit's code covers a definition
     that says so, and not one that may call out.  */
  esc_summaries_reset ();
  char *line = line_for (s, "leaf", NULL);
  char path[64];
  temp_file (path, line);
  ck_assert_msg (esc_summaries_load (path, err, sizeof err), "%s", err);
  const char *hash;
  esc_summary *own = ut_summary ("leaf", 1);
  ck_assert (!esc_summaries_cover ("leaf", own, &hash));
  own->calls_out = false;
  ck_assert (esc_summaries_cover ("leaf", own, &hash));
  esc_summaries_reset ();
  unlink (path);
  /* A unit of the build defines a function of the C library's name: the
     file says so in a line of its own, and a line saying anything else
     with it is refused.  */
  ck_assert (!esc_summaries_replace_libc ());
  char *with = esc_xrealloc (NULL, strlen (line) + 64);
  strcpy (with, line);
  strcat (with, "{\"replaces_libc\":\"atoi\"}\n");
  temp_file (path, with);
  ck_assert_msg (esc_summaries_load (path, err, sizeof err), "%s", err);
  ck_assert (esc_summaries_replace_libc ());
  ck_assert_ptr_nonnull (esc_summaries_lookup ("leaf", &hash));
  esc_summaries_reset ();
  ck_assert (!esc_summaries_replace_libc ());
  unlink (path);
  temp_file (path, "{\"replaces_libc\":3}\n");
  ck_assert (!esc_summaries_load (path, err, sizeof err));
  ck_assert_ptr_nonnull (strstr (err, "'replaces_libc' is not a lone name"));
  unlink (path);
  temp_file (path, "{\"replaces_libc\":\"atoi\",\"function\":\"f\"}\n");
  ck_assert (!esc_summaries_load (path, err, sizeof err));
  esc_summaries_reset ();
  unlink (path);
  esc_free (with);
  esc_free (line);
  esc_free (text);
  esc_free (stays);
  esc_free (bad);
}
END_TEST

/* A definition answers to a file's summary that says at least what its
   own does, and to no other.  */
START_TEST (test_summaries_cover)
{
  esc_summaries_reset ();
  esc_summary *file = ut_summary ("f", 2);
  file->leaks[0].heap = 1;
  file->frees[1] = true;
  char *l = line_for (file, "f", NULL);
  esc_summary *file2 = ut_summary ("f2", 2);
  file2->leaks[0].heap = 1;
  file2->result_foreign = true;
  file2->content_foreign[1] = true;
  char *l2 = line_for (file2, "f2", NULL);
  char *both = esc_xrealloc (NULL, strlen (l) + strlen (l2) + 1);
  strcpy (both, l);
  strcat (both, l2);
  char path[64], err[512];
  temp_file (path, both);
  ck_assert_msg (esc_summaries_load (path, err, sizeof err), "%s", err);
  const char *hash;
  esc_summary *own2 = ut_summary ("f2", 2);
  own2->leaks[0].result = 1;
  own2->leaks[0].result_levels = 2u;
  own2->leaks[0].content[1] = 2;
  own2->leaks[0].content_levels[1] = 4u;
  ck_assert (esc_summaries_cover ("f2", own2, &hash));
  own2->leaks[0].result = 0;	/* Closer than the heap flow.  */
  own2->leaks[0].result_levels = 1u;
  ck_assert (!esc_summaries_cover ("f2", own2, &hash));
  esc_summary *own = ut_summary ("f", 2);
  ck_assert (esc_summaries_cover ("f", own, &hash));
  own->leaks[0].heap = 1;
  own->frees[1] = true;
  ck_assert (esc_summaries_cover ("f", own, &hash));
  own->leaks[0].heap = 0;	/* Leaks closer than the file says.  */
  ck_assert (!esc_summaries_cover ("f", own, &hash));
  own->leaks[0].heap = ESC_LEAK_NONE;
  own->result_foreign = true;
  ck_assert (!esc_summaries_cover ("f", own, &hash));
  own->result_foreign = false;
  /* The file says f runs only its unit's code: the definition must say
     so too; a file that says it may call out covers either.  */
  ck_assert (own->calls_out && file->calls_out);
  own->calls_out = false;
  ck_assert (esc_summaries_cover ("f", own, &hash));
  own->calls_out = true;
  /* A role the file does not give: a deallocator's call is a free, and
     the file frees that parameter too; an allocator's result is a site,
     and the file's result holds nothing of the callee's own.  */
  own->alloc.dealloc_param = 1;
  ck_assert (esc_summaries_cover ("f", own, &hash));
  own->frees[0] = true;
  ck_assert (!esc_summaries_cover ("f", own, &hash));
  own->frees[0] = false;
  own->alloc.dealloc_param = -1;
  own->alloc.is_alloc = true;
  ck_assert (!esc_summaries_cover ("f", own, &hash));
  own->alloc.is_alloc = false;
  ck_assert (!esc_summaries_cover ("g", own, &hash));
  ck_assert (!esc_summaries_cover ("f", ut_summary ("f", 3), &hash));
  /* Read as data, returned or stored after the level at which the file
     sends the parameter to the heap: everything it reaches escapes
     already, when the result and *q may hold the heap in the file.  */
  own->leaks[0].data = 1;
  ck_assert (esc_summaries_cover ("f", own, &hash));
  own->leaks[0].data = 0;
  ck_assert (!esc_summaries_cover ("f", own, &hash));
  own->leaks[0].data = ESC_LEAK_NONE;
  own->leaks[0].result = 1;
  own->leaks[0].result_levels = 2u;
  ck_assert (!esc_summaries_cover ("f", own, &hash));
  own->leaks[0].result = ESC_LEAK_NONE;
  own->leaks[0].result_levels = 0;
  own->leaks[0].content[1] = 2;
  own->leaks[0].content_levels[1] = 4u;
  ck_assert (!esc_summaries_cover ("f", own, &hash));
  own->leaks[0].content[1] = ESC_LEAK_NONE;
  own->leaks[0].content_levels[1] = 0;
  /* Pointers of its own put into *p: covered only where the file sends p
     itself to the heap (its object escapes, and holds the heap), not
     where it sends what p points to (file: heap 1).  */
  own->content_foreign[0] = true;
  ck_assert (!esc_summaries_cover ("f", own, &hash));
  own->content_foreign[0] = false;
  own2->leaks[0].result = ESC_LEAK_NONE;
  own2->leaks[0].result_levels = 0;
  own2->content_foreign[0] = true;
  ck_assert (!esc_summaries_cover ("f2", own2, &hash));
  unlink (path);
  esc_summaries_reset ();
  esc_summary *file3 = ut_summary ("f3", 1);
  file3->leaks[0].heap = 0;
  char *l3 = line_for (file3, "f3", NULL);
  temp_file (path, l3);
  ck_assert_msg (esc_summaries_load (path, err, sizeof err), "%s", err);
  esc_summary *own3 = ut_summary ("f3", 1);
  own3->content_foreign[0] = true;
  ck_assert (esc_summaries_cover ("f3", own3, &hash));
  esc_free (l3);
  unlink (path);
  esc_summaries_reset ();
  esc_free (l);
  esc_free (l2);
  esc_free (both);
}
END_TEST

/* A second build's summary that knows a callee the first build did not
   (docs/design.md, "Summaries across units"): what it adds is covered
   where the file sends the arguments to the heap close enough, and not
   otherwise.  */
static bool
covered_by (esc_summary *file, esc_summary *own)
{
  esc_summaries_reset ();
  char *l = line_for (file, "f", NULL);
  char path[64], err[512];
  temp_file (path, l);
  ck_assert_msg (esc_summaries_load (path, err, sizeof err), "%s", err);
  const char *hash;
  bool ok = esc_summaries_cover ("f", own, &hash);
  unlink (path);
  esc_summaries_reset ();
  esc_free (l);
  return ok;
}

START_TEST (test_summaries_cover_formats)
{
  /* Varargs printed under a format: a caller wired with the file sent
     them to the heap wherever its format could print a pointer; the
     definition's must not print under more (esc_format_join's order),
     unless the file sends them to the heap anyway.  */
  static const struct { int file, own; bool ok; } cases[] = {
    { ESC_FORMAT_SAFE, ESC_FORMAT_SAFE, true },
    { 0, ESC_FORMAT_SAFE, true },
    { ESC_FORMAT_ANY, 0, true },
    { ESC_FORMAT_SAFE, 0, false },
    { 0, 1, false },
    { 1, ESC_FORMAT_ANY, false },
  };
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++)
    {
      esc_summary *file = ut_summary ("f", 2), *own = ut_summary ("f", 2);
      file->vararg_format = cases[i].file;
      own->vararg_format = cases[i].own;
      ck_assert_msg (covered_by (file, own) == cases[i].ok, "case %d",
		     (int) i);
      file->vararg_heap = 0;
      ck_assert_msg (covered_by (file, own), "case %d, heap", (int) i);
    }
  /* A va_list the file follows must be one the definition follows.  */
  esc_summary *file = ut_summary ("f", 2), *own = ut_summary ("f", 2);
  file->va_list_param = own->va_list_param = 1;
  ck_assert (covered_by (file, own));
  own->va_list_param = -1;
  ck_assert (!covered_by (file, own));
  file->vararg_heap = 0;
  ck_assert (covered_by (file, own));
  file->vararg_heap = ESC_LEAK_NONE;
  file->va_list_param = -1;
  own->va_list_param = 1;
  ck_assert (covered_by (file, own));
}
END_TEST

START_TEST (test_summaries_cover_deep_writes)
{
  /* f (p, n): the file sends p to the heap at level 1, n is a number.  */
  esc_summary *file = ut_summary ("f", 2);
  file->leaks[0].heap = 1;
  file->scalar[1] = true;
  esc_summary *own = ut_summary ("f", 2);
  own->scalar[1] = true;
  own->writes_deep = true;	/* Below both arguments.  */
  ck_assert (covered_by (file, own));
  file->leaks[0].heap = 2;	/* **p's objects do not escape.  */
  ck_assert (!covered_by (file, own));
  file->leaks[0].heap = 1;
  own->scalar[1] = false;	/* n may carry a pointer.  */
  ck_assert (!covered_by (file, own));
  /* Below p only: n needs nothing.  */
  own->writes_deep = false;
  own->writes_deep_into[0] = true;
  ck_assert (covered_by (file, own));
  own->writes_deep_into[1] = true;
  ck_assert (!covered_by (file, own));
  file->writes_deep_into[1] = true;	/* The file says so too.  */
  ck_assert (covered_by (file, own));
  file->writes_deep_into[1] = false;
  file->writes_deep_into[0] = true;	/* Below p, not n.  */
  file->leaks[0].heap = ESC_LEAK_NONE;
  ck_assert (!covered_by (file, own));
}
END_TEST

START_TEST (test_summaries_cover_deep_stores)
{
  /* f (l, p) stores p into the objects below what l points to (**l and
     on).  The file sends p to the heap (level 0) and l's pointee's
     pointees (level 1): every object below l's holds the heap.  */
  esc_summary *file = ut_summary ("f", 2);
  file->leaks[0].heap = 1;
  file->leaks[1].heap = 0;
  esc_summary *own = ut_summary ("f", 2);
  own->leaks[1].deep[0] = 0;
  own->leaks[1].deep_levels[0] = 0x1ffu;
  ck_assert (covered_by (file, own));
  /* l at level 2 only: the objects **l points to hold only their own.  */
  file->leaks[0].heap = 2;
  ck_assert (!covered_by (file, own));
  /* ... unless the file says its callee writes pointers of its own
     there.  */
  file->writes_deep_into[0] = true;
  ck_assert (covered_by (file, own));
  /* p not sent to the heap: its objects could be found through l's.  */
  file->leaks[1].heap = ESC_LEAK_NONE;
  ck_assert (!covered_by (file, own));
}
END_TEST

START_TEST (test_summaries_cover_own_deeper)
{
  /* f (l) stores **l into *l (l->head = l->head->next): covered where the
     file sends *l's pointees to the heap; not where it sends only what
     lies deeper, nor for a store of **l into another parameter's
     object.  */
  esc_summary *file = ut_summary ("f", 2);
  file->leaks[0].heap = 1;
  esc_summary *own = ut_summary ("f", 2);
  own->leaks[0].content[0] = 1;
  own->leaks[0].content_levels[0] = 0x1feu;
  ck_assert (covered_by (file, own));
  file->leaks[0].heap = 2;
  ck_assert (!covered_by (file, own));
  file->leaks[0].heap = 1;
  own->leaks[0].content[0] = ESC_LEAK_NONE;
  own->leaks[0].content_levels[0] = 0;
  own->leaks[0].content[1] = 1;
  own->leaks[0].content_levels[1] = 0x1feu;
  ck_assert (!covered_by (file, own));
  /* l itself into *l: its pointee does not escape in the file.  */
  own->leaks[0].content[1] = ESC_LEAK_NONE;
  own->leaks[0].content_levels[1] = 0;
  own->leaks[0].content[0] = 0;
  own->leaks[0].content_levels[0] = 1u;
  ck_assert (!covered_by (file, own));
}
END_TEST

/* f (s, v) stores **s into *v where the file stores *s and ***s, and
   sends s to the heap: the object **s points to escapes in the caller,
   and *v holds the heap there whenever it exists (a pointer to the
   escaping object *s points to; loaded from it, the heap).  Not where
   the object does not escape in the file, nor where the file's flow
   lies above the escaping objects; the same for the result and for
   what lies below *v.  */
START_TEST (test_summaries_cover_flows_from_heap)
{
  esc_summary *file = ut_summary ("f", 2);
  esc_summary *own = ut_summary ("f", 2);
  file->leaks[0].heap = 0;
  own->leaks[0].heap = 0;
  file->leaks[0].content[1] = 1;
  file->leaks[0].content_levels[1] = 2u | 8u;
  own->leaks[0].content[1] = 1;
  own->leaks[0].content_levels[1] = 2u | 4u | 8u;
  ck_assert (covered_by (file, own));
  /* s itself, above everything the file stores: the file's loads from
     the escaping *s are the heap.  */
  own->leaks[0].content[1] = 0;
  own->leaks[0].content_levels[1] = 1u | 2u | 4u | 8u;
  ck_assert (covered_by (file, own));
  /* Sent to the heap from level 2: s and *s do not escape.  */
  file->leaks[0].heap = 2;
  own->leaks[0].heap = 2;
  ck_assert (!covered_by (file, own));
  own->leaks[0].content[1] = 1;
  own->leaks[0].content_levels[1] = 2u | 4u | 8u;
  ck_assert (covered_by (file, own));	/* **s escapes; ***s loads the heap.  */
  file->leaks[0].content_levels[1] = 2u;	/* Only *s: not escaping.  */
  ck_assert (!covered_by (file, own));
  file->content_foreign[1] = true;	/* *v holds the heap anyway.  */
  ck_assert (covered_by (file, own));
  file->content_foreign[1] = false;
  own->leaks[0].content[1] = ESC_LEAK_NONE;
  own->leaks[0].content_levels[1] = 0;
  file->leaks[0].content[1] = ESC_LEAK_NONE;
  file->leaks[0].content_levels[1] = 0;
  /* The result: *s where the file returns ***s.  */
  file->leaks[0].heap = 0;
  own->leaks[0].heap = 0;
  file->leaks[0].result = 3;
  file->leaks[0].result_levels = 8u;
  own->leaks[0].result = 1;
  own->leaks[0].result_levels = 2u | 8u;
  ck_assert (covered_by (file, own));
  file->leaks[0].heap = 2;
  own->leaks[0].heap = 2;
  ck_assert (!covered_by (file, own));	/* *s does not escape.  */
  own->leaks[0].result = 2;
  own->leaks[0].result_levels = 4u | 8u;
  ck_assert (covered_by (file, own));
  file->leaks[0].result_levels = 2u;	/* *s only, above the heap.  */
  file->leaks[0].result = 1;
  ck_assert (!covered_by (file, own));
  file->leaks[0].result = ESC_LEAK_NONE;
  file->leaks[0].result_levels = 0;
  own->leaks[0].result = ESC_LEAK_NONE;
  own->leaks[0].result_levels = 0;
  /* Below *v: the same.  */
  file->leaks[0].heap = 1;
  own->leaks[0].heap = 1;
  file->leaks[0].deep[1] = 3;
  file->leaks[0].deep_levels[1] = 8u;
  own->leaks[0].deep[1] = 1;
  own->leaks[0].deep_levels[1] = 2u | 8u;
  ck_assert (covered_by (file, own));
  own->leaks[0].deep[1] = 0;
  own->leaks[0].deep_levels[1] = 1u | 2u | 8u;
  ck_assert (!covered_by (file, own));	/* s's object does not escape.  */
}
END_TEST

START_TEST (test_summaries_cover_frees)
{
  /* The definition frees what p points to from level 1 on (free (*p)).  */
  esc_summary *file = ut_summary ("f", 1);
  file->leaks[0].heap = 1;
  esc_summary *own = ut_summary ("f", 1);
  own->frees[0] = true;
  own->frees_from[0] = 1;
  ck_assert (covered_by (file, own));
  own->frees_from[0] = 0;	/* free (p): p's own object.  */
  ck_assert (!covered_by (file, own));
  file->leaks[0].heap = 0;
  ck_assert (covered_by (file, own));
  file->leaks[0].heap = ESC_LEAK_NONE;
  file->frees[0] = true;
  file->frees_from[0] = 1;	/* Frees less than the definition.  */
  ck_assert (!covered_by (file, own));
  file->frees_from[0] = 0;
  ck_assert (covered_by (file, own));
}
END_TEST

/* Roles a definition gained since the file: an ordinary call in the
   caller, covered where what the role hands over is the heap there.  A
   role the file gives and the definition lacks never is.  */
START_TEST (test_summaries_cover_roles)
{
  esc_summary *file = ut_summary ("f", 1);
  file->leaks[0].heap = 0;
  file->result_foreign = true;
  esc_summary *own = ut_summary ("f", 1);
  own->alloc.is_alloc = true;
  own->alloc.size.param = 0;
  own->alloc.size.konst = -1;
  own->alloc.inner = "malloc";
  ck_assert (covered_by (file, own));
  file->result_foreign = false;	/* The caller took the result for p.  */
  ck_assert (!covered_by (file, own));
  own->alloc.is_alloc = false;
  ck_assert (covered_by (file, own));
  /* The file's role, not the definition's.  */
  file->alloc.is_alloc = true;
  file->alloc.inner = "malloc";
  ck_assert (!covered_by (file, own));
  file->alloc.is_alloc = false;
  /* A deallocator now: a free of p, which the file sends to the heap.  */
  own->alloc.dealloc_param = 0;
  own->frees[0] = true;
  ck_assert (covered_by (file, own));
  file->leaks[0].heap = 1;
  ck_assert (!covered_by (file, own));
  file->leaks[0].heap = 0;
  own->alloc.dealloc_param = -1;
  own->frees[0] = false;
  file->alloc.dealloc_param = 0;
  ck_assert (!covered_by (file, own));
  file->alloc.dealloc_param = -1;
  /* A constructor now: its object, the result, holds p's pointee.  */
  own->nfresh = 1;
  own->fresh = esc_xrealloc (NULL, sizeof *own->fresh);
  memset (own->fresh, 0, sizeof *own->fresh);
  own->fresh[0].owner = ESC_FRESH_RESULT;
  own->fresh[0].parent = -1;
  own->fresh[0].levels = esc_xrealloc (NULL, sizeof (unsigned));
  own->fresh[0].levels[0] = 2u;
  own->fresh[0].holds = esc_xrealloc (NULL, sizeof (int));
  own->fresh[0].name = esc_strdup ("malloc(8)");
  own->fresh[0].pos = ut_pos;
  own->fresh[0].chain = esc_xrealloc (NULL, sizeof *own->fresh[0].chain);
  file->result_foreign = true;
  ck_assert (covered_by (file, own));
  file->result_foreign = false;
  ck_assert (!covered_by (file, own));
  file->result_foreign = true;
  file->leaks[0].heap = 2;	/* p's pointee does not escape.  */
  ck_assert (!covered_by (file, own));
  file->leaks[0].heap = 0;
  /* Stored into *p instead: the file must say *p may hold the heap.  */
  own->fresh[0].owner = 0;
  ck_assert (covered_by (file, own));
  file->leaks[0].heap = 1;
  own->fresh[0].levels[0] = 0;
  ck_assert (!covered_by (file, own));
  file->content_foreign[0] = true;
  ck_assert (covered_by (file, own));
}
END_TEST

/* Add to S a fresh object made by CALL at line LINE, handed over to
   OWNER (a member of PARENT), holding S's parameters at LEVELS[i].  */
static int
add_fresh (esc_summary *s, int owner, int parent, const char *call, int line,
	   const unsigned *levels, bool foreign)
{
  s->fresh = esc_xrealloc (s->fresh, (size_t) (s->nfresh + 1)
			   * sizeof *s->fresh);
  esc_fresh *x = &s->fresh[s->nfresh];
  memset (x, 0, sizeof *x);
  x->owner = owner;
  x->parent = parent;
  x->levels = esc_xrealloc (NULL, (size_t) s->nparams * sizeof (unsigned));
  for (int i = 0; i < s->nparams; i++)
    x->levels[i] = levels ? levels[i] : 0;
  x->foreign = foreign;
  x->holds = esc_xrealloc (NULL, 4 * sizeof (int));
  x->name = esc_strdup (call);
  x->pos = ut_pos;
  x->pos.line = line;
  x->chain = esc_xrealloc (NULL, sizeof *x->chain);
  x->nchain = 1;
  x->chain[0].function = esc_strdup (s->name);
  x->chain[0].call = esc_strdup (call);
  x->chain[0].pos = x->pos;
  return s->nfresh++;
}

/* esc_summary_select: a summary seen through an IPA clone that keeps
   some of the parameters (lto-summaries.cc).  Keeping all of them, in
   order, gives the same summary back, field for field as the file
   writes it.  */
START_TEST (test_summary_select_all)
{
  esc_summary *s = rich ();
  int from[] = { 0, 1 };
  esc_summary *t = ut_keep_summary (esc_summary_select (s, from, 2));
  char *a = esc_summary_json (s), *b = esc_summary_json (t);
  ck_assert_str_eq (a, b);
  esc_free (a);
  esc_free (b);
  /* Not a selection: a parameter twice, or one it does not have.  */
  int twice[] = { 0, 0 }, out[] = { 0, 2 };
  ck_assert_ptr_null (esc_summary_select (s, twice, 2));
  ck_assert_ptr_null (esc_summary_select (s, out, 2));
  ck_assert_ptr_null (esc_summary_select (s, from, 3));
}
END_TEST

/* "g (o, k, v)" where k, a constant in the clone, takes part in nothing:
   g stores v into *o, frees *v, hands over an object through *v holding
   o's pointee, prints under the format in v, allocates o's value bytes.  */
static esc_summary *
unused_middle (void)
{
  esc_summary *s = ut_summary ("g", 3);
  s->leaks[2].content[0] = 0;
  s->leaks[2].content_levels[0] = 1u;
  s->leaks[0].heap = 2;
  s->frees[2] = true;
  s->frees_from[2] = 0;
  s->scalar[1] = true;
  s->vararg_format = 2;
  s->alloc.size.param = 0;
  s->alloc.size.konst = -1;
  unsigned levels[3] = { 2u, 0, 0 };
  add_fresh (s, 2, -1, "malloc(8)", 7, levels, false);
  return s;
}

START_TEST (test_summary_select_drops_unused)
{
  esc_summary *s = unused_middle ();
  int from[] = { 0, 2 };
  esc_summary *t = ut_keep_summary (esc_summary_select (s, from, 2));
  ck_assert_int_eq (t->nparams, 2);
  ck_assert_int_eq (t->leaks[0].heap, 2);
  ck_assert_int_eq (t->leaks[1].content[0], 0);
  ck_assert_uint_eq (t->leaks[1].content_levels[0], 1u);
  ck_assert_int_eq (t->leaks[0].content[1], ESC_LEAK_NONE);
  ck_assert (t->frees[1] && !t->frees[0]);
  ck_assert (!t->scalar[0] && !t->scalar[1]);
  ck_assert_int_eq (t->vararg_format, 1);
  ck_assert_int_eq (t->alloc.size.param, 0);
  ck_assert_int_eq (t->nfresh, 1);
  ck_assert_int_eq (t->fresh[0].owner, 1);
  ck_assert_uint_eq (t->fresh[0].levels[0], 2u);
  ck_assert_uint_eq (t->fresh[0].levels[1], 0u);
  ck_assert_str_eq (t->fresh[0].name, "malloc(8)");
  ck_assert_str_eq (t->param_names[1], s->param_names[2]);
}
END_TEST

/* A parameter left out that takes part in anything the summary says
   refuses the selection: the caller no longer passes it, and a constant
   the clone has in its place may point to memory the flow would say
   nothing of.  One use at a time.  */
START_TEST (test_summary_select_refuses_used)
{
  int from[] = { 0, 2 };
  for (int use = 0; use < 16; use++)
    {
      esc_summary *s = unused_middle ();
      switch (use)
	{
	case 0: s->leaks[1].deep[0] = 1; break;
	case 1: s->leaks[1].result = 0; break;
	case 2: s->leaks[0].deep[1] = 1; break;
	case 3: s->leaks[1].content[0] = 0; break;
	case 4: s->leaks[0].content[1] = 0; break;
	case 5: s->leaks[1].deep[2] = 1; break;
	case 6: s->leaks[2].deep[1] = 1; break;
	case 7: s->content_foreign[1] = true; break;
	case 8: s->frees[1] = true; break;
	case 9: s->writes_deep_into[1] = true; break;
	case 10: s->content_raw[1] = true; break;
	case 11: s->alloc.is_alloc = true; s->alloc.size.param = 1; break;
	case 12: s->alloc.dealloc_param = 1; break;
	case 13: s->vararg_format = 1; break;
	case 14: s->va_list_param = 1; break;
	case 15: s->fresh[0].levels[1] = 1u; break;
	}
      ck_assert_msg (esc_summary_select (s, from, 2) == NULL, "use %d", use);
      /* The same parameter kept is fine.  */
      int all[] = { 0, 1, 2 };
      esc_summary *t = esc_summary_select (s, all, 3);
      ck_assert_msg (t != NULL, "use %d", use);
      esc_summary_free (t);
    }
  esc_summary *s = unused_middle ();
  /* Where the dropped one's own value goes (the heap, read as data)
     concerns the constant in its place, not the caller's objects.  */
  s->leaks[1].heap = 0;
  s->leaks[1].data = 1;
  esc_summary *t = esc_summary_select (s, from, 2);
  ck_assert_ptr_nonnull (t);
  ck_assert_int_eq (t->leaks[0].heap, 2);
  esc_summary_free (t);
  s->fresh[0].owner = 1;
  ck_assert_ptr_null (esc_summary_select (s, from, 2));
  s->fresh[0].owner = 2;
  s->vararg_into = 1;
  ck_assert_ptr_null (esc_summary_select (s, from, 2));
}
END_TEST


/* A second build's constructor hands over objects the first did not
   know of (made by callees of other units) and holds more of its
   parameters through them: covered when the file's summary takes each
   new object for the heap, each of its own for one of the definition's,
   and sends the parameters held anew to the heap.  */
START_TEST (test_summaries_cover_fresh_grown)
{
  esc_summary *file = ut_summary ("f", 2);
  esc_summary *own = ut_summary ("f", 2);
  file->leaks[0].heap = 0;
  own->leaks[0].heap = 0;
  const unsigned one[2] = { 0, 2u }, both[2] = { 0x1feu, 2u };
  add_fresh (file, 0, -1, "mk(s)", 10, one, true);
  add_fresh (own, 0, -1, "mk(s)", 10, both, true);
  /* Param 0 held at levels 1.., which the file sends to the heap.  */
  ck_assert (covered_by (file, own));
  file->leaks[0].heap = 2;
  ck_assert (!covered_by (file, own));
  file->leaks[0].heap = 0;
  /* A second object, into *s: the heap in the file, which says *s may
     hold the callee's pointers.  */
  int extra = add_fresh (own, 0, -1, "dynarray_add(s)", 12, NULL, true);
  ck_assert (covered_by (file, own));	/* *s escapes in the file.  */
  file->leaks[0].heap = 1;
  own->leaks[0].heap = 1;
  ck_assert (!covered_by (file, own));
  file->content_foreign[0] = true;
  ck_assert (covered_by (file, own));
  /* The new object holding the matched one: the file's site would be
     held by nothing.  */
  own->fresh[extra].holds[own->fresh[extra].nholds++] = 0;
  ck_assert (!covered_by (file, own));
  own->fresh[extra].nholds = 0;
  /* The matched one holding the new one: the file's must hold the
     callee's pointers.  */
  own->fresh[0].holds[own->fresh[0].nholds++] = extra;
  ck_assert (covered_by (file, own));
  file->fresh[0].foreign = false;
  own->fresh[0].foreign = false;
  ck_assert (!covered_by (file, own));
  own->fresh[0].nholds = 0;
  ck_assert (covered_by (file, own));
  /* Holding the callee's own pointers where the file's does not.  */
  own->fresh[0].foreign = true;
  ck_assert (!covered_by (file, own));
  /* Unless the file's escapes in the caller: stored into *s, which the
     file sends to the heap (zlib's gzclose_w).  */
  file->leaks[0].heap = 0;
  ck_assert (covered_by (file, own));
  file->leaks[0].heap = 1;
  own->fresh[0].foreign = false;
  /* An object of the file's the definition no longer hands over (it
     keeps it): the caller took it for its own.  */
  add_fresh (file, 1, -1, "mk(v)", 14, NULL, true);
  ck_assert (!covered_by (file, own));
  /* Handed over elsewhere (the result): not the same object.  */
  add_fresh (own, ESC_FRESH_RESULT, -1, "mk(v)", 14, NULL, true);
  file->result_foreign = true;
  ck_assert (!covered_by (file, own));
  own->fresh[own->nfresh - 1].owner = 1;
  ck_assert (covered_by (file, own));
  /* A member of the new object: held by the heap in the file.  */
  add_fresh (own, ESC_FRESH_MEMBER, extra, "malloc(8)", 16, NULL, false);
  ck_assert (covered_by (file, own));
  /* A member of a matched object the file's does not hold the callee's
     pointers in.  */
  own->fresh[own->nfresh - 1].parent = 0;
  ck_assert (!covered_by (file, own));
  file->fresh[0].foreign = true;
  ck_assert (covered_by (file, own));
  /* The file's member is matched only under the matched parent.  */
  add_fresh (file, ESC_FRESH_MEMBER, 0, "malloc(8)", 16, NULL, false);
  ck_assert (covered_by (file, own));
  file->fresh[file->nfresh - 1].parent = 1;
  ck_assert (!covered_by (file, own));
}
END_TEST

/* What a caller wires from another unit's summary: the argument of a
   function that keeps nothing does not escape, of one that stores it in a
   global it does.  */
static const esc_summary *
by_index (void *ctx, int callee)
{
  const esc_summary *const *s = ctx;
  return callee >= 0 && callee < 2 ? s[callee] : NULL;
}

START_TEST (test_summaries_in_a_caller)
{
  esc_summaries_reset ();
  esc_summary *fill = ut_summary ("fill", 1);
  esc_summary *keep = ut_summary ("keep", 1);
  keep->leaks[0].heap = 0;
  char *l1 = line_for (fill, "fill", NULL), *l2 = line_for (keep, "keep", NULL);
  char text[8192], path[64], err[512];
  snprintf (text, sizeof text, "%s%s", l1, l2);
  temp_file (path, text);
  ck_assert_msg (esc_summaries_load (path, err, sizeof err), "%s", err);
  const char *hash;
  const esc_summary *sums[2] = { esc_summaries_lookup ("fill", &hash),
    esc_summaries_lookup ("keep", &hash) };
  for (int callee = 0; callee < 2; callee++)
    {
      esc_graph *g = ut_graph ("caller");
      esc_loc m = ut_alloc (g, "m", 0);
      esc_loc vm = ut_addr (g, "vm", m, 0);
      int c = esc_call_new (g, callee, callee ? "keep" : "fill", 1,
			    ESC_NO_NOTE);
      esc_call_arg (g, c, 0, vm);
      esc_solve_with (g, by_index, (void *) sums);
      ck_assert_int_eq (esc_escapes (g, m), callee == 1);
    }
  unlink (path);
  esc_summaries_reset ();
  esc_free (l1);
  esc_free (l2);
}
END_TEST

START_TEST (test_summaries_names)
{
  ck_assert (esc_summary_name_ok ("xmalloc"));
  ck_assert (esc_summary_name_ok ("f.part.0"));
  ck_assert (!esc_summary_name_ok (""));
  ck_assert (!esc_summary_name_ok ("a b"));
  ck_assert (!esc_summary_name_ok ("f\"g"));
  ck_assert (!esc_summary_name_ok (NULL));
}
END_TEST

Suite *
summaries_suite (void)
{
  Suite *s = suite_create ("summaries");
  TCase *tc = ut_tcase ("summaries");
  tcase_add_test (tc, test_summaries_round_trip);
  tcase_add_test (tc, test_summaries_calls_out);
  tcase_add_test (tc, test_summaries_typed_reads);
  tcase_add_test (tc, test_summaries_allocator_roles);
  tcase_add_test (tc, test_summaries_parse_errors);
  tcase_add_test (tc, test_summaries_load_and_lookup);
  tcase_add_test (tc, test_summaries_roles_for_callers);
  tcase_add_test (tc, test_summaries_load_errors);
  tcase_add_test (tc, test_summaries_cover);
  tcase_add_test (tc, test_summaries_cover_deep_writes);
  tcase_add_test (tc, test_summaries_cover_formats);
  tcase_add_test (tc, test_summaries_cover_deep_stores);
  tcase_add_test (tc, test_summaries_cover_own_deeper);
  tcase_add_test (tc, test_summaries_cover_flows_from_heap);
  tcase_add_test (tc, test_summaries_cover_frees);
  tcase_add_test (tc, test_summaries_cover_roles);
  tcase_add_test (tc, test_summaries_cover_fresh_grown);
  tcase_add_test (tc, test_summaries_in_a_caller);
  tcase_add_test (tc, test_summaries_names);
  tcase_add_test (tc, test_summary_select_all);
  tcase_add_test (tc, test_summary_select_drops_unused);
  tcase_add_test (tc, test_summary_select_refuses_used);
  suite_add_tcase (s, tc);
  return s;
}
