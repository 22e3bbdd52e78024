/* test-fields.c - an object's fields apart (core/fields.c): stores of
   known bytes reach only the loads whose bytes overlap them; every other
   flow into the object reaches every load; the object seen whole holds
   everything; a call through a body's summary mixes the fields of what
   its arguments reach, a model's does not.  */

#include "unit.h"
#include "../../core/graph-impl.h"

/* g: X x; v = &a0 stored into x's bytes [0, 8), w = &a1 into [8, 16).  */
typedef struct fixture
{
  esc_graph *g;
  esc_loc x, a0, a1, v, w;
} fixture;

static fixture
two_fields (void)
{
  fixture f;
  f.g = ut_graph ("f");
  f.x = ut_var (f.g, "x", 0);
  f.a0 = ut_alloc (f.g, "malloc(1)", 0);
  f.a1 = ut_alloc (f.g, "malloc(2)", 0);
  f.v = ut_addr (f.g, "v", f.a0, 0);
  f.w = ut_addr (f.g, "w", f.a1, 0);
  esc_flow (f.g, esc_field_cell (f.g, f.x, 0, 8), f.v, 0, ESC_NO_NOTE);
  esc_flow (f.g, esc_field_cell (f.g, f.x, 8, 8), f.w, 0, ESC_NO_NOTE);
  return f;
}

START_TEST (test_fields_apart)
{
  fixture f = two_fields ();
  esc_loc r = ut_val (f.g, "r", 0);
  esc_flow (f.g, r, esc_field_read (f.g, f.x, 8, 8), 0, ESC_NO_NOTE);
  esc_flow (f.g, ESC_LOC_HEAP, r, 0, ESC_NO_NOTE);
  esc_solve (f.g);
  ck_assert (!esc_escapes (f.g, f.a0));
  ck_assert (esc_escapes (f.g, f.a1));
  ck_assert (!esc_escapes (f.g, f.x));
  ck_assert (ut_pts_has (f.g, r, f.a1));
  ck_assert_int_eq (ut_pts_count (f.g, r), 1);
}
END_TEST

/* A read of bytes [4, 12) overlaps both cells; a read made before the
   cell it overlaps still takes it.  */
START_TEST (test_fields_overlap)
{
  esc_graph *g = ut_graph ("f");
  esc_loc x = ut_var (g, "x", 0);
  esc_loc r = esc_field_read (g, x, 4, 8);
  esc_loc s = esc_field_read (g, x, 16, 8);
  esc_loc a0 = ut_alloc (g, "malloc(1)", 0);
  esc_loc a1 = ut_alloc (g, "malloc(2)", 0);
  esc_flow (g, esc_field_cell (g, x, 0, 8), ut_addr (g, "v", a0, 0), 0,
	    ESC_NO_NOTE);
  esc_flow (g, esc_field_cell (g, x, 8, 8), ut_addr (g, "w", a1, 0), 0,
	    ESC_NO_NOTE);
  /* The same bytes: the same locations.  */
  ck_assert_int_eq (esc_field_read (g, x, 4, 8), r);
  ck_assert_int_eq (esc_field_cell (g, x, 0, 8), esc_field_cell (g, x, 0, 8));
  esc_solve (g);
  ck_assert (ut_pts_has (g, r, a0));
  ck_assert (ut_pts_has (g, r, a1));
  ck_assert_int_eq (ut_pts_count (g, s), 0);
}
END_TEST

/* What flows into the object by no field (a store through a pointer the
   builder could not place, a flow made before its fields were apart)
   reaches every read; the object's address reaches all of it.  */
START_TEST (test_fields_whole)
{
  fixture f = two_fields ();
  esc_loc a2 = ut_alloc (f.g, "malloc(3)", 0);
  esc_loc a3 = ut_alloc (f.g, "malloc(4)", 0);
  esc_loc y = ut_var (f.g, "y", 0);
  /* y held &a3 before its fields were apart.  */
  esc_flow (f.g, y, ut_addr (f.g, "t", a3, 0), 0, ESC_NO_NOTE);
  esc_loc ry = esc_field_read (f.g, y, 0, 8);
  esc_loc px = ut_addr (f.g, "px", f.x, 0);
  esc_store (f.g, px, ut_addr (f.g, "u", a2, 0), 0, ESC_NO_NOTE);
  esc_loc r = esc_field_read (f.g, f.x, 0, 8);
  esc_loc whole = ut_val (f.g, "whole", 0);
  esc_flow (f.g, whole, px, 1, ESC_NO_NOTE);
  esc_solve (f.g);
  ck_assert (ut_pts_has (f.g, r, a2));
  ck_assert (ut_pts_has (f.g, r, f.a0));
  ck_assert (!ut_pts_has (f.g, r, f.a1));
  ck_assert (ut_pts_has (f.g, ry, a3));
  ck_assert_int_eq (ut_pts_count (f.g, whole), 3);
  /* Once x escapes, every read of it may yield the heap.  */
  fixture h = two_fields ();
  esc_loc hr = esc_field_read (h.g, h.x, 8, 8);
  esc_flow (h.g, ESC_LOC_HEAP, ut_addr (h.g, "p", h.x, 0), 0, ESC_NO_NOTE);
  esc_solve (h.g);
  ck_assert (esc_escapes (h.g, h.x));
  ck_assert (ut_pts_has (h.g, hr, ESC_LOC_HEAP));
}
END_TEST

/* Only the steps a statement made are printed: not those between an
   object and its fields.  */
