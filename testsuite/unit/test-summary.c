/* test-summary.c - a function's summary read off its solved graph
   (esc_summary_of), the join that makes recursion a monotone fixed point
   (esc_summary_join), and the closure of leak vectors through the caller's
   objects (solve.c), which summaries carry to callers.  */

#include "unit.h"

/* "f (p, q)".  */
static esc_graph *
fn2 (esc_loc *p, esc_loc *q)
{
  esc_graph *g = ut_graph ("f");
  *p = esc_param_new (g, "p", 0, ut_pos);
  *q = esc_param_new (g, "q", 1, ut_pos);
  return g;
}

/* "f (p, q, r)".  */
static esc_graph *
fn3 (esc_loc *p, esc_loc *q, esc_loc *r)
{
  esc_graph *g = fn2 (p, q);
  *r = esc_param_new (g, "r", 2, ut_pos);
  return g;
}

static esc_summary *
solve_and_summarize (esc_graph *g)
{
  esc_solve (g);
  return ut_keep_summary (esc_summary_of (g));
}

/* A new value NAME = *SRC.  */
static esc_loc
load (esc_graph *g, const char *name, esc_loc src)
{
  esc_loc v = ut_val (g, name, 0);
  esc_flow (g, v, src, 1, ESC_NO_NOTE);
  return v;
}

/* esc_summary_of: leak levels.  */

START_TEST (test_summary_of_nothing)
{
  esc_loc p, q;
  esc_graph *g = fn2 (&p, &q);
  esc_summary *s = solve_and_summarize (g);
  ck_assert_str_eq (s->name, "f");
  ck_assert_int_eq (s->nparams, 2);
  ck_assert_str_eq (s->param_names[0], "p");
  ck_assert_str_eq (s->param_names[1], "q");
  for (int i = 0; i < 2; i++)
    {
      ck_assert_int_eq (s->leaks[i].heap, ESC_LEAK_NONE);
      ck_assert_int_eq (s->leaks[i].result, ESC_LEAK_NONE);
      ck_assert_int_eq (s->leaks[i].nparams, 2);
      for (int j = 0; j < 2; j++)
	ck_assert_int_eq (s->leaks[i].content[j], ESC_LEAK_NONE);
      ck_assert (!s->content_foreign[i]);
    }
  ck_assert (!s->writes_deep);
  ck_assert (!s->result_foreign);
  /* Arguments past the parameters are read with va_arg, not followed:
     they escape, and the callee may write anything into them.  */
  ck_assert_int_eq (s->vararg_heap, 0);
  ck_assert (s->vararg_foreign);
  ck_assert_int_eq (s->vararg_into, -1);
}
END_TEST

START_TEST (test_summary_of_varargs)
{
  /* Varargs are read with va_arg, which is not followed: they escape,
     unless the function cannot read them (esc_graph_varargs_unread).  */
  for (int unread = 0; unread < 2; unread++)
    {
      esc_loc p, q;
      esc_graph *g = fn2 (&p, &q);
      if (unread)
	esc_graph_varargs_unread (g);
      esc_summary *s = solve_and_summarize (g);
      ck_assert_int_eq (s->vararg_heap, unread ? ESC_LEAK_NONE : 0);
      ck_assert_int_eq (s->vararg_foreign, !unread);
      ck_assert_int_eq (s->vararg_into, -1);
      ck_assert_int_eq (s->vararg_data, ESC_LEAK_NONE);
    }
}
END_TEST

START_TEST (test_summary_of_heap_levels)
{
  /* g = p; g = **q.  */
  esc_loc p, q;
  esc_graph *g = fn2 (&p, &q);
  esc_flow (g, ESC_LOC_HEAP, p, 0, ESC_NO_NOTE);
  esc_flow (g, ESC_LOC_HEAP, load (g, "t", q), 1, ESC_NO_NOTE);
  esc_summary *s = solve_and_summarize (g);
  ck_assert_int_eq (s->leaks[0].heap, 0);
  ck_assert_int_eq (s->leaks[1].heap, 2);
  ck_assert_int_eq (s->leaks[0].result, ESC_LEAK_NONE);
  ck_assert_int_eq (s->leaks[1].result, ESC_LEAK_NONE);
}
END_TEST

START_TEST (test_summary_of_result_levels)
{
  /* return cond ? p : *q.  */
  esc_loc p, q;
  esc_graph *g = fn2 (&p, &q);
  esc_flow (g, ESC_LOC_RESULT, p, 0, ESC_NO_NOTE);
  esc_flow (g, ESC_LOC_RESULT, q, 1, ESC_NO_NOTE);
  esc_summary *s = solve_and_summarize (g);
  ck_assert_int_eq (s->leaks[0].result, 0);
  ck_assert_int_eq (s->leaks[1].result, 1);
  ck_assert_int_eq (s->leaks[0].heap, ESC_LEAK_NONE);
  ck_assert_int_eq (s->leaks[1].heap, ESC_LEAK_NONE);
  ck_assert (!s->result_foreign);
}
END_TEST

START_TEST (test_summary_of_into_other_param)
{
  /* *q = p: p into *q at 0, nothing foreign, nothing deep.  */
  esc_loc p, q;
  esc_graph *g = fn2 (&p, &q);
  esc_store (g, q, p, 0, ESC_NO_NOTE);
  esc_summary *s = solve_and_summarize (g);
  ck_assert_int_eq (s->leaks[0].content[1], 0);
  ck_assert_int_eq (s->leaks[0].content[0], ESC_LEAK_NONE);
  ck_assert_int_eq (s->leaks[1].content[0], ESC_LEAK_NONE);
  ck_assert_int_eq (s->leaks[1].content[1], ESC_LEAK_NONE);
  ck_assert_int_eq (s->leaks[0].heap, ESC_LEAK_NONE);
  ck_assert (!s->content_foreign[0]);
  ck_assert (!s->content_foreign[1]);
  ck_assert (!s->writes_deep);
}
END_TEST

