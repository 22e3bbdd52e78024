/* test-graph.c - building the graph: fixed locations, locations, params
   and their content locations, notes, edge de-duplication.

   The de-duplication tests look at the edge lists through core's private
   graph-impl.h: lattice.h offers no way to count edges.  */

#include <string.h>
#include "unit.h"
#include "../../core/graph-impl.h"

static int
nedges (const esc_graph *g, esc_loc dst)
{
  return g->locs[dst].nedges;
}

START_TEST (test_graph_fixed_locations)
{
  char fname[] = "fun";
  esc_graph *g = ut_graph (fname);
  fname[0] = 'X';		/* The name is copied.  */
  esc_solve (g);
  ck_assert_int_eq (esc_loc_count (g), 4);
  ck_assert_int_eq (esc_loc_kind_of (g, ESC_LOC_HEAP), ESC_HEAP);
  ck_assert_int_eq (esc_loc_kind_of (g, ESC_LOC_DATA), ESC_HEAP);
  ck_assert_str_eq (esc_loc_name (g, ESC_LOC_DATA), "{data}");
  ck_assert (esc_escapes (g, ESC_LOC_DATA));
  ck_assert_int_eq (esc_loc_kind_of (g, ESC_LOC_DISCARD), ESC_DISCARD);
  ck_assert_int_eq (esc_loc_kind_of (g, ESC_LOC_RESULT), ESC_RESULT);
  ck_assert_str_eq (esc_loc_name (g, ESC_LOC_HEAP), "{heap}");
  ck_assert_str_eq (esc_loc_name (g, ESC_LOC_DISCARD), "{discard}");
  ck_assert_str_eq (esc_loc_name (g, ESC_LOC_RESULT), "{result}");
  ck_assert_str_eq (esc_function_name (g), "fun");
  /* The heap escapes by definition; the discard and the result are not
     memory that escapes.  */
  ck_assert (esc_escapes (g, ESC_LOC_HEAP));
  ck_assert (!esc_escapes_by_loop (g, ESC_LOC_HEAP));
  ck_assert (!esc_escapes (g, ESC_LOC_DISCARD));
  ck_assert (!esc_escapes (g, ESC_LOC_RESULT));
}
END_TEST

START_TEST (test_graph_loc_fields)
{
  esc_graph *g = ut_graph ("f");
  char name[] = "malloc(16)";
  esc_pos pos = { "a.c", 12, 34 };
  esc_loc a = esc_loc_new (g, ESC_ALLOC, name, 2, pos);
  name[0] = 'X';		/* The name is copied...  */
  esc_loc v = esc_loc_new (g, ESC_VALUE, NULL, -3, ut_nopos);
  ck_assert_int_eq (a, 4);
  ck_assert_int_eq (v, 5);
  ck_assert_int_eq (esc_loc_count (g), 6);
  ck_assert_int_eq (esc_loc_kind_of (g, a), ESC_ALLOC);
  ck_assert_str_eq (esc_loc_name (g, a), "malloc(16)");
  ck_assert_int_eq (esc_loc_depth (g, a), 2);
  /* ...the file name is not: GCC keeps it.  */
  ck_assert_ptr_eq (esc_loc_pos (g, a).file, pos.file);
  ck_assert_int_eq (esc_loc_pos (g, a).line, 12);
  ck_assert_int_eq (esc_loc_pos (g, a).column, 34);
  ck_assert_int_eq (esc_param_index (g, a), -1);
  /* A NULL name is "", a negative depth is 0.  */
  ck_assert_str_eq (esc_loc_name (g, v), "");
  ck_assert_int_eq (esc_loc_depth (g, v), 0);
  ck_assert_ptr_null (esc_loc_pos (g, v).file);
}
END_TEST

START_TEST (test_graph_param_and_content)
{
  esc_graph *g = ut_graph ("f");
  esc_pos pos = { "p.c", 1, 20 };
  esc_loc p = esc_param_new (g, "p", 1, pos);
  esc_loc c = esc_param_content (g, p);
  esc_solve (g);
  ck_assert_int_eq (esc_loc_count (g), 6);
  ck_assert_int_eq (esc_loc_kind_of (g, p), ESC_PARAM);
  ck_assert_int_eq (esc_loc_kind_of (g, c), ESC_PARAM_CONTENT);
  ck_assert_int_ne (c, p);
  ck_assert_str_eq (esc_loc_name (g, p), "p");
  ck_assert_str_eq (esc_loc_name (g, c), "*p");
  ck_assert_int_eq (esc_param_index (g, p), 1);
  ck_assert_int_eq (esc_param_index (g, c), 1);
  ck_assert_int_eq (esc_loc_depth (g, p), 0);
  ck_assert_int_eq (esc_loc_pos (g, c).line, 1);
  /* The caller's object outlives the function; the parameter value is
     not memory.  */
  ck_assert (esc_escapes (g, c));
  ck_assert (!esc_escapes (g, p));
  /* p points to the caller's object and nothing else.  */
  ck_assert_int_eq (ut_pts_count (g, p), 1);
  ck_assert (ut_pts_has (g, p, c));
  /* A parameter nothing happens to leaks nowhere.  */
  const esc_leaks *lk = esc_param_leaks (g, p);
  ck_assert_int_eq (lk->heap, ESC_LEAK_NONE);
  ck_assert_int_eq (lk->result, ESC_LEAK_NONE);
}
END_TEST