START_TEST (test_fields_paths)
{
  fixture f = two_fields ();
  esc_loc r = esc_field_read (f.g, f.x, 8, 8);
  esc_flow (f.g, ESC_LOC_HEAP, r, 0,
	    esc_note_new (f.g, "sink = x.p2", "assign", ut_pos));
  esc_solve (f.g);
  const esc_step *steps;
  int n = esc_explain (f.g, f.a1, false, &steps);
  int shown = 0;
  for (int i = 0; i < n; i++)
    if (!esc_step_within_object (f.g, &steps[i]))
      shown++;
  ck_assert_int_eq (n, 4);
  ck_assert_int_eq (shown, 3);
  ck_assert_int_eq (esc_field_object (f.g, r), f.x);
  ck_assert_int_eq (esc_field_object (f.g, f.x), f.x);
}
END_TEST

/* A call through a body's summary may move a value between two fields
   of what its argument reaches (a skipped self-assignment); a model's
   says so by its flows.  */
static const esc_summary *
lookup_body (void *ctx, int id)
{
  (void) id;
  return ctx;
}

static void
one_call (fixture *f, const esc_summary *s)
{
  esc_loc px = ut_addr (f->g, "px", f->x, 0);
  int c = esc_call_new (f->g, 0, "move", 1, ESC_NO_NOTE);
  esc_call_arg (f->g, c, 0, px);
  esc_loc r = esc_field_read (f->g, f->x, 0, 8);
  esc_flow (f->g, ESC_LOC_HEAP, r, 0, ESC_NO_NOTE);
  esc_solve_with (f->g, lookup_body, (void *) s);
}

START_TEST (test_fields_mixed_by_call)
{
  esc_summary *body = ut_summary ("move", 1);
  fixture f = two_fields ();
  one_call (&f, body);
  ck_assert (esc_escapes (f.g, f.a1));
  ck_assert (esc_escapes (f.g, f.a0));

  esc_summary *model = ut_summary ("strlen", 1);
  model->libc = true;
  fixture m = two_fields ();
  one_call (&m, model);
  ck_assert (esc_escapes (m.g, m.a0));
  ck_assert (!esc_escapes (m.g, m.a1));
}
END_TEST

/* A copy of x's bytes [0, 16) into y's [16, 32): each read of y's there
   takes x's bytes at the same place, whether it was made before the copy
   or after; y seen whole holds the copy.  A copy within one object that
   overlaps itself ends.  */
START_TEST (test_fields_copy)
{
  fixture f = two_fields ();
  esc_loc y = ut_var (f.g, "y", 0);
  esc_loc before = esc_field_read (f.g, y, 24, 8);
  esc_field_copy (f.g, y, 16, f.x, 0, 16, ESC_NO_NOTE);
  esc_loc after = esc_field_read (f.g, y, 16, 8);
  esc_loc both = esc_field_read (f.g, y, 20, 8);
  esc_loc outside = esc_field_read (f.g, y, 0, 16);
  esc_loc whole = ut_val (f.g, "whole", 0);
  esc_flow (f.g, whole, ut_addr (f.g, "py", y, 0), 1, ESC_NO_NOTE);
  esc_solve (f.g);
  ck_assert (ut_pts_has (f.g, before, f.a1));
  ck_assert_int_eq (ut_pts_count (f.g, before), 1);
  ck_assert (ut_pts_has (f.g, after, f.a0));
  ck_assert_int_eq (ut_pts_count (f.g, after), 1);
  ck_assert_int_eq (ut_pts_count (f.g, both), 2);
  ck_assert_int_eq (ut_pts_count (f.g, outside), 0);
  ck_assert_int_eq (ut_pts_count (f.g, whole), 2);

  fixture s = two_fields ();
  esc_field_copy (s.g, s.x, 0, s.x, 8, 16, ESC_NO_NOTE);
  esc_loc shifted = esc_field_read (s.g, s.x, 0, 8);
  esc_loc tail = esc_field_read (s.g, s.x, 16, 8);
  esc_solve (s.g);
  ck_assert (ut_pts_has (s.g, shifted, s.a0));
  ck_assert (ut_pts_has (s.g, shifted, s.a1));
  ck_assert_int_eq (ut_pts_count (s.g, tail), 0);
}
END_TEST

/* An object with many parts takes its next accesses whole (each new
   part looks through the object's records: an array of 30,000 structs
   copied one into the next took seconds, adversarial finding), and stays
   sound: a copy past the limit reaches the reads made before it.  */
START_TEST (test_fields_many_parts)
{
  fixture f = two_fields ();
  esc_loc y = ut_var (f.g, "y", 0);
  esc_loc early = esc_field_read (f.g, y, 0, 8);
  int k = 0;
  while (k < 2000 && esc_field_read (f.g, y, 8 * (k + 1), 8) != y)
    k++;
  ck_assert_int_ge (k, 100);
  ck_assert_int_lt (k, 1000);
  esc_loc cell = esc_field_cell (f.g, y, 4096, 8);
  esc_flow (f.g, cell, ut_addr (f.g, "t", f.a1, 0), 0, ESC_NO_NOTE);
  esc_field_copy (f.g, y, 0, f.x, 0, 8, ESC_NO_NOTE);
  esc_solve (f.g);
  ck_assert (ut_pts_has (f.g, early, f.a0));
  ck_assert (ut_pts_has (f.g, early, f.a1));
}
END_TEST

Suite *
fields_suite (void)
{
  Suite *s = suite_create ("fields");
  TCase *tc = ut_tcase ("fields");
  tcase_add_test (tc, test_fields_apart);
  tcase_add_test (tc, test_fields_overlap);
  tcase_add_test (tc, test_fields_whole);
  tcase_add_test (tc, test_fields_paths);
  tcase_add_test (tc, test_fields_mixed_by_call);
  tcase_add_test (tc, test_fields_copy);
  tcase_add_test (tc, test_fields_many_parts);
  suite_add_tcase (s, tc);
  return s;
}
