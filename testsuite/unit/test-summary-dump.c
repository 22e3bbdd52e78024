/* test-summary-dump.c - a summary as the text GCC's dump file gets
   (esc_summary_dump): every field, none optimised away.  */

#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "unit.h"
#include "../../core/memory.h"

/* S dumped, in a string the caller frees.  */
static char *
dumped (const esc_summary *s)
{
  char *buf = NULL;
  size_t len = 0;
  FILE *out = open_memstream (&buf, &len);
  ck_assert_ptr_nonnull (out);
  esc_summary_dump (out, s);
  fclose (out);
  return buf;
}

static void
check_dump (const esc_summary *s, const char *want)
{
  char *got = dumped (s);
  ck_assert_str_eq (got, want);
  free (got);
}

START_TEST (test_dump_nothing_flows)
{
  /* f (p): nothing, and varargs as esc_summary_of leaves them.  */
  esc_graph *g = ut_graph ("f");
  esc_param_new (g, "p", 0, ut_pos);
  esc_solve (g);
  esc_summary *s = ut_keep_summary (esc_summary_of (g));
  check_dump (s, "summary of f (1 parameter)\n"
		 "  param 0 p: no flows\n"
		 "  varargs: heap derefs=0, foreign\n");
}
END_TEST

START_TEST (test_dump_typed_reads)
{
  /* len (s, t): s read through typed fields, its pointee type known; t
     the same with the type unknown (a summary from a file), and read
     as data at level 2 too.  */
  esc_summary *s = ut_summary ("len", 2);
  s->typed_reads[0] = s->typed_reads[1] = true;
  s->pointee_type[0] = 17;
  s->leaks[1].data = 2;
  check_dump (s, "summary of len (2 parameters)\n"
		 "  param 0 {param 1}: data through typed fields\n"
		 "  param 1 {param 2}: data derefs=2, data through typed "
		 "fields of an unknown type\n");
}
END_TEST

START_TEST (test_dump_leaks_with_derefs)
{
  /* f (p, q): heap = p; *q = p; return *q or q (levels 1 and 0, which
     returns p too).  The flows of p to the result and into *q are kept
     although the heap flow is as close: the dump hides nothing that the
     notes drop.  */
  esc_graph *g = ut_graph ("f");
  esc_loc p = esc_param_new (g, "p", 0, ut_pos);
  esc_loc q = esc_param_new (g, "q", 1, ut_pos);
  esc_flow (g, ESC_LOC_HEAP, p, 0, ESC_NO_NOTE);
  esc_store (g, q, p, 0, ESC_NO_NOTE);
  esc_flow (g, ESC_LOC_RESULT, q, 1, ESC_NO_NOTE);
  esc_flow (g, ESC_LOC_RESULT, q, 0, ESC_NO_NOTE);
  esc_solve (g);
  esc_summary *s = ut_keep_summary (esc_summary_of (g));
  s->vararg_heap = ESC_LEAK_NONE;
  s->vararg_foreign = false;
  check_dump (s, "summary of f (2 parameters)\n"
		 "  param 0 p: heap derefs=0, result derefs=0, into *q derefs=0\n"
		 "  param 1 q: result derefs=0 levels=0x3\n");
}
END_TEST

START_TEST (test_dump_flags_and_varargs)
{
  esc_summary *s = ut_summary ("fill", 2);
  s->content_foreign[0] = true;
  s->content_raw[0] = true;
  s->frees[1] = true;
  s->leaks[1].data = 1;
  s->vararg_into = 0;
  s->vararg_into_derefs = 0;
  s->vararg_data = 1;
  s->writes_deep = true;
  s->result_foreign = true;
  s->calls_out = false;
  check_dump (s, "summary of fill (2 parameters)\n"
		 "  param 0 {param 1}: no flows, content foreign, content raw\n"
		 "  param 1 {param 2}: data derefs=1, frees\n"
		 "  varargs: into *{param 1} derefs=0, data derefs=1\n"
		 "  writes deep\n"
		 "  result foreign\n"
		 "  runs only its unit's code\n");
}
END_TEST

