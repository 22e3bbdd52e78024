/* test-call.c - calls wired through summaries by esc_solve_with: each
   part of a summary seen from the caller, varargs, calls with too few
   arguments or no summary, and esc_graph_clone, which the recursion
   fixed point solves again and again.  */

#include <stdio.h>
#include "unit.h"
#include "../../core/graph-impl.h"

/* The lookup: summaries by callee index, and what it was asked.  */
typedef struct lookup_ctx
{
  const esc_summary *by_callee[4];
  int asked;
  int last_callee;
} lookup_ctx;

static const esc_summary *
lookup (void *ctx, int callee)
{
  lookup_ctx *l = ctx;
  l->asked++;
  l->last_callee = callee;
  return callee >= 0 && callee < 4 ? l->by_callee[callee] : NULL;
}

static lookup_ctx
one (const esc_summary *s)
{
  lookup_ctx l = { { s, NULL, NULL, NULL }, 0, -2 };
  return l;
}

/* A caller with an allocation m (vm = &m) and a local object o
   (po = &o), all outside loops.  */
typedef struct caller
{
  esc_graph *g;
  esc_loc m, vm, o, po;
} caller;

static caller
new_caller (void)
{
  caller c;
  c.g = ut_graph ("caller");
  c.m = ut_alloc (c.g, "m", 0);
  c.vm = ut_addr (c.g, "vm", c.m, 0);
  c.o = ut_var (c.g, "o", 0);
  c.po = ut_addr (c.g, "po", c.o, 0);
  return c;
}

/* A call to CALLEE with NARGS arguments from ARGS (-1: not passed).  */
static int
call (esc_graph *g, int callee, int nargs, const esc_loc *args,
      esc_loc result)
{
  int c = esc_call_new (g, callee, callee >= 0 ? "f" : NULL, nargs,
			ESC_NO_NOTE);
  for (int i = 0; i < nargs; i++)
    if (args[i] >= 0)
      esc_call_arg (g, c, i, args[i]);
  if (result >= 0)
    esc_call_result (g, c, result);
  return c;
}

static esc_loc
load (esc_graph *g, const char *name, esc_loc src)
{
  esc_loc v = ut_val (g, name, 0);
  esc_flow (g, v, src, 1, ESC_NO_NOTE);
  return v;
}

/* "set (o, v)": stores v into *o.  */
static esc_summary *
set_summary (void)
{
  esc_summary *s = ut_summary ("set", 2);
  s->leaks[1].content[0] = 0;
  return s;
}

/* "peek (p)": reads the bytes of *p as data (strlen, a hash).  */
static esc_summary *
peek_summary (void)
{
  esc_summary *s = ut_summary ("peek", 1);
  s->leaks[0].data = 1;
  return s;
}

/* The GCC layer's words for a callee without a summary.  */
static bool
unknown_why_7 (int callee, char *buf, size_t size)
{
  if (callee != 7)
    return false;
  snprintf (buf, size, "f is defined in another unit");
  return true;
}

static const char *
last_why (esc_graph *g, esc_loc l)
{
  const esc_step *steps;
  int n = esc_explain (g, l, false, &steps);
  ck_assert_int_gt (n, 0);
  return esc_note_why (g, steps[n - 1].note);
}

START_TEST (test_call_unknown_why)
{
  /* f (vm), f without a summary: m escapes, and the path says why there
     is none when the hook knows (callee 7), plain "call parameter"
     otherwise (callee 8).  */
  esc_set_unknown_why_hook (unknown_why_7);
  for (int callee = 7; callee <= 8; callee++)
    {
      caller c = new_caller ();
      esc_note n = esc_note_new (c.g, "f(m)", "call", ut_pos);
      int k = esc_call_new (c.g, callee, "f", 1, n);
      esc_call_arg (c.g, k, 0, c.vm);
      esc_solve_with (c.g, NULL, NULL);
      ck_assert (ut_escapes_for_real (c.g, c.m));
      ck_assert_str_eq (last_why (c.g, c.m), callee == 7
			? "call parameter, f is defined in another unit"
			: "call parameter");
    }
  esc_set_unknown_why_hook (NULL);
}
END_TEST

/* A call of library function NAME (callee 0) with ARGS whose argument
   CB is callback 1 (esc_call_callback).  */
static int
lib_call (esc_graph *g, const char *name, int nargs, const esc_loc *args,
	  int cb)
{
  int c = esc_call_new (g, 0, name, nargs, ESC_NO_NOTE);
  for (int i = 0; i < nargs; i++)
    if (args[i] >= 0)
      esc_call_arg (g, c, i, args[i]);
  if (cb >= 0)
    esc_call_callback (g, c, cb, 1);
  return c;
}

START_TEST (test_call_callback_keeps_nothing)
{
  /* qsort (vm, n, size, cmp) with a comparator that keeps nothing: m
     does not escape; with the comparator unknown, it does.  */
  for (int known = 0; known < 2; known++)
    {
      caller c = new_caller ();
      esc_loc args[] = { c.vm, -1, -1, -1 };
      lib_call (c.g, "qsort", 4, args, known ? 3 : -1);
      esc_summary *cmp = ut_summary ("cmp", 2);
      lookup_ctx l = { { esc_libc_summary ("qsort"), cmp, NULL, NULL },
		       0, -2 };
      esc_solve_with (c.g, lookup, &l);
      ck_assert_int_eq (esc_escapes (c.g, c.m), !known);
    }
}
END_TEST

START_TEST (test_call_callback_leaks_element)
{
  /* A comparator that keeps its first parameter keeps the array.  */
  caller c = new_caller ();
  esc_loc args[] = { c.vm, -1, -1, -1 };
  lib_call (c.g, "qsort", 4, args, 3);
  esc_summary *cmp = ut_summary ("cmp", 2);
  cmp->leaks[0].heap = 0;
  lookup_ctx l = { { esc_libc_summary ("qsort"), cmp, NULL, NULL }, 0, -2 };
  esc_solve_with (c.g, lookup, &l);
  ck_assert (ut_escapes_for_real (c.g, c.m));
}
END_TEST

START_TEST (test_call_callback_bsearch_key_first)
{
  /* bsearch (po, vm, n, size, cmp): the comparator's first parameter is
     the key (o), its second an element (m).  */
  for (int p = 0; p < 2; p++)
    {
      caller c = new_caller ();
      esc_loc args[] = { c.po, c.vm, -1, -1, -1 };
      lib_call (c.g, "bsearch", 5, args, 4);
      esc_summary *cmp = ut_summary ("cmp", 2);
      cmp->leaks[p].heap = 0;
      lookup_ctx l = { { esc_libc_summary ("bsearch"), cmp, NULL, NULL },
		       0, -2 };
      esc_solve_with (c.g, lookup, &l);
      ck_assert_int_eq (esc_escapes (c.g, c.o), p == 0);
      ck_assert_int_eq (esc_escapes (c.g, c.m), p == 1);
    }
}
END_TEST

START_TEST (test_call_callback_own_memory)
{
  /* tfind (po, rootp, cmp) where cmp stores its second parameter into
     what its first points to: either may be a key of the tree (the
     library's memory), so the key o is stored into the heap.  */
  caller c = new_caller ();
  esc_loc args[] = { c.po, -1, -1 };
  lib_call (c.g, "tfind", 3, args, 2);
  esc_summary *cmp = ut_summary ("cmp", 2);
  cmp->leaks[1].content[0] = 0;
  lookup_ctx l = { { NULL, cmp, NULL, NULL }, 0, -2 };
  esc_solve_with (c.g, lookup, &l);
  ck_assert (ut_escapes_for_real (c.g, c.o));
}
END_TEST

START_TEST (test_call_callback_unfit)
{
  /* A comparator with another arity, or one handing over fresh objects,
     is not mapped: qsort's model for an unknown comparator.  */
  for (int k = 0; k < 2; k++)
    {
      caller c = new_caller ();
      esc_loc args[] = { c.vm, -1, -1, -1 };
      lib_call (c.g, "qsort", 4, args, 3);
      esc_summary *cmp = ut_summary ("cmp", k == 0 ? 3 : 2);
      if (k == 1)
	cmp->nfresh = 1;
      lookup_ctx l = { { esc_libc_summary ("qsort"), cmp, NULL, NULL },
		       0, -2 };
      esc_solve_with (c.g, lookup, &l);
      ck_assert (ut_escapes_for_real (c.g, c.m));
      cmp->nfresh = 0;		/* Nothing to free.  */
    }
}
END_TEST

START_TEST (test_call_data_exposes_contents)
{
  /* o holds &m; peek (&o): o's bytes are read as data, so m, whose
     address they hold, escapes; o does not.  */
  caller c = new_caller ();
  esc_store (c.g, c.po, c.vm, 0, ESC_NO_NOTE);
  esc_loc args[] = { c.po };
  call (c.g, 0, 1, args, -1);
  lookup_ctx l = one (peek_summary ());
  esc_solve_with (c.g, lookup, &l);
  ck_assert (ut_escapes_for_real (c.g, c.m));
  ck_assert (!esc_escapes (c.g, c.o));
}
END_TEST

