/* test-store.c - the C twist: "*p = v" sends v into every object p may
   point to, and esc_points_to answers from the same graph.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "unit.h"
#include "../../core/graph-impl.h"

START_TEST (test_pts_past_the_deref_cap)
{
  /* x = malloc; o0 = &x; o1 = &o0; ... o8 = &o7; t9 = *********o8:
     nine loads, one more than the derefs counted, back down nine
     addresses.  t9 is x's value: it points to the allocation, not to a
     link of the chain (adversarial finding: the allocation was moved and
     the free through t9 left alone).  */
  esc_graph *g = ut_graph ("f");
  esc_loc site = ut_alloc (g, "site", 0);
  esc_loc x = ut_addr (g, "x", site, 0);
  esc_loc o = x;
  char name[8];
  for (int i = 0; i <= 8; i++)
    {
      snprintf (name, sizeof name, "o%d", i);
      o = ut_addr (g, name, o, 0);
    }
  esc_loc t = o;
  for (int i = 1; i <= 9; i++)
    {
      snprintf (name, sizeof name, "t%d", i);
      esc_loc next = ut_val (g, name, 0);
      esc_flow (g, next, t, 1, ESC_NO_NOTE);
      t = next;
    }
  esc_solve (g);
  ck_assert (ut_pts_has (g, t, site));
}
END_TEST

