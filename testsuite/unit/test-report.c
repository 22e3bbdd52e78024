/* test-report.c - the exact words of Go's -m and -m=2, through a capturing
   emit callback.  */

#include <string.h>
#include "unit.h"

static ut_capture out;

#define LINES(cnt)							\
  ck_assert_msg (out.n == (cnt), "expected %d lines, got %d:%s", (cnt),	\
		 out.n, ut_capture_text (&out))
#define LINE(i, s)							\
  ck_assert_msg (out.n > (i) && strcmp (out.line[i], (s)) == 0,		\
		 "line %d: expected \"%s\", got:%s", (i), (s),		\
		 ut_capture_text (&out))

static void
report_alloc (esc_graph *g, esc_loc site, int level)
{
  ut_capture_reset (&out);
  esc_report_alloc (g, site, level, ut_emit, &out);
}

static void
report_param (esc_graph *g, esc_loc p, int level)
{
  ut_capture_reset (&out);
  esc_report_param (g, p, level, ut_emit, &out);
}

/* p = malloc (N) at f.c:3:13; if ESCAPES, g = p at f.c:4:5.  */
static esc_loc
malloc_site (esc_graph *g, const char *name, bool escapes)
{
  esc_pos at = { "f.c", 3, 13 }, at2 = { "f.c", 4, 5 };
  esc_loc site = esc_loc_new (g, ESC_ALLOC, name, 0, at);
  esc_loc p = ut_val (g, "p", 0);
  esc_flow (g, p, site, -1, esc_note_new (g, "p = malloc (n)", "assign", at));
  if (escapes)
    esc_flow (g, ESC_LOC_HEAP, p, 0,
	      esc_note_new (g, "g = p", "assign", at2));
  return site;
}

START_TEST (test_report_alloc_does_not_escape)
{
  esc_graph *g = ut_graph ("f");
  esc_loc site = malloc_site (g, "malloc(16)", false);
  esc_solve (g);
  report_alloc (g, site, 1);
  LINES (1);
  LINE (0, "malloc(16) does not escape");
  /* -m=2 has nothing to explain.  */
  report_alloc (g, site, 2);
  LINES (1);
  LINE (0, "malloc(16) does not escape");
}
END_TEST

START_TEST (test_report_alloc_escapes)
{
  esc_graph *g = ut_graph ("f");
  esc_loc site = malloc_site (g, "malloc(n)", true);
  esc_solve (g);
  report_alloc (g, site, 1);
  LINES (1);
  LINE (0, "malloc(n) escapes to heap");
}
END_TEST

START_TEST (test_report_alloc_escapes_level2)
{
  esc_graph *g = ut_graph ("f");
  esc_loc site = malloc_site (g, "malloc(n)", true);
  esc_solve (g);
  report_alloc (g, site, 2);
  LINES (6);
  LINE (0, "malloc(n) escapes to heap:");
  LINE (1, "  flow: p = &{storage for malloc(n)}:");
  LINE (2, "    from p = malloc (n) (assign) at f.c:3:13");
  LINE (3, "  flow: {heap} = p:");
  LINE (4, "    from g = p (assign) at f.c:4:5");
  LINE (5, "malloc(n) escapes to heap");
}
END_TEST

START_TEST (test_report_flow_operators)
{
  /* cell = &o; pc = &cell; r = *pc; g = r: each step's operator.  A note
     without a file has no " at", a step without a note no "from".  */
  esc_graph *g = ut_graph ("f");
  esc_loc o = ut_alloc (g, "calloc(2, 8)", 0), cell = ut_var (g, "cell", 0);
  esc_flow (g, cell, o, -1, esc_note_new (g, "cell = calloc (2, 8)",
					  "assign", ut_nopos));
  esc_loc pc = ut_addr (g, "pc", cell, 0);
  esc_loc r = ut_val (g, "r", 0);
  esc_flow (g, r, pc, 1, esc_note_new (g, "r = *pc", "indirection", ut_pos));
  esc_flow (g, ESC_LOC_HEAP, r, 0, ESC_NO_NOTE);
  esc_solve (g);
  report_alloc (g, o, 2);
  LINES (8);
  LINE (0, "calloc(2, 8) escapes to heap:");
  LINE (1, "  flow: cell = &{storage for calloc(2, 8)}:");
  LINE (2, "    from cell = calloc (2, 8) (assign)");
  LINE (3, "  flow: pc = &cell:");
  LINE (4, "  flow: r = *pc:");
  LINE (5, "    from r = *pc (indirection) at f.c:3:7");
  LINE (6, "  flow: {heap} = r:");
  LINE (7, "calloc(2, 8) escapes to heap");
}
END_TEST