START_TEST (test_call_data_confined_argument)
{
  /* The same call with an argument into a field that holds no pointers
     (&o.name): those bytes hold none of ours; nothing escapes.  */
  caller c = new_caller ();
  esc_store (c.g, c.po, c.vm, 0, ESC_NO_NOTE);
  esc_loc args[] = { c.po };
  int k = call (c.g, 0, 1, args, -1);
  esc_call_arg_confined (c.g, k, 0);
  lookup_ctx l = one (peek_summary ());
  esc_solve_with (c.g, lookup, &l);
  ck_assert (!esc_escapes (c.g, c.m));
  ck_assert (!esc_escapes (c.g, c.o));
}
END_TEST

START_TEST (test_call_store_into_confined_exposes)
{
  /* set (&o.bits, &m): a pointer stored into a field that holds no
     pointers becomes data there: m escapes (and is in o, too).  */
  caller c = new_caller ();
  esc_loc args[] = { c.po, c.vm };
  int k = call (c.g, 0, 2, args, -1);
  esc_call_arg_confined (c.g, k, 0);
  esc_loc t = load (c.g, "t", c.po);
  lookup_ctx l = one (set_summary ());
  esc_solve_with (c.g, lookup, &l);
  ck_assert (ut_escapes_for_real (c.g, c.m));
  ck_assert (ut_pts_has (c.g, t, c.m));
  ck_assert (!esc_escapes (c.g, c.o));
}
END_TEST

START_TEST (test_call_data_leak_summarised)
{
  /* f (p) { x = *p read as data }: p leaks to {data} at 1, not to the
     heap; a caller's own memory is the caller's to judge.  Through a
     store (f (q, p) { *q = p; peek (q) }), p reaches {data} at 0.  */
  esc_graph *g = ut_graph ("f");
  esc_loc p = esc_param_new (g, "p", 0, ut_nopos);
  esc_bytes_read (g, p, 0, ESC_NO_NOTE);
  esc_solve (g);
  esc_summary *s = ut_keep_summary (esc_summary_of (g));
  ck_assert_int_eq (s->leaks[0].data, 1);
  ck_assert_int_eq (s->leaks[0].heap, ESC_LEAK_NONE);

  esc_graph *h = ut_graph ("f2");
  esc_loc q = esc_param_new (h, "q", 0, ut_nopos);
  esc_loc p2 = esc_param_new (h, "p", 1, ut_nopos);
  esc_store (h, q, p2, 0, ESC_NO_NOTE);
  esc_bytes_read (h, q, 0, ESC_NO_NOTE);
  esc_solve (h);
  esc_summary *s2 = ut_keep_summary (esc_summary_of (h));
  ck_assert_int_eq (s2->leaks[0].data, 1);
  ck_assert_int_eq (s2->leaks[1].data, 0);
  ck_assert_int_eq (s2->leaks[1].heap, ESC_LEAK_NONE);
}
END_TEST

