/* test-fresh.c - objects a function hands its caller (fresh.c): which
   allocations count (returned, stored into the caller's object, members),
   which do not (registered in a global, two holders, in a loop), what the
   summary says they hold, and the sites a caller makes for them.  */

#include "unit.h"

/* f (p, q) with NAME = malloc in it.  */
static esc_graph *
fn2 (esc_loc *p, esc_loc *q)
{
  esc_graph *g = ut_graph ("f");
  *p = esc_param_new (g, "p", 0, ut_pos);
  *q = esc_param_new (g, "q", 1, ut_pos);
  return g;
}

/* Solve G (unsolved) for fresh objects and summarise.  */
static esc_summary *
fresh_summary (esc_graph *g)
{
  esc_graph *solved = ut_keep_graph (esc_graph_clone (g));
  esc_solve (solved);
  esc_graph *h = ut_keep_graph (esc_solve_fresh (g, solved, NULL, NULL));
  esc_summary *s = ut_keep_summary (esc_summary_of (h));
  esc_summary_add_fresh (s, h, NULL, NULL);
  return s;
}

START_TEST (test_fresh_result)
{
  /* n = malloc; n->next = q; return n.  */
  esc_loc p, q;
  esc_graph *g = fn2 (&p, &q);
  esc_loc n = ut_alloc (g, "malloc(16)", 0);
  esc_loc v = ut_addr (g, "n", n, 0);
  esc_store (g, v, q, 0, ESC_NO_NOTE);
  esc_flow (g, ESC_LOC_RESULT, v, 0, ESC_NO_NOTE);
  esc_graph *plain = ut_keep_graph (esc_graph_clone (g));
  esc_solve (plain);
  /* Seen from f, it escapes, and q with it.  */
  ck_assert (esc_has_fresh_candidates (plain));
  ck_assert (esc_escapes (plain, n));
  esc_summary *s = fresh_summary (g);
  ck_assert_int_eq (s->nfresh, 1);
  ck_assert_int_eq (s->fresh[0].owner, ESC_FRESH_RESULT);
  ck_assert_int_eq (s->fresh[0].parent, -1);
  ck_assert_str_eq (s->fresh[0].name, "malloc(16)");
  ck_assert_uint_eq (s->fresh[0].levels[0], 0);
  ck_assert_uint_eq (s->fresh[0].levels[1], 1u);	/* q at level 0 */
  ck_assert (!s->fresh[0].foreign);
  /* q no longer leaks to the heap: it is in the caller's object.  */
  ck_assert_int_eq (s->leaks[1].heap, ESC_LEAK_NONE);
  ck_assert (!s->result_foreign);
  ck_assert_int_eq (s->fresh[0].nchain, 1);
  ck_assert_str_eq (s->fresh[0].chain[0].function, "f");
  ck_assert_str_eq (s->fresh[0].chain[0].call, "malloc(16)");
}
END_TEST

START_TEST (test_fresh_out_param)
{
  /* *p = malloc; (*p)->x = *q.  */
  esc_loc p, q;
  esc_graph *g = fn2 (&p, &q);
  esc_loc n = ut_alloc (g, "malloc(8)", 0);
  esc_loc v = ut_addr (g, "n", n, 0);
  esc_store (g, p, v, 0, ESC_NO_NOTE);
  esc_store (g, v, q, 1, ESC_NO_NOTE);
  esc_summary *s = fresh_summary (g);
  ck_assert_int_eq (s->nfresh, 1);
  ck_assert_int_eq (s->fresh[0].owner, 0);
  ck_assert_uint_eq (s->fresh[0].levels[1], 2u);	/* q at level 1 */
  ck_assert (!s->content_foreign[0]);
}
END_TEST

START_TEST (test_fresh_member)
{
  /* r = malloc; r->a = malloc; return r.  */
  esc_loc p, q;
  esc_graph *g = fn2 (&p, &q);
  esc_loc r = ut_alloc (g, "r", 0), a = ut_alloc (g, "a", 0);
  esc_loc rv = ut_addr (g, "rv", r, 0), av = ut_addr (g, "av", a, 0);
  esc_store (g, rv, av, 0, ESC_NO_NOTE);
  esc_flow (g, ESC_LOC_RESULT, rv, 0, ESC_NO_NOTE);
  esc_summary *s = fresh_summary (g);
  ck_assert_int_eq (s->nfresh, 2);
  ck_assert_int_eq (s->fresh[0].owner, ESC_FRESH_RESULT);
  ck_assert_str_eq (s->fresh[0].name, "r");
  ck_assert_int_eq (s->fresh[1].owner, ESC_FRESH_MEMBER);
  ck_assert_int_eq (s->fresh[1].parent, 0);
  ck_assert_str_eq (s->fresh[1].name, "a");
  ck_assert (!s->fresh[0].foreign);
}
END_TEST