START_TEST (test_graph_param_content_holds_heap_pointers)
{
  /* q = *p: what the caller's object holds is unknown, so q points to
     the heap.  */
  esc_graph *g = ut_graph ("f");
  esc_loc p = esc_param_new (g, "p", 0, ut_pos);
  esc_loc q = ut_val (g, "q", 0);
  esc_flow (g, q, p, 1, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert_int_eq (ut_pts_count (g, q), 1);
  ck_assert (ut_pts_has (g, q, ESC_LOC_HEAP));
}
END_TEST

START_TEST (test_graph_param_index_gap)
{
  /* Parameters created out of order with a gap: leak vectors still have
     one slot per index.  */
  esc_graph *g = ut_graph ("f");
  esc_loc c = esc_param_new (g, "c", 2, ut_pos);
  esc_loc a = esc_param_new (g, "a", 0, ut_pos);
  esc_store (g, c, a, 0, ESC_NO_NOTE);	/* *c = a */
  esc_solve (g);
  const esc_leaks *lk = esc_param_leaks (g, a);
  ck_assert_int_eq (lk->nparams, 3);
  ck_assert_ptr_nonnull (lk->content);
  ck_assert_int_eq (lk->content[0], ESC_LEAK_NONE);
  ck_assert_int_eq (lk->content[1], ESC_LEAK_NONE);
  ck_assert_int_eq (lk->content[2], 0);
}
END_TEST

START_TEST (test_graph_notes)
{
  esc_graph *g = ut_graph ("f");
  char where[] = "q = p";
  esc_note n = esc_note_new (g, where, "assign", ut_pos);
  where[0] = 'X';
  esc_note m = esc_note_new (g, "return p", "return", ut_nopos);
  ck_assert_int_ne (n, m);
  ck_assert_str_eq (esc_note_where (g, n), "q = p");
  ck_assert_str_eq (esc_note_why (g, n), "assign");
  ck_assert_str_eq (esc_note_pos (g, n).file, "f.c");
  ck_assert_int_eq (esc_note_pos (g, n).line, 3);
  ck_assert_int_eq (esc_note_pos (g, n).column, 7);
  ck_assert_str_eq (esc_note_why (g, m), "return");
  ck_assert_ptr_null (esc_note_pos (g, m).file);
  ck_assert_ptr_null (esc_note_where (g, ESC_NO_NOTE));
  ck_assert_ptr_null (esc_note_why (g, ESC_NO_NOTE));
  ck_assert_ptr_null (esc_note_pos (g, ESC_NO_NOTE).file);
  ck_assert_int_eq (esc_note_pos (g, ESC_NO_NOTE).line, 0);
}
END_TEST

START_TEST (test_graph_dedup_same_edge)
{
  esc_graph *g = ut_graph ("f");
  esc_loc p = ut_val (g, "p", 0), q = ut_val (g, "q", 0);
  esc_note n1 = esc_note_new (g, "q = p", "assign", ut_pos);
  esc_note n2 = esc_note_new (g, "q = p again", "assign", ut_pos);
  esc_flow (g, q, p, 0, n1);
  esc_flow (g, q, p, 0, n1);
  esc_flow (g, q, p, 0, n2);	/* Same flow, other note: still a dup.  */
  ck_assert_int_eq (nedges (g, q), 1);
  ck_assert_int_eq (g->locs[q].edges[0].note, n1);
  esc_flow (g, q, p, 1, n1);	/* Other derefs: a different edge.  */
  esc_flow (g, q, p, -1, n1);
  ck_assert_int_eq (nedges (g, q), 3);
  esc_flow (g, p, q, 0, n1);	/* Other direction.  */
  ck_assert_int_eq (nedges (g, p), 1);
  ck_assert_int_eq (nedges (g, q), 3);
}
END_TEST

START_TEST (test_graph_dedup_clamped_derefs)
{
  /* Derefs are clamped to [-1, ESC_MAX_DEREFS] before de-duplication.  */
  esc_graph *g = ut_graph ("f");
  esc_loc p = ut_val (g, "p", 0), q = ut_val (g, "q", 0);
  esc_flow (g, q, p, ESC_MAX_DEREFS + 1, ESC_NO_NOTE);
  esc_flow (g, q, p, ESC_MAX_DEREFS + 7, ESC_NO_NOTE);
  esc_flow (g, q, p, ESC_MAX_DEREFS, ESC_NO_NOTE);
  ck_assert_int_eq (nedges (g, q), 1);
  ck_assert_int_eq (g->locs[q].edges[0].derefs, ESC_MAX_DEREFS);
  esc_flow (g, q, p, -5, ESC_NO_NOTE);
  esc_flow (g, q, p, -1, ESC_NO_NOTE);
  ck_assert_int_eq (nedges (g, q), 2);
  ck_assert_int_eq (g->locs[q].edges[1].derefs, -1);
}
END_TEST

START_TEST (test_graph_dropped_edges)
{
  esc_graph *g = ut_graph ("f");
  esc_loc p = ut_val (g, "p", 0);
  esc_flow (g, p, p, 0, ESC_NO_NOTE);	/* p = p: no flow.  */
  ck_assert_int_eq (nedges (g, p), 0);
  esc_flow (g, p, p, 1, ESC_NO_NOTE);	/* p = *p: a flow.  */
  ck_assert_int_eq (nedges (g, p), 1);
  esc_flow (g, ESC_LOC_DISCARD, p, 0, ESC_NO_NOTE);	/* free (p) */
  ck_assert_int_eq (nedges (g, ESC_LOC_DISCARD), 0);
}
END_TEST

START_TEST (test_graph_dedup_many_edges)
{
  /* Enough edges to grow the de-duplication table several times; adding
     them all again adds nothing.  */
  esc_graph *g = ut_graph ("f");
  enum { N = 300 };
  esc_loc dst = ut_val (g, "dst", 0);
  esc_loc src[N];
  for (int i = 0; i < N; i++)
    src[i] = ut_val (g, "s", 0);
  for (int round = 0; round < 2; round++)
    for (int i = 0; i < N; i++)
      {
	esc_flow (g, dst, src[i], 0, ESC_NO_NOTE);
	esc_flow (g, src[i], dst, 1, ESC_NO_NOTE);
      }
  ck_assert_int_eq (nedges (g, dst), N);
  for (int i = 0; i < N; i++)
    ck_assert_int_eq (nedges (g, src[i]), 1);
}
END_TEST

START_TEST (test_graph_duplicate_keeps_first_note)
{
  /* Seen from outside: the explanation names the first note.  */
  esc_graph *g = ut_graph ("f");
  esc_loc o = ut_alloc (g, "malloc(4)", 0);
  esc_note n1 = esc_note_new (g, "g = &o", "assign", ut_pos);
  esc_note n2 = esc_note_new (g, "h = &o", "assign", ut_pos);
  esc_flow (g, ESC_LOC_HEAP, o, -1, n1);
  esc_flow (g, ESC_LOC_HEAP, o, -1, n2);
  esc_solve (g);
  const esc_step *s;
  ck_assert_int_eq (esc_explain (g, o, false, &s), 1);
  ck_assert_int_eq (s[0].note, n1);
}
END_TEST

START_TEST (test_graph_discard_does_not_escape)
{
  /* free (p): the discard keeps nothing alive.  */
  esc_graph *g = ut_graph ("f");
  esc_loc o = ut_alloc (g, "malloc(8)", 0);
  esc_loc p = ut_addr (g, "p", o, 0);
  esc_flow (g, ESC_LOC_DISCARD, p, 0, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert (!esc_escapes (g, o));
}
END_TEST

Suite *
graph_suite (void)
{
  Suite *s = suite_create ("graph");
  TCase *tc = ut_tcase ("locations");
  tcase_add_test (tc, test_graph_fixed_locations);
  tcase_add_test (tc, test_graph_loc_fields);
  tcase_add_test (tc, test_graph_param_and_content);
  tcase_add_test (tc, test_graph_param_content_holds_heap_pointers);
  tcase_add_test (tc, test_graph_param_index_gap);
  tcase_add_test (tc, test_graph_notes);
  suite_add_tcase (s, tc);
  tc = ut_tcase ("edges");
  tcase_add_test (tc, test_graph_dedup_same_edge);
  tcase_add_test (tc, test_graph_dedup_clamped_derefs);
  tcase_add_test (tc, test_graph_dropped_edges);
  tcase_add_test (tc, test_graph_dedup_many_edges);
  tcase_add_test (tc, test_graph_duplicate_keeps_first_note);
  tcase_add_test (tc, test_graph_discard_does_not_escape);
  suite_add_tcase (s, tc);
  return s;
}
