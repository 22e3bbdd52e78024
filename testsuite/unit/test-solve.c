/* test-solve.c - Go's walk: copy chains, & and * cancelling, the clamp at 0
   past an address-of, cycles, loop-depth outlives, the result, forced
   escapes.  */

#include "unit.h"

START_TEST (test_solve_copy_chain_escapes)
{
  /* p = &o; q = p; r = q; g = r  */
  esc_graph *g = ut_graph ("f");
  esc_loc o = ut_alloc (g, "o", 0);
  esc_loc p = ut_addr (g, "p", o, 0);
  esc_loc q = ut_val (g, "q", 0), r = ut_val (g, "r", 0);
  esc_flow (g, q, p, 0, ESC_NO_NOTE);
  esc_flow (g, r, q, 0, ESC_NO_NOTE);
  esc_flow (g, ESC_LOC_HEAP, r, 0, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert (esc_escapes (g, o));
  ck_assert (!esc_escapes_by_loop (g, o));
  /* The explanation walks from o to the heap, one step per edge.  */
  const esc_step *s;
  ck_assert_int_eq (esc_explain (g, o, false, &s), 4);
  ck_assert_int_eq (s[0].dst, p);
  ck_assert_int_eq (s[0].src, o);
  ck_assert_int_eq (s[0].derefs, -1);
  ck_assert_int_eq (s[1].dst, q);
  ck_assert_int_eq (s[2].dst, r);
  ck_assert_int_eq (s[3].dst, ESC_LOC_HEAP);
  ck_assert_int_eq (s[3].src, r);
  ck_assert_int_eq (s[3].derefs, 0);
}
END_TEST

START_TEST (test_solve_copy_chain_local)
{
  /* p = &o; q = p; r = q; nothing keeps r.  */
  esc_graph *g = ut_graph ("f");
  esc_loc o = ut_alloc (g, "o", 0);
  esc_loc p = ut_addr (g, "p", o, 0);
  esc_loc q = ut_val (g, "q", 0), r = ut_val (g, "r", 0);
  esc_flow (g, q, p, 0, ESC_NO_NOTE);
  esc_flow (g, r, q, 0, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert (!esc_escapes (g, o));
  const esc_step *s;
  ck_assert_int_eq (esc_explain (g, o, false, &s), 0);
}
END_TEST

START_TEST (test_solve_addr_deref_cancel)
{
  /* p = &x; q = p; r = *q; g = r: the heap gets x's value, not x.  */
  esc_graph *g = ut_graph ("f");
  esc_loc x = ut_var (g, "x", 0);
  esc_loc p = ut_addr (g, "p", x, 0);
  esc_loc q = ut_val (g, "q", 0), r = ut_val (g, "r", 0);
  esc_flow (g, q, p, 0, ESC_NO_NOTE);
  esc_flow (g, r, q, 1, ESC_NO_NOTE);
  esc_flow (g, ESC_LOC_HEAP, r, 0, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert (!esc_escapes (g, x));
}
END_TEST

START_TEST (test_solve_addr_deref_cancel_content)
{
  /* As above with x = &y: r = *&x = &y, so y escapes and x does not.  */
  esc_graph *g = ut_graph ("f");
  esc_loc x = ut_var (g, "x", 0), y = ut_alloc (g, "y", 0);
  esc_flow (g, x, y, -1, ESC_NO_NOTE);
  esc_loc p = ut_addr (g, "p", x, 0);
  esc_loc q = ut_val (g, "q", 0), r = ut_val (g, "r", 0);
  esc_flow (g, q, p, 0, ESC_NO_NOTE);
  esc_flow (g, r, q, 1, ESC_NO_NOTE);
  esc_flow (g, ESC_LOC_HEAP, r, 0, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert (!esc_escapes (g, x));
  ck_assert (esc_escapes (g, y));
}
END_TEST

START_TEST (test_solve_deref_of_address_chain)
{
  /* cell = &o; pc = &cell; r = *pc; g = r: o escapes, cell does not.  */
  esc_graph *g = ut_graph ("f");
  esc_loc o = ut_alloc (g, "o", 0), cell = ut_var (g, "cell", 0);
  esc_flow (g, cell, o, -1, ESC_NO_NOTE);
  esc_loc pc = ut_addr (g, "pc", cell, 0);
  esc_loc r = ut_val (g, "r", 0);
  esc_flow (g, r, pc, 1, ESC_NO_NOTE);
  esc_flow (g, ESC_LOC_HEAP, r, 0, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert (esc_escapes (g, o));
  ck_assert (!esc_escapes (g, cell));
}
END_TEST

START_TEST (test_solve_two_derefs_stay_local)
{
  /* g = **pp where pp = &cell, cell = &o: the heap gets o's content.  */
  esc_graph *g = ut_graph ("f");
  esc_loc o = ut_alloc (g, "o", 0), cell = ut_var (g, "cell", 0);
  esc_flow (g, cell, o, -1, ESC_NO_NOTE);
  esc_loc pp = ut_addr (g, "pp", cell, 0);
  esc_flow (g, ESC_LOC_HEAP, pp, 2, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert (!esc_escapes (g, o));
  ck_assert (!esc_escapes (g, cell));
}
END_TEST

START_TEST (test_solve_clamp_heap_root)
{
  /* g = &l; l = &x: l escapes, and so does x, content of an escaped
     object.  */
  esc_graph *g = ut_graph ("f");
  esc_loc l = ut_var (g, "l", 0), x = ut_alloc (g, "x", 0);
  esc_flow (g, ESC_LOC_HEAP, l, -1, ESC_NO_NOTE);
  esc_flow (g, l, x, -1, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert (esc_escapes (g, l));
  ck_assert (esc_escapes (g, x));
  ck_assert (!esc_escapes_by_loop (g, l));
  ck_assert (!esc_escapes_by_loop (g, x));
  /* x is explained through l, which is what keeps it.  */
  const esc_step *s;
  ck_assert_int_ge (esc_explain (g, x, false, &s), 1);
  ck_assert_int_eq (s[0].dst, l);
}
END_TEST

START_TEST (test_solve_clamp_local_root_loop)
{
  /* root (depth 0) = &l; l (depth 1) = &x (depth 1).  root keeps l past
     its iteration, and x through l: both escape, by loop only.  */
  esc_graph *g = ut_graph ("f");
  esc_loc root = ut_var (g, "root", 0);
  esc_loc l = ut_var (g, "l", 1), x = ut_alloc (g, "x", 1);
  esc_flow (g, root, l, -1, ESC_NO_NOTE);
  esc_flow (g, l, x, -1, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert (!esc_escapes (g, root));
  ck_assert (esc_escapes (g, l));
  ck_assert (esc_escapes_by_loop (g, l));
  ck_assert (esc_escapes (g, x));
  ck_assert (esc_escapes_by_loop (g, x));
}
END_TEST

START_TEST (test_solve_loop_restart)
{
  /* head (depth 1) = &node; node (depth 2) = &tag; tag (depth 1).  The
     node outlives its inner iteration, kept by head, dead at the outer
     loop's header: it restarts at depth 1, and the tag, made at depth 1,
     does not outlive its iteration.  */
  esc_graph *g = ut_graph ("f");
  esc_loc head = ut_var (g, "head", 1);
  esc_loc node = ut_alloc (g, "node", 2), tag = ut_alloc (g, "tag", 1);
  esc_flow (g, head, node, -1, ESC_NO_NOTE);
  esc_flow (g, node, tag, -1, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert (esc_escapes_by_loop (g, node));
  ck_assert_int_eq (esc_loop_restart (g, node), 1);
  ck_assert (!esc_escapes (g, tag));
  ck_assert_int_eq (esc_loop_restart (g, tag), 0);
}
END_TEST

START_TEST (test_solve_loop_restart_chain)
{
  /* keep (depth 0) = &list; list (depth 2) = &node; node (depth 3) =
     &tag; tag (depth 1).  list outlives everything up to depth 0, and so
     does what it keeps: the node and the tag both escape by loop, with
     restart 0.  */
  esc_graph *g = ut_graph ("f");
  esc_loc keep = ut_var (g, "keep", 0), list = ut_alloc (g, "list", 2);
  esc_loc node = ut_alloc (g, "node", 3), tag = ut_alloc (g, "tag", 1);
  esc_loc head = ut_var (g, "head", 2);
  esc_flow (g, head, node, -1, ESC_NO_NOTE);
  esc_flow (g, node, tag, -1, ESC_NO_NOTE);
  esc_flow (g, list, node, -1, ESC_NO_NOTE);
  esc_flow (g, keep, list, -1, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert (esc_escapes_by_loop (g, list));
  ck_assert_int_eq (esc_loop_restart (g, list), 0);
  ck_assert (esc_escapes_by_loop (g, node));
  ck_assert_int_eq (esc_loop_restart (g, node), 0);
  ck_assert (esc_escapes_by_loop (g, tag));
  ck_assert_int_eq (esc_loop_restart (g, tag), 0);
  ck_assert (!esc_escapes (g, head));
}
END_TEST

START_TEST (test_solve_clamp_local_root_same_depth)
{
  /* root = &l; l = &x, all in one loop iteration: nothing escapes.  */
  esc_graph *g = ut_graph ("f");
  esc_loc root = ut_var (g, "root", 1);
  esc_loc l = ut_var (g, "l", 1), x = ut_alloc (g, "x", 1);
  esc_flow (g, root, l, -1, ESC_NO_NOTE);
  esc_flow (g, l, x, -1, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert (!esc_escapes (g, root));
  ck_assert (!esc_escapes (g, l));
  ck_assert (!esc_escapes (g, x));
}
END_TEST

START_TEST (test_solve_clamp_copy_not_address)
{
  /* g = &l; l = v where v is a value: v's pointees escape (l's content),
     v itself is no object.  */
  esc_graph *g = ut_graph ("f");
  esc_loc l = ut_var (g, "l", 0), o = ut_alloc (g, "o", 0);
  esc_loc v = ut_addr (g, "v", o, 0);
  esc_flow (g, ESC_LOC_HEAP, l, -1, ESC_NO_NOTE);
  esc_flow (g, l, v, 0, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert (esc_escapes (g, l));
  ck_assert (esc_escapes (g, o));
  ck_assert (!esc_escapes (g, v));
}
END_TEST

START_TEST (test_solve_cycle_values_escape)
{
  /* p = &a; q = p; p = q (a loop phi); g = q.  Terminates; a escapes.  */
  esc_graph *g = ut_graph ("f");
  esc_loc a = ut_alloc (g, "a", 0);
  esc_loc p = ut_addr (g, "p", a, 0), q = ut_val (g, "q", 0);
  esc_flow (g, q, p, 0, ESC_NO_NOTE);
  esc_flow (g, p, q, 0, ESC_NO_NOTE);
  esc_flow (g, ESC_LOC_HEAP, q, 0, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert (esc_escapes (g, a));
  ck_assert (!esc_escapes (g, p));
  ck_assert (!esc_escapes (g, q));
}
END_TEST

START_TEST (test_solve_cycle_values_local)
{
  esc_graph *g = ut_graph ("f");
  esc_loc a = ut_alloc (g, "a", 0);
  esc_loc p = ut_addr (g, "p", a, 0), q = ut_val (g, "q", 0);
  esc_flow (g, q, p, 0, ESC_NO_NOTE);
  esc_flow (g, p, q, 0, ESC_NO_NOTE);
  esc_flow (g, p, q, 1, ESC_NO_NOTE);	/* p = *q too.  */
  esc_solve (g);
  ck_assert (!esc_escapes (g, a));
}
END_TEST

START_TEST (test_solve_cycle_addresses)
{
  /* a = &b; b = &a; g = &a: both escape.  */
  esc_graph *g = ut_graph ("f");
  esc_loc a = ut_var (g, "a", 0), b = ut_var (g, "b", 0);
  esc_flow (g, a, b, -1, ESC_NO_NOTE);
  esc_flow (g, b, a, -1, ESC_NO_NOTE);
  esc_flow (g, ESC_LOC_HEAP, a, -1, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert (esc_escapes (g, a));
  ck_assert (esc_escapes (g, b));
}
END_TEST

START_TEST (test_solve_cycle_addresses_local)
{
  esc_graph *g = ut_graph ("f");
  esc_loc a = ut_var (g, "a", 0), b = ut_var (g, "b", 0);
  esc_flow (g, a, b, -1, ESC_NO_NOTE);
  esc_flow (g, b, a, -1, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert (!esc_escapes (g, a));
  ck_assert (!esc_escapes (g, b));
}
END_TEST

START_TEST (test_solve_loop_outer_value_keeps_inner_object)
{
  /* v (depth 0) = &o (depth 1): o must outlive its iteration.  */
  esc_graph *g = ut_graph ("f");
  esc_loc o = ut_alloc (g, "o", 1);
  esc_loc v = ut_addr (g, "v", o, 0);
  esc_solve (g);
  ck_assert (esc_escapes (g, o));
  ck_assert (esc_escapes_by_loop (g, o));
  ck_assert (!esc_escapes (g, v));
  const esc_step *s;
  ck_assert_int_eq (esc_explain (g, o, false, &s), 1);
  ck_assert_int_eq (s[0].dst, v);
}
END_TEST

START_TEST (test_solve_loop_same_depth)
{
  esc_graph *g = ut_graph ("f");
  esc_loc o = ut_alloc (g, "o", 1);
  ut_addr (g, "v", o, 1);
  esc_loc o0 = ut_alloc (g, "o0", 0);
  ut_addr (g, "v0", o0, 0);
  esc_solve (g);
  ck_assert (!esc_escapes (g, o));
  ck_assert (!esc_escapes_by_loop (g, o));
  ck_assert (!esc_escapes (g, o0));
}
END_TEST

START_TEST (test_solve_loop_deeper_root)
{
  /* A root deeper in the loop nest than the object does not outlive it.  */
  esc_graph *g = ut_graph ("f");
  esc_loc o = ut_alloc (g, "o", 1);
  ut_addr (g, "v", o, 2);
  esc_solve (g);
  ck_assert (!esc_escapes (g, o));
}
END_TEST

START_TEST (test_solve_loop_and_heap_is_real)
{
  /* v (depth 0) = &o (depth 1); g = v: the heap wins over the loop.  */
  esc_graph *g = ut_graph ("f");
  esc_loc o = ut_alloc (g, "o", 1);
  esc_loc v = ut_addr (g, "v", o, 0);
  esc_flow (g, ESC_LOC_HEAP, v, 0, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert (esc_escapes (g, o));
  ck_assert (!esc_escapes_by_loop (g, o));
}
END_TEST

START_TEST (test_solve_loop_upgraded_to_real)
{
  /* o (depth 1) escapes by loop through v (depth 0) in the first round;
     q = *p1 where p1 = &o1 and o1 escapes, so only after o1 gets the heap
     as content does the store *q = v send v to the heap: o's escape
     becomes real.  */
  esc_graph *g = ut_graph ("f");
  esc_loc o1 = ut_alloc (g, "o1", 0);
  esc_loc p1 = ut_addr (g, "p1", o1, 0);
  esc_flow (g, ESC_LOC_HEAP, p1, 0, ESC_NO_NOTE);
  esc_loc q = ut_val (g, "q", 0);
  esc_flow (g, q, p1, 1, ESC_NO_NOTE);
  esc_loc o = ut_alloc (g, "o", 1);
  esc_loc v = ut_addr (g, "v", o, 0);
  esc_store (g, q, v, 0, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert (esc_escapes (g, o1));
  ck_assert (ut_pts_has (g, q, ESC_LOC_HEAP));
  ck_assert (esc_escapes (g, o));
  ck_assert (!esc_escapes_by_loop (g, o));
}
END_TEST

/* A node that escapes only by loop depth (a list built in a loop) still dies
   with the function: what it points to at function scope stays local.  */
START_TEST (test_solve_loop_object_keeps_function_object_local)
{
  esc_graph *g = ut_graph ("f");
  esc_loc outer = ut_alloc (g, "outer", 0);	/* malloc before the loop */
  esc_loc node = ut_alloc (g, "node", 1);	/* malloc in the loop */
  esc_loc head = ut_val (g, "head", 0);		/* loop-carried head */
  esc_loc pn = ut_addr (g, "pn", node, 1);
  esc_loc po = ut_addr (g, "po", outer, 0);
  esc_flow (g, head, pn, 0, ESC_NO_NOTE);
  esc_store (g, pn, po, 0, ESC_NO_NOTE);	/* node->data = outer */
  esc_solve (g);
  ck_assert (esc_escapes (g, node));
  ck_assert (esc_escapes_by_loop (g, node));
  ck_assert (!esc_escapes (g, outer));
}
END_TEST

/* ... but what it points to inside the loop must outlive the iteration.  */
START_TEST (test_solve_loop_object_keeps_loop_object_escaping)
{
  esc_graph *g = ut_graph ("f");
  esc_loc node = ut_alloc (g, "node", 1);
  esc_loc data = ut_alloc (g, "data", 1);
  esc_loc head = ut_val (g, "head", 0);
  esc_loc pn = ut_addr (g, "pn", node, 1);
  esc_loc pd = ut_addr (g, "pd", data, 1);
  esc_flow (g, head, pn, 0, ESC_NO_NOTE);
  esc_store (g, pn, pd, 0, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert (esc_escapes_by_loop (g, node));
  ck_assert (esc_escapes_by_loop (g, data));
}
END_TEST

/* No code outside can write into an object that escapes by loop alone, so
   pointers loaded from it do not point to the heap.  */
START_TEST (test_solve_loop_object_has_no_heap_content)
{
  esc_graph *g = ut_graph ("f");
  esc_loc node = ut_alloc (g, "node", 1);
  esc_loc head = ut_val (g, "head", 0);
  esc_loc pn = ut_addr (g, "pn", node, 1);
  esc_loc x = ut_val (g, "x", 1);
  esc_flow (g, head, pn, 0, ESC_NO_NOTE);
  esc_flow (g, x, pn, 1, ESC_NO_NOTE);		/* x = node->next */
  esc_solve (g);
  ck_assert (esc_escapes_by_loop (g, node));
  ck_assert (!ut_pts_has (g, x, ESC_LOC_HEAP));
}
END_TEST

START_TEST (test_solve_result_outlives_everything)
{
  /* return &o, o allocated three loops deep.  */
  esc_graph *g = ut_graph ("f");
  esc_loc o = ut_alloc (g, "o", 3);
  esc_loc p = ut_addr (g, "p", o, 3);
  esc_flow (g, ESC_LOC_RESULT, p, 0, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert (esc_escapes (g, o));
  ck_assert (!esc_escapes_by_loop (g, o));
  ck_assert (!esc_escapes (g, ESC_LOC_RESULT));
  const esc_step *s;
  int n = esc_explain (g, o, false, &s);
  ck_assert_int_eq (n, 2);
  ck_assert_int_eq (s[n - 1].dst, ESC_LOC_RESULT);
}
END_TEST

START_TEST (test_solve_result_of_content)
{
  /* return *p where p = &cell, cell = &o: o escapes, cell does not.  */
  esc_graph *g = ut_graph ("f");
  esc_loc o = ut_alloc (g, "o", 0), cell = ut_var (g, "cell", 0);
  esc_flow (g, cell, o, -1, ESC_NO_NOTE);
  esc_loc p = ut_addr (g, "p", cell, 0);
  esc_flow (g, ESC_LOC_RESULT, p, 1, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert (esc_escapes (g, o));
  ck_assert (!esc_escapes (g, cell));
}
END_TEST

START_TEST (test_solve_forced_escape_object)
{
  esc_graph *g = ut_graph ("f");
  esc_loc o = ut_alloc (g, "o", 0);
  esc_loc x = ut_alloc (g, "x", 0);
  esc_flow (g, o, x, -1, ESC_NO_NOTE);	/* o holds &x.  */
  esc_note n = esc_note_new (g, "o", "irreducible loop", ut_pos);
  esc_force_escape (g, o, n);
  esc_solve (g);
  ck_assert (esc_escapes (g, o));
  ck_assert (!esc_escapes_by_loop (g, o));
  /* Contents of an escaped object escape.  */
  ck_assert (esc_escapes (g, x));
  const esc_step *s;
  ck_assert_int_eq (esc_explain (g, o, false, &s), 1);
  ck_assert_int_eq (s[0].dst, ESC_LOC_HEAP);
  ck_assert_int_eq (s[0].note, n);
}
END_TEST

START_TEST (test_solve_forced_escape_value)
{
  /* A value forced to escape takes what it points to, not itself.  */
  esc_graph *g = ut_graph ("f");
  esc_loc o = ut_alloc (g, "o", 0);
  esc_loc v = ut_addr (g, "v", o, 0);
  esc_force_escape (g, v, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert (esc_escapes (g, o));
  ck_assert (!esc_escapes (g, v));
}
END_TEST

START_TEST (test_solve_unrelated_stays_local)
{
  /* One escaping object does not drag an unrelated one along.  */
  esc_graph *g = ut_graph ("f");
  esc_loc a = ut_alloc (g, "a", 0), b = ut_alloc (g, "b", 0);
  esc_loc pa = ut_addr (g, "pa", a, 0);
  ut_addr (g, "pb", b, 0);
  esc_flow (g, ESC_LOC_HEAP, pa, 0, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert (esc_escapes (g, a));
  ck_assert (!esc_escapes (g, b));
}
END_TEST

Suite *
solve_suite (void)
{
  Suite *s = suite_create ("solve");
  TCase *tc = ut_tcase ("flows");
  tcase_add_test (tc, test_solve_loop_restart);
  tcase_add_test (tc, test_solve_loop_restart_chain);
  tcase_add_test (tc, test_solve_copy_chain_escapes);
  tcase_add_test (tc, test_solve_copy_chain_local);
  tcase_add_test (tc, test_solve_addr_deref_cancel);
  tcase_add_test (tc, test_solve_addr_deref_cancel_content);
  tcase_add_test (tc, test_solve_deref_of_address_chain);
  tcase_add_test (tc, test_solve_two_derefs_stay_local);
  tcase_add_test (tc, test_solve_unrelated_stays_local);
  suite_add_tcase (s, tc);
  tc = ut_tcase ("clamp");
  tcase_add_test (tc, test_solve_clamp_heap_root);
  tcase_add_test (tc, test_solve_clamp_local_root_loop);
  tcase_add_test (tc, test_solve_clamp_local_root_same_depth);
  tcase_add_test (tc, test_solve_clamp_copy_not_address);
  suite_add_tcase (s, tc);
  tc = ut_tcase ("cycles");
  tcase_add_test (tc, test_solve_cycle_values_escape);
  tcase_add_test (tc, test_solve_cycle_values_local);
  tcase_add_test (tc, test_solve_cycle_addresses);
  tcase_add_test (tc, test_solve_cycle_addresses_local);
  suite_add_tcase (s, tc);
  tc = ut_tcase ("outlives");
  tcase_add_test (tc, test_solve_loop_outer_value_keeps_inner_object);
  tcase_add_test (tc, test_solve_loop_same_depth);
  tcase_add_test (tc, test_solve_loop_deeper_root);
  tcase_add_test (tc, test_solve_loop_and_heap_is_real);
  tcase_add_test (tc, test_solve_loop_upgraded_to_real);
  tcase_add_test (tc, test_solve_result_outlives_everything);
  tcase_add_test (tc, test_solve_result_of_content);
  tcase_add_test (tc, test_solve_loop_object_keeps_function_object_local);
  tcase_add_test (tc, test_solve_loop_object_keeps_loop_object_escaping);
  tcase_add_test (tc, test_solve_loop_object_has_no_heap_content);
  suite_add_tcase (s, tc);
  tc = ut_tcase ("forced");
  tcase_add_test (tc, test_solve_forced_escape_object);
  tcase_add_test (tc, test_solve_forced_escape_value);
  suite_add_tcase (s, tc);
  return s;
}