START_TEST (test_summary_of_into_other_param_level)
{
  /* *p = **q: q's contents' contents into *p, at level 2.  */
  esc_loc p, q;
  esc_graph *g = fn2 (&p, &q);
  esc_store (g, p, load (g, "t", q), 1, ESC_NO_NOTE);
  esc_summary *s = solve_and_summarize (g);
  ck_assert_int_eq (s->leaks[1].content[0], 2);
  ck_assert (!s->content_foreign[0]);
}
END_TEST

/* esc_summary_of: what the callee writes into the caller's objects.  */

START_TEST (test_summary_of_foreign_own_allocation)
{
  /* *p = malloc (): the caller's object gets a pointer of the callee's.  */
  esc_loc p, q;
  esc_graph *g = fn2 (&p, &q);
  esc_loc a = ut_alloc (g, "a", 0);
  esc_store (g, p, ut_addr (g, "v", a, 0), 0, ESC_NO_NOTE);
  esc_summary *s = solve_and_summarize (g);
  ck_assert (s->content_foreign[0]);
  ck_assert (!s->content_foreign[1]);
  ck_assert (!s->writes_deep);
  ck_assert (esc_escapes (g, a));
}
END_TEST

START_TEST (test_summary_of_foreign_global)
{
  /* *q = gvar: a pointer loaded from a global.  */
  esc_loc p, q;
  esc_graph *g = fn2 (&p, &q);
  esc_loc t = ut_val (g, "t", 0);
  esc_flow (g, t, ESC_LOC_HEAP, 0, ESC_NO_NOTE);
  esc_store (g, q, t, 0, ESC_NO_NOTE);
  esc_summary *s = solve_and_summarize (g);
  ck_assert (s->content_foreign[1]);
  ck_assert (!s->content_foreign[0]);
}
END_TEST

START_TEST (test_summary_of_foreign_local_address)
{
  /* *p = &local, as one store of an address (derefs -1).  */
  esc_loc p, q;
  esc_graph *g = fn2 (&p, &q);
  esc_store (g, p, ut_var (g, "local", 0), -1, ESC_NO_NOTE);
  esc_summary *s = solve_and_summarize (g);
  ck_assert (s->content_foreign[0]);
}
END_TEST

START_TEST (test_summary_of_not_foreign_param)
{
  /* *p = q; *p = *q; *q = p: only parameters, which the leak vectors say.  */
  esc_loc p, q;
  esc_graph *g = fn2 (&p, &q);
  esc_store (g, p, q, 0, ESC_NO_NOTE);
  esc_store (g, p, q, 1, ESC_NO_NOTE);
  esc_store (g, q, p, 0, ESC_NO_NOTE);
  esc_summary *s = solve_and_summarize (g);
  ck_assert (!s->content_foreign[0]);
  ck_assert (!s->content_foreign[1]);
  ck_assert_int_eq (s->leaks[1].content[0], 0);
  ck_assert_int_eq (s->leaks[0].content[1], 0);
}
END_TEST

START_TEST (test_summary_of_foreign_through_local)
{
  /* o is local; o = q, and in a second graph o = &a too; *p = o.  Only
     the second writes a pointer of the callee's own.  */
  for (int own = 0; own < 2; own++)
    {
      esc_loc p, q;
      esc_graph *g = fn2 (&p, &q);
      esc_loc o = ut_var (g, "o", 0);
      esc_loc po = ut_addr (g, "po", o, 0);
      esc_store (g, po, q, 0, ESC_NO_NOTE);
      if (own)
	esc_store (g, po, ut_addr (g, "v", ut_alloc (g, "a", 0), 0), 0,
		   ESC_NO_NOTE);
      esc_store (g, p, load (g, "t", po), 0, ESC_NO_NOTE);
      esc_summary *s = solve_and_summarize (g);
      ck_assert_msg (s->content_foreign[0] == (own != 0), "own=%d", own);
      ck_assert_int_eq (s->leaks[1].content[0], 0);
    }
}
END_TEST

START_TEST (test_summary_of_writes_deep)
{
  /* t = *p; *t = q: a store through a loaded pointer, into memory the
     callee cannot see, so q goes to the heap.  */
  esc_loc p, q;
  esc_graph *g = fn2 (&p, &q);
  esc_store (g, load (g, "t", p), q, 0, ESC_NO_NOTE);
  esc_summary *s = solve_and_summarize (g);
  ck_assert (s->writes_deep);
  ck_assert_int_eq (s->leaks[1].heap, 0);
  ck_assert (!s->content_foreign[0]);
}
END_TEST

START_TEST (test_summary_of_local_store_not_deep)
{
  /* po = &o; *po = q; *p = q: stores into a local and a caller's object,
     neither through a loaded pointer.  */
  esc_loc p, q;
  esc_graph *g = fn2 (&p, &q);
  esc_loc o = ut_var (g, "o", 0);
  esc_store (g, ut_addr (g, "po", o, 0), q, 0, ESC_NO_NOTE);
  esc_store (g, p, q, 0, ESC_NO_NOTE);
  esc_summary *s = solve_and_summarize (g);
  ck_assert (!s->writes_deep);
}
END_TEST

START_TEST (test_summary_of_result_foreign)
{
  /* return malloc (); return gvar; return &local: three graphs.  */
  for (int k = 0; k < 3; k++)
    {
      esc_loc p, q;
      esc_graph *g = fn2 (&p, &q);
      esc_loc v;
      if (k == 0)
	v = ut_addr (g, "v", ut_alloc (g, "a", 0), 0);
      else if (k == 1)
	{
	  v = ut_val (g, "v", 0);
	  esc_flow (g, v, ESC_LOC_HEAP, 0, ESC_NO_NOTE);
	}
      else
	v = ut_addr (g, "v", ut_var (g, "local", 0), 0);
      esc_flow (g, ESC_LOC_RESULT, v, 0, ESC_NO_NOTE);
      esc_summary *s = solve_and_summarize (g);
      ck_assert_msg (s->result_foreign, "case %d", k);
    }
}
END_TEST