START_TEST (test_dump_allocator_facts)
{
  /* xcalloc (n, size) wraps calloc; xfree (p) frees its parameter.  */
  esc_summary *s = ut_summary ("xcalloc", 2);
  s->alloc.is_alloc = true;
  s->alloc.inner = "calloc";
  s->alloc.size.param = 1;
  s->alloc.size.konst = 1;
  s->alloc.has_count = true;
  s->alloc.count.param = 0;
  s->alloc.count.konst = -1;
  s->alloc.family = 0;
  s->alloc.movable = true;
  s->alloc.zeroes = true;
  check_dump (s, "summary of xcalloc (2 parameters)\n"
		 "  param 0 {param 1}: no flows\n"
		 "  param 1 {param 2}: no flows\n"
		 "  allocator: wraps calloc, size param 1 {param 2} at least 1"
		 " times count param 0 {param 1}, family 0, movable, zeroes\n");
  esc_summary *d = ut_summary ("xfree", 1);
  d->alloc.dealloc_param = 0;
  d->alloc.dealloc_family = 2;
  check_dump (d, "summary of xfree (1 parameter)\n"
		 "  param 0 {param 1}: no flows\n"
		 "  deallocator: frees param 0 {param 1}, family 2\n");
  esc_summary *a = ut_summary ("mk", 0);
  a->alloc.is_alloc = true;
  a->alloc.inner = "my_alloc";
  a->alloc.size.param = -1;
  a->alloc.size.konst = 16;
  a->alloc.family = 3;
  a->alloc.attribute = true;
  check_dump (a, "summary of mk (0 parameters)\n"
		 "  allocator: wraps my_alloc, size 16, family 3,"
		 " by attributes\n");
}
END_TEST

START_TEST (test_dump_formats)
{
  /* vlog (fmt, ap): what ap holds is printed under fmt, read as data.  */
  esc_summary *s = ut_summary ("vlog", 2);
  esc_free (s->param_names[0]);
  s->param_names[0] = esc_strdup ("fmt");
  esc_free (s->param_names[1]);
  s->param_names[1] = esc_strdup ("ap");
  s->va_list_param = 1;
  s->vararg_format = 0;
  s->vararg_data = 1;
  check_dump (s, "summary of vlog (2 parameters)\n"
		 "  param 0 fmt: no flows\n"
		 "  param 1 ap: no flows\n"
		 "  varargs: held by va_list param 1 ap, printed under the "
		 "format in param 0 fmt, data derefs=1\n");
  s->va_list_param = -1;
  s->vararg_format = ESC_FORMAT_ANY;
  s->vararg_data = ESC_LEAK_NONE;
  check_dump (s, "summary of vlog (2 parameters)\n"
		 "  param 0 fmt: no flows\n"
		 "  param 1 ap: no flows\n"
		 "  varargs: printed under a format that may print a "
		 "pointer\n");
}
END_TEST

START_TEST (test_dump_fresh)
{
  /* pair (a): returns a node whose member is a second allocation holding
     A; the member was made by a callee.  */
  esc_summary *s = ut_summary ("pair", 1);
  s->nfresh = 2;
  s->fresh = calloc (2, sizeof *s->fresh);
  esc_fresh *r = &s->fresh[0], *m = &s->fresh[1];
  r->owner = ESC_FRESH_RESULT;
  r->name = strdup ("malloc(16)");
  r->pos = ut_pos;
  r->levels = calloc (1, sizeof *r->levels);
  r->nholds = 1;
  r->holds = malloc (sizeof *r->holds);
  r->holds[0] = 1;
  m->owner = ESC_FRESH_MEMBER;
  m->parent = 0;
  m->name = strdup ("mk(a)");
  m->pos = ut_nopos;
  m->levels = calloc (1, sizeof *m->levels);
  m->levels[0] = 0x1;
  m->foreign = true;
  m->nchain = 1;
  m->chain = calloc (1, sizeof *m->chain);
  m->chain[0].function = strdup ("mk");
  m->chain[0].call = strdup ("malloc(8)");
  m->chain[0].pos = ut_pos;
  char want[512];
  snprintf (want, sizeof want,
	    "summary of pair (1 parameter)\n"
	    "  param 0 {param 1}: no flows\n"
	    "  fresh 0: malloc(16) at %s:%d:%d, the result, holds fresh 1\n"
	    "  fresh 1: mk(a), a member of fresh 0,"
	    " holds param 0 {param 1} levels=0x1, foreign\n"
	    "    made by malloc(8) in mk at %s:%d:%d\n",
	    ut_pos.file, ut_pos.line, ut_pos.column,
	    ut_pos.file, ut_pos.line, ut_pos.column);
  check_dump (s, want);
  /* A fresh object stored into what a parameter points to.  */
  r->owner = 0;
  char *got = dumped (s);
  ck_assert_ptr_null (strstr (got, "the result"));
  ck_assert_ptr_nonnull (strstr (got, ", stored into *{param 1}, "));
  free (got);
}
END_TEST

Suite *
summary_dump_suite (void)
{
  Suite *s = suite_create ("summary_dump");
  TCase *tc = ut_tcase ("summary_dump");
  tcase_add_test (tc, test_dump_nothing_flows);
  tcase_add_test (tc, test_dump_typed_reads);
  tcase_add_test (tc, test_dump_leaks_with_derefs);
  tcase_add_test (tc, test_dump_flags_and_varargs);
  tcase_add_test (tc, test_dump_allocator_facts);
  tcase_add_test (tc, test_dump_fresh);
  tcase_add_test (tc, test_dump_formats);
  suite_add_tcase (s, tc);
  return s;
}
