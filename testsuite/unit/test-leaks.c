/* test-leaks.c - parameter leak summaries: to the heap, to the result,
   into another parameter's object, as minimal derefs.  */

#include "unit.h"

/* A graph for "f (p, q)", with q at index 1.  */
static esc_graph *
two_params (esc_loc *p, esc_loc *q)
{
  esc_graph *g = ut_graph ("f");
  *p = esc_param_new (g, "p", 0, ut_pos);
  *q = esc_param_new (g, "q", 1, ut_pos);
  return g;
}

START_TEST (test_leak_return_p)
{
  esc_loc p, q;
  esc_graph *g = two_params (&p, &q);
  esc_flow (g, ESC_LOC_RESULT, p, 0, ESC_NO_NOTE);
  esc_solve (g);
  const esc_leaks *lk = esc_param_leaks (g, p);
  ck_assert_int_eq (lk->result, 0);
  ck_assert_int_eq (lk->heap, ESC_LEAK_NONE);
  ck_assert_int_eq (esc_leak_heap_level (lk), ESC_LEAK_NONE);
  ck_assert_int_eq (esc_param_leaks (g, q)->result, ESC_LEAK_NONE);
}
END_TEST

START_TEST (test_leak_return_deref_p)
{
  esc_loc p, q;
  esc_graph *g = two_params (&p, &q);
  esc_flow (g, ESC_LOC_RESULT, p, 1, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert_int_eq (esc_param_leaks (g, p)->result, 1);
  ck_assert_int_eq (esc_param_leaks (g, p)->heap, ESC_LEAK_NONE);
}
END_TEST

START_TEST (test_leak_return_deref_deref_p)
{
  /* t = *p; return *t  */
  esc_loc p, q;
  esc_graph *g = two_params (&p, &q);
  esc_loc t = ut_val (g, "t", 0);
  esc_flow (g, t, p, 1, ESC_NO_NOTE);
  esc_flow (g, ESC_LOC_RESULT, t, 1, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert_int_eq (esc_param_leaks (g, p)->result, 2);
}
END_TEST

START_TEST (test_leak_global_p)
{
  esc_loc p, q;
  esc_graph *g = two_params (&p, &q);
  esc_flow (g, ESC_LOC_HEAP, p, 0, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert_int_eq (esc_param_leaks (g, p)->heap, 0);
  ck_assert_int_eq (esc_param_leaks (g, p)->result, ESC_LEAK_NONE);
  ck_assert_int_eq (esc_param_leaks (g, q)->heap, ESC_LEAK_NONE);
}
END_TEST

START_TEST (test_leak_global_deref_p)
{
  esc_loc p, q;
  esc_graph *g = two_params (&p, &q);
  esc_flow (g, ESC_LOC_HEAP, p, 1, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert_int_eq (esc_param_leaks (g, p)->heap, 1);
  ck_assert_int_eq (esc_leak_heap_level (esc_param_leaks (g, p)), 1);
}
END_TEST

START_TEST (test_leak_into_other_param)
{
  /* *q = p  */
  esc_loc p, q;
  esc_graph *g = two_params (&p, &q);
  esc_store (g, q, p, 0, ESC_NO_NOTE);
  esc_solve (g);
  const esc_leaks *lk = esc_param_leaks (g, p);
  ck_assert_ptr_nonnull (lk->content);
  ck_assert_int_eq (lk->nparams, 2);
  ck_assert_int_eq (lk->content[1], 0);
  ck_assert_int_eq (lk->content[0], ESC_LEAK_NONE);
  ck_assert_int_eq (lk->heap, ESC_LEAK_NONE);
  ck_assert_int_eq (esc_leak_heap_level (lk), 0);
}
END_TEST

START_TEST (test_leak_content_into_other_param)
{
  /* *q = *p  */
  esc_loc p, q;
  esc_graph *g = two_params (&p, &q);
  esc_store (g, q, p, 1, ESC_NO_NOTE);
  esc_solve (g);
  const esc_leaks *lk = esc_param_leaks (g, p);
  ck_assert_ptr_nonnull (lk->content);
  ck_assert_int_eq (lk->content[1], 1);
  ck_assert_int_eq (esc_leak_heap_level (lk), 1);
}
END_TEST

START_TEST (test_leak_into_own_content)
{
  /* p->next = p  */
  esc_loc p, q;
  esc_graph *g = two_params (&p, &q);
  esc_store (g, p, p, 0, ESC_NO_NOTE);
  esc_solve (g);
  const esc_leaks *lk = esc_param_leaks (g, p);
  ck_assert_ptr_nonnull (lk->content);
  ck_assert_int_eq (lk->content[0], 0);
  ck_assert_int_eq (esc_leak_heap_level (lk), 0);
}
END_TEST

START_TEST (test_leak_levels_capped)
{
  /* return p with 20 derefs, and a chain of 12 loads: both count as
     ESC_MAX_DEREFS.  */
  esc_loc p, q;
  esc_graph *g = two_params (&p, &q);
  esc_flow (g, ESC_LOC_RESULT, p, 20, ESC_NO_NOTE);
  esc_loc prev = q;
  for (int i = 0; i < 12; i++)
    {
      esc_loc t = ut_val (g, "t", 0);
      esc_flow (g, t, prev, 1, ESC_NO_NOTE);
      prev = t;
    }
  esc_flow (g, ESC_LOC_HEAP, prev, 0, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert_int_eq (esc_param_leaks (g, p)->result, ESC_MAX_DEREFS);
  ck_assert_int_eq (esc_param_leaks (g, q)->heap, ESC_MAX_DEREFS);
}
END_TEST

START_TEST (test_leak_minimum_over_paths)
{
  /* return p and return *p: level 0.  g = *p and g = p: level 0.  */
  esc_loc p, q;
  esc_graph *g = two_params (&p, &q);
  esc_flow (g, ESC_LOC_RESULT, p, 1, ESC_NO_NOTE);
  esc_flow (g, ESC_LOC_RESULT, p, 0, ESC_NO_NOTE);
  esc_flow (g, ESC_LOC_HEAP, q, 1, ESC_NO_NOTE);
  esc_loc t = ut_val (g, "t", 0);
  esc_flow (g, t, q, 0, ESC_NO_NOTE);
  esc_flow (g, ESC_LOC_HEAP, t, 0, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert_int_eq (esc_param_leaks (g, p)->result, 0);
  ck_assert_int_eq (esc_param_leaks (g, q)->heap, 0);
}
END_TEST

START_TEST (test_leak_through_copies)
{
  /* t = p; u = t; return u  */
  esc_loc p, q;
  esc_graph *g = two_params (&p, &q);
  esc_loc t = ut_val (g, "t", 0), u = ut_val (g, "u", 0);
  esc_flow (g, t, p, 0, ESC_NO_NOTE);
  esc_flow (g, u, t, 0, ESC_NO_NOTE);
  esc_flow (g, ESC_LOC_RESULT, u, 0, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert_int_eq (esc_param_leaks (g, p)->result, 0);
}
END_TEST

START_TEST (test_leak_through_local_object)
{
  /* po = &o; *po = p; return *po: p reaches the result through o.  */
  esc_loc p, q;
  esc_graph *g = two_params (&p, &q);
  esc_loc o = ut_var (g, "o", 0);
  esc_loc po = ut_addr (g, "po", o, 0);
  esc_store (g, po, p, 0, ESC_NO_NOTE);
  esc_flow (g, ESC_LOC_RESULT, po, 1, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert_int_eq (esc_param_leaks (g, p)->result, 0);
  ck_assert_int_eq (esc_param_leaks (g, p)->heap, ESC_LEAK_NONE);
  ck_assert (!esc_escapes (g, o));
}
END_TEST

START_TEST (test_leak_stored_in_local_stays)
{
  /* *po = p with o local and never read out: no leak.  */
  esc_loc p, q;
  esc_graph *g = two_params (&p, &q);
  esc_loc o = ut_var (g, "o", 0);
  esc_store (g, ut_addr (g, "po", o, 0), p, 0, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert_int_eq (esc_leak_heap_level (esc_param_leaks (g, p)),
		    ESC_LEAK_NONE);
  ck_assert_int_eq (esc_param_leaks (g, p)->result, ESC_LEAK_NONE);
}
END_TEST

START_TEST (test_leak_stored_in_escaping_object)
{
  /* *po = p; g = po: o escapes and p with it.  */
  esc_loc p, q;
  esc_graph *g = two_params (&p, &q);
  esc_loc o = ut_alloc (g, "o", 0);
  esc_loc po = ut_addr (g, "po", o, 0);
  esc_store (g, po, p, 0, ESC_NO_NOTE);
  esc_flow (g, ESC_LOC_HEAP, po, 0, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert (esc_escapes (g, o));
  ck_assert_int_eq (esc_param_leaks (g, p)->heap, 0);
}
END_TEST

START_TEST (test_leak_freed_param)
{
  /* free (p): the discard is no leak.  */
  esc_loc p, q;
  esc_graph *g = two_params (&p, &q);
  esc_flow (g, ESC_LOC_DISCARD, p, 0, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert_int_eq (esc_leak_heap_level (esc_param_leaks (g, p)),
		    ESC_LEAK_NONE);
  ck_assert_int_eq (esc_param_leaks (g, p)->result, ESC_LEAK_NONE);
}
END_TEST

START_TEST (test_leak_forced_param)
{
  /* A parameter passed to what the pass does not understand.  */
  esc_loc p, q;
  esc_graph *g = two_params (&p, &q);
  esc_force_escape (g, p, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert_int_eq (esc_param_leaks (g, p)->heap, 0);
}
END_TEST

START_TEST (test_leak_heap_level_helper)
{
  int content[3] = { ESC_LEAK_NONE, 1, 4 };
  esc_leaks lk = { .heap = 3, .result = ESC_LEAK_NONE, .nparams = 3,
		    .content = content };
  ck_assert_int_eq (esc_leak_heap_level (&lk), 1);
  content[1] = ESC_LEAK_NONE;
  ck_assert_int_eq (esc_leak_heap_level (&lk), 3);
  lk.heap = ESC_LEAK_NONE;
  ck_assert_int_eq (esc_leak_heap_level (&lk), 4);
  lk.content = NULL;
  ck_assert_int_eq (esc_leak_heap_level (&lk), ESC_LEAK_NONE);
}
END_TEST

Suite *
leaks_suite (void)
{
  Suite *s = suite_create ("leaks");
  TCase *tc = ut_tcase ("levels");
  tcase_add_test (tc, test_leak_return_p);
  tcase_add_test (tc, test_leak_return_deref_p);
  tcase_add_test (tc, test_leak_return_deref_deref_p);
  tcase_add_test (tc, test_leak_global_p);
  tcase_add_test (tc, test_leak_global_deref_p);
  tcase_add_test (tc, test_leak_into_other_param);
  tcase_add_test (tc, test_leak_content_into_other_param);
  tcase_add_test (tc, test_leak_into_own_content);
  tcase_add_test (tc, test_leak_levels_capped);
  tcase_add_test (tc, test_leak_minimum_over_paths);
  tcase_add_test (tc, test_leak_heap_level_helper);
  suite_add_tcase (s, tc);
  tc = ut_tcase ("paths");
  tcase_add_test (tc, test_leak_through_copies);
  tcase_add_test (tc, test_leak_through_local_object);
  tcase_add_test (tc, test_leak_stored_in_local_stays);
  tcase_add_test (tc, test_leak_stored_in_escaping_object);
  tcase_add_test (tc, test_leak_freed_param);
  tcase_add_test (tc, test_leak_forced_param);
  suite_add_tcase (s, tc);
  return s;
}