START_TEST (test_summary_of_result_not_foreign)
{
  /* return p; return *q; return o where the local o holds only p.  */
  esc_loc p, q;
  esc_graph *g = fn2 (&p, &q);
  esc_flow (g, ESC_LOC_RESULT, p, 0, ESC_NO_NOTE);
  esc_flow (g, ESC_LOC_RESULT, load (g, "t", q), 0, ESC_NO_NOTE);
  esc_loc o = ut_var (g, "o", 0);
  esc_loc po = ut_addr (g, "po", o, 0);
  esc_store (g, po, p, 0, ESC_NO_NOTE);
  esc_flow (g, ESC_LOC_RESULT, load (g, "u", po), 0, ESC_NO_NOTE);
  esc_summary *s = solve_and_summarize (g);
  ck_assert (!s->result_foreign);
  ck_assert_int_eq (s->leaks[0].result, 0);
  ck_assert_int_eq (s->leaks[1].result, 1);
}
END_TEST

START_TEST (test_summary_of_result_foreign_unknown_call)
{
  /* return h (p) with h unknown: its result points to the heap.  */
  esc_loc p, q;
  esc_graph *g = fn2 (&p, &q);
  esc_loc r = ut_val (g, "r", 0);
  int c = esc_call_new (g, -1, "h", 1, ESC_NO_NOTE);
  esc_call_arg (g, c, 0, p);
  esc_call_result (g, c, r);
  esc_flow (g, ESC_LOC_RESULT, r, 0, ESC_NO_NOTE);
  esc_summary *s = solve_and_summarize (g);
  ck_assert (s->result_foreign);
  ck_assert_int_eq (s->leaks[0].heap, 0);
}
END_TEST

static const esc_summary *
only_summary (void *ctx, int callee)
{
  return callee == 0 ? ctx : NULL;
}

START_TEST (test_summary_of_deep_callee)
{
  /* f (p) { h (p); } where h writes through pointers it loads: so does
     f, on h's behalf.  */
  esc_summary *h = ut_summary ("h", 1);
  h->writes_deep = true;
  esc_graph *g = ut_graph ("f");
  esc_loc p = esc_param_new (g, "p", 0, ut_pos);
  int c = esc_call_new (g, 0, "h", 1, ESC_NO_NOTE);
  esc_call_arg (g, c, 0, p);
  esc_solve_with (g, only_summary, h);
  esc_summary *s = ut_keep_summary (esc_summary_of (g));
  ck_assert (s->writes_deep);
  ck_assert_int_eq (s->leaks[0].heap, ESC_LEAK_NONE);
}
END_TEST

START_TEST (test_summary_of_foreign_callee)
{
  /* f (p) { h (p); } where h stores its own pointers into *p.  */
  esc_summary *h = ut_summary ("h", 1);
  h->content_foreign[0] = true;
  esc_graph *g = ut_graph ("f");
  esc_loc p = esc_param_new (g, "p", 0, ut_pos);
  int c = esc_call_new (g, 0, "h", 1, ESC_NO_NOTE);
  esc_call_arg (g, c, 0, p);
  esc_solve_with (g, only_summary, h);
  esc_summary *s = ut_keep_summary (esc_summary_of (g));
  ck_assert (s->content_foreign[0]);
  ck_assert (!s->writes_deep);
}
END_TEST

/* esc_summary_of: which parameters the function may free through.  */

START_TEST (test_summary_of_frees_param)
{
  /* free (p): p, not q.  */
  esc_loc p, q;
  esc_graph *g = fn2 (&p, &q);
  esc_free_new (g, p, ESC_FREE_HERE);
  esc_summary *s = solve_and_summarize (g);
  ck_assert (s->frees[0]);
  ck_assert (!s->frees[1]);
  /* Freeing is not escaping.  */
  ck_assert_int_eq (s->leaks[0].heap, ESC_LEAK_NONE);
}
END_TEST

START_TEST (test_summary_of_frees_loaded)
{
  /* free (*q); and in a second graph free (**q), through a copy.  */
  for (int deep = 0; deep < 2; deep++)
    {
      esc_loc p, q;
      esc_graph *g = fn2 (&p, &q);
      esc_loc t = load (g, "t", q);
      if (deep)
	{
	  esc_loc c = ut_val (g, "c", 0);
	  esc_flow (g, c, t, 0, ESC_NO_NOTE);
	  t = load (g, "u", c);
	}
      esc_free_new (g, t, ESC_FREE_HERE);
      esc_summary *s = solve_and_summarize (g);
      ck_assert_msg (s->frees[1], "deep=%d", deep);
      ck_assert_msg (!s->frees[0], "deep=%d", deep);
    }
}
END_TEST

START_TEST (test_summary_of_frees_through_local)
{
  /* box = q (a local in memory); free (box).  */
  esc_loc p, q;
  esc_graph *g = fn2 (&p, &q);
  esc_loc box = ut_var (g, "box", 0);
  esc_loc pbox = ut_addr (g, "pbox", box, 0);
  esc_store (g, pbox, q, 0, ESC_NO_NOTE);
  esc_free_new (g, load (g, "t", pbox), ESC_FREE_HERE);
  esc_summary *s = solve_and_summarize (g);
  ck_assert (s->frees[1]);
  ck_assert (!s->frees[0]);
}
END_TEST

START_TEST (test_summary_of_frees_stored_into_param)
{
  /* *q = p; free (*q): what q holds is p.  */
  esc_loc p, q;
  esc_graph *g = fn2 (&p, &q);
  esc_store (g, q, p, 0, ESC_NO_NOTE);
  esc_free_new (g, load (g, "t", q), ESC_FREE_HERE);
  esc_summary *s = solve_and_summarize (g);
  ck_assert (s->frees[0]);
  ck_assert (s->frees[1]);
}
END_TEST