START_TEST (test_call_data_of_local)
{
  /* A local object read as data: what it holds escapes, it does not.  */
  esc_graph *g = ut_graph ("f");
  esc_loc o = ut_var (g, "o", 0), m = ut_alloc (g, "m", 0);
  esc_flow (g, o, m, -1, ESC_NO_NOTE);
  esc_bytes_read (g, o, -1, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert (ut_escapes_for_real (g, m));
  ck_assert (!esc_escapes (g, o));
}
END_TEST

/* "len (s)" under -fno-strict-aliasing: reads *s through number fields
   of its pointee type, whose identity is 17 (esc_summary.typed_reads).  */
static esc_summary *
typed_summary (int type)
{
  esc_summary *s = ut_summary ("len", 1);
  s->typed_reads[0] = true;
  s->pointee_type[0] = type;
  return s;
}

START_TEST (test_call_typed_declared_variable)
{
  /* o (declared of type 17) holds &m; len (&o): o is of the type len
     reads it as, whose number fields hold none of our pointers: nothing
     escapes.  */
  caller c = new_caller ();
  esc_store (c.g, c.po, c.vm, 0, ESC_NO_NOTE);
  esc_loc args[] = { c.po };
  int k = call (c.g, 0, 1, args, -1);
  esc_call_arg_typed (c.g, k, 0, 17, c.o);
  lookup_ctx l = one (typed_summary (17));
  esc_solve_with (c.g, lookup, &l);
  ck_assert (!esc_escapes (c.g, c.m));
  ck_assert (!esc_escapes (c.g, c.o));
}
END_TEST

START_TEST (test_call_typed_other_type)
{
  /* The same with o of another type (a struct cast), or an argument
     that is no declared variable (the heap, a buffer, a union member),
     or a summary whose type is unknown (from a file): o is read as
     data, m escapes, as it would for peek.  */
  for (int variant = 0; variant < 3; variant++)
    {
      caller c = new_caller ();
      esc_store (c.g, c.po, c.vm, 0, ESC_NO_NOTE);
      esc_loc args[] = { c.po };
      int k = call (c.g, 0, 1, args, -1);
      if (variant == 0)
	esc_call_arg_typed (c.g, k, 0, 18, c.o);
      else if (variant == 2)
	esc_call_arg_typed (c.g, k, 0, 17, c.o);
      lookup_ctx l = one (typed_summary (variant == 2 ? 0 : 17));
      esc_solve_with (c.g, lookup, &l);
      ck_assert_msg (ut_escapes_for_real (c.g, c.m), "variant %d",
		     variant);
      ck_assert (!esc_escapes (c.g, c.o));
    }
}
END_TEST

START_TEST (test_call_typed_handed_where_punned)
{
  /* o (type 17) holds &m, is handed to len, and to another call first:
     to a parameter of its type that writes it only by field names (o
     stays trusted: m does not escape); to one that may write it
     otherwise (punned), to a summary that stores a pointer into it
     (set), to a function of the program taking it as another type
     (which may move a pointer over the numbers, c[0] = c[1], with no
     flow to show it), or to a callee without a summary: o is not
     trusted, and len reads it as data.  A C library model that stores
     no pointer there (bytes at most, memset) and keeps the pointer
     nowhere leaves it trusted.  */
  for (int variant = 0; variant < 6; variant++)
    {
      caller c = new_caller ();
      esc_store (c.g, c.po, c.vm, 0, ESC_NO_NOTE);
      esc_loc args[] = { c.po, c.vm };
      int k1 = call (c.g, 1, 2, args, -1);
      esc_call_arg_typed (c.g, k1, 0, 17, c.o);
      int k = call (c.g, 0, 1, args, -1);
      esc_call_arg_typed (c.g, k, 0, 17, c.o);
      esc_summary *other = NULL;
      if (variant <= 2)
	{
	  other = ut_summary ("init", 2);
	  other->pointee_type[0] = variant == 2 ? 18 : 17;
	  other->punned[0] = variant == 1;
	}
      else if (variant == 3)
	other = set_summary ();
      else if (variant == 5)
	{
	  other = ut_summary ("memset", 2);
	  other->leaks[0].result = 0;	/* Its result is not used.  */
	  other->libc = true;
	}
      lookup_ctx l = { { typed_summary (17), other, NULL, NULL }, 0, -2 };
      esc_solve_with (c.g, lookup, &l);
      bool trusted = variant == 0 || variant == 5;
      ck_assert_msg (esc_escapes (c.g, c.m) == !trusted, "variant %d",
		     variant);
      /* Without a summary, o itself goes to the heap.  */
      ck_assert_int_eq (esc_escapes (c.g, c.o), variant == 4);
    }
}
END_TEST

START_TEST (test_call_typed_var_read_here)
{
  /* o (type 17) holds &m and is read here by a number field's name
     (esc_var_typed_read): nothing is exposed while o is written only by
     its fields' names; handed to a callee that may write it otherwise,
     the read reads what it holds as data, and m escapes.  */
  for (int punned = 0; punned < 2; punned++)
    {
      caller c = new_caller ();
      esc_store (c.g, c.po, c.vm, 0, ESC_NO_NOTE);
      esc_var_typed_read (c.g, c.o, ESC_NO_NOTE);
      esc_loc args[] = { c.po };
      int k = call (c.g, 0, 1, args, -1);
      esc_call_arg_typed (c.g, k, 0, 17, c.o);
      esc_summary *init = ut_summary ("init", 1);
      init->pointee_type[0] = 17;
      init->punned[0] = punned;
      lookup_ctx l = one (init);
      esc_graph *copy = ut_keep_graph (esc_graph_clone (c.g));
      esc_solve_with (copy, lookup, &l);
      ck_assert_int_eq (esc_escapes (copy, c.m), punned);
      ck_assert (!esc_escapes (copy, c.o));
    }
}
END_TEST

START_TEST (test_call_typed_param_handed_where_punned)
{
  /* cat (s) { init (s); len (s); }: with init writing it other than by
     field names, cat's summary says so of s (its callers do not trust
     their variable there), and still passes the typed read up.  */
  for (int punned = 0; punned < 2; punned++)
    {
      esc_graph *g = ut_graph ("cat");
      esc_loc p = esc_param_new (g, "s", 0, ut_nopos);
      esc_param_pointee_type (g, p, 17);
      esc_loc args[] = { p };
      int k1 = call (g, 1, 1, args, -1);
      esc_call_arg_own_param (g, k1, 0, 0);
      int k = call (g, 0, 1, args, -1);
      esc_call_arg_own_param (g, k, 0, 0);
      esc_summary *init = ut_summary ("init", 1);
      init->pointee_type[0] = 17;
      init->punned[0] = punned;
      lookup_ctx l = { { typed_summary (17), init, NULL, NULL }, 0, -2 };
      esc_solve_with (g, lookup, &l);
      esc_summary *s = ut_keep_summary (esc_summary_of (g));
      ck_assert_int_eq (s->punned[0], punned);
      ck_assert (s->typed_reads[0]);
      esc_summary *start = ut_keep_summary (esc_summary_start (g));
      ck_assert_int_eq (esc_summary_join (start, s), true);
      ck_assert_int_eq (start->punned[0], punned);
    }
}
END_TEST

START_TEST (test_call_typed_own_parameter)
{
  /* cat (s) { len (s); }: handing on its own parameter declared to point
     to type 17, cat reads it the same way: its summary says so, with no
     data leak; declared to point to another type (18), it is read as
     data (leaks.data 1).  Handed something else than the parameter as
     it came in, the same.  */
  for (int variant = 0; variant < 3; variant++)
    {
      esc_graph *g = ut_graph ("cat");
      esc_loc p = esc_param_new (g, "s", 0, ut_nopos);
      esc_param_pointee_type (g, p, variant == 1 ? 18 : 17);
      esc_loc args[] = { p };
      int k = call (g, 0, 1, args, -1);
      if (variant != 2)
	esc_call_arg_own_param (g, k, 0, 0);
      lookup_ctx l = one (typed_summary (17));
      esc_solve_with (g, lookup, &l);
      esc_summary *s = ut_keep_summary (esc_summary_of (g));
      if (variant == 0)
	{
	  ck_assert (s->typed_reads[0]);
	  ck_assert_int_eq (s->pointee_type[0], 17);
	  ck_assert_int_eq (s->leaks[0].data, ESC_LEAK_NONE);
	}
      else
	{
	  ck_assert_msg (!s->typed_reads[0], "variant %d", variant);
	  ck_assert_int_eq (s->leaks[0].data, 1);
	}
      ck_assert_int_eq (s->leaks[0].heap, ESC_LEAK_NONE);
    }
}
END_TEST

START_TEST (test_call_typed_read_summarised)
{
  /* A typed read in the body (esc_param_typed_read) is no data leak: the
     summary says it apart, with the parameter's pointee type; joined
     with a round that did not know the type, the type is unknown.  */
  esc_graph *g = ut_graph ("len");
  esc_loc p = esc_param_new (g, "s", 0, ut_nopos);
  esc_param_pointee_type (g, p, 17);
  esc_param_typed_read (g, p);
  ck_assert (esc_param_typed_reads (g, p));
  esc_solve (g);
  esc_summary *s = ut_keep_summary (esc_summary_of (g));
  ck_assert (s->typed_reads[0]);
  ck_assert_int_eq (s->pointee_type[0], 17);
  ck_assert_int_eq (s->leaks[0].data, ESC_LEAK_NONE);
  esc_summary *start = ut_keep_summary (esc_summary_start (g));
  ck_assert_int_eq (start->pointee_type[0], 17);
  ck_assert (!start->typed_reads[0]);
  ck_assert (esc_summary_join (start, s));
  ck_assert (start->typed_reads[0]);
  ck_assert_int_eq (start->pointee_type[0], 17);
  ck_assert (!esc_summary_join (start, s));
  esc_summary *unknown = typed_summary (0);
  ck_assert (esc_summary_join (start, unknown));
  ck_assert_int_eq (start->pointee_type[0], 0);
}
END_TEST

START_TEST (test_call_typed_callback)
{
  /* A comparator that reads its arguments through typed fields, called
     by qsort with pointers into the array: the library says nothing of
     their type, so what they point to is read as data.  */
  caller c = new_caller ();
  esc_store (c.g, c.po, c.vm, 0, ESC_NO_NOTE);
  esc_loc args[] = { c.po, -1, -1, -1 };
  int k = lib_call (c.g, "qsort", 4, args, 3);
  esc_call_arg_typed (c.g, k, 0, 17, c.o);
  esc_summary *cmp = ut_summary ("cmp", 2);
  for (int i = 0; i < 2; i++)
    cmp->typed_reads[i] = true, cmp->pointee_type[i] = 17;
  lookup_ctx l = { { esc_libc_summary ("qsort"), cmp, NULL, NULL }, 0, -2 };
  esc_solve_with (c.g, lookup, &l);
  ck_assert (ut_escapes_for_real (c.g, c.m));
}
END_TEST

/* "f (n, v) { t = *n; *t = v; }": v goes into the caller's objects
   reached through *n.  */
static esc_graph *
deep_store_graph (bool deep)
{
  esc_graph *g = ut_graph ("f");
  esc_loc n = esc_param_new (g, "n", 0, ut_nopos);
  esc_loc v = esc_param_new (g, "v", 1, ut_nopos);
  esc_store (g, load (g, "t", n), v, 0, ESC_NO_NOTE);
  if (deep)
    esc_graph_deep_params (g);
  return g;
}

START_TEST (test_deep_store_summarised)
{
  esc_graph *g = deep_store_graph (true);
  esc_solve (g);
  const esc_leaks *lk = esc_param_leaks (g, esc_param_at (g, 1));
  ck_assert_int_eq (lk->heap, ESC_LEAK_NONE);
  ck_assert_int_eq (lk->deep[0], 0);
  ck_assert_int_eq (lk->content[0], ESC_LEAK_NONE);
  esc_summary *s = ut_keep_summary (esc_summary_of (g));
  ck_assert_int_eq (s->leaks[1].deep[0], 0);
  ck_assert (!s->writes_deep);
  /* Without the deeper objects, *n holds the heap's address: v leaks
     there.  */
  esc_graph *h = deep_store_graph (false);
  esc_solve (h);
  ck_assert_int_eq (esc_param_leaks (h, esc_param_at (h, 1))->heap, 0);
}
END_TEST

START_TEST (test_deep_store_foreign_writes_deep)
{
  /* "*(*n) = &local": the callee's own pointer, into the caller's deeper
     objects: those may hold any pointer.  */
  esc_graph *g = ut_graph ("f");
  esc_loc n = esc_param_new (g, "n", 0, ut_nopos);
  esc_loc o = ut_var (g, "o", 0);
  esc_store (g, load (g, "t", n), ut_addr (g, "po", o, 0), 0, ESC_NO_NOTE);
  esc_graph_deep_params (g);
  esc_solve (g);
  ck_assert (ut_escapes_for_real (g, o));
  esc_summary *s = ut_keep_summary (esc_summary_of (g));
  /* Below n only: n is all that reaches the caller's objects.  */
  ck_assert (s->writes_deep_into[0] && !s->writes_deep);
}
END_TEST

START_TEST (test_deep_store_closed_through_heap)
{
  /* "*(*n) = v; g = *n": v reaches the heap with the objects it is
     stored into.  */
  esc_graph *g = ut_graph ("f");
  esc_loc n = esc_param_new (g, "n", 0, ut_nopos);
  esc_loc v = esc_param_new (g, "v", 1, ut_nopos);
  esc_loc t = load (g, "t", n);
  esc_store (g, t, v, 0, ESC_NO_NOTE);
  esc_flow (g, ESC_LOC_HEAP, t, 0, ESC_NO_NOTE);
  esc_graph_deep_params (g);
  esc_solve (g);
  ck_assert_int_eq (esc_param_leaks (g, v)->heap, 0);
}
END_TEST

START_TEST (test_deep_clobbered_holds_heap)
{
  /* A call that writes through what it loads from *n: what the caller's
     deeper objects hold is then unknown, and v, stored through a pointer
     loaded from them, may land anywhere.  */
  esc_graph *g = ut_graph ("f");
  esc_loc n = esc_param_new (g, "n", 0, ut_nopos);
  esc_loc v = esc_param_new (g, "v", 1, ut_nopos);
  esc_loc t = load (g, "t", n);
  esc_loc u = load (g, "u", t);
  esc_store (g, u, v, 0, ESC_NO_NOTE);
  esc_graph_deep_params (g);
  esc_clobber (g, t);
  esc_solve (g);
  ck_assert_int_eq (esc_param_leaks (g, v)->heap, 0);
  esc_summary *s = ut_keep_summary (esc_summary_of (g));
  /* Below n only: n is all that reaches the caller's objects.  */
  ck_assert (s->writes_deep_into[0] && !s->writes_deep);
  ck_assert (!s->content_foreign[0]);
  /* Without the clobber, v goes into **n only, and what **n holds is
     **n.  */
  esc_graph *h = ut_graph ("f");
  n = esc_param_new (h, "n", 0, ut_nopos);
  v = esc_param_new (h, "v", 1, ut_nopos);
  u = load (h, "u", load (h, "t", n));
  esc_store (h, u, v, 0, ESC_NO_NOTE);
  esc_graph_deep_params (h);
  esc_solve (h);
  ck_assert_int_eq (esc_param_leaks (h, v)->heap, ESC_LEAK_NONE);
  ck_assert (!ut_pts_has (h, u, ESC_LOC_HEAP));
  ck_assert_int_eq (ut_pts_count (h, u), 1);
}
END_TEST

START_TEST (test_clobber_of_param_object_is_foreign)
{
  /* "f (n) { h = n; deep_writer (&h); }": the call writes any pointer
     into what h points to, the caller's object behind n (level 0 for n,
     which the caller's wiring of writes_deep does not reach): its
     contents are the callee's own.  */
  esc_graph *g = ut_graph ("f");
  esc_loc n = esc_param_new (g, "n", 0, ut_nopos);
  esc_loc h = ut_var (g, "h", 0);
  esc_flow (g, h, n, 0, ESC_NO_NOTE);
  esc_loc t = load (g, "t", ut_addr (g, "ph", h, 0));
  esc_graph_deep_params (g);
  esc_clobber (g, t);
  esc_loc u = load (g, "u", n);
  esc_solve (g);
  ck_assert (ut_pts_has (g, u, ESC_LOC_HEAP));
  esc_summary *s = ut_keep_summary (esc_summary_of (g));
  ck_assert (s->content_foreign[0]);
  /* Below n only: n is all that reaches the caller's objects.  */
  ck_assert (s->writes_deep_into[0] && !s->writes_deep);
}
END_TEST

/* "f (n, v)" stores v into **n.  */
static esc_summary *
deep_summary (void)
{
  esc_summary *s = ut_summary ("f", 2);
  s->leaks[1].deep[0] = 0;
  return s;
}

START_TEST (test_deep_wired_into_every_level)
{
  /* a -> b -> c, all local; f (&a, &m) may store m into any of them.  */
  caller c = new_caller ();
  esc_graph *g = c.g;
  esc_loc a = ut_alloc (g, "a", 0), va = ut_addr (g, "va", a, 0);
  esc_loc b = ut_alloc (g, "b", 0), vb = ut_addr (g, "vb", b, 0);
  esc_loc cc = ut_alloc (g, "c", 0), vc = ut_addr (g, "vc", cc, 0);
  esc_store (g, va, vb, 0, ESC_NO_NOTE);
  esc_store (g, vb, vc, 0, ESC_NO_NOTE);
  esc_loc args[] = { va, c.vm };
  call (g, 0, 2, args, -1);
  esc_loc lb = load (g, "lb", va);
  esc_loc lc = load (g, "lc", lb);
  esc_loc ld = load (g, "ld", lc);
  lookup_ctx l = one (deep_summary ());
  esc_solve_with (g, lookup, &l);
  ck_assert (ut_pts_has (g, ld, c.m));
  ck_assert (ut_pts_has (g, lc, c.m));
  ck_assert (!esc_escapes (g, c.m));
  ck_assert (!esc_escapes (g, b));
  ck_assert (!ut_pts_has (g, ld, ESC_LOC_HEAP));
}
END_TEST

START_TEST (test_deep_wired_into_escaped_escapes)
{
  /* a -> b, and b escapes: f (&a, &m) may store m into b.  */
  caller c = new_caller ();
  esc_graph *g = c.g;
  esc_loc a = ut_alloc (g, "a", 0), va = ut_addr (g, "va", a, 0);
  esc_loc b = ut_alloc (g, "b", 0), vb = ut_addr (g, "vb", b, 0);
  esc_store (g, va, vb, 0, ESC_NO_NOTE);
  esc_flow (g, ESC_LOC_HEAP, vb, 0, ESC_NO_NOTE);
  esc_loc args[] = { va, c.vm };
  call (g, 0, 2, args, -1);
  lookup_ctx l = one (deep_summary ());
  esc_solve_with (g, lookup, &l);
  ck_assert (ut_escapes_for_real (g, c.m));
  ck_assert (!esc_escapes (g, a));
}
END_TEST

START_TEST (test_deep_recursive_fixed_point)
{
  /* "walk (n) { t = *n; *n = t (a self-store, as a swap); walk (t); }"
     solved as the fixed point does: from an empty summary, joined until
     it stops growing.  Nothing reaches the heap.  */
  esc_graph *g = ut_graph ("walk");
  esc_loc n = esc_param_new (g, "n", 0, ut_nopos);
  esc_loc t = load (g, "t", n);
  esc_store (g, n, t, 0, ESC_NO_NOTE);
  esc_loc args[] = { t };
  call (g, 0, 1, args, -1);
  esc_graph_deep_params (g);
  esc_summary *s = ut_summary ("walk", 1);
  lookup_ctx l = one (s);
  int rounds = 0;
  for (bool changed = true; changed; rounds++)
    {
      ck_assert_int_lt (rounds, 16);
      esc_graph *h = esc_graph_clone (g);
      esc_solve_with (h, lookup, &l);
      esc_summary *r = esc_summary_of (h);
      changed = esc_summary_join (s, r);
      esc_summary_free (r);
      esc_graph_free (h);
    }
  ck_assert_int_eq (s->leaks[0].heap, ESC_LEAK_NONE);
  ck_assert_int_eq (s->leaks[0].content[0], 1);
  ck_assert_int_eq (s->leaks[0].deep[0], 2);
  ck_assert (!s->writes_deep);
}
END_TEST

START_TEST (test_call_store_into_local_stays_local)
{
  /* set (&o, &m): m is in o, which does not escape; neither does m.  */
  caller c = new_caller ();
  esc_loc args[] = { c.po, c.vm };
  call (c.g, 0, 2, args, -1);
  esc_loc t = load (c.g, "t", c.po);
  lookup_ctx l = one (set_summary ());
  esc_solve_with (c.g, lookup, &l);
  ck_assert (ut_pts_has (c.g, t, c.m));
  ck_assert (!esc_escapes (c.g, c.m));
  ck_assert (!esc_escapes (c.g, c.o));
  ck_assert (!ut_pts_has (c.g, t, ESC_LOC_HEAP));
}
END_TEST

START_TEST (test_call_store_into_local_then_global)
{
  /* set (&o, &m); g = o: m escapes through o.  */
  caller c = new_caller ();
  esc_loc args[] = { c.po, c.vm };
  call (c.g, 0, 2, args, -1);
  esc_flow (c.g, ESC_LOC_HEAP, load (c.g, "t", c.po), 0, ESC_NO_NOTE);
  lookup_ctx l = one (set_summary ());
  esc_solve_with (c.g, lookup, &l);
  ck_assert (ut_escapes_for_real (c.g, c.m));
  ck_assert (!esc_escapes (c.g, c.o));
}
END_TEST

START_TEST (test_call_store_in_loop_escapes_by_loop)
{
  /* for (;;) { m = malloc (); set (&o, m); }: m outlives its iteration
     in o, declared outside the loop.  */
  esc_graph *g = ut_graph ("caller");
  esc_loc m = ut_alloc (g, "m", 1), vm = ut_addr (g, "vm", m, 1);
  esc_loc o = ut_var (g, "o", 0), po = ut_addr (g, "po", o, 0);
  esc_loc args[] = { po, vm };
  call (g, 0, 2, args, -1);
  lookup_ctx l = one (set_summary ());
  esc_solve_with (g, lookup, &l);
  ck_assert (esc_escapes (g, m));
  ck_assert (esc_escapes_by_loop (g, m));
}
END_TEST

START_TEST (test_call_heap_leak)
{
  /* f (&m) with f leaking its parameter: m escapes; with the empty
     summary it does not.  */
  for (int leak = 0; leak < 2; leak++)
    {
      caller c = new_caller ();
      esc_summary *s = ut_summary ("f", 1);
      if (leak)
	s->leaks[0].heap = 0;
      call (c.g, 0, 1, &c.vm, -1);
      lookup_ctx l = one (s);
      esc_solve_with (c.g, lookup, &l);
      ck_assert_msg (esc_escapes (c.g, c.m) == (leak != 0), "leak=%d", leak);
      ck_assert_int_eq (l.asked, 1);
      ck_assert_int_eq (l.last_callee, 0);
    }
}
END_TEST

START_TEST (test_call_heap_leak_level)
{
  /* o holds &m; f (&o) leaks what its parameter points to (level 1): m
     escapes, o does not.  */
  caller c = new_caller ();
  esc_store (c.g, c.po, c.vm, 0, ESC_NO_NOTE);
  esc_summary *s = ut_summary ("f", 1);
  s->leaks[0].heap = 1;
  call (c.g, 0, 1, &c.po, -1);
  lookup_ctx l = one (s);
  esc_solve_with (c.g, lookup, &l);
  ck_assert (esc_escapes (c.g, c.m));
  ck_assert (!esc_escapes (c.g, c.o));
}
END_TEST

START_TEST (test_call_result_leak)
{
  /* r = f (&m), f returning its parameter; g = r: m escapes.  */
  caller c = new_caller ();
  esc_loc r = ut_val (c.g, "r", 0);
  esc_summary *s = ut_summary ("f", 1);
  s->leaks[0].result = 0;
  call (c.g, 0, 1, &c.vm, r);
  esc_flow (c.g, ESC_LOC_HEAP, r, 0, ESC_NO_NOTE);
  lookup_ctx l = one (s);
  esc_solve_with (c.g, lookup, &l);
  ck_assert (ut_pts_has (c.g, r, c.m));
  ck_assert (esc_escapes (c.g, c.m));
}
END_TEST

START_TEST (test_call_result_leak_level)
{
  /* o holds &m; r = f (&o) returning *p; g = r: m escapes, o does not.  */
  caller c = new_caller ();
  esc_store (c.g, c.po, c.vm, 0, ESC_NO_NOTE);
  esc_loc r = ut_val (c.g, "r", 0);
  esc_summary *s = ut_summary ("f", 1);
  s->leaks[0].result = 1;
  call (c.g, 0, 1, &c.po, r);
  esc_flow (c.g, ESC_LOC_HEAP, r, 0, ESC_NO_NOTE);
  lookup_ctx l = one (s);
  esc_solve_with (c.g, lookup, &l);
  ck_assert (ut_pts_has (c.g, r, c.m));
  ck_assert (!ut_pts_has (c.g, r, c.o));
  ck_assert (esc_escapes (c.g, c.m));
  ck_assert (!esc_escapes (c.g, c.o));
}
END_TEST

START_TEST (test_call_result_every_level)
{
  /* o holds &m; r = f (&o) with f returning p or *p (levels 0 and 1): r
     may point to o or to m, and a store through r reaches both.  */
  caller c = new_caller ();
  esc_store (c.g, c.po, c.vm, 0, ESC_NO_NOTE);
  esc_loc r = ut_val (c.g, "r", 0);
  esc_summary *s = ut_summary ("f", 1);
  s->leaks[0].result = 0;
  s->leaks[0].result_levels = 1u << 0 | 1u << 1;
  call (c.g, 0, 1, &c.po, r);
  esc_loc k = ut_alloc (c.g, "k", 0);
  esc_store (c.g, r, ut_addr (c.g, "vk", k, 0), 0, ESC_NO_NOTE);
  esc_loc t = load (c.g, "t", c.vm);
  lookup_ctx l = one (s);
  esc_solve_with (c.g, lookup, &l);
  ck_assert (ut_pts_has (c.g, r, c.o));
  ck_assert (ut_pts_has (c.g, r, c.m));
  /* k went into m too.  */
  ck_assert (ut_pts_has (c.g, t, k));
  ck_assert (!esc_escapes (c.g, k));
}
END_TEST

START_TEST (test_call_content_every_level)
{
  /* set2 (&o, &m) stores p and *p into *o (levels 0 and 1); m holds &k:
     o may hold m or k.  */
  caller c = new_caller ();
  esc_loc k = ut_alloc (c.g, "k", 0);
  esc_store (c.g, c.vm, ut_addr (c.g, "vk", k, 0), 0, ESC_NO_NOTE);
  esc_summary *s = ut_summary ("set2", 2);
  s->leaks[1].content[0] = 0;
  s->leaks[1].content_levels[0] = 1u << 0 | 1u << 1;
  esc_loc args[] = { c.po, c.vm };
  call (c.g, 0, 2, args, -1);
  esc_loc t = load (c.g, "t", c.po);
  lookup_ctx l = one (s);
  esc_solve_with (c.g, lookup, &l);
  ck_assert (ut_pts_has (c.g, t, c.m));
  ck_assert (ut_pts_has (c.g, t, k));
}
END_TEST

START_TEST (test_call_result_without_leak)
{
  /* r = f (&m) with nothing returned: r points nowhere, m stays.  */
  caller c = new_caller ();
  esc_loc r = ut_val (c.g, "r", 0);
  call (c.g, 0, 1, &c.vm, r);
  esc_flow (c.g, ESC_LOC_HEAP, r, 0, ESC_NO_NOTE);
  lookup_ctx l = one (ut_summary ("f", 1));
  esc_solve_with (c.g, lookup, &l);
  ck_assert_int_eq (ut_pts_count (c.g, r), 0);
  ck_assert (!esc_escapes (c.g, c.m));
}
END_TEST

START_TEST (test_call_content_foreign)
{
  /* f (&o) stores pointers of its own into o; t = o; *t = &m: t may point
     to the heap, so m escapes.  Without content_foreign, nothing.  */
  for (int foreign = 0; foreign < 2; foreign++)
    {
      caller c = new_caller ();
      esc_summary *s = ut_summary ("f", 1);
      s->content_foreign[0] = foreign;
      call (c.g, 0, 1, &c.po, -1);
      esc_loc t = load (c.g, "t", c.po);
      esc_store (c.g, t, c.vm, 0, ESC_NO_NOTE);
      lookup_ctx l = one (s);
      esc_solve_with (c.g, lookup, &l);
      ck_assert_msg (ut_pts_has (c.g, t, ESC_LOC_HEAP) == (foreign != 0),
		     "foreign=%d", foreign);
      ck_assert_msg (esc_escapes (c.g, c.m) == (foreign != 0),
		     "foreign=%d", foreign);
      /* Writing into o is not keeping o.  */
      ck_assert (!esc_escapes (c.g, c.o));
    }
}
END_TEST

START_TEST (test_call_writes_deep)
{
  /* o holds &o2; f (&o) writes through pointers it loads, so o2 may hold
     any pointer afterwards: t2 = *o2 points to the heap and a store
     through it sends m there.  Without writes_deep, o2 is untouched.  */
  for (int deep = 0; deep < 2; deep++)
    {
      caller c = new_caller ();
      esc_loc o2 = ut_var (c.g, "o2", 0);
      esc_store (c.g, c.po, ut_addr (c.g, "po2", o2, 0), 0, ESC_NO_NOTE);
      esc_summary *s = ut_summary ("f", 1);
      s->writes_deep = deep;
      call (c.g, 0, 1, &c.po, -1);
      esc_loc t1 = load (c.g, "t1", c.po);
      esc_loc t2 = load (c.g, "t2", t1);
      esc_store (c.g, t2, c.vm, 0, ESC_NO_NOTE);
      lookup_ctx l = one (s);
      esc_solve_with (c.g, lookup, &l);
      ck_assert (ut_pts_has (c.g, t1, o2));
      ck_assert_msg (ut_pts_has (c.g, t2, ESC_LOC_HEAP) == (deep != 0),
		     "deep=%d", deep);
      ck_assert_msg (esc_escapes (c.g, c.m) == (deep != 0), "deep=%d", deep);
      ck_assert (!esc_escapes (c.g, o2));
      ck_assert (!esc_escapes (c.g, c.o));
    }
}
END_TEST

START_TEST (test_call_writes_deep_into)
{
  /* f (&o, &x) writes through what it loads below its first argument
     only: o2 (below o) may hold any pointer, x2 (below x) not.  */
  for (int which = 0; which < 2; which++)
    {
      caller c = new_caller ();
      esc_loc o2 = ut_var (c.g, "o2", 0);
      esc_store (c.g, c.po, ut_addr (c.g, "po2", o2, 0), 0, ESC_NO_NOTE);
      esc_loc x = ut_var (c.g, "x", 0), x2 = ut_var (c.g, "x2", 0);
      esc_loc px = ut_addr (c.g, "px", x, 0);
      esc_store (c.g, px, ut_addr (c.g, "px2", x2, 0), 0, ESC_NO_NOTE);
      esc_summary *s = ut_summary ("f", 2);
      s->writes_deep_into[which] = true;
      esc_loc args[2] = { c.po, px };
      call (c.g, 0, 2, args, -1);
      esc_loc t2 = load (c.g, "t2", load (c.g, "t1", c.po));
      esc_loc u2 = load (c.g, "u2", load (c.g, "u1", px));
      lookup_ctx l = one (s);
      esc_solve_with (c.g, lookup, &l);
      ck_assert_msg (ut_pts_has (c.g, t2, ESC_LOC_HEAP) == (which == 0),
		     "which=%d", which);
      ck_assert_msg (ut_pts_has (c.g, u2, ESC_LOC_HEAP) == (which == 1),
		     "which=%d", which);
    }
}
END_TEST

START_TEST (test_call_result_foreign)
{
  /* r = f (); *r = &m: with result_foreign r may point to the heap.  */
  for (int foreign = 0; foreign < 2; foreign++)
    {
      caller c = new_caller ();
      esc_loc r = ut_val (c.g, "r", 0);
      esc_summary *s = ut_summary ("f", 0);
      s->result_foreign = foreign;
      call (c.g, 0, 0, NULL, r);
      esc_store (c.g, r, c.vm, 0, ESC_NO_NOTE);
      lookup_ctx l = one (s);
      esc_solve_with (c.g, lookup, &l);
      ck_assert_msg (ut_pts_has (c.g, r, ESC_LOC_HEAP) == (foreign != 0),
		     "foreign=%d", foreign);
      ck_assert_msg (esc_escapes (c.g, c.m) == (foreign != 0),
		     "foreign=%d", foreign);
    }
}
END_TEST

START_TEST (test_call_varargs_heap)
{
  /* f (x, &m) with one parameter: the second argument is a vararg, sent
     to the heap only if the summary says so.  */
  for (int leak = 0; leak < 2; leak++)
    {
      caller c = new_caller ();
      esc_summary *s = ut_summary ("f", 1);
      s->vararg_heap = leak ? 0 : ESC_LEAK_NONE;
      esc_loc args[] = { c.po, c.vm };
      call (c.g, 0, 2, args, -1);
      lookup_ctx l = one (s);
      esc_solve_with (c.g, lookup, &l);
      ck_assert_msg (esc_escapes (c.g, c.m) == (leak != 0), "leak=%d", leak);
      ck_assert (!esc_escapes (c.g, c.o));
    }
}
END_TEST

/* "printer (fmt, ...)": prints its varargs under the format in its
   parameter 0, reading what they point to (printf's %s).  */
static esc_summary *
printer_summary (void)
{
  esc_summary *s = ut_summary ("printer", 1);
  s->vararg_format = 0;
  s->vararg_data = 1;
  return s;
}

START_TEST (test_call_varargs_format)
{
  /* printer (fmt, &m), m holding &k: under a literal without %p m is not
     kept, what it holds is read as data (k escapes); under anything else
     m escapes.  A parameter of the caller's handed there directly is
     "anything else": these are not its varargs.  */
  const int formats[] = { ESC_FORMAT_SAFE, ESC_FORMAT_ANY, 0 };
  for (int i = 0; i < 3; i++)
    {
      caller c = new_caller ();
      esc_loc k = ut_alloc (c.g, "k", 0);
      esc_store (c.g, c.vm, ut_addr (c.g, "vk", k, 0), 0, ESC_NO_NOTE);
      esc_loc fmt = ut_val (c.g, "fmt", 0);
      esc_loc args[] = { fmt, c.vm };
      int n = call (c.g, 0, 2, args, -1);
      esc_call_arg_format (c.g, n, 0, formats[i]);
      lookup_ctx l = one (printer_summary ());
      esc_solve_with (c.g, lookup, &l);
      ck_assert_msg (esc_escapes (c.g, c.m) == (formats[i] != ESC_FORMAT_SAFE),
		     "format %d", formats[i]);
      ck_assert (esc_escapes (c.g, k));
    }
  /* A summary whose varargs are printed under a format of its own that may
     print a pointer: they escape whatever the call's format.  */
  caller c = new_caller ();
  esc_summary *s = printer_summary ();
  s->vararg_format = ESC_FORMAT_ANY;
  esc_loc args[] = { c.po, c.vm };
  esc_call_arg_format (c.g, call (c.g, 0, 2, args, -1), 0, ESC_FORMAT_SAFE);
  lookup_ctx l = one (s);
  esc_solve_with (c.g, lookup, &l);
  ck_assert (esc_escapes (c.g, c.m));
}
END_TEST

START_TEST (test_call_varargs_va_list_callee)
{
  /* An old-style call of vprinter (fmt, ap) with one argument more: the
     vararg fields describe the va_list's contents, so the extra argument
     escapes, as it did.  */
  caller c = new_caller ();
  esc_summary *s = ut_summary ("vprinter", 2);
  s->va_list_param = 1;
  s->vararg_format = 0;
  s->vararg_data = 1;
  esc_loc args[] = { c.po, c.po, c.vm };
  esc_call_arg_format (c.g, call (c.g, 0, 3, args, -1), 0, ESC_FORMAT_SAFE);
  lookup_ctx l = one (s);
  esc_solve_with (c.g, lookup, &l);
  ck_assert (esc_escapes (c.g, c.m));
}
END_TEST

/* "log (fmt, ...) { va_start (ap); CALLEE (fmt, ap); }": a graph whose
   varargs are followed, handing them on in argument 1 of a call whose
   argument 0 is FORMAT; its summary, CALLEE's being S (NULL: none).  */
static esc_summary *
handed_on (const esc_summary *s, int format, int va_list_param)
{
  esc_graph *g = ut_graph ("log");
  esc_loc fmt = esc_param_new (g, "fmt", 0, ut_pos);
  if (va_list_param >= 0)
    esc_param_new (g, "ap", 1, ut_pos);
  esc_graph_varargs_followed (g, va_list_param);
  esc_loc ap = ut_addr (g, "pap", ut_var (g, "ap", 0), 0);
  esc_loc args[] = { fmt, ap };
  int n = call (g, 0, 2, args, -1);
  esc_call_arg_format (g, n, 0, format);
  esc_call_va_list (g, n, 1);
  lookup_ctx l = one (s);
  esc_solve_with (g, lookup, &l);
  return ut_keep_summary (esc_summary_of (g));
}

START_TEST (test_call_varargs_handed_on)
{
  esc_summary *vp = ut_summary ("vprinter", 2);
  vp->va_list_param = 1;
  vp->vararg_format = 0;
  vp->vararg_data = 1;
  /* Under its own format: printed under it in turn.  */
  esc_summary *s = handed_on (vp, 0, -1);
  ck_assert_int_eq (s->vararg_format, 0);
  ck_assert_int_eq (s->vararg_data, 1);
  ck_assert_int_eq (s->vararg_heap, ESC_LEAK_NONE);
  ck_assert (!s->vararg_foreign);
  ck_assert_int_eq (s->va_list_param, -1);
  /* A helper that is not variadic, its va_list a parameter.  */
  s = handed_on (vp, 0, 1);
  ck_assert_int_eq (s->vararg_format, 0);
  ck_assert_int_eq (s->va_list_param, 1);
  /* Under a literal without %p: read only, whatever its caller's format.  */
  s = handed_on (vp, ESC_FORMAT_SAFE, -1);
  ck_assert_int_eq (s->vararg_format, ESC_FORMAT_SAFE);
  ck_assert_int_eq (s->vararg_data, 1);
  ck_assert_int_eq (s->vararg_heap, ESC_LEAK_NONE);
  /* Under anything else: printed under a format that may print a
     pointer.  */
  s = handed_on (vp, ESC_FORMAT_ANY, -1);
  ck_assert_int_eq (s->vararg_format, ESC_FORMAT_ANY);
  /* A callee that does not print from that parameter, none, one that
     stores them into a buffer of the caller's: they escape.  */
  esc_summary *other = ut_summary ("other", 2);
  other->vararg_format = 0;
  s = handed_on (other, 0, -1);
  ck_assert_int_eq (s->vararg_heap, 0);
  ck_assert (s->vararg_foreign);
  s = handed_on (NULL, 0, -1);
  ck_assert_int_eq (s->vararg_heap, 0);
  ck_assert (s->vararg_foreign);
  esc_summary *into = ut_summary ("vsprinter", 2);
  into->va_list_param = 1;
  into->vararg_into = 0;
  into->vararg_into_derefs = 1;
  s = handed_on (into, ESC_FORMAT_SAFE, -1);
  ck_assert_int_eq (s->vararg_heap, 0);
  /* What the callee does with them besides, its own way.  */
  esc_summary *keeps = ut_summary ("vkeeper", 2);
  keeps->va_list_param = 1;
  keeps->vararg_heap = 0;
  keeps->vararg_foreign = true;
  s = handed_on (keeps, ESC_FORMAT_SAFE, -1);
  ck_assert_int_eq (s->vararg_heap, 0);
  ck_assert (s->vararg_foreign);
}
END_TEST

START_TEST (test_call_varargs_not_followed)
{
  /* The same call, the graph not followed: varargs escape as before.  */
  esc_summary *vp = ut_summary ("vprinter", 2);
  vp->va_list_param = 1;
  vp->vararg_format = 0;
  esc_graph *g = ut_graph ("log");
  esc_loc fmt = esc_param_new (g, "fmt", 0, ut_pos);
  esc_loc args[] = { fmt, ut_addr (g, "pap", ut_var (g, "ap", 0), 0) };
  int n = call (g, 0, 2, args, -1);
  esc_call_arg_format (g, n, 0, 0);
  esc_call_va_list (g, n, 1);
  lookup_ctx l = one (vp);
  esc_solve_with (g, lookup, &l);
  esc_summary *s = ut_keep_summary (esc_summary_of (g));
  ck_assert_int_eq (s->vararg_heap, 0);
  ck_assert (s->vararg_foreign);
  ck_assert_int_eq (s->vararg_format, ESC_FORMAT_SAFE);
  ck_assert_int_eq (s->va_list_param, -1);
}
END_TEST

START_TEST (test_call_varargs_two_formats)
{
  /* Handed on twice, under its parameters 0 and 1: a summary follows one
     format, so they are printed under one that may print a pointer.  */
  esc_summary *vp = ut_summary ("vprinter", 2);
  vp->va_list_param = 1;
  vp->vararg_format = 0;
  esc_graph *g = ut_graph ("log2");
  esc_loc f0 = esc_param_new (g, "f0", 0, ut_pos);
  esc_loc f1 = esc_param_new (g, "f1", 1, ut_pos);
  esc_graph_varargs_followed (g, -1);
  esc_loc ap = ut_addr (g, "pap", ut_var (g, "ap", 0), 0);
  for (int k = 0; k < 2; k++)
    {
      esc_loc args[] = { k ? f1 : f0, ap };
      int n = call (g, 0, 2, args, -1);
      esc_call_arg_format (g, n, 0, k);
      esc_call_va_list (g, n, 1);
    }
  lookup_ctx l = one (vp);
  esc_solve_with (g, lookup, &l);
  esc_summary *s = ut_keep_summary (esc_summary_of (g));
  ck_assert_int_eq (s->vararg_format, ESC_FORMAT_ANY);
}
END_TEST

START_TEST (test_call_vararg_into)
{
  /* sprintf-like f (&o, &m, &m2): varargs into *o, at level 0 and 1.  */
  for (int level = 0; level < 2; level++)
    {
      caller c = new_caller ();
      esc_loc m2 = ut_alloc (c.g, "m2", 0);
      /* m holds &m2.  */
      esc_store (c.g, c.vm, ut_addr (c.g, "vm2", m2, 0), 0, ESC_NO_NOTE);
      esc_summary *s = ut_summary ("f", 1);
      s->vararg_into = 0;
      s->vararg_into_derefs = level;
      esc_loc args[] = { c.po, c.vm };
      call (c.g, 0, 2, args, -1);
      esc_loc t = load (c.g, "t", c.po);
      lookup_ctx l = one (s);
      esc_solve_with (c.g, lookup, &l);
      if (level == 0)
	ck_assert (ut_pts_has (c.g, t, c.m));
      else
	{
	  ck_assert (!ut_pts_has (c.g, t, c.m));
	  ck_assert (ut_pts_has (c.g, t, m2));
	}
      ck_assert (!esc_escapes (c.g, c.m));
      ck_assert (!esc_escapes (c.g, m2));
    }
}
END_TEST

START_TEST (test_call_vararg_foreign)
{
  /* f (x, &o) may write pointers of its own into what varargs point to.  */
  caller c = new_caller ();
  esc_summary *s = ut_summary ("f", 1);
  s->vararg_foreign = true;
  esc_loc args[] = { c.vm, c.po };
  call (c.g, 0, 2, args, -1);
  esc_loc t = load (c.g, "t", c.po);
  esc_loc u = load (c.g, "u", c.vm);
  lookup_ctx l = one (s);
  esc_solve_with (c.g, lookup, &l);
  ck_assert (ut_pts_has (c.g, t, ESC_LOC_HEAP));
  /* The named parameter is not a vararg.  */
  ck_assert (!ut_pts_has (c.g, u, ESC_LOC_HEAP));
}
END_TEST

START_TEST (test_call_too_few_args_is_unknown)
{
  /* f (&m) against a two-parameter summary that says nothing flows: an
     old-style call, treated as unknown (m escapes, r points anywhere).  */
  caller c = new_caller ();
  esc_loc r = ut_val (c.g, "r", 0);
  call (c.g, 0, 1, &c.vm, r);
  lookup_ctx l = one (ut_summary ("f", 2));
  esc_solve_with (c.g, lookup, &l);
  ck_assert (esc_escapes (c.g, c.m));
  ck_assert (ut_pts_has (c.g, r, ESC_LOC_HEAP));
}
END_TEST

START_TEST (test_call_more_args_than_params)
{
  /* f (&m, &o) against the empty one-parameter summary of a function
     defined in the file: the extra argument is a vararg, which the
     summary of a body sends to the heap.  */
  esc_graph *callee = ut_graph ("f");
  esc_param_new (callee, "p", 0, ut_pos);
  esc_solve (callee);
  esc_summary *s = ut_keep_summary (esc_summary_of (callee));
  caller c = new_caller ();
  esc_loc args[] = { c.vm, c.po };
  call (c.g, 0, 2, args, -1);
  lookup_ctx l = one (s);
  esc_solve_with (c.g, lookup, &l);
  ck_assert (!esc_escapes (c.g, c.m));
  ck_assert (esc_escapes (c.g, c.o));
}
END_TEST

START_TEST (test_call_no_summary_is_unknown)
{
  /* The lookup has nothing for callee 2: the arguments escape and the
     result points to the heap.  */
  caller c = new_caller ();
  esc_loc r = ut_val (c.g, "r", 0);
  esc_loc args[] = { c.vm, c.po };
  call (c.g, 2, 2, args, r);
  lookup_ctx l = one (ut_summary ("f", 2));
  esc_solve_with (c.g, lookup, &l);
  ck_assert_int_eq (l.asked, 1);
  ck_assert_int_eq (l.last_callee, 2);
  ck_assert (esc_escapes (c.g, c.m));
  ck_assert (esc_escapes (c.g, c.o));
  ck_assert (ut_pts_has (c.g, r, ESC_LOC_HEAP));
}
END_TEST

START_TEST (test_call_indirect_is_unknown)
{
  /* An indirect call (callee -1) through esc_solve, without a lookup.  */
  caller c = new_caller ();
  esc_loc r = ut_val (c.g, "r", 0);
  call (c.g, -1, 1, &c.vm, r);
  esc_solve (c.g);
  ck_assert (esc_escapes (c.g, c.m));
  ck_assert (ut_pts_has (c.g, r, ESC_LOC_HEAP));
}
END_TEST

START_TEST (test_call_unset_args_skipped)
{
  /* f (0, &m, 0): arguments that carry nothing are skipped, even where
     the summary stores into them; the others are wired.  */
  caller c = new_caller ();
  esc_summary *s = ut_summary ("f", 3);
  s->leaks[1].content[0] = 0;
  s->leaks[1].content[2] = 0;
  s->leaks[1].heap = 0;
  s->content_foreign[0] = true;
  s->writes_deep = true;
  esc_loc args[] = { -1, c.vm, -1 };
  call (c.g, 0, 3, args, -1);
  lookup_ctx l = one (s);
  esc_solve_with (c.g, lookup, &l);
  ck_assert (esc_escapes (c.g, c.m));
}
END_TEST

START_TEST (test_call_caller_param_through_summary)
{
  /* g (x) { f (x); } with f leaking its parameter at level 1: x leaks at
     level 1, and g's own summary says so.  */
  esc_graph *g = ut_graph ("g");
  esc_loc x = esc_param_new (g, "x", 0, ut_pos);
  esc_summary *s = ut_summary ("f", 1);
  s->leaks[0].heap = 1;
  call (g, 0, 1, &x, -1);
  lookup_ctx l = one (s);
  esc_solve_with (g, lookup, &l);
  ck_assert_int_eq (esc_param_leaks (g, x)->heap, 1);
  esc_summary *gs = ut_keep_summary (esc_summary_of (g));
  ck_assert_int_eq (gs->leaks[0].heap, 1);
}
END_TEST

/* esc_graph_clone.  */

/* A caller exercising every part of a graph: parameters, a loop, stores,
   clobbers through a call, a result.  */
static esc_graph *
rich_graph (esc_loc *m, esc_loc *o, esc_loc *t, esc_loc *x)
{
  esc_graph *g = ut_graph ("rich");
  *x = esc_param_new (g, "x", 0, ut_pos);
  esc_param_new (g, "y", 1, ut_pos);
  *m = ut_alloc (g, "m", 1);
  esc_loc vm = ut_addr (g, "vm", *m, 1);
  *o = ut_var (g, "o", 0);
  esc_loc po = ut_addr (g, "po", *o, 0);
  esc_store (g, po, vm, 0, ESC_NO_NOTE);
  esc_store (g, *x, po, 0, ESC_NO_NOTE);
  *t = load (g, "t", po);
  esc_flow (g, ESC_LOC_RESULT, *t, 0, ESC_NO_NOTE);
  esc_loc args[] = { po, *x };
  esc_loc r = ut_val (g, "r", 0);
  call (g, 0, 2, args, r);
  esc_flow (g, ESC_LOC_HEAP, r, 1, ESC_NO_NOTE);
  return g;
}

static esc_summary *
rich_summary (void)
{
  esc_summary *s = ut_summary ("f", 2);
  s->leaks[1].content[0] = 0;
  s->leaks[0].result = 0;
  s->writes_deep = true;
  return s;
}

START_TEST (test_clone_solves_the_same)
{
  esc_loc m, o, t, x;
  esc_graph *g = rich_graph (&m, &o, &t, &x);
  esc_graph *c = ut_keep_graph (esc_graph_clone (g));
  esc_summary *s = rich_summary ();
  lookup_ctx l = one (s);
  esc_solve_with (g, lookup, &l);
  esc_solve_with (c, lookup, &l);
  ck_assert_int_eq (esc_loc_count (c), esc_loc_count (g));
  ck_assert_str_eq (esc_function_name (c), "rich");
  for (esc_loc i = 0; i < esc_loc_count (g); i++)
    {
      ck_assert_int_eq (esc_escapes (c, i), esc_escapes (g, i));
      ck_assert_int_eq (esc_escapes_by_loop (c, i),
			esc_escapes_by_loop (g, i));
      ck_assert_str_eq (esc_loc_name (c, i), esc_loc_name (g, i));
    }
  ck_assert_int_eq (ut_pts_count (c, t), ut_pts_count (g, t));
  ck_assert (ut_pts_has (c, t, m) && ut_pts_has (g, t, m));
  esc_summary *sg = ut_keep_summary (esc_summary_of (g));
  esc_summary *sc = ut_keep_summary (esc_summary_of (c));
  for (int i = 0; i < 2; i++)
    {
      ck_assert_int_eq (sc->leaks[i].heap, sg->leaks[i].heap);
      ck_assert_int_eq (sc->leaks[i].result, sg->leaks[i].result);
      ck_assert_int_eq (sc->content_foreign[i], sg->content_foreign[i]);
    }
  ck_assert_int_eq (sc->writes_deep, sg->writes_deep);
  ck_assert_int_eq (sc->result_foreign, sg->result_foreign);
  /* And the answers themselves, so the comparison is not vacuous.  */
  ck_assert (esc_escapes (g, m));
  ck_assert (sg->writes_deep);
  ck_assert_int_eq (sg->leaks[0].heap, 0);
}
END_TEST

START_TEST (test_clone_is_independent)
{
  /* The clone and the original are solved with different summaries and
     edited apart: neither sees the other's flows.  */
  caller a = new_caller ();
  call (a.g, 0, 1, &a.vm, -1);
  esc_graph *b = ut_keep_graph (esc_graph_clone (a.g));
  /* An edge only in the original, to a new location only it has.  */
  esc_loc extra = ut_val (a.g, "extra", 0);
  esc_flow (a.g, extra, a.po, 0, ESC_NO_NOTE);
  ck_assert_int_eq (esc_loc_count (b) + 1, esc_loc_count (a.g));
  esc_summary *leaky = ut_summary ("f", 1);
  leaky->leaks[0].heap = 0;
  lookup_ctx la = one (ut_summary ("f", 1)), lb = one (leaky);
  esc_solve_with (a.g, lookup, &la);
  esc_solve_with (b, lookup, &lb);
  ck_assert (!esc_escapes (a.g, a.m));
  ck_assert (esc_escapes (b, a.m));
  ck_assert (ut_pts_has (a.g, extra, a.o));
}
END_TEST

START_TEST (test_clone_again_and_again)
{
  /* The fixed point clones the unsolved graph once per round: each clone
     starts from the original, not from the previous round's solution.  */
  caller a = new_caller ();
  call (a.g, 0, 1, &a.vm, -1);
  esc_summary *leaky = ut_summary ("f", 1);
  leaky->leaks[0].heap = 0;
  lookup_ctx ll = one (leaky), lq = one (ut_summary ("f", 1));
  esc_graph *c1 = ut_keep_graph (esc_graph_clone (a.g));
  esc_solve_with (c1, lookup, &ll);
  esc_graph *c2 = ut_keep_graph (esc_graph_clone (a.g));
  esc_solve_with (c2, lookup, &lq);
  ck_assert (esc_escapes (c1, a.m));
  ck_assert (!esc_escapes (c2, a.m));
}
END_TEST

START_TEST (test_clone_of_solved_graph)
{
  /* Cloning after solving copies leak vectors and explanations (freed
     twice without trouble: run under ASan).  */
  esc_loc m, o, t, x;
  esc_graph *g = rich_graph (&m, &o, &t, &x);
  lookup_ctx l = one (rich_summary ());
  esc_solve_with (g, lookup, &l);
  esc_graph *c = ut_keep_graph (esc_graph_clone (g));
  ck_assert (esc_escapes (c, m));
  ck_assert_int_eq (esc_param_leaks (c, x)->heap,
		    esc_param_leaks (g, x)->heap);
  const esc_step *sg, *sc;
  int ng = esc_explain (g, m, false, &sg);
  int nc = esc_explain (c, m, false, &sc);
  ck_assert_int_gt (ng, 0);
  ck_assert_int_eq (nc, ng);
  ck_assert_ptr_ne (sc, sg);
  for (int i = 0; i < ng; i++)
    {
      ck_assert_int_eq (sc[i].dst, sg[i].dst);
      ck_assert_int_eq (sc[i].src, sg[i].src);
    }
}
END_TEST

Suite *
call_suite (void)
{
  Suite *s = suite_create ("call");
  TCase *tc = ut_tcase ("wiring");
  tcase_add_test (tc, test_call_store_into_local_stays_local);
  tcase_add_test (tc, test_call_store_into_local_then_global);
  tcase_add_test (tc, test_call_store_in_loop_escapes_by_loop);
  tcase_add_test (tc, test_call_heap_leak);
  tcase_add_test (tc, test_call_heap_leak_level);
  tcase_add_test (tc, test_call_result_leak);
  tcase_add_test (tc, test_call_result_leak_level);
  tcase_add_test (tc, test_call_result_every_level);
  tcase_add_test (tc, test_call_content_every_level);
  tcase_add_test (tc, test_call_result_without_leak);
  tcase_add_test (tc, test_call_content_foreign);
  tcase_add_test (tc, test_call_writes_deep);
  tcase_add_test (tc, test_call_writes_deep_into);
  tcase_add_test (tc, test_call_result_foreign);
  tcase_add_test (tc, test_call_caller_param_through_summary);
  suite_add_tcase (s, tc);
  tc = ut_tcase ("arity");
  tcase_add_test (tc, test_call_varargs_heap);
  tcase_add_test (tc, test_call_varargs_format);
  tcase_add_test (tc, test_call_varargs_va_list_callee);
  tcase_add_test (tc, test_call_varargs_handed_on);
  tcase_add_test (tc, test_call_varargs_not_followed);
  tcase_add_test (tc, test_call_varargs_two_formats);
  tcase_add_test (tc, test_call_data_exposes_contents);
  tcase_add_test (tc, test_call_unknown_why);
  tcase_add_test (tc, test_call_data_confined_argument);
  tcase_add_test (tc, test_call_store_into_confined_exposes);
  tcase_add_test (tc, test_call_data_leak_summarised);
  tcase_add_test (tc, test_call_data_of_local);
  tcase_add_test (tc, test_call_vararg_into);
  tcase_add_test (tc, test_call_vararg_foreign);
  tcase_add_test (tc, test_call_too_few_args_is_unknown);
  tcase_add_test (tc, test_call_more_args_than_params);
  tcase_add_test (tc, test_call_no_summary_is_unknown);
  tcase_add_test (tc, test_call_indirect_is_unknown);
  tcase_add_test (tc, test_call_unset_args_skipped);
  suite_add_tcase (s, tc);
  tc = ut_tcase ("deep");
  tcase_add_test (tc, test_deep_store_summarised);
  tcase_add_test (tc, test_deep_store_foreign_writes_deep);
  tcase_add_test (tc, test_deep_store_closed_through_heap);
  tcase_add_test (tc, test_deep_clobbered_holds_heap);
  tcase_add_test (tc, test_clobber_of_param_object_is_foreign);
  tcase_add_test (tc, test_deep_wired_into_every_level);
  tcase_add_test (tc, test_deep_wired_into_escaped_escapes);
  tcase_add_test (tc, test_deep_recursive_fixed_point);
  suite_add_tcase (s, tc);
  tc = ut_tcase ("clone");
  tcase_add_test (tc, test_call_callback_keeps_nothing);
  tcase_add_test (tc, test_call_callback_leaks_element);
  tcase_add_test (tc, test_call_callback_bsearch_key_first);
  tcase_add_test (tc, test_call_callback_own_memory);
  tcase_add_test (tc, test_call_callback_unfit);
  tcase_add_test (tc, test_call_typed_declared_variable);
  tcase_add_test (tc, test_call_typed_other_type);
  tcase_add_test (tc, test_call_typed_own_parameter);
  tcase_add_test (tc, test_call_typed_handed_where_punned);
  tcase_add_test (tc, test_call_typed_var_read_here);
  tcase_add_test (tc, test_call_typed_param_handed_where_punned);
  tcase_add_test (tc, test_call_typed_read_summarised);
  tcase_add_test (tc, test_call_typed_callback);
  tcase_add_test (tc, test_clone_solves_the_same);
  tcase_add_test (tc, test_clone_is_independent);
  tcase_add_test (tc, test_clone_again_and_again);
  tcase_add_test (tc, test_clone_of_solved_graph);
  suite_add_tcase (s, tc);
  return s;
}