START_TEST (test_report_flow_two_derefs)
{
  /* return **pp where a param p points into it: "**" in the flow line.  */
  esc_graph *g = ut_graph ("f");
  esc_loc p = esc_param_new (g, "p", 0, ut_pos);
  esc_flow (g, ESC_LOC_HEAP, p, 2,
	    esc_note_new (g, "g = **p", "assign", ut_pos));
  esc_solve (g);
  report_param (g, p, 2);
  LINES (4);
  LINE (0, "parameter p leaks to {heap} with derefs=2:");
  LINE (1, "  flow: {heap} = **p:");
  LINE (2, "    from g = **p (assign) at f.c:3:7");
  LINE (3, "leaking param content: p");
}
END_TEST

START_TEST (test_report_alloc_loop_reason)
{
  /* for (...) { q = malloc (8); } with v outside the loop keeping q.  */
  esc_graph *g = ut_graph ("f");
  esc_pos at = { "l.c", 5, 9 };
  esc_loc site = esc_loc_new (g, ESC_ALLOC, "malloc(8)", 1, at);
  esc_loc v = ut_val (g, "v", 0);
  esc_flow (g, v, site, -1, esc_note_new (g, "v = malloc (8)", "assign", at));
  esc_solve (g);
  report_alloc (g, site, 2);
  LINES (5);
  LINE (0, "malloc(8) escapes to heap:");
  LINE (1, "  flow: v = &{storage for malloc(8)}:");
  LINE (2, "    from v = malloc (8) (assign) at l.c:5:9");
  LINE (3, "  reason: v keeps it past the loop iteration that allocated it");
  LINE (4, "malloc(8) escapes to heap");
  report_alloc (g, site, 1);
  LINES (1);
  LINE (0, "malloc(8) escapes to heap");
}
END_TEST

/* An object stored into a container that escapes: the path goes on through
   the container to the heap instead of stopping at the container.  */
START_TEST (test_report_alloc_chain_through_container)
{
  esc_graph *g = ut_graph ("f");
  esc_pos at = { "c.c", 4, 3 };
  esc_loc box = esc_loc_new (g, ESC_ALLOC, "malloc(16)", 0, at);
  esc_loc item = esc_loc_new (g, ESC_ALLOC, "malloc(8)", 0, at);
  esc_loc b = ut_addr (g, "b", box, 0);
  esc_loc i = ut_addr (g, "i", item, 0);
  esc_store (g, b, i, 0, esc_note_new (g, "b->p = i", "store", at));
  esc_flow (g, ESC_LOC_HEAP, b, 0, esc_note_new (g, "g = b", "assign", at));
  esc_solve (g);
  report_alloc (g, item, 2);
  LINES (8);
  LINE (0, "malloc(8) escapes to heap:");
  LINE (1, "  flow: i = &{storage for malloc(8)}:");
  LINE (2, "  flow: {storage for malloc(16)} = i:");
  LINE (3, "    from b->p = i (store) at c.c:4:3");
  LINE (4, "  flow: b = &{storage for malloc(16)}:");
  LINE (5, "  flow: {heap} = b:");
  LINE (6, "    from g = b (assign) at c.c:4:3");
  LINE (7, "malloc(8) escapes to heap");
}
END_TEST

START_TEST (test_report_no_loop_reason_for_real_escape)
{
  esc_graph *g = ut_graph ("f");
  esc_loc site = esc_loc_new (g, ESC_ALLOC, "malloc(8)", 1, ut_pos);
  esc_loc v = ut_addr (g, "v", site, 0);
  esc_flow (g, ESC_LOC_HEAP, v, 0, ESC_NO_NOTE);
  esc_solve (g);
  report_alloc (g, site, 2);
  for (int i = 0; i < out.n; i++)
    ck_assert_msg (strstr (out.line[i], "reason:") == NULL,
		   "unexpected reason:%s", ut_capture_text (&out));
  ck_assert_int_ge (out.n, 2);
  LINE (out.n - 1, "malloc(8) escapes to heap");
}
END_TEST