START_TEST (test_summary_of_frees_from)
{
  /* With the caller's deeper objects a location of their own: free (*q)
     frees from q's level 1; free (buf) of a local buffer holding p frees
     none of p's (it did, by reaching through what buf holds).  */
  esc_loc p, q;
  esc_graph *g = fn2 (&p, &q);
  esc_loc n = esc_param_new_scalar (g, "n", 2, ut_pos);
  (void) n;
  esc_loc buf = ut_alloc (g, "buf", 0);
  esc_loc vb = ut_addr (g, "vb", buf, 0);
  esc_store (g, vb, p, 0, ESC_NO_NOTE);
  esc_free_new (g, vb, ESC_FREE_HERE);
  esc_free_new (g, load (g, "t", q), ESC_FREE_HERE);
  esc_graph_deep_params (g);
  esc_summary *s = solve_and_summarize (g);
  ck_assert (!s->frees[0]);
  ck_assert (s->frees[1]);
  ck_assert_int_eq (s->frees_from[1], 1);
  ck_assert (s->scalar[2] && !s->scalar[0] && !s->scalar[1]);
  /* A callee's free of p: everything p reaches, from p's own object.  */
  esc_graph *h = fn2 (&p, &q);
  esc_free_new (h, p, ESC_FREE_CALLEE);
  esc_graph_deep_params (h);
  s = solve_and_summarize (h);
  ck_assert (s->frees[0] && !s->frees[1]);
  ck_assert_int_eq (s->frees_from[0], 0);
}
END_TEST

START_TEST (test_summary_of_frees_realloc)
{
  /* r = realloc (q, n): realloc's free site on q, its new site in r.  */
  esc_loc p, q;
  esc_graph *g = fn2 (&p, &q);
  esc_loc site = ut_alloc (g, "realloc", 0);
  esc_loc r = ut_addr (g, "r", site, 0);
  esc_flow (g, r, q, 0, ESC_NO_NOTE);
  esc_free_new (g, q, ESC_FREE_REALLOC);
  esc_summary *s = solve_and_summarize (g);
  ck_assert (s->frees[1]);
  ck_assert (!s->frees[0]);
}
END_TEST

START_TEST (test_summary_of_frees_through_callee)
{
  /* f (p, q) { h (q); } where h's summary frees its parameter: the call
     makes a callee free site on q, and f frees q too.  With h freeing
     nothing, f frees nothing and the call makes no free site.  */
  for (int frees = 0; frees < 2; frees++)
    {
      esc_summary *h = ut_summary ("h", 1);
      h->frees[0] = frees != 0;
      esc_loc p, q;
      esc_graph *g = fn2 (&p, &q);
      int c = esc_call_new (g, 0, "h", 1, ESC_NO_NOTE);
      esc_call_arg (g, c, 0, q);
      esc_solve_with (g, only_summary, h);
      ck_assert_int_eq (esc_free_count (g), frees);
      if (frees)
	{
	  ck_assert_int_eq (esc_free_kind_of (g, 0), ESC_FREE_CALLEE);
	  ck_assert_int_eq (esc_free_arg (g, 0), q);
	}
      esc_summary *s = ut_keep_summary (esc_summary_of (g));
      ck_assert_msg (s->frees[1] == (frees != 0), "frees=%d", frees);
      ck_assert (!s->frees[0]);
      ck_assert_int_eq (s->leaks[1].heap, ESC_LEAK_NONE);
    }
}
END_TEST

START_TEST (test_summary_of_frees_callee_second_param)
{
  /* f (p, q) { h (q, p); } where h frees only its second parameter.  */
  esc_summary *h = ut_summary ("h", 2);
  h->frees[1] = true;
  esc_loc p, q;
  esc_graph *g = fn2 (&p, &q);
  int c = esc_call_new (g, 0, "h", 2, ESC_NO_NOTE);
  esc_call_arg (g, c, 0, q);
  esc_call_arg (g, c, 1, p);
  esc_solve_with (g, only_summary, h);
  esc_summary *s = ut_keep_summary (esc_summary_of (g));
  ck_assert (s->frees[0]);
  ck_assert (!s->frees[1]);
}
END_TEST

START_TEST (test_summary_of_frees_not_when_reading)
{
  /* g = *p; return *q; *p = q; x = malloc (); free (x); free (global):
     reads, stores and frees of other memory free nothing of the
     parameters'.  */
  esc_loc p, q;
  esc_graph *g = fn2 (&p, &q);
  esc_flow (g, ESC_LOC_HEAP, load (g, "t", p), 0, ESC_NO_NOTE);
  esc_flow (g, ESC_LOC_RESULT, q, 1, ESC_NO_NOTE);
  esc_store (g, p, q, 0, ESC_NO_NOTE);
  esc_free_new (g, ut_addr (g, "x", ut_alloc (g, "a", 0), 0),
		ESC_FREE_HERE);
  esc_loc h = ut_val (g, "h", 0);
  esc_flow (g, h, ESC_LOC_HEAP, 0, ESC_NO_NOTE);
  esc_free_new (g, h, ESC_FREE_HERE);
  esc_summary *s = solve_and_summarize (g);
  ck_assert (!s->frees[0]);
  ck_assert (!s->frees[1]);
  ck_assert_int_eq (s->leaks[0].heap, 1);
}
END_TEST

START_TEST (test_summary_of_frees_callee_not_freeing)
{
  /* A callee that only reads (its summary leaks to the result) frees
     nothing; neither does an unknown callee's call, which escapes
     instead.  */
  esc_summary *h = ut_summary ("h", 1);
  h->leaks[0].result = 1;
  esc_loc p, q;
  esc_graph *g = fn2 (&p, &q);
  int c = esc_call_new (g, 0, "h", 1, ESC_NO_NOTE);
  esc_call_arg (g, c, 0, p);
  c = esc_call_new (g, -1, "k", 1, ESC_NO_NOTE);
  esc_call_arg (g, c, 0, q);
  esc_solve_with (g, only_summary, h);
  ck_assert_int_eq (esc_free_count (g), 0);
  esc_summary *s = ut_keep_summary (esc_summary_of (g));
  ck_assert (!s->frees[0]);
  ck_assert (!s->frees[1]);
  ck_assert_int_eq (s->leaks[1].heap, 0);
}
END_TEST