START_TEST (test_fresh_not)
{
  /* Registered: g = n as well as returned.  */
  esc_loc p, q;
  esc_graph *g = fn2 (&p, &q);
  esc_loc n = ut_alloc (g, "n", 0);
  esc_loc v = ut_addr (g, "v", n, 0);
  esc_flow (g, ESC_LOC_HEAP, v, 0, ESC_NO_NOTE);
  esc_flow (g, ESC_LOC_RESULT, v, 0, ESC_NO_NOTE);
  ck_assert_int_eq (fresh_summary (g)->nfresh, 0);
}
END_TEST

START_TEST (test_fresh_not_two_holders)
{
  /* Two holders: returned and stored into *p.  */
  esc_loc p, q;
  esc_graph *g = fn2 (&p, &q);
  esc_loc n, v;
  n = ut_alloc (g, "n", 0);
  v = ut_addr (g, "v", n, 0);
  esc_store (g, p, v, 0, ESC_NO_NOTE);
  esc_flow (g, ESC_LOC_RESULT, v, 0, ESC_NO_NOTE);
  ck_assert_int_eq (fresh_summary (g)->nfresh, 0);
}
END_TEST

START_TEST (test_fresh_not_loop)
{
  /* Made in a loop: "for (...) *p = malloc".  */
  esc_loc p, q, n, v;
  esc_graph *g = fn2 (&p, &q);
  n = ut_alloc (g, "n", 1);
  v = ut_addr (g, "v", n, 1);
  esc_store (g, p, v, 0, ESC_NO_NOTE);
  ck_assert_int_eq (fresh_summary (g)->nfresh, 0);
}
END_TEST

START_TEST (test_fresh_kept_member)
{
  /* A member that is also kept in a global: the holder holds an escaping
     object (pointers of its own), only the holder is fresh.  */
  esc_loc p, q;
  esc_graph *g = fn2 (&p, &q);
  esc_loc r = ut_alloc (g, "r", 0), a = ut_alloc (g, "a", 0);
  esc_loc rv = ut_addr (g, "rv", r, 0), av = ut_addr (g, "av", a, 0);
  esc_store (g, rv, av, 0, ESC_NO_NOTE);
  esc_flow (g, ESC_LOC_HEAP, av, 0, ESC_NO_NOTE);
  esc_flow (g, ESC_LOC_RESULT, rv, 0, ESC_NO_NOTE);
  esc_summary *s = fresh_summary (g);
  ck_assert_int_eq (s->nfresh, 1);
  ck_assert_str_eq (s->fresh[0].name, "r");
  ck_assert (s->fresh[0].foreign);
}
END_TEST

START_TEST (test_fresh_foreign)
{
  /* n->x = (a global's value); return n.  */
  esc_loc p, q;
  esc_graph *g = fn2 (&p, &q);
  esc_loc n = ut_alloc (g, "n", 0);
  esc_loc v = ut_addr (g, "v", n, 0);
  esc_loc gl = ut_val (g, "g", 0);
  esc_flow (g, gl, ESC_LOC_HEAP, 0, ESC_NO_NOTE);
  esc_store (g, v, gl, 0, ESC_NO_NOTE);
  esc_flow (g, ESC_LOC_RESULT, v, 0, ESC_NO_NOTE);
  esc_summary *s = fresh_summary (g);
  ck_assert_int_eq (s->nfresh, 1);
  ck_assert (s->fresh[0].foreign);
}
END_TEST

/* The callee of test_fresh_caller: node_new (v, next) returning a node
   holding NEXT.  */
static const esc_summary *
node_new_summary (void *ctx, int callee)
{
  (void) ctx;
  if (callee != 7)
    return NULL;
  static esc_summary *s;
  esc_loc p, q;
  esc_graph *g = fn2 (&p, &q);
  esc_loc n = ut_alloc (g, "malloc(16)", 0);
  esc_loc v = ut_addr (g, "n", n, 0);
  esc_store (g, v, q, 0, ESC_NO_NOTE);
  esc_flow (g, ESC_LOC_RESULT, v, 0, ESC_NO_NOTE);
  s = fresh_summary (g);
  return s;
}

START_TEST (test_fresh_caller)
{
  /* a = malloc; n = node_new (0, a): a is in n's object.  Kept in a
     global, both escape; dropped, neither.  */
  for (int kept = 0; kept < 2; kept++)
    {
      esc_graph *g = ut_graph ("caller");
      esc_loc a = ut_alloc (g, "a", 0);
      esc_loc av = ut_addr (g, "av", a, 0);
      esc_loc site = ut_alloc (g, "node_new(0, a)", 0);
      esc_loc n = ut_val (g, "n", 0);
      int c = esc_call_new (g, 7, "node_new", 2, ESC_NO_NOTE);
      esc_call_arg (g, c, 1, av);
      esc_call_result (g, c, n);
      esc_call_alloc_site (g, c, site);
      if (kept)
	esc_flow (g, ESC_LOC_HEAP, n, 0, ESC_NO_NOTE);
      esc_solve_with (g, node_new_summary, NULL);
      const esc_loc *fs;
      ck_assert_int_eq (esc_call_fresh_sites (g, c, &fs), 1);
      ck_assert_int_eq (fs[0], site);
      ck_assert (ut_pts_has (g, n, site));
      ck_assert_int_eq (esc_escapes (g, site), kept);
      ck_assert_int_eq (esc_escapes (g, a), kept);
      ck_assert (!esc_call_is_alloc (g, c));
    }
}
END_TEST