/* f (p): with HEAP_DEREFS >= 0 "g = *..*p", with RESULT_DEREFS >= 0
   "return *..*p".  */
static esc_graph *
param_graph (esc_loc *p, int heap_derefs, int result_derefs)
{
  esc_graph *g = ut_graph ("f");
  *p = esc_param_new (g, "p", 0, ut_pos);
  if (heap_derefs >= 0)
    esc_flow (g, ESC_LOC_HEAP, *p, heap_derefs,
	      esc_note_new (g, "g = p", "assign", ut_pos));
  if (result_derefs >= 0)
    esc_flow (g, ESC_LOC_RESULT, *p, result_derefs,
	      esc_note_new (g, "return p", "return", ut_pos));
  esc_solve (g);
  return g;
}

START_TEST (test_report_param_leaking)
{
  esc_loc p;
  esc_graph *g = param_graph (&p, 0, -1);
  report_param (g, p, 1);
  LINES (1);
  LINE (0, "leaking param: p");
}
END_TEST

START_TEST (test_report_param_leaking_content)
{
  esc_loc p;
  esc_graph *g = param_graph (&p, 1, -1);
  report_param (g, p, 1);
  LINES (1);
  LINE (0, "leaking param content: p");
}
END_TEST

START_TEST (test_report_param_to_result)
{
  esc_loc p;
  esc_graph *g = param_graph (&p, -1, 0);
  report_param (g, p, 1);
  LINES (1);
  LINE (0, "leaking param: p to result");
}
END_TEST

START_TEST (test_report_param_to_result_level)
{
  esc_loc p;
  esc_graph *g = param_graph (&p, -1, 1);
  report_param (g, p, 1);
  LINES (1);
  LINE (0, "leaking param: p to result level=1");
}
END_TEST

START_TEST (test_report_param_does_not_escape)
{
  esc_loc p;
  esc_graph *g = param_graph (&p, -1, -1);
  report_param (g, p, 1);
  LINES (1);
  LINE (0, "p does not escape");
  report_param (g, p, 2);
  LINES (1);
  LINE (0, "p does not escape");
}
END_TEST

START_TEST (test_report_param_result_no_better_than_heap)
{
  /* Go's leaks.Optimize: a result flow no closer than the heap flow is
     not printed.  */
  esc_loc p;
  esc_graph *g = param_graph (&p, 0, 0);
  report_param (g, p, 1);
  LINES (1);
  LINE (0, "leaking param: p");
  g = param_graph (&p, 1, 1);
  report_param (g, p, 1);
  LINES (1);
  LINE (0, "leaking param content: p");
  g = param_graph (&p, 0, 1);
  report_param (g, p, 1);
  LINES (1);
  LINE (0, "leaking param: p");
}
END_TEST

START_TEST (test_report_param_result_better_than_heap)
{
  esc_loc p;
  esc_graph *g = param_graph (&p, 1, 0);
  report_param (g, p, 1);
  LINES (2);
  LINE (0, "leaking param content: p");
  LINE (1, "leaking param: p to result");
}
END_TEST

START_TEST (test_report_param_into_other_param)
{
  /* *q = p: p goes into the caller's object behind q, said as such.  */
  esc_graph *g = ut_graph ("f");
  esc_loc p = esc_param_new (g, "p", 0, ut_pos);
  esc_loc q = esc_param_new (g, "q", 1, ut_pos);
  esc_store (g, q, p, 0, esc_note_new (g, "*q = p", "assign", ut_pos));
  esc_solve (g);
  report_param (g, p, 1);
  LINES (1);
  LINE (0, "leaking param: p into *q");
  report_param (g, q, 1);
  LINES (1);
  LINE (0, "q does not escape");
  report_param (g, p, 2);
  LINES (4);
  /* The header names where the flow ends: the caller's object behind q.  */
  LINE (0, "parameter p leaks to *q with derefs=0:");
  LINE (1, "  flow: *q = p:");
  LINE (2, "    from *q = p (assign) at f.c:3:7");
  LINE (3, "leaking param: p into *q");
}
END_TEST