/* The leak closure in solve.c: a value stored into *q goes wherever q's
   contents go.  */

START_TEST (test_closure_store_then_global)
{
  /* *q = p; g = *q: p itself reaches the heap.  */
  esc_loc p, q;
  esc_graph *g = fn2 (&p, &q);
  esc_store (g, q, p, 0, ESC_NO_NOTE);
  esc_flow (g, ESC_LOC_HEAP, load (g, "t", q), 0, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert_int_eq (esc_param_leaks (g, q)->heap, 1);
  ck_assert_int_eq (esc_param_leaks (g, p)->heap, 0);
  esc_summary *s = ut_keep_summary (esc_summary_of (g));
  ck_assert_int_eq (s->leaks[0].heap, 0);
  ck_assert_int_eq (s->leaks[0].content[1], 0);
}
END_TEST

START_TEST (test_closure_store_then_return)
{
  /* *q = p; return *q: p is returned.  */
  esc_loc p, q;
  esc_graph *g = fn2 (&p, &q);
  esc_store (g, q, p, 0, ESC_NO_NOTE);
  esc_flow (g, ESC_LOC_RESULT, q, 1, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert_int_eq (esc_param_leaks (g, q)->result, 1);
  ck_assert_int_eq (esc_param_leaks (g, p)->result, 0);
  ck_assert_int_eq (esc_param_leaks (g, p)->heap, ESC_LEAK_NONE);
}
END_TEST

START_TEST (test_closure_levels_add)
{
  /* *q = *p (level 1 into *q); g = **q (q at 2): p at 1 + 2 - 1.  */
  esc_loc p, q;
  esc_graph *g = fn2 (&p, &q);
  esc_store (g, q, p, 1, ESC_NO_NOTE);
  esc_flow (g, ESC_LOC_HEAP, load (g, "t", q), 1, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert_int_eq (esc_param_leaks (g, q)->heap, 2);
  ck_assert_int_eq (esc_param_leaks (g, p)->content[1], 1);
  ck_assert_int_eq (esc_param_leaks (g, p)->heap, 2);
}
END_TEST

START_TEST (test_closure_two_steps)
{
  /* *q = p; *r = *q; g = *r: p reaches *r, then the heap.  */
  esc_loc p, q, r;
  esc_graph *g = fn3 (&p, &q, &r);
  esc_store (g, q, p, 0, ESC_NO_NOTE);
  esc_store (g, r, q, 1, ESC_NO_NOTE);
  esc_flow (g, ESC_LOC_HEAP, load (g, "t", r), 0, ESC_NO_NOTE);
  esc_solve (g);
  const esc_leaks *lp = esc_param_leaks (g, p);
  ck_assert_int_eq (esc_param_leaks (g, q)->content[2], 1);
  ck_assert_int_eq (esc_param_leaks (g, r)->heap, 1);
  ck_assert_int_eq (lp->content[2], 0);
  ck_assert_int_eq (lp->heap, 0);
}
END_TEST

START_TEST (test_closure_returned_object)
{
  /* *q = *p; return q: the caller's object behind q is returned, and it
     holds what p points to, so p's contents are reachable from the result
     (level 1), though p itself is not (no level 0).  */
  esc_loc p, q;
  esc_graph *g = fn2 (&p, &q);
  esc_store (g, q, p, 1, ESC_NO_NOTE);
  esc_flow (g, ESC_LOC_RESULT, q, 0, ESC_NO_NOTE);
  esc_solve (g);
  const esc_leaks *lp = esc_param_leaks (g, p);
  ck_assert_int_eq (esc_param_leaks (g, q)->result, 0);
  ck_assert_int_eq (lp->content[1], 1);
  ck_assert_int_eq (lp->result, 1);
  ck_assert (!(esc_levels (lp->result, lp->result_levels) & 1u));
  ck_assert_int_eq (lp->heap, ESC_LEAK_NONE);
}
END_TEST

START_TEST (test_summary_of_result_level_set)
{
  /* return c ? p : *p: the result may be p or what p points to; a caller
     that stores through it must see both, so both levels are kept.  */
  esc_loc p, q;
  esc_graph *g = fn2 (&p, &q);
  esc_flow (g, ESC_LOC_RESULT, p, 0, ESC_NO_NOTE);
  esc_flow (g, ESC_LOC_RESULT, p, 1, ESC_NO_NOTE);
  esc_summary *s = solve_and_summarize (g);
  ck_assert_int_eq (s->leaks[0].result, 0);
  ck_assert_uint_eq (esc_levels (s->leaks[0].result,
				 s->leaks[0].result_levels) & 3u, 3u);
  ck_assert_uint_eq (esc_levels (s->leaks[1].result,
				 s->leaks[1].result_levels), 0u);
}
END_TEST

START_TEST (test_summary_of_content_level_set)
{
  /* *q = p; *q = *p: p goes into *q at levels 0 and 1.  */
  esc_loc p, q;
  esc_graph *g = fn2 (&p, &q);
  esc_store (g, q, p, 0, ESC_NO_NOTE);
  esc_store (g, q, p, 1, ESC_NO_NOTE);
  esc_summary *s = solve_and_summarize (g);
  ck_assert_int_eq (s->leaks[0].content[1], 0);
  ck_assert_uint_eq (esc_levels (s->leaks[0].content[1],
				 s->leaks[0].content_levels[1]) & 3u, 3u);
}
END_TEST

/* esc_summary_join.  */

START_TEST (test_summary_new_is_bottom)
{
  esc_summary *s = ut_summary ("f", 3);
  ck_assert_str_eq (s->name, "f");
  ck_assert_int_eq (s->nparams, 3);
  for (int i = 0; i < 3; i++)
    {
      ck_assert_int_eq (s->leaks[i].heap, ESC_LEAK_NONE);
      ck_assert_int_eq (s->leaks[i].result, ESC_LEAK_NONE);
      for (int j = 0; j < 3; j++)
	ck_assert_int_eq (s->leaks[i].content[j], ESC_LEAK_NONE);
      ck_assert (!s->content_foreign[i]);
      ck_assert_ptr_nonnull (s->param_names[i]);
    }
  ck_assert (!s->writes_deep && !s->result_foreign && !s->vararg_foreign);
  ck_assert_int_eq (s->vararg_heap, ESC_LEAK_NONE);
  ck_assert_int_eq (s->vararg_into, -1);
  /* Bottom joined into bottom changes nothing.  */
  ck_assert (!esc_summary_join (s, ut_summary ("f", 3)));
}
END_TEST

START_TEST (test_join_lowers_and_reports)
{
  esc_summary *into = ut_summary ("f", 2), *from = ut_summary ("f", 2);
  from->leaks[0].heap = 2;
  from->leaks[1].result = 1;
  from->leaks[1].content[0] = 0;
  ck_assert (esc_summary_join (into, from));
  ck_assert_int_eq (into->leaks[0].heap, 2);
  ck_assert_int_eq (into->leaks[1].result, 1);
  ck_assert_int_eq (into->leaks[1].content[0], 0);
  /* Again: nothing new.  */
  ck_assert (!esc_summary_join (into, from));
  /* Lower still: changes.  */
  from->leaks[0].heap = 1;
  ck_assert (esc_summary_join (into, from));
  ck_assert_int_eq (into->leaks[0].heap, 1);
}
END_TEST

START_TEST (test_join_never_raises)
{
  /* Levels only go down: a higher level or none leaves INTO alone.  */
  esc_summary *into = ut_summary ("f", 2), *from = ut_summary ("f", 2);
  into->leaks[0].heap = 0;
  into->leaks[0].result = 1;
  into->leaks[1].content[1] = 2;
  into->vararg_heap = 0;
  from->leaks[0].heap = 3;
  from->leaks[1].content[1] = 5;
  ck_assert (!esc_summary_join (into, from));
  ck_assert_int_eq (into->leaks[0].heap, 0);
  ck_assert_int_eq (into->leaks[0].result, 1);
  ck_assert_int_eq (into->leaks[1].content[1], 2);
  ck_assert_int_eq (into->vararg_heap, 0);
}
END_TEST

START_TEST (test_join_each_part_reports)
{
  /* Every part of a summary, grown alone, makes the join say "changed":
     a fixed point that missed one would stop early with a guess.  */
  for (int part = 0; part < 11; part++)
    {
      esc_summary *into = ut_summary ("f", 2), *from = ut_summary ("f", 2);
      switch (part)
	{
	case 0: from->leaks[1].heap = 4; break;
	case 1: from->leaks[1].result = 4; break;
	case 2: from->leaks[0].content[1] = 4; break;
	case 3: from->content_foreign[1] = true; break;
	case 4: from->writes_deep = true; break;
	case 5: from->result_foreign = true; break;
	case 6: from->vararg_heap = 1; break;
	case 7: from->vararg_foreign = true; break;
	case 8: from->vararg_into = 1; from->vararg_into_derefs = 0; break;
	case 9:
	  /* A deeper level besides a known minimum.  */
	  into->leaks[0].result = from->leaks[0].result = 0;
	  from->leaks[0].result_levels = 1u << 2;
	  break;
	case 10:
	  into->leaks[1].content[0] = from->leaks[1].content[0] = 1;
	  from->leaks[1].content_levels[0] = 1u << 3;
	  break;
	}
      ck_assert_msg (esc_summary_join (into, from), "part %d", part);
      ck_assert_msg (!esc_summary_join (into, from), "part %d again", part);
      ck_assert_msg (!esc_summary_join (into, ut_summary ("f", 2)),
		     "part %d: bottom", part);
      switch (part)
	{
	case 0: ck_assert_int_eq (into->leaks[1].heap, 4); break;
	case 1: ck_assert_int_eq (into->leaks[1].result, 4); break;
	case 2: ck_assert_int_eq (into->leaks[0].content[1], 4); break;
	case 3: ck_assert (into->content_foreign[1]); break;
	case 4: ck_assert (into->writes_deep); break;
	case 5: ck_assert (into->result_foreign); break;
	case 6: ck_assert_int_eq (into->vararg_heap, 1); break;
	case 7: ck_assert (into->vararg_foreign); break;
	case 8:
	  ck_assert_int_eq (into->vararg_into, 1);
	  ck_assert_int_eq (into->vararg_into_derefs, 0);
	  break;
	case 9:
	  ck_assert_int_eq (into->leaks[0].result, 0);
	  ck_assert (into->leaks[0].result_levels & 1u << 2);
	  break;
	case 10:
	  ck_assert_int_eq (into->leaks[1].content[0], 1);
	  ck_assert (into->leaks[1].content_levels[0] & 1u << 3);
	  break;
	}
    }
}
END_TEST

START_TEST (test_format_join)
{
  /* A literal that prints no pointer < a parameter's format < any format;
     two parameters' formats join to any.  */
  ck_assert_int_eq (esc_format_join (ESC_FORMAT_SAFE, ESC_FORMAT_SAFE),
		    ESC_FORMAT_SAFE);
  ck_assert_int_eq (esc_format_join (ESC_FORMAT_SAFE, 2), 2);
  ck_assert_int_eq (esc_format_join (2, ESC_FORMAT_SAFE), 2);
  ck_assert_int_eq (esc_format_join (2, 2), 2);
  ck_assert_int_eq (esc_format_join (1, 2), ESC_FORMAT_ANY);
  ck_assert_int_eq (esc_format_join (ESC_FORMAT_ANY, 0), ESC_FORMAT_ANY);
  ck_assert_int_eq (esc_format_join (ESC_FORMAT_SAFE, ESC_FORMAT_ANY),
		    ESC_FORMAT_ANY);
}
END_TEST

START_TEST (test_join_formats)
{
  /* The format varargs are printed under goes up, and says so.  */
  esc_summary *into = ut_summary ("f", 2), *from = ut_summary ("f", 2);
  from->vararg_format = 1;
  ck_assert (esc_summary_join (into, from));
  ck_assert_int_eq (into->vararg_format, 1);
  ck_assert (!esc_summary_join (into, from));
  ck_assert (!esc_summary_join (into, ut_summary ("f", 2)));
  from->vararg_format = 0;
  ck_assert (esc_summary_join (into, from));
  ck_assert_int_eq (into->vararg_format, ESC_FORMAT_ANY);
  /* A va_list parameter followed in one round and not in another (never
     for one function, whose builder decides it once): not followed, and
     the varargs escape.  */
  into = ut_summary ("f", 2);
  from = ut_summary ("f", 2);
  into->va_list_param = from->va_list_param = 1;
  ck_assert (!esc_summary_join (into, from));
  from->va_list_param = -1;
  ck_assert (esc_summary_join (into, from));
  ck_assert_int_eq (into->va_list_param, -1);
  ck_assert_int_eq (into->vararg_heap, 0);
  ck_assert (into->vararg_foreign);
  ck_assert (!esc_summary_join (into, from));
}
END_TEST

START_TEST (test_summary_start)
{
  /* The start of a fixed point is bottom, with the va_list parameter its
     builder follows: a recursive printer's call of itself then follows
     its va_list from the first round on.  */
  esc_loc p, q;
  esc_graph *g = fn2 (&p, &q);
  esc_summary *s = ut_keep_summary (esc_summary_start (g));
  ck_assert_int_eq (s->nparams, 2);
  ck_assert_int_eq (s->va_list_param, -1);
  ck_assert_int_eq (s->vararg_heap, ESC_LEAK_NONE);
  g = fn2 (&p, &q);
  esc_graph_varargs_followed (g, 1);
  s = ut_keep_summary (esc_summary_start (g));
  ck_assert_int_eq (s->va_list_param, 1);
  ck_assert_int_eq (s->vararg_format, ESC_FORMAT_SAFE);
  ck_assert_int_eq (s->vararg_heap, ESC_LEAK_NONE);
  /* Solved with nothing handed on: its va_list's contents go nowhere.  */
  s = solve_and_summarize (g);
  ck_assert_int_eq (s->va_list_param, 1);
  ck_assert_int_eq (s->vararg_heap, ESC_LEAK_NONE);
  ck_assert (!s->vararg_foreign);
}
END_TEST

START_TEST (test_join_commutes)
{
  /* a joined with b, and b joined with a, end up the same.  */
  esc_summary *a = ut_summary ("f", 2), *b = ut_summary ("f", 2);
  a->leaks[0].heap = 1;
  a->leaks[1].result = 3;
  a->writes_deep = true;
  b->leaks[0].heap = 2;
  b->leaks[1].result = 0;
  b->leaks[0].content[1] = 1;
  b->content_foreign[0] = true;
  esc_summary *ab = ut_summary ("f", 2), *ba = ut_summary ("f", 2);
  esc_summary_join (ab, a);
  esc_summary_join (ab, b);
  esc_summary_join (ba, b);
  esc_summary_join (ba, a);
  for (int i = 0; i < 2; i++)
    {
      ck_assert_int_eq (ab->leaks[i].heap, ba->leaks[i].heap);
      ck_assert_int_eq (ab->leaks[i].result, ba->leaks[i].result);
      for (int j = 0; j < 2; j++)
	ck_assert_int_eq (ab->leaks[i].content[j], ba->leaks[i].content[j]);
      ck_assert_int_eq (ab->content_foreign[i], ba->content_foreign[i]);
    }
  ck_assert_int_eq (ab->leaks[0].heap, 1);
  ck_assert_int_eq (ab->leaks[1].result, 0);
  ck_assert_int_eq (ab->leaks[0].content[1], 1);
  ck_assert (ab->writes_deep && ba->writes_deep);
  ck_assert (ab->content_foreign[0]);
}
END_TEST

START_TEST (test_join_fewer_params)
{
  /* Joining summaries of different arity touches only the common
     parameters (no out-of-bounds access: run under ASan).  */
  esc_summary *into = ut_summary ("f", 1), *from = ut_summary ("f", 3);
  from->leaks[0].heap = 1;
  from->leaks[2].heap = 0;
  from->leaks[0].content[2] = 0;
  from->content_foreign[2] = true;
  ck_assert (esc_summary_join (into, from));
  ck_assert_int_eq (into->leaks[0].heap, 1);
  esc_summary *big = ut_summary ("f", 3), *small = ut_summary ("f", 1);
  small->leaks[0].result = 0;
  ck_assert (esc_summary_join (big, small));
  ck_assert_int_eq (big->leaks[0].result, 0);
  ck_assert_int_eq (big->leaks[2].heap, ESC_LEAK_NONE);
}
END_TEST

START_TEST (test_join_summary_of_fixed_point)
{
  /* The recursion driver's loop on one function, "f (p, q, n) { if (n)
     f (q, p, n - 1); else g = p; }": solved with its own summary, a fresh
     copy each round, until the join says nothing changed.  q escapes only
     from the second round on.  */
  esc_graph *g = ut_graph ("f");
  esc_loc p = esc_param_new (g, "p", 0, ut_pos);
  esc_loc q = esc_param_new (g, "q", 1, ut_pos);
  esc_flow (g, ESC_LOC_HEAP, p, 0, ESC_NO_NOTE);
  int c = esc_call_new (g, 0, "f", 2, ESC_NO_NOTE);
  esc_call_arg (g, c, 0, q);
  esc_call_arg (g, c, 1, p);
  esc_summary *sum = ut_summary ("f", 2);
  int rounds = 0;
  bool changed = true;
  while (changed)
    {
      ck_assert_int_lt (rounds, 10);
      esc_graph *copy = esc_graph_clone (g);
      esc_solve_with (copy, only_summary, sum);
      esc_summary *s = esc_summary_of (copy);
      changed = esc_summary_join (sum, s);
      if (rounds == 0)
	ck_assert_int_eq (s->leaks[1].heap, ESC_LEAK_NONE);
      esc_summary_free (s);
      esc_graph_free (copy);
      rounds++;
    }
  ck_assert_int_eq (rounds, 3);
  ck_assert_int_eq (sum->leaks[0].heap, 0);
  ck_assert_int_eq (sum->leaks[1].heap, 0);
}
END_TEST

START_TEST (test_join_frees)
{
  /* frees is part of the summary: bottom says false, the join sets it and
     says so, once, and never clears it.  */
  esc_summary *into = ut_summary ("f", 2), *from = ut_summary ("f", 2);
  ck_assert (!into->frees[0] && !into->frees[1]);
  from->frees[1] = true;
  ck_assert (esc_summary_join (into, from));
  ck_assert (!into->frees[0]);
  ck_assert (into->frees[1]);
  ck_assert (!esc_summary_join (into, from));
  ck_assert (!esc_summary_join (into, ut_summary ("f", 2)));
  ck_assert (into->frees[1]);
  /* Different arity: only the common parameters.  */
  esc_summary *one = ut_summary ("f", 1), *three = ut_summary ("f", 3);
  three->frees[2] = true;
  ck_assert (!esc_summary_join (one, three));
  three->frees[0] = true;
  ck_assert (esc_summary_join (one, three));
  ck_assert (one->frees[0]);
}
END_TEST

START_TEST (test_join_frees_fixed_point)
{
  /* "f (p, q) { free (p); if (c) f (q, p); }", solved with its own
     summary until the join says nothing changed: the first round frees
     p, the second q too, through the recursive call's callee free site.  */
  esc_graph *g = ut_graph ("f");
  esc_loc p = esc_param_new (g, "p", 0, ut_pos);
  esc_loc q = esc_param_new (g, "q", 1, ut_pos);
  esc_free_new (g, p, ESC_FREE_HERE);
  int c = esc_call_new (g, 0, "f", 2, ESC_NO_NOTE);
  esc_call_arg (g, c, 0, q);
  esc_call_arg (g, c, 1, p);
  esc_summary *sum = ut_summary ("f", 2);
  int rounds = 0;
  bool changed = true;
  while (changed)
    {
      ck_assert_int_lt (rounds, 10);
      esc_graph *copy = esc_graph_clone (g);
      esc_solve_with (copy, only_summary, sum);
      esc_summary *s = esc_summary_of (copy);
      bool q_freed = s->frees[1];
      changed = esc_summary_join (sum, s);
      esc_summary_free (s);
      esc_graph_free (copy);
      if (rounds == 0)
	ck_assert (!q_freed);
      rounds++;
    }
  ck_assert_int_eq (rounds, 3);
  ck_assert (sum->frees[0]);
  ck_assert (sum->frees[1]);
  ck_assert_int_eq (sum->leaks[0].heap, ESC_LEAK_NONE);
}
END_TEST

Suite *
summary_suite (void)
{
  Suite *s = suite_create ("summary");
  TCase *tc = ut_tcase ("summary_of");
  tcase_add_test (tc, test_summary_of_nothing);
  tcase_add_test (tc, test_summary_of_varargs);
  tcase_add_test (tc, test_summary_of_heap_levels);
  tcase_add_test (tc, test_summary_of_result_levels);
  tcase_add_test (tc, test_summary_of_into_other_param);
  tcase_add_test (tc, test_summary_of_into_other_param_level);
  tcase_add_test (tc, test_summary_of_foreign_own_allocation);
  tcase_add_test (tc, test_summary_of_foreign_global);
  tcase_add_test (tc, test_summary_of_foreign_local_address);
  tcase_add_test (tc, test_summary_of_not_foreign_param);
  tcase_add_test (tc, test_summary_of_foreign_through_local);
  tcase_add_test (tc, test_summary_of_writes_deep);
  tcase_add_test (tc, test_summary_of_local_store_not_deep);
  tcase_add_test (tc, test_summary_of_result_foreign);
  tcase_add_test (tc, test_summary_of_result_not_foreign);
  tcase_add_test (tc, test_summary_of_result_foreign_unknown_call);
  tcase_add_test (tc, test_summary_of_deep_callee);
  tcase_add_test (tc, test_summary_of_foreign_callee);
  tcase_add_test (tc, test_summary_of_result_level_set);
  tcase_add_test (tc, test_summary_of_content_level_set);
  tcase_add_test (tc, test_summary_of_frees_param);
  tcase_add_test (tc, test_summary_of_frees_loaded);
  tcase_add_test (tc, test_summary_of_frees_through_local);
  tcase_add_test (tc, test_summary_of_frees_stored_into_param);
  tcase_add_test (tc, test_summary_of_frees_from);
  tcase_add_test (tc, test_summary_of_frees_realloc);
  tcase_add_test (tc, test_summary_of_frees_through_callee);
  tcase_add_test (tc, test_summary_of_frees_callee_second_param);
  tcase_add_test (tc, test_summary_of_frees_not_when_reading);
  tcase_add_test (tc, test_summary_of_frees_callee_not_freeing);
  suite_add_tcase (s, tc);
  tc = ut_tcase ("closure");
  tcase_add_test (tc, test_closure_store_then_global);
  tcase_add_test (tc, test_closure_store_then_return);
  tcase_add_test (tc, test_closure_levels_add);
  tcase_add_test (tc, test_closure_two_steps);
  tcase_add_test (tc, test_closure_returned_object);
  suite_add_tcase (s, tc);
  tc = ut_tcase ("join");
  tcase_add_test (tc, test_summary_new_is_bottom);
  tcase_add_test (tc, test_join_lowers_and_reports);
  tcase_add_test (tc, test_join_never_raises);
  tcase_add_test (tc, test_join_each_part_reports);
  tcase_add_test (tc, test_join_commutes);
  tcase_add_test (tc, test_format_join);
  tcase_add_test (tc, test_join_formats);
  tcase_add_test (tc, test_summary_start);
  tcase_add_test (tc, test_join_fewer_params);
  tcase_add_test (tc, test_join_summary_of_fixed_point);
  tcase_add_test (tc, test_join_frees);
  tcase_add_test (tc, test_join_frees_fixed_point);
  suite_add_tcase (s, tc);
  return s;
}