START_TEST (test_fresh_may_have_candidates)
{
  /* Before solving, whether a solve can give candidates at all: an
     allocation outside loops that a flow starts from, or a call whose
     summary makes its site an allocation.  */
  esc_graph *g = ut_graph ("f");
  esc_loc r = ut_val (g, "r", 0);
  esc_loc deep = ut_alloc (g, "in a loop", 1);
  esc_flow (g, ESC_LOC_RESULT, ut_addr (g, "d", deep, 1), 0, ESC_NO_NOTE);
  ck_assert (!esc_may_have_fresh_candidates (g, NULL, NULL));
  esc_loc site = ut_alloc (g, "node_new(0, a)", 0);
  int c = esc_call_new (g, 7, "node_new", 2, ESC_NO_NOTE);
  esc_call_result (g, c, r);
  esc_call_alloc_site (g, c, site);
  /* The site of a call whose callee makes nothing fresh: no flows.  */
  ck_assert (!esc_may_have_fresh_candidates (g, NULL, NULL));
  ck_assert (esc_may_have_fresh_candidates (g, node_new_summary, NULL));
  esc_graph *h = ut_graph ("h");
  esc_loc o = ut_alloc (h, "o", 0);
  ck_assert (!esc_may_have_fresh_candidates (h, NULL, NULL));
  esc_store (h, ut_val (h, "p", 0), o, 0, ESC_NO_NOTE);
  ck_assert (esc_may_have_fresh_candidates (h, NULL, NULL));
}
END_TEST

START_TEST (test_fresh_may_have_candidates_random)
{
  /* Random graphs: whenever the solve has candidates, the unsolved graph
     said it might.  */
  unsigned seed = 41;
  int with = 0;
  for (int round = 0; round < 200; round++)
    {
      esc_graph *g = esc_graph_new ("f");
      esc_loc p = esc_param_new (g, "p", 0, ut_pos);
      enum { N = 12 };
      esc_loc l[N];
      for (int i = 0; i < N; i++)
	{
	  seed = seed * 1103515245u + 12345u;
	  int depth = (seed >> 9) % 4 == 0;
	  l[i] = i % 3 == 0 ? ut_alloc (g, "o", depth) : ut_val (g, "v", depth);
	}
      int steps = (int) ((seed >> 12) % 10);
      for (int step = 0; step < steps; step++)
	{
	  seed = seed * 1103515245u + 12345u;
	  unsigned x = seed >> 8;
	  esc_loc dst = x % 5 == 0 ? ESC_LOC_RESULT : x % 7 == 0 ? p
	    : l[x % N];
	  esc_loc src = l[(x / N) % N];
	  int derefs = (int) ((x / (N * N)) % 3) - 1;
	  if ((x / (N * N * 3)) % 4 == 0)
	    esc_store (g, dst, src, derefs, ESC_NO_NOTE);
	  else
	    esc_flow (g, dst, src, derefs, ESC_NO_NOTE);
	}
      bool may = esc_may_have_fresh_candidates (g, NULL, NULL);
      esc_graph *solved = esc_graph_clone (g);
      esc_solve (solved);
      if (esc_has_fresh_candidates (solved))
	{
	  ck_assert (may);
	  with++;
	}
      esc_graph_free (solved);
      esc_graph_free (g);
    }
  ck_assert_int_gt (with, 0);
}
END_TEST

Suite *
fresh_suite (void)
{
  Suite *s = suite_create ("fresh");
  TCase *tc = ut_tcase ("fresh");
  tcase_add_test (tc, test_fresh_result);
  tcase_add_test (tc, test_fresh_out_param);
  tcase_add_test (tc, test_fresh_member);
  tcase_add_test (tc, test_fresh_not);
  tcase_add_test (tc, test_fresh_not_two_holders);
  tcase_add_test (tc, test_fresh_not_loop);
  tcase_add_test (tc, test_fresh_kept_member);
  tcase_add_test (tc, test_fresh_foreign);
  tcase_add_test (tc, test_fresh_caller);
  tcase_add_test (tc, test_fresh_may_have_candidates);
  tcase_add_test (tc, test_fresh_may_have_candidates_random);
  suite_add_tcase (s, tc);
  return s;
}