START_TEST (test_store_into_local_object)
{
  /* p = &o; *p = &x: o holds x's address, neither escapes.  */
  esc_graph *g = ut_graph ("f");
  esc_loc o = ut_alloc (g, "o", 0), x = ut_alloc (g, "x", 0);
  esc_loc p = ut_addr (g, "p", o, 0), v = ut_addr (g, "v", x, 0);
  esc_store (g, p, v, 0, ESC_NO_NOTE);
  /* Loading back gives x: r = *p points to x.  */
  esc_loc r = ut_val (g, "r", 0);
  esc_flow (g, r, p, 1, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert (!esc_escapes (g, o));
  ck_assert (!esc_escapes (g, x));
  ck_assert_int_eq (ut_pts_count (g, r), 1);
  ck_assert (ut_pts_has (g, r, x));
}
END_TEST

START_TEST (test_store_into_escaping_object)
{
  /* p = &o; g = p; *p = &x: o escapes and takes x with it.  */
  esc_graph *g = ut_graph ("f");
  esc_loc o = ut_alloc (g, "o", 0), x = ut_alloc (g, "x", 0);
  esc_loc p = ut_addr (g, "p", o, 0), v = ut_addr (g, "v", x, 0);
  esc_flow (g, ESC_LOC_HEAP, p, 0, ESC_NO_NOTE);
  esc_store (g, p, v, 0, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert (esc_escapes (g, o));
  ck_assert (esc_escapes (g, x));
  ck_assert (!esc_escapes_by_loop (g, x));
}
END_TEST

START_TEST (test_store_address_operand)
{
  /* *p = &x as one store with derefs -1.  */
  esc_graph *g = ut_graph ("f");
  esc_loc o = ut_alloc (g, "o", 0), x = ut_var (g, "x", 0);
  esc_loc p = ut_addr (g, "p", o, 0);
  esc_store (g, p, x, -1, ESC_NO_NOTE);
  esc_force_escape (g, o, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert (esc_escapes (g, x));
}
END_TEST

START_TEST (test_store_into_one_of_two)
{
  /* p = phi (&a, &b); b escapes; *p = &x: x escapes (via b).  */
  esc_graph *g = ut_graph ("f");
  esc_loc a = ut_alloc (g, "a", 0), b = ut_alloc (g, "b", 0);
  esc_loc x = ut_alloc (g, "x", 0);
  esc_loc p = ut_addr (g, "p", a, 0);
  esc_flow (g, p, b, -1, ESC_NO_NOTE);
  esc_force_escape (g, b, ESC_NO_NOTE);
  esc_store (g, p, ut_addr (g, "v", x, 0), 0, ESC_NO_NOTE);
  /* And a gets x too: r = *&a points to x.  */
  esc_loc r = ut_val (g, "r", 0);
  esc_flow (g, r, ut_addr (g, "pa", a, 0), 1, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert (!esc_escapes (g, a));
  ck_assert (esc_escapes (g, x));
  ck_assert (ut_pts_has (g, r, x));
}
END_TEST

START_TEST (test_store_two_levels_local)
{
  /* cell = &o; pc = &cell; q = *pc; *q = &x: x goes into o.  */
  esc_graph *g = ut_graph ("f");
  esc_loc o = ut_alloc (g, "o", 0), cell = ut_var (g, "cell", 0);
  esc_loc x = ut_alloc (g, "x", 0);
  esc_flow (g, cell, o, -1, ESC_NO_NOTE);
  esc_loc pc = ut_addr (g, "pc", cell, 0);
  esc_loc q = ut_val (g, "q", 0);
  esc_flow (g, q, pc, 1, ESC_NO_NOTE);
  esc_store (g, q, ut_addr (g, "v", x, 0), 0, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert_int_eq (ut_pts_count (g, q), 1);
  ck_assert (ut_pts_has (g, q, o));
  ck_assert (!esc_escapes (g, o));
  ck_assert (!esc_escapes (g, x));
  ck_assert (!esc_escapes (g, cell));
}
END_TEST

START_TEST (test_store_two_levels_escaping)
{
  /* As above, o escapes: x must too.  */
  esc_graph *g = ut_graph ("f");
  esc_loc o = ut_alloc (g, "o", 0), cell = ut_var (g, "cell", 0);
  esc_loc x = ut_alloc (g, "x", 0);
  esc_flow (g, cell, o, -1, ESC_NO_NOTE);
  esc_force_escape (g, o, ESC_NO_NOTE);
  esc_loc pc = ut_addr (g, "pc", cell, 0);
  esc_loc q = ut_val (g, "q", 0);
  esc_flow (g, q, pc, 1, ESC_NO_NOTE);
  esc_store (g, q, ut_addr (g, "v", x, 0), 0, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert (esc_escapes (g, x));
  ck_assert (!esc_escapes (g, cell));
}
END_TEST

static void
store_chain (bool reversed)
{
  /* pc = &cell; *pc = &o (a store); q = *pc; *q = &x; o escapes.  The
     second store's target exists only after the first is resolved.  */
  esc_graph *g = ut_graph ("f");
  esc_loc cell = ut_var (g, "cell", 0), o = ut_alloc (g, "o", 0);
  esc_loc x = ut_alloc (g, "x", 0);
  esc_loc pc = ut_addr (g, "pc", cell, 0);
  esc_loc po = ut_addr (g, "po", o, 0), px = ut_addr (g, "px", x, 0);
  esc_loc q = ut_val (g, "q", 0);
  esc_flow (g, q, pc, 1, ESC_NO_NOTE);
  esc_force_escape (g, o, ESC_NO_NOTE);
  if (reversed)
    {
      esc_store (g, q, px, 0, ESC_NO_NOTE);
      esc_store (g, pc, po, 0, ESC_NO_NOTE);
    }
  else
    {
      esc_store (g, pc, po, 0, ESC_NO_NOTE);
      esc_store (g, q, px, 0, ESC_NO_NOTE);
    }
  esc_solve (g);
  ck_assert (ut_pts_has (g, q, o));
  ck_assert (esc_escapes (g, x));
  ck_assert (!esc_escapes (g, cell));
}

START_TEST (test_store_feeds_store)
{
  store_chain (false);
}
END_TEST

START_TEST (test_store_feeds_store_reversed)
{
  store_chain (true);
}
END_TEST

START_TEST (test_store_through_param)
{
  /* void f (int **p, int *q) { *p = q; }: q leaks into p's content.  */
  esc_graph *g = ut_graph ("f");
  esc_loc p = esc_param_new (g, "p", 0, ut_pos);
  esc_loc q = esc_param_new (g, "q", 1, ut_pos);
  esc_store (g, p, q, 0, ESC_NO_NOTE);
  esc_solve (g);
  const esc_leaks *lk = esc_param_leaks (g, q);
  ck_assert_int_eq (lk->heap, ESC_LEAK_NONE);
  ck_assert_int_eq (lk->result, ESC_LEAK_NONE);
  ck_assert_ptr_nonnull (lk->content);
  ck_assert_int_eq (lk->content[0], 0);
  ck_assert_int_eq (lk->content[1], ESC_LEAK_NONE);
  ck_assert_int_eq (esc_leak_heap_level (lk), 0);
  /* p itself goes nowhere.  */
  ck_assert_int_eq (esc_leak_heap_level (esc_param_leaks (g, p)),
		    ESC_LEAK_NONE);
}
END_TEST

START_TEST (test_store_local_address_through_param)
{
  /* *p = &x: the caller's object outlives x.  */
  esc_graph *g = ut_graph ("f");
  esc_loc p = esc_param_new (g, "p", 0, ut_pos);
  esc_loc x = ut_var (g, "x", 0);
  esc_store (g, p, ut_addr (g, "v", x, 0), 0, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert (esc_escapes (g, x));
  ck_assert (!esc_escapes_by_loop (g, x));
}
END_TEST

START_TEST (test_store_through_loaded_param_pointer)
{
  /* q = *p; *q = &x: q points into memory we cannot see.  */
  esc_graph *g = ut_graph ("f");
  esc_loc p = esc_param_new (g, "p", 0, ut_pos);
  esc_loc x = ut_var (g, "x", 0);
  esc_loc q = ut_val (g, "q", 0);
  esc_flow (g, q, p, 1, ESC_NO_NOTE);
  esc_store (g, q, ut_addr (g, "v", x, 0), 0, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert (ut_pts_has (g, q, ESC_LOC_HEAP));
  ck_assert (esc_escapes (g, x));
}
END_TEST

START_TEST (test_store_through_heap)
{
  /* A store through the heap location is a flow to the heap.  */
  esc_graph *g = ut_graph ("f");
  esc_loc x = ut_var (g, "x", 0);
  esc_store (g, ESC_LOC_HEAP, ut_addr (g, "v", x, 0), 0, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert (esc_escapes (g, x));
}
END_TEST

START_TEST (test_store_same_value_twice)
{
  /* p = phi (&o, a pointer loaded from the heap); *p = v; *p = v again
     from another statement.  The second store adds no edge anywhere; into
     the heap it is the edge's second route, which -m=2 reports.  */
  esc_graph *g = ut_graph ("f");
  esc_loc o = ut_alloc (g, "o", 0), x = ut_alloc (g, "x", 0);
  esc_loc p = ut_addr (g, "p", o, 0);
  esc_flow (g, p, ESC_LOC_HEAP, 1, ESC_NO_NOTE);
  esc_loc v = ut_addr (g, "v", x, 0);
  esc_note n1 = esc_note_new (g, "*p = v", "store", ut_pos);
  esc_note n2 = esc_note_new (g, "*p = v again", "store", ut_pos);
  esc_store (g, p, v, 0, n1);
  esc_store (g, p, v, 0, n2);
  esc_solve (g);
  ck_assert (esc_escapes (g, x));
  int in_o = 0, in_heap = 0;
  for (int i = 0; i < g->locs[o].nedges; i++)
    if (g->locs[o].edges[i].src == v)
      {
	in_o++;
	ck_assert_int_eq (g->locs[o].edges[i].note, n1);
	ck_assert_int_eq (g->locs[o].edges[i].also, ESC_NO_NOTE);
      }
  const esc_location *h = &g->locs[ESC_LOC_HEAP];
  for (int i = 0; i < h->nedges; i++)
    if (h->edges[i].src == v && h->edges[i].derefs == 0)
      {
	in_heap++;
	ck_assert_int_eq (h->edges[i].note, n1);
	ck_assert_int_eq (h->edges[i].also, n2);
      }
  ck_assert_int_eq (in_o, 1);
  ck_assert_int_eq (in_heap, 1);
}
END_TEST

START_TEST (test_store_through_result_address)
{
  /* A struct returned by reference: ra = &{result}; *ra = &x.  */
  esc_graph *g = ut_graph ("f");
  esc_loc ra = ut_addr (g, "{result address}", ESC_LOC_RESULT, 0);
  esc_loc x = ut_alloc (g, "x", 2);
  esc_store (g, ra, ut_addr (g, "v", x, 2), 0, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert (ut_pts_has (g, ra, ESC_LOC_RESULT));
  ck_assert (esc_escapes (g, x));
  ck_assert (!esc_escapes_by_loop (g, x));
}
END_TEST

START_TEST (test_store_through_nothing)
{
  /* A pointer that points nowhere: the store goes nowhere.  */
  esc_graph *g = ut_graph ("f");
  esc_loc x = ut_var (g, "x", 0);
  esc_loc p = ut_val (g, "p", 0);
  esc_store (g, p, ut_addr (g, "v", x, 0), 0, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert_int_eq (ut_pts_count (g, p), 0);
  ck_assert (!esc_escapes (g, x));
}
END_TEST

START_TEST (test_store_escaped_object_has_heap_content)
{
  /* o escapes, so code we cannot see may write it: r = *&o points to the
     heap, and a store through r reaches the heap.  */
  esc_graph *g = ut_graph ("f");
  esc_loc o = ut_alloc (g, "o", 0), x = ut_var (g, "x", 0);
  esc_loc po = ut_addr (g, "po", o, 0);
  esc_flow (g, ESC_LOC_HEAP, po, 0, ESC_NO_NOTE);
  esc_loc r = ut_val (g, "r", 0);
  esc_flow (g, r, po, 1, ESC_NO_NOTE);
  esc_store (g, r, ut_addr (g, "v", x, 0), 0, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert (ut_pts_has (g, r, ESC_LOC_HEAP));
  ck_assert (esc_escapes (g, x));
}
END_TEST

START_TEST (test_store_local_object_has_no_heap_content)
{
  /* The same with o local: r points nowhere, x stays.  */
  esc_graph *g = ut_graph ("f");
  esc_loc o = ut_alloc (g, "o", 0), x = ut_var (g, "x", 0);
  esc_loc po = ut_addr (g, "po", o, 0);
  esc_loc r = ut_val (g, "r", 0);
  esc_flow (g, r, po, 1, ESC_NO_NOTE);
  esc_store (g, r, ut_addr (g, "v", x, 0), 0, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert (!ut_pts_has (g, r, ESC_LOC_HEAP));
  ck_assert (!esc_escapes (g, x));
}
END_TEST

START_TEST (test_pts_phi)
{
  /* p = &a; q = phi (p, &b): q may point to a or b.  */
  esc_graph *g = ut_graph ("f");
  esc_loc a = ut_var (g, "a", 0), b = ut_var (g, "b", 0);
  esc_loc p = ut_addr (g, "p", a, 0), q = ut_val (g, "q", 0);
  esc_flow (g, q, p, 0, ESC_NO_NOTE);
  esc_flow (g, q, b, -1, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert_int_eq (ut_pts_count (g, q), 2);
  ck_assert (ut_pts_has (g, q, a));
  ck_assert (ut_pts_has (g, q, b));
  ck_assert_int_eq (ut_pts_count (g, p), 1);
  ck_assert (ut_pts_has (g, p, a));
}
END_TEST

START_TEST (test_pts_stops_at_address)
{
  /* p = &o; o = v; v = &x: p points to o, not to x; *p points to x.  */
  esc_graph *g = ut_graph ("f");
  esc_loc o = ut_var (g, "o", 0), x = ut_var (g, "x", 0);
  esc_loc v = ut_addr (g, "v", x, 0);
  esc_flow (g, o, v, 0, ESC_NO_NOTE);
  esc_loc p = ut_addr (g, "p", o, 0);
  esc_loc r = ut_val (g, "r", 0);
  esc_flow (g, r, p, 1, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert_int_eq (ut_pts_count (g, p), 1);
  ck_assert (ut_pts_has (g, p, o));
  ck_assert (!ut_pts_has (g, p, x));
  ck_assert_int_eq (ut_pts_count (g, r), 1);
  ck_assert (ut_pts_has (g, r, x));
}
END_TEST

START_TEST (test_pts_loop_traversal)
{
  /* A list walked in a loop:
       A->next = &B;  it1 = phi (&A, it2);  it2 = it1->next;
       it1->val = &X;  B escapes.
     it1 may point to A and to B (and, field-insensitively, to X), so the
     store puts &X into B, which escapes: X must escape.  */
  esc_graph *g = ut_graph ("f");
  esc_loc A = ut_alloc (g, "A", 0), B = ut_alloc (g, "B", 0);
  esc_loc X = ut_alloc (g, "X", 0);
  esc_loc pa = ut_addr (g, "pa", A, 0), pb = ut_addr (g, "pb", B, 0);
  esc_loc px = ut_addr (g, "px", X, 0);
  esc_loc it1 = ut_val (g, "it1", 0), it2 = ut_val (g, "it2", 0);
  esc_store (g, pa, pb, 0, ESC_NO_NOTE);
  esc_flow (g, it1, pa, 0, ESC_NO_NOTE);
  esc_flow (g, it1, it2, 0, ESC_NO_NOTE);
  esc_flow (g, it2, it1, 1, ESC_NO_NOTE);
  esc_flow (g, ESC_LOC_HEAP, pb, 0, ESC_NO_NOTE);
  esc_store (g, it1, px, 0, ESC_NO_NOTE);
  esc_solve (g);
  ck_assert (esc_escapes (g, B));
  ck_assert (ut_pts_has (g, it2, B));
  ck_assert_msg (ut_pts_has (g, it1, B),
		 "pts(it1) misses B, reached only through it1 = *it1");
  ck_assert_msg (esc_escapes (g, X),
		 "X is stored into B, which escapes, but does not escape");
}
END_TEST

START_TEST (test_pts_param_and_heap)
{
  esc_graph *g = ut_graph ("f");
  esc_loc p = esc_param_new (g, "p", 0, ut_pos);
  esc_loc h = ut_val (g, "h", 0);
  esc_flow (g, h, ESC_LOC_HEAP, 0, ESC_NO_NOTE);	/* h = global */
  esc_solve (g);
  ck_assert_int_eq (ut_pts_count (g, p), 1);
  ck_assert (ut_pts_has (g, p, esc_param_content (g, p)));
  ck_assert_int_eq (ut_pts_count (g, h), 1);
  ck_assert (ut_pts_has (g, h, ESC_LOC_HEAP));
}
END_TEST

/* Points-to keeps its answers (solve.c, points_to) and brings them up to
   date when the graph grows: each answer below is checked against a copy
   of the graph, which has none kept and walks from scratch, and against
   the walk over pairs one by one.  */

static int
by_loc (const void *a, const void *b)
{
  esc_loc x = *(const esc_loc *) a, y = *(const esc_loc *) b;
  return x < y ? -1 : x > y;
}

/* The reference: esc_walk_levels over (location, derefs) pairs one by
   one, the heap and the caller's deeper objects standing for what they
   hold.  */
typedef struct ref_pts { esc_loc *items; int n; bool *in; } ref_pts;

static void
ref_add (ref_pts *r, esc_loc l)
{
  if (!r->in[l])
    {
      r->in[l] = true;
      r->items[r->n++] = l;
    }
}

static bool
ref_at (esc_graph *g, esc_loc l, int derefs, void *ctx)
{
  (void) derefs;
  if (l != ESC_LOC_HEAP && g->locs[l].kind != ESC_PARAM_DEEP)
    return true;
  ref_add (ctx, l);
  return false;
}

static bool
ref_address (esc_graph *g, esc_loc l, void *ctx)
{
  (void) g;
  ref_add (ctx, l);
  return true;
}

static int
ref_points_to (esc_graph *g, esc_loc ptr, esc_loc *out)
{
  ref_pts r = { out, 0, calloc ((size_t) g->nlocs + 1, sizeof (bool)) };
  esc_level_walker w = { ref_at, ref_address, &r };
  esc_walk_levels (g, ptr, 0, &w);
  free (r.in);
  return r.n;
}

/* PTR's objects in G, in a fresh copy of G, and by the reference walk are
   the same set.  */
static void
pts_as_fresh (esc_graph *g, esc_loc ptr)
{
  const esc_loc *o;
  int n = esc_points_to (g, ptr, &o);
  esc_loc *kept = malloc ((size_t) (n + 1) * sizeof *kept);
  if (n > 0)
    memcpy (kept, o, (size_t) n * sizeof *kept);
  esc_graph *c = esc_graph_clone (g);
  int m = esc_points_to (c, ptr, &o);
  esc_loc *fresh = malloc ((size_t) (m + 1) * sizeof *fresh);
  if (m > 0)
    memcpy (fresh, o, (size_t) m * sizeof *fresh);
  esc_graph_free (c);
  esc_loc *ref = malloc ((size_t) (g->nlocs + 1) * sizeof *ref);
  int nref = ref_points_to (g, ptr, ref);
  qsort (kept, (size_t) n, sizeof *kept, by_loc);
  qsort (fresh, (size_t) m, sizeof *fresh, by_loc);
  qsort (ref, (size_t) nref, sizeof *ref, by_loc);
  ck_assert_int_eq (n, m);
  ck_assert_int_eq (n, nref);
  for (int i = 0; i < n; i++)
    {
      ck_assert_int_eq (kept[i], fresh[i]);
      ck_assert_int_eq (kept[i], ref[i]);
    }
  free (kept);
  free (fresh);
  free (ref);
}

START_TEST (test_pts_memo_grows_with_stores)
{
  /* r = *pc, pc = &cell, cell = &o: r points to o.  Then "cell = &x"
     (what a store adds, an edge into an object the answer loaded
     from): r points to x too.  */
  esc_graph *g = ut_graph ("f");
  esc_loc o = ut_alloc (g, "o", 0), x = ut_alloc (g, "x", 0);
  esc_loc cell = ut_var (g, "cell", 0);
  esc_flow (g, cell, o, -1, ESC_NO_NOTE);
  esc_loc pc = ut_addr (g, "pc", cell, 0);
  esc_loc r = ut_val (g, "r", 0);
  esc_flow (g, r, pc, 1, ESC_NO_NOTE);
  ck_assert_int_eq (ut_pts_count (g, r), 1);
  ck_assert (ut_pts_has (g, r, o));
  esc_flow (g, cell, x, -1, ESC_NO_NOTE);
  ck_assert_int_eq (ut_pts_count (g, r), 2);
  ck_assert (ut_pts_has (g, r, o));
  ck_assert (ut_pts_has (g, r, x));
  /* Asked again with nothing new: the same answer.  */
  ck_assert_int_eq (ut_pts_count (g, r), 2);
  pts_as_fresh (g, r);
  /* An edge into a location the walk never went through (o's
     contents, not loaded from here) changes nothing.  */
  esc_flow (g, o, x, -1, ESC_NO_NOTE);
  ck_assert_int_eq (ut_pts_count (g, r), 2);
  pts_as_fresh (g, r);
}
END_TEST

START_TEST (test_pts_memo_after_removed_edge)
{
  /* r = *p for a parameter p: its caller's object holds the heap's
     address, until esc_graph_deep_params takes that edge away and gives
     it the caller's deeper objects instead.  */
  esc_graph *g = ut_graph ("f");
  esc_loc p = esc_param_new (g, "p", 0, ut_pos);
  esc_loc r = ut_val (g, "r", 0);
  esc_flow (g, r, p, 1, ESC_NO_NOTE);
  ck_assert (ut_pts_has (g, r, ESC_LOC_HEAP));
  esc_graph_deep_params (g);
  ck_assert (!ut_pts_has (g, r, ESC_LOC_HEAP));
  ck_assert_int_eq (ut_pts_count (g, r), 1);
  pts_as_fresh (g, r);
}
END_TEST

START_TEST (test_pts_memo_random_graphs)
{
  /* Random flows at every derefs, loops included, asked about between
     additions: every answer the one a fresh walk gives.  */
  unsigned seed = 17;
  for (int round = 0; round < 40; round++)
    {
      esc_graph *g = esc_graph_new ("f");
      enum { N = 24 };
      esc_loc l[N];
      for (int i = 0; i < N; i++)
	l[i] = i % 3 == 0 ? ut_alloc (g, "o", 0) : ut_val (g, "v", 0);
      for (int step = 0; step < 120; step++)
	{
	  seed = seed * 1103515245u + 12345u;
	  unsigned r = seed >> 8;
	  esc_loc dst = l[r % N], src = l[(r / N) % N];
	  int derefs = (int) ((r / (N * N)) % 4) - 1;
	  if ((r / (N * N * 4)) % 16 == 0)
	    src = ESC_LOC_HEAP;
	  esc_flow (g, dst, src, derefs, ESC_NO_NOTE);
	  if (step % 3 == 0)
	    pts_as_fresh (g, l[(r / 7) % 6]);
	}
      for (int i = 0; i < N; i++)
	pts_as_fresh (g, l[i]);
      esc_graph_free (g);
    }
}
END_TEST

/* The objects a reach value's argument reaches (call.c, deep_reach:
   t = a; t = *t), by esc_walk_levels from the argument and then from
   each object found at derefs 0, until nothing is new.  */
static int
ref_reach (esc_graph *g, esc_loc arg, esc_loc *out)
{
  bool *in = calloc ((size_t) g->nlocs + 1, sizeof (bool));
  esc_loc *tmp = malloc ((size_t) (g->nlocs + 1) * sizeof *tmp);
  int n = 0;
  for (int k = -1; k < n; k++)
    {
      esc_loc from = k < 0 ? arg : out[k];
      if (k >= 0 && (from == ESC_LOC_HEAP
		     || g->locs[from].kind == ESC_PARAM_DEEP))
	continue;
      int m = ref_points_to (g, from, tmp);
      for (int i = 0; i < m; i++)
	if (!in[tmp[i]])
	  {
	    in[tmp[i]] = true;
	    out[n++] = tmp[i];
	  }
    }
  free (in);
  free (tmp);
  return n;
}

START_TEST (test_reach_memo_after_solve)
{
  /* Random graphs with stores through reach values, solved: the answer
     each reach value keeps from the last round of the stores (solve.c,
     reach_points_to) is what a fresh copy of the solved graph walks, and
     the reference; asked again it is the same; and after an edge into
     what it reached it is walked again.  */
  unsigned seed = 29;
  for (int round = 0; round < 40; round++)
    {
      esc_graph *g = esc_graph_new ("f");
      enum { N = 20, R = 3 };
      esc_loc l[N], t[R], arg[R];
      for (int i = 0; i < N; i++)
	l[i] = i % 3 == 0 ? ut_alloc (g, "o", 0) : ut_val (g, "v", 0);
      for (int k = 0; k < R; k++)
	{
	  arg[k] = l[1 + 3 * k];
	  t[k] = ut_val (g, "{temp}", 0);
	  esc_flow (g, t[k], arg[k], 0, ESC_NO_NOTE);
	  esc_flow (g, t[k], t[k], 1, ESC_NO_NOTE);
	  g->locs[arg[k]].reach = t[k];
	  g->locs[t[k]].reach = t[k];
	}
      for (int step = 0; step < 60; step++)
	{
	  seed = seed * 1103515245u + 12345u;
	  unsigned r = seed >> 8;
	  esc_loc dst = l[r % N], src = l[(r / N) % N];
	  int derefs = (int) ((r / (N * N)) % 4) - 1;
	  if ((r / (N * N * 4)) % 16 == 0)
	    src = ESC_LOC_HEAP;
	  if (step % 5 == 0)
	    esc_store (g, t[step / 5 % R], src, derefs < 0 ? -1 : 0,
		       ESC_NO_NOTE);
	  else
	    esc_flow (g, dst, src, derefs, ESC_NO_NOTE);
	}
      esc_solve (g);
      for (int k = 0; k < R; k++)
	for (int again = 0; again < 2; again++)
	  {
	    const esc_loc *o;
	    int n = esc_points_to (g, t[k], &o);
	    esc_loc *kept = malloc ((size_t) (n + 1) * sizeof *kept);
	    if (n > 0)
	      memcpy (kept, o, (size_t) n * sizeof *kept);
	    esc_graph *c = esc_graph_clone (g);
	    int m = esc_points_to (c, t[k], &o);
	    esc_loc *fresh = malloc ((size_t) (m + 1) * sizeof *fresh);
	    if (m > 0)
	      memcpy (fresh, o, (size_t) m * sizeof *fresh);
	    esc_graph_free (c);
	    esc_loc *ref = malloc ((size_t) (g->nlocs + 1) * sizeof *ref);
	    int nref = ref_reach (g, arg[k], ref);
	    qsort (kept, (size_t) n, sizeof *kept, by_loc);
	    qsort (fresh, (size_t) m, sizeof *fresh, by_loc);
	    qsort (ref, (size_t) nref, sizeof *ref, by_loc);
	    ck_assert_int_eq (n, m);
	    ck_assert_int_eq (n, nref);
	    for (int i = 0; i < n; i++)
	      {
		ck_assert_int_eq (kept[i], fresh[i]);
		ck_assert_int_eq (kept[i], ref[i]);
	      }
	    free (kept);
	    free (fresh);
	    free (ref);
	    /* A new object behind the argument: the kept answer is out
	       of date, and the next one has it.  */
	    if (again == 0)
	      {
		esc_loc x = ut_alloc (g, "x", 0);
		esc_flow (g, arg[k], x, -1, ESC_NO_NOTE);
		ck_assert (ut_pts_has (g, t[k], x));
	      }
	  }
      esc_graph_free (g);
    }
}
END_TEST

Suite *
store_suite (void)
{
  Suite *s = suite_create ("store");
  TCase *tc = ut_tcase ("store");
  tcase_add_test (tc, test_store_into_local_object);
  tcase_add_test (tc, test_store_into_escaping_object);
  tcase_add_test (tc, test_store_address_operand);
  tcase_add_test (tc, test_store_into_one_of_two);
  tcase_add_test (tc, test_store_two_levels_local);
  tcase_add_test (tc, test_store_two_levels_escaping);
  tcase_add_test (tc, test_store_feeds_store);
  tcase_add_test (tc, test_store_feeds_store_reversed);
  tcase_add_test (tc, test_store_through_param);
  tcase_add_test (tc, test_store_local_address_through_param);
  tcase_add_test (tc, test_store_through_loaded_param_pointer);
  tcase_add_test (tc, test_store_through_heap);
  tcase_add_test (tc, test_store_same_value_twice);
  tcase_add_test (tc, test_store_through_result_address);
  tcase_add_test (tc, test_store_through_nothing);
  tcase_add_test (tc, test_store_escaped_object_has_heap_content);
  tcase_add_test (tc, test_store_local_object_has_no_heap_content);
  suite_add_tcase (s, tc);
  tc = ut_tcase ("points-to");
  tcase_add_test (tc, test_pts_phi);
  tcase_add_test (tc, test_pts_stops_at_address);
  tcase_add_test (tc, test_pts_loop_traversal);
  tcase_add_test (tc, test_pts_param_and_heap);
  tcase_add_test (tc, test_pts_memo_grows_with_stores);
  tcase_add_test (tc, test_pts_memo_after_removed_edge);
  tcase_add_test (tc, test_pts_memo_random_graphs);
  tcase_add_test (tc, test_reach_memo_after_solve);
  tcase_add_test (tc, test_pts_past_the_deref_cap);
  suite_add_tcase (s, tc);
  return s;
}