START_TEST (test_report_param_level2)
{
  esc_loc p;
  esc_graph *g = param_graph (&p, 1, 0);
  report_param (g, p, 2);
  LINES (8);
  LINE (0, "parameter p leaks to {heap} with derefs=1:");
  LINE (1, "  flow: {heap} = *p:");
  LINE (2, "    from g = p (assign) at f.c:3:7");
  LINE (3, "leaking param content: p");
  LINE (4, "parameter p leaks to {result} with derefs=0:");
  LINE (5, "  flow: {result} = p:");
  LINE (6, "    from return p (return) at f.c:3:7");
  LINE (7, "leaking param: p to result");
}
END_TEST

START_TEST (test_report_param_level2_explains_best_leak)
{
  /* g = p (heap, derefs 0) and *q = *p (q's object, derefs 1): the heap
     level is 0, so the explanation must be the derefs=0 flow.  */
  esc_graph *g = ut_graph ("f");
  esc_loc p = esc_param_new (g, "p", 0, ut_pos);
  esc_loc q = esc_param_new (g, "q", 1, ut_pos);
  esc_flow (g, ESC_LOC_HEAP, p, 0,
	    esc_note_new (g, "g = p", "assign", ut_pos));
  esc_store (g, q, p, 1, esc_note_new (g, "*q = *p", "assign", ut_pos));
  esc_solve (g);
  report_param (g, p, 2);
  LINES (4);
  LINE (0, "parameter p leaks to {heap} with derefs=0:");
  LINE (1, "  flow: {heap} = p:");
  LINE (2, "    from g = p (assign) at f.c:3:7");
  LINE (3, "leaking param: p");
}
END_TEST

START_TEST (test_report_loc_display)
{
  esc_graph *g = ut_graph ("f");
  esc_loc a = ut_alloc (g, "malloc(16)", 0), x = ut_var (g, "x", 0);
  esc_loc p = esc_param_new (g, "p", 0, ut_pos);
  char buf[64], small[8];
  ck_assert_str_eq (esc_loc_display (g, a, buf, sizeof buf),
		    "{storage for malloc(16)}");
  ck_assert_str_eq (esc_loc_display (g, x, buf, sizeof buf), "x");
  ck_assert_str_eq (esc_loc_display (g, ESC_LOC_HEAP, buf, sizeof buf),
		    "{heap}");
  ck_assert_str_eq (esc_loc_display (g, esc_param_content (g, p), buf,
				     sizeof buf), "*p");
  /* Truncated to the buffer, still terminated.  */
  ck_assert_str_eq (esc_loc_display (g, a, small, sizeof small), "{storag");
}
END_TEST

Suite *
report_suite (void)
{
  Suite *s = suite_create ("report");
  TCase *tc = ut_tcase ("alloc");
  tcase_add_test (tc, test_report_alloc_does_not_escape);
  tcase_add_test (tc, test_report_alloc_escapes);
  tcase_add_test (tc, test_report_alloc_escapes_level2);
  tcase_add_test (tc, test_report_flow_operators);
  tcase_add_test (tc, test_report_alloc_loop_reason);
  tcase_add_test (tc, test_report_alloc_chain_through_container);
  tcase_add_test (tc, test_report_no_loop_reason_for_real_escape);
  tcase_add_test (tc, test_report_loc_display);
  suite_add_tcase (s, tc);
  tc = ut_tcase ("param");
  tcase_add_test (tc, test_report_param_leaking);
  tcase_add_test (tc, test_report_param_leaking_content);
  tcase_add_test (tc, test_report_param_to_result);
  tcase_add_test (tc, test_report_param_to_result_level);
  tcase_add_test (tc, test_report_param_does_not_escape);
  tcase_add_test (tc, test_report_param_result_no_better_than_heap);
  tcase_add_test (tc, test_report_param_result_better_than_heap);
  tcase_add_test (tc, test_report_param_into_other_param);
  tcase_add_test (tc, test_report_flow_two_derefs);
  tcase_add_test (tc, test_report_param_level2);
  tcase_add_test (tc, test_report_param_level2_explains_best_leak);
  suite_add_tcase (s, tc);
  return s;
}
