/* test-transform.c - the move plan (esc_plan_moves) on hand-built solved
   graphs: each reason a site stays on the heap, the realloc and callee
   frees, frees shared with heap objects and the fixed point they start,
   the frame budget, and what becomes of each free call.  */

#include <string.h>
#include "unit.h"
#include "../../core/transform.h"

#define MAX_SITES 8
#define MAX_FREES 8

/* One function being planned: its graph, its sites in the order the pass
   lists them, its limits and the actions the plan writes.  */
static esc_graph *g;
static esc_move_site sites[MAX_SITES];
static int nsites;
static esc_move_limits lim;
static esc_free_action act[MAX_FREES];

/* The pass's defaults: max-size 256, frame-budget 1024, 4096-byte stack
   alignment, not recursive.  */
static void
begin (void)
{
  g = ut_graph ("f");
  nsites = 0;
  memset (sites, 0, sizeof sites);
  lim.max_size = 256;
  lim.frame_budget = 1024;
  lim.max_align = 4096;
  lim.recursive = lim.reentry = lim.recursive_caller = false;
  lim.lto_always_inline = lim.owned_ok = lim.cycle_full = false;
  lim.slot_size = 0;
  lim.pool_slots = 0;
}

/* A malloc (SIZE) at loop DEPTH that nothing keeps from moving, aligned
   like malloc's memory.  Its reason starts out wrong on purpose: the plan
   must set every site's.  Returns its index in SITES.  */
static int
site_at (const char *name, int depth, long long size)
{
  ck_assert_int_lt (nsites, MAX_SITES);
  esc_move_site *s = &sites[nsites];
  s->loc = ut_alloc (g, name, depth);
  s->movable_kind = true;
  s->can_throw = false;
  s->size = size;
  s->align = 16;
  s->reason = ESC_STAY_THROWS;
  s->family = 0;
  s->attribute_only = false;
  s->guardable = false;
  s->escapes_as_block = false;
  s->callee_made = false;
  s->by_clone = false;
  return nsites++;
}

static int
site (const char *name, long long size)
{
  return site_at (name, 0, size);
}

/* A new value NAME = &SITES[I].  */
static esc_loc
ptr (const char *name, int i)
{
  return ut_addr (g, name, sites[i].loc, 0);
}

/* A new value that may be A or B ("c ? a : b").  */
static esc_loc
either (const char *name, esc_loc a, esc_loc b)
{
  esc_loc v = ut_val (g, name, 0);
  esc_flow (g, v, a, 0, ESC_NO_NOTE);
  esc_flow (g, v, b, 0, ESC_NO_NOTE);
  return v;
}

/* A new value loaded from a global: a pointer into the heap.  */
static esc_loc
heap_ptr (const char *name)
{
  esc_loc v = ut_val (g, name, 0);
  esc_flow (g, v, ESC_LOC_HEAP, 0, ESC_NO_NOTE);
  return v;
}

static int
free_here (esc_loc arg)
{
  return esc_free_new (g, arg, ESC_FREE_HERE);
}

/* Plan the solved graph.  The actions start out wrong on purpose.  */
static void
plan_solved (void)
{
  ck_assert_int_le (esc_free_count (g), MAX_FREES);
  esc_free_actions_release (act, MAX_FREES);
  for (int k = 0; k < MAX_FREES; k++)
    {
      act[k].remove = true;
      act[k].clobber = 12345;
    }
  for (int i = 0; i < nsites; i++)
    {
      sites[i].escapes = esc_escapes (g, sites[i].loc);
      sites[i].by_loop = esc_escapes_by_loop (g, sites[i].loc);
    }
  esc_plan_moves (g, sites, nsites, &lim, act);
}

static void
plan (void)
{
  esc_solve (g);
  plan_solved ();
}

#define expect(i, r)							\
  ck_assert_msg (sites[i].reason == (r),				\
		 "site %d (%s): %s, expected %s", (i),			\
		 esc_loc_name (g, sites[i].loc),			\
		 esc_move_reason_text (sites[i].reason),		\
		 esc_move_reason_text (r))

/* Free K is deleted, ending CLOBBER (-1: no one object).  */
#define expect_removed(k, c)						\
  do {									\
    ck_assert_msg (act[k].remove, "free %d kept", (k));			\
    ck_assert_int_eq (act[k].clobber, (c));				\
  } while (0)

#define expect_kept(k)							\
  do {									\
    ck_assert_msg (!act[k].remove, "free %d removed", (k));		\
    ck_assert_int_eq (act[k].clobber, -1);				\
  } while (0)

/* Reasons a site stays, each alone.  */

START_TEST (test_transform_moves_local)
{
  /* p = malloc (16); use (*p): nothing keeps it on the heap.  */
  begin ();
  int a = site ("a", 16);
  ptr ("p", a);
  plan ();
  ck_assert (!esc_escapes (g, sites[a].loc));
  expect (a, ESC_MOVED);
}
END_TEST

/* Families: an object's free is deleted only by its own family's
   deallocator; a free of another family keeps it (and the free).  */
START_TEST (test_transform_foreign_free)
{
  begin ();
  int a = site ("a", 16), b = site ("b", 16);
  sites[a].family = 3;
  sites[b].family = 3;
  int fa = esc_free_new_in (g, ptr ("p", a), ESC_FREE_HERE, 3);
  int fb = esc_free_new_in (g, ptr ("q", b), ESC_FREE_HERE, 0);
  plan ();
  expect (a, ESC_MOVED);
  expect_removed (fa, sites[a].loc);
  expect (b, ESC_STAY_FOREIGN_FREE);
  expect_kept (fb);
  ck_assert_int_eq (esc_free_family (g, fa), 3);
  ck_assert_str_eq (esc_move_reason_code (ESC_STAY_FOREIGN_FREE),
		    "foreign-free");
}
END_TEST

/* What else keeps an escaping site on the heap ("blocked"): nothing for
   one only its escape keeps; "returned" for one its function hands to the
   caller (through the result, or held by such an object, or stored in the
   caller's object) whatever else it reaches; else the first local reason;
   nothing for a site that does not escape.  */
START_TEST (test_transform_blocked)
{
  begin ();
  int a = site ("a", 16), b = site ("b", 16), c = site ("c", 16);
  int d = site ("d", 16), e = site ("e", 1000), f = site ("f", 16);
  int h = site ("h", 16);
  sites[d].movable_kind = false;	/* strdup */
  esc_flow (g, ESC_LOC_HEAP, ptr ("p", a), 0, ESC_NO_NOTE);
  /* return b, and b passed to the heap too: two routes.  */
  esc_loc pb = ptr ("pb", b);
  esc_flow (g, ESC_LOC_RESULT, pb, 0, ESC_NO_NOTE);
  esc_flow (g, ESC_LOC_HEAP, pb, 0, ESC_NO_NOTE);
  /* b->x = c: handed over inside b.  */
  esc_flow (g, sites[b].loc, ptr ("pc", c), 0, ESC_NO_NOTE);
  esc_flow (g, ESC_LOC_HEAP, ptr ("pd", d), 0, ESC_NO_NOTE);
  esc_flow (g, ESC_LOC_HEAP, ptr ("pe", e), 0, ESC_NO_NOTE);
  ptr ("pf", f);
  /* return *global, and a stored into the heap: not handed over.  */
  esc_flow (g, ESC_LOC_RESULT, heap_ptr ("gv"), 0, ESC_NO_NOTE);
  /* *out = h.  */
  esc_loc out = esc_param_new (g, "out", 0, ut_pos);
  esc_flow (g, esc_param_content (g, out), ptr ("ph", h), 0, ESC_NO_NOTE);
  plan ();
  expect (a, ESC_STAY_ESCAPES);
  ck_assert_int_eq (sites[a].blocked, ESC_MOVED);
  expect (b, ESC_STAY_ESCAPES);
  ck_assert_int_eq (sites[b].blocked, ESC_STAY_RETURNED);
  ck_assert_int_eq (sites[c].blocked, ESC_STAY_RETURNED);
  ck_assert_int_eq (sites[d].blocked, ESC_STAY_KIND);
  ck_assert_int_eq (sites[e].blocked, ESC_STAY_TOO_LARGE);
  expect (f, ESC_MOVED);
  ck_assert_int_eq (sites[f].blocked, ESC_MOVED);
  ck_assert (esc_escapes (g, sites[h].loc));
  ck_assert_int_eq (sites[h].blocked, ESC_STAY_RETURNED);
  ck_assert_str_eq (esc_move_reason_code (ESC_STAY_RETURNED), "returned");
  ck_assert_str_eq (esc_move_reason_code (ESC_STAY_WRAPPER), "wrapper");
}
END_TEST

/* Routes: "g1 = p; g2 = p" are two statements (one edge, deduplicated,
   that remembers both); "g1 = p; q = g1; g2 = q" is one, as what comes
   back out of the heap got there by the first.  */
START_TEST (test_transform_routes)
{
  begin ();
  int a = site ("a", 16), b = site ("b", 16);
  esc_pos p1 = ut_pos, p2 = ut_pos, p3 = ut_pos;
  p1.line = 1, p2.line = 2, p3.line = 3;
  esc_loc pa = ptr ("pa", a);
  esc_flow (g, ESC_LOC_HEAP, pa, 0, esc_note_new (g, "g1 = pa", "assign", p1));
  esc_flow (g, ESC_LOC_HEAP, pa, 0, esc_note_new (g, "g2 = pa", "assign", p2));
  esc_loc pb = ptr ("pb", b);
  esc_flow (g, ESC_LOC_HEAP, pb, 0, esc_note_new (g, "g1 = pb", "assign", p1));
  esc_loc q = heap_ptr ("q");
  esc_flow (g, ESC_LOC_HEAP, q, 0, esc_note_new (g, "g2 = q", "assign", p3));
  plan ();
  esc_note r[4];
  ck_assert_int_eq (esc_sink_routes (g, sites[a].loc, r, 4), 2);
  ck_assert_int_eq (sites[a].blocked, ESC_STAY_ROUTES);
  ck_assert_int_eq (esc_sink_routes (g, sites[b].loc, r, 4), 1);
  ck_assert_int_eq (sites[b].blocked, ESC_MOVED);
  expect (a, ESC_STAY_ESCAPES);
  expect (b, ESC_STAY_ESCAPES);
}
END_TEST

START_TEST (test_transform_no_sites)
{
  /* A function without sites, with a free of its parameter: nothing to
     move, the free stays.  */
  begin ();
  esc_loc p = esc_param_new (g, "p", 0, ut_pos);
  int f = free_here (p);
  plan ();
  expect_kept (f);
}
END_TEST

START_TEST (test_transform_escapes)
{
  /* g = a stays; b beside it moves.  */
  begin ();
  int a = site ("a", 16), b = site ("b", 16);
  esc_flow (g, ESC_LOC_HEAP, ptr ("p", a), 0, ESC_NO_NOTE);
  ptr ("q", b);
  plan ();
  ck_assert (ut_escapes_for_real (g, sites[a].loc));
  expect (a, ESC_STAY_ESCAPES);
  expect (b, ESC_MOVED);
}
END_TEST

START_TEST (test_transform_escapes_by_result)
{
  /* return a.  */
  begin ();
  int a = site ("a", 16);
  esc_flow (g, ESC_LOC_RESULT, ptr ("p", a), 0, ESC_NO_NOTE);
  plan ();
  expect (a, ESC_STAY_ESCAPES);
}
END_TEST

START_TEST (test_transform_loop)
{
  /* for (;;) { a = malloc (16); last = a; } with last outside the loop:
     a outlives its iteration, and one slot cannot serve them all.  b, used
     only inside its iteration, moves.  */
  begin ();
  int a = site_at ("a", 1, 16), b = site_at ("b", 1, 16);
  ut_addr (g, "last", sites[a].loc, 0);
  ut_addr (g, "q", sites[b].loc, 1);
  plan ();
  ck_assert (esc_escapes_by_loop (g, sites[a].loc));
  expect (a, ESC_STAY_LOOP);
  expect (b, ESC_MOVED);
}
END_TEST

START_TEST (test_transform_kind)
{
  /* strdup, realloc: not malloc, calloc or aligned_alloc.  */
  begin ();
  int a = site ("a", 16), b = site ("b", 16);
  sites[a].movable_kind = false;
  plan ();
  expect (a, ESC_STAY_KIND);
  expect (b, ESC_MOVED);
}
END_TEST

START_TEST (test_transform_throws)
{
  begin ();
  int a = site ("a", 16), b = site ("b", 16);
  sites[a].can_throw = true;
  plan ();
  expect (a, ESC_STAY_THROWS);
  expect (b, ESC_MOVED);
}
END_TEST

START_TEST (test_transform_nonconstant)
{
  begin ();
  int a = site ("a", -1), b = site ("b", 1);
  plan ();
  expect (a, ESC_STAY_NONCONSTANT);
  expect (b, ESC_MOVED);
}
END_TEST

START_TEST (test_transform_too_large)
{
  /* max-size is the largest size moved, itself included.  */
  begin ();
  int a = site ("a", 257), b = site ("b", 256);
  lim.frame_budget = 4096;
  plan ();
  expect (a, ESC_STAY_TOO_LARGE);
  expect (b, ESC_MOVED);
}
END_TEST

START_TEST (test_transform_max_size_zero)
{
  /* max-size=0 moves nothing: malloc (0) does not move either.  */
  begin ();
  int a = site ("a", 1), b = site ("b", 0);
  lim.max_size = 0;
  plan ();
  expect (a, ESC_STAY_TOO_LARGE);
  expect (b, ESC_STAY_ZERO_SIZE);
}
END_TEST

START_TEST (test_transform_too_aligned)
{
  /* The stack gives up to max_align, itself included.  */
  begin ();
  int a = site ("a", 16), b = site ("b", 16);
  sites[a].align = 8192;
  sites[b].align = 4096;
  lim.frame_budget = 65536;
  plan ();
  expect (a, ESC_STAY_TOO_ALIGNED);
  expect (b, ESC_MOVED);
}
END_TEST

START_TEST (test_transform_recursive)
{
  /* Every site of a function that may re-enter itself stays; in the same
     graph without recursion they move.  */
  for (int rec = 0; rec < 2; rec++)
    {
      begin ();
      int a = site ("a", 16), b = site ("b", 8);
      lim.recursive = rec != 0;
      int f = free_here (ptr ("p", a));
      plan ();
      expect (a, rec ? ESC_STAY_RECURSIVE : ESC_MOVED);
      expect (b, rec ? ESC_STAY_RECURSIVE : ESC_MOVED);
      if (rec)
	expect_kept (f);
      else
	expect_removed (f, sites[a].loc);
    }
}
END_TEST

START_TEST (test_transform_first_reason_kept)
{
  /* A site that stays for several reasons reports the first: escaping
     beats the realloc that may receive it, being too large beats the free
     shared with the heap (and is not overwritten by it).  */
  begin ();
  int a = site ("a", 16), b = site ("b", 1000);
  esc_loc pa = ptr ("pa", a);
  esc_flow (g, ESC_LOC_HEAP, pa, 0, ESC_NO_NOTE);
  esc_free_new (g, pa, ESC_FREE_REALLOC);
  free_here (either ("x", ptr ("pb", b), heap_ptr ("h")));
  plan ();
  expect (a, ESC_STAY_ESCAPES);
  expect (b, ESC_STAY_TOO_LARGE);
}
END_TEST

/* realloc and callees that free.  */

START_TEST (test_transform_realloc)
{
  /* p = malloc (16); q = realloc (p, 32); free (q).  realloc's own site
     is not movable; p may be freed by realloc, so it stays, and free (q),
     which may receive either, stays.  b with its own free moves.  */
  begin ();
  int a = site ("a", 16), r = site ("r", 32), b = site ("b", 16);
  sites[r].movable_kind = false;
  esc_loc p = ptr ("p", a);
  int fr = esc_free_new (g, p, ESC_FREE_REALLOC);
  esc_loc q = either ("q", ptr ("rv", r), p);
  int fq = free_here (q);
  int fb = free_here (ptr ("pb", b));
  plan ();
  ck_assert (!esc_escapes (g, sites[a].loc));
  expect (a, ESC_STAY_REALLOC);
  expect (r, ESC_STAY_KIND);
  expect (b, ESC_MOVED);
  expect_kept (fr);
  expect_kept (fq);
  expect_removed (fb, sites[b].loc);
}
END_TEST

START_TEST (test_transform_realloc_through_load)
{
  /* box = malloc; *box = a; realloc (*box, n): realloc receives a (what
     the loaded pointer points to), not the box.  */
  begin ();
  int a = site ("a", 16), box = site ("box", 8);
  esc_loc pbox = ptr ("pbox", box);
  esc_store (g, pbox, ptr ("pa", a), 0, ESC_NO_NOTE);
  esc_loc t = ut_val (g, "t", 0);
  esc_flow (g, t, pbox, 1, ESC_NO_NOTE);
  esc_free_new (g, t, ESC_FREE_REALLOC);
  plan ();
  expect (a, ESC_STAY_REALLOC);
  expect (box, ESC_MOVED);
}
END_TEST

static const esc_summary *
only_summary (void *ctx, int callee)
{
  return callee == 0 ? ctx : NULL;
}

START_TEST (test_transform_callee_frees_through_container)
{
  /* c = malloc (8); a = malloc (16); c->p = a; h (c); with h's summary
     freeing what its parameter reaches, and leaking nothing: the call
     makes a free site of the callee kind, whose reach takes in both the
     container and what it holds.  b, not reachable from c, moves.  With
     h freeing nothing, all three move.  */
  for (int frees = 0; frees < 2; frees++)
    {
      begin ();
      int c = site ("c", 8), a = site ("a", 16), b = site ("b", 16);
      esc_loc pc = ptr ("pc", c);
      esc_store (g, pc, ptr ("pa", a), 0, ESC_NO_NOTE);
      ptr ("pb", b);
      esc_summary *h = ut_summary ("h", 1);
      h->frees[0] = frees != 0;
      int call = esc_call_new (g, 0, "h", 1, ESC_NO_NOTE);
      esc_call_arg (g, call, 0, pc);
      esc_solve_with (g, only_summary, h);
      ck_assert (!esc_escapes (g, sites[a].loc));
      ck_assert (!esc_escapes (g, sites[c].loc));
      ck_assert_int_eq (esc_free_count (g), frees);
      if (frees)
	{
	  ck_assert_int_eq (esc_free_kind_of (g, 0), ESC_FREE_CALLEE);
	  ck_assert_int_eq (esc_free_arg (g, 0), pc);
	}
      plan_solved ();
      expect (c, frees ? ESC_STAY_FREED_BY_CALLEE : ESC_MOVED);
      expect (a, frees ? ESC_STAY_FREED_BY_CALLEE : ESC_MOVED);
      expect (b, ESC_MOVED);
      if (frees)
	expect_kept (0);
    }
}
END_TEST

START_TEST (test_transform_callee_free_two_levels)
{
  /* A callee free site made by hand, two containers deep: outer holds
     inner, inner holds a.  */
  begin ();
  int outer = site ("outer", 8), inner = site ("inner", 8);
  int a = site ("a", 16);
  esc_loc po = ptr ("po", outer), pi = ptr ("pi", inner);
  esc_store (g, pi, ptr ("pa", a), 0, ESC_NO_NOTE);
  esc_store (g, po, pi, 0, ESC_NO_NOTE);
  int f = esc_free_new (g, po, ESC_FREE_CALLEE);
  plan ();
  expect (outer, ESC_STAY_FREED_BY_CALLEE);
  expect (inner, ESC_STAY_FREED_BY_CALLEE);
  expect (a, ESC_STAY_FREED_BY_CALLEE);
  expect_kept (f);
}
END_TEST

START_TEST (test_transform_callee_free_bytes_only)
{
  /* st holds a copy of t's bytes (st <- pt, derefs 1: a load through t),
     not t's address; a callee frees what st points to and on.  t may
     move: reaching it over the load's edge, whatever the derefs, took
     the bytes for the object (MuJS's js_concat stayed on the heap).  */
  begin ();
  int st = site ("st", 16), t = site ("t", 16);
  esc_loc pst = ptr ("pst", st), pt = ptr ("pt", t);
  esc_store (g, pst, pt, 1, ESC_NO_NOTE);
  int f = esc_free_new (g, pst, ESC_FREE_CALLEE);
  plan ();
  expect (st, ESC_STAY_FREED_BY_CALLEE);
  expect (t, ESC_MOVED);
  expect_kept (f);
}
END_TEST

START_TEST (test_transform_free_here_not_reach)
{
  /* free (c) where c holds a: only c is freed, a may still move.  The
     free receives c alone, which stays for being too large.  */
  begin ();
  int c = site ("c", 1000), a = site ("a", 16);
  esc_loc pc = ptr ("pc", c);
  esc_store (g, pc, ptr ("pa", a), 0, ESC_NO_NOTE);
  int f = free_here (pc);
  plan ();
  expect (c, ESC_STAY_TOO_LARGE);
  expect (a, ESC_MOVED);
  expect_kept (f);
}
END_TEST

/* Frees shared with objects that stay: guarded, they release what is
   not a slot, so the moved objects move anyway.  */

/* Free K is guarded against exactly the sites listed (-1 ends).  */
static void
expect_guarded_by (int k, const int *want)
{
  ck_assert_msg (!act[k].remove, "free %d removed", k);
  int n = 0;
  for (; want[n] >= 0; n++)
    {
      bool found = false;
      for (int j = 0; j < act[k].nguards; j++)
	found |= act[k].guards[j] == sites[want[n]].loc;
      ck_assert_msg (found, "free %d: site %d not among its guards", k,
		     want[n]);
    }
  ck_assert_int_eq (act[k].nguards, n);
}

START_TEST (test_transform_shared_with_heap)
{
  /* p = c ? a : global; free (p): a moves, and the free releases p only
     when it is not a's slot.  */
  begin ();
  int a = site ("a", 16);
  int f = free_here (either ("p", ptr ("pa", a), heap_ptr ("h")));
  plan ();
  expect (a, ESC_MOVED);
  expect_guarded_by (f, (int[]) { a, -1 });
}
END_TEST

START_TEST (test_transform_shared_with_param)
{
  /* f (q) { p = c ? a : q; free (p); }: the caller's object is heap.  */
  begin ();
  esc_loc q = esc_param_new (g, "q", 0, ut_pos);
  int a = site ("a", 16);
  int f = free_here (either ("p", ptr ("pa", a), q));
  plan ();
  expect (a, ESC_MOVED);
  expect_guarded_by (f, (int[]) { a, -1 });
}
END_TEST

START_TEST (test_transform_shared_with_unlisted_alloc)
{
  /* An allocation the pass did not list as a site is not a moved one.  */
  begin ();
  int a = site ("a", 16);
  esc_loc x = ut_alloc (g, "x", 0);
  int f = free_here (either ("p", ptr ("pa", a), ut_addr (g, "px", x, 0)));
  plan ();
  expect (a, ESC_MOVED);
  expect_guarded_by (f, (int[]) { a, -1 });
}
END_TEST

START_TEST (test_transform_shared_with_staying_site)
{
  /* p = c ? a : b; free (p), with b too large: a moves, the free guards
     it.  The same graph with b small moves both and deletes the free.  */
  for (int big = 0; big < 2; big++)
    {
      begin ();
      int a = site ("a", 16), b = site ("b", big ? 1000 : 16);
      int f = free_here (either ("p", ptr ("pa", a), ptr ("pb", b)));
      plan ();
      expect (b, big ? ESC_STAY_TOO_LARGE : ESC_MOVED);
      expect (a, ESC_MOVED);
      if (big)
	expect_guarded_by (f, (int[]) { a, -1 });
      else
	expect_removed (f, -1);
    }
}
END_TEST

START_TEST (test_transform_shared_with_realloc_site)
{
  /* a may reach a realloc the GCC layer cannot rewrite: a stays; free (c
     ? a : b) guards b.  A realloc it can rewrite grows a's slot into a
     new block (guarded by a), and the free, which then receives only
     slots, goes.  */
  for (int rewritable = 0; rewritable < 2; rewritable++)
    {
      begin ();
      int a = site ("a", 16), b = site ("b", 16);
      esc_loc pa = ptr ("pa", a);
      int r = esc_free_new (g, pa, ESC_FREE_REALLOC);
      if (rewritable)
	esc_free_set_guardable (g, r);
      int f = free_here (either ("p", pa, ptr ("pb", b)));
      plan ();
      expect (a, rewritable ? ESC_MOVED : ESC_STAY_REALLOC);
      expect (b, ESC_MOVED);
      if (rewritable)
	{
	  expect_removed (f, -1);
	  /* It only ever receives a's slot: the growth replaces it.  */
	  ck_assert (act[r].remove);
	  ck_assert_int_eq (act[r].nguards, 1);
	  ck_assert_int_eq (act[r].guards[0], sites[a].loc);
	}
      else
	expect_guarded_by (f, (int[]) { b, -1 });
    }
}
END_TEST

START_TEST (test_transform_realloc_room)
{
  /* a (16 bytes) reaches a realloc that can grow it: its slot gets
     slot-size bytes, to grow in place, counted in the budget.  b (16)
     escapes only as realloc's new block: no room (every realloc gives it
     a new block).  c (100) is already larger than the slot.  Without a
     slot size, a keeps its 16 bytes.  */
  for (int slots = 0; slots < 2; slots++)
    {
      begin ();
      lim.slot_size = slots ? 64 : 0;
      lim.frame_budget = 1024;
      int a = site ("a", 16), b = site ("b", 16), c = site ("c", 100);
      sites[b].escapes_as_block = true;
      int ra = esc_free_new (g, ptr ("pa", a), ESC_FREE_REALLOC);
      int rb = esc_free_new (g, ptr ("pb", b), ESC_FREE_REALLOC);
      int rc = esc_free_new (g, ptr ("pc", c), ESC_FREE_REALLOC);
      esc_free_set_guardable (g, ra);
      esc_free_set_guardable (g, rb);
      esc_free_set_guardable (g, rc);
      plan ();
      expect (a, ESC_MOVED);
      expect (b, ESC_MOVED);
      expect (c, ESC_MOVED);
      ck_assert_int_eq (sites[a].capacity, slots ? 64 : 16);
      ck_assert (!sites[a].guarded);
      ck_assert_int_eq (sites[b].capacity, 16);
      ck_assert_int_eq (sites[c].capacity, 100);
    }
  /* The room counts against the budget: 64 + 64 > 100.  */
  begin ();
  lim.slot_size = 64;
  lim.frame_budget = 100;
  int a = site ("a", 16), b = site ("b", 16);
  esc_free_set_guardable (g, esc_free_new (g, ptr ("pa", a),
					   ESC_FREE_REALLOC));
  esc_free_set_guardable (g, esc_free_new (g, ptr ("pb", b),
					   ESC_FREE_REALLOC));
  plan ();
  expect (a, ESC_MOVED);
  expect (b, ESC_STAY_BUDGET);
}
END_TEST

START_TEST (test_transform_owned)
{
  /* A recursive or re-entered function that can take owned slots: its
     sites move, owned and guarded (another activation's object is a heap
     block), so their frees are guarded, never deleted; the budget still
     counts them.  A function a recursive one calls keeps fixed slots (the
     GCC layer keeps it out of line), unless it is always_inline
     (recursive_caller set).  */
  for (int why = 0; why < 3; why++)
    {
      begin ();
      lim.owned_ok = true;
      lim.frame_budget = 32;
      lim.recursive = why == 0;
      lim.reentry = why == 1;
      lim.recursive_caller = why == 2;
      int a = site ("a", 16), b = site ("b", 8), c = site ("c", 16);
      int f = free_here (ptr ("p", a));
      plan ();
      if (why == 2)
	{
	  expect (a, ESC_STAY_RECURSIVE_CALLER);
	  expect (b, ESC_STAY_RECURSIVE_CALLER);
	  continue;
	}
      expect (a, ESC_MOVED);
      expect (b, ESC_MOVED);
      expect (c, ESC_STAY_BUDGET);
      ck_assert (sites[a].owned && sites[a].guarded);
      ck_assert_int_eq (sites[a].capacity, 16);
      ck_assert (!sites[c].owned && !sites[c].guarded);
      expect_guarded_by (f, (int[]) { a, -1 });
    }
  /* Without owned slots: the old reasons.  */
  begin ();
  lim.recursive = true;
  int d = site ("d", 16);
  plan ();
  expect (d, ESC_STAY_RECURSIVE);
  ck_assert_str_eq (esc_move_reason_code (ESC_STAY_RECURSIVE), "recursive");
  /* Its cycle has its owned copies already (the GCC layer counts them):
     a reason of its own.  */
  begin ();
  lim.recursive = lim.cycle_full = true;
  d = site ("d", 16);
  plan ();
  expect (d, ESC_STAY_CYCLE_COPIES);
  ck_assert_str_eq (esc_move_reason_code (ESC_STAY_CYCLE_COPIES),
		    "cycle-copies");
  ck_assert_ptr_nonnull (strstr (esc_move_reason_text
				 (ESC_STAY_CYCLE_COPIES), "(64)"));
  /* Not recursive: a plain slot.  */
  begin ();
  lim.owned_ok = true;
  int a = site ("a", 16);
  plan ();
  expect (a, ESC_MOVED);
  ck_assert (!sites[a].owned && !sites[a].guarded);
}
END_TEST

START_TEST (test_transform_pool)
{
  /* The same with pools: a gets a pool of slots, one per allocation, as
     many as the budget left after the other sites holds (1024 - 16: 63 of
     16 bytes), at most pool-slots; its free is guarded.  */
  for (int max = 0; max < 3; max++)
    {
      begin ();
      lim.pool_slots = max == 0 ? 0 : max == 1 ? 8 : 1000;
      int a = site_at ("a", 1, 16), b = site_at ("b", 1, 16);
      esc_loc last = ut_addr (g, "last", sites[a].loc, 0);
      ut_addr (g, "q", sites[b].loc, 1);
      int f = free_here (last);
      plan ();
      expect (a, max == 0 ? ESC_STAY_LOOP : ESC_MOVED);
      expect (b, ESC_MOVED);
      ck_assert_int_eq (sites[a].pool, max == 0 ? 0 : max == 1 ? 8 : 63);
      ck_assert_int_eq (sites[b].pool, 0);
      if (max)
	{
	  ck_assert (sites[a].guarded);
	  ck_assert_int_eq (sites[a].capacity, 16);
	  expect_guarded_by (f, (int[]) { a, -1 });
	}
    }
  /* No budget left: it stays.  */
  begin ();
  lim.pool_slots = 8;
  lim.frame_budget = 16;
  int a = site_at ("a", 1, 16), b = site ("b", 16);
  ut_addr (g, "last", sites[a].loc, 0);
  plan ();
  expect (b, ESC_MOVED);
  expect (a, ESC_STAY_BUDGET);
  ck_assert_int_eq (sites[a].pool, 0);
}
END_TEST

START_TEST (test_transform_pool_only_frees)
{
  /* A free of a pool's objects only is pool_only; one that may also get
     a fixed slot, a heap object, a variable size's pool, or a pool that a
     realloc may grow, is not.  */
  begin ();
  lim.pool_slots = 8;
  lim.slot_size = 64;
  int a = site_at ("a", 1, 16), b = site_at ("b", 1, 16);
  int c = site ("c", 16), v = site_at ("v", 1, -1);
  sites[v].guardable = true;
  int r = site_at ("r", 1, 16);
  ut_addr (g, "last_a", sites[a].loc, 0);
  ut_addr (g, "last_b", sites[b].loc, 0);
  ut_addr (g, "last_v", sites[v].loc, 0);
  ut_addr (g, "last_r", sites[r].loc, 0);
  int fa = free_here (ptr ("pa", a));
  int fab = free_here (either ("pab", ptr ("qa", a), ptr ("qb", b)));
  int fac = free_here (either ("pac", ptr ("ra", a), ptr ("pc", c)));
  int fah = free_here (either ("pah", ptr ("sa", a), heap_ptr ("h")));
  int fv = free_here (ptr ("pv", v));
  int fr = free_here (ptr ("pr", r));
  esc_free_set_guardable (g, esc_free_new (g, ptr ("qr", r),
					   ESC_FREE_REALLOC));
  plan ();
  for (int i = 0; i < nsites; i++)
    if (i != c)
      ck_assert_msg (sites[i].reason == ESC_MOVED && sites[i].pool > 0,
		     "site %d not in a pool", i);
  ck_assert (act[fa].pool_only);
  ck_assert (act[fab].pool_only);
  ck_assert (!act[fac].pool_only);
  ck_assert (!act[fah].pool_only);
  ck_assert (!act[fv].pool_only);
  ck_assert (!act[fr].pool_only);
  /* An owned pool (a recursive function's) is the heap in every other
     activation: not pool_only.  */
  begin ();
  lim.pool_slots = 8;
  lim.recursive = lim.owned_ok = true;
  int o = site_at ("o", 1, 16);
  ut_addr (g, "last_o", sites[o].loc, 0);
  int fo = free_here (ptr ("po", o));
  plan ();
  expect (o, ESC_MOVED);
  ck_assert (sites[o].owned && sites[o].pool > 0);
  ck_assert (!act[fo].pool_only);
}
END_TEST

START_TEST (test_transform_guards_per_free)
{
  /* Frees f1 (a or b), f2 (b or c), f3 (c or d); d stays (it may throw).
     a and b share f1 only with each other: deleted.  f2 may get b or c,
     both moved: deleted.  f3 may get d's heap block: guarded by c.  e,
     beside them with its own free, moves.  */
  begin ();
  int a = site ("a", 16), b = site ("b", 16), c = site ("c", 16);
  int d = site ("d", 16), e = site ("e", 16);
  sites[d].can_throw = true;
  esc_loc pa = ptr ("pa", a), pb = ptr ("pb", b), pc = ptr ("pc", c);
  esc_loc pd = ptr ("pd", d);
  int f1 = free_here (either ("x1", pa, pb));
  int f2 = free_here (either ("x2", pb, pc));
  int f3 = free_here (either ("x3", pc, pd));
  int fe = free_here (ptr ("pe", e));
  plan ();
  expect (d, ESC_STAY_THROWS);
  expect (c, ESC_MOVED);
  expect (b, ESC_MOVED);
  expect (a, ESC_MOVED);
  expect (e, ESC_MOVED);
  expect_removed (f1, -1);
  expect_removed (f2, -1);
  expect_guarded_by (f3, (int[]) { c, -1 });
  expect_removed (fe, sites[e].loc);
}
END_TEST

START_TEST (test_transform_guarded_site)
{
  /* malloc (n), with a slot size: moved, guarded, the slot's bytes
     against the budget; its free is guarded (n may be large: the heap).
     Without a slot size, or not guardable: a non-constant size.  */
  begin ();
  lim.slot_size = 64;
  lim.frame_budget = 100;
  int a = site ("a", -1), b = site ("b", -1), c = site ("c", -1);
  sites[a].guardable = sites[b].guardable = true;
  int fa = free_here (ptr ("pa", a));
  plan ();
  expect (a, ESC_MOVED);
  ck_assert (sites[a].guarded);
  ck_assert_int_eq (sites[a].capacity, 64);
  expect (b, ESC_STAY_BUDGET);
  ck_assert (!sites[b].guarded);
  expect (c, ESC_STAY_NONCONSTANT);
  expect_guarded_by (fa, (int[]) { a, -1 });

  begin ();
  int d = site ("d", -1);
  sites[d].guardable = true;
  plan ();
  expect (d, ESC_STAY_NONCONSTANT);
}
END_TEST

START_TEST (test_transform_guarded_kept_free)
{
  /* A deallocator whose result is used cannot be guarded: what it may
     receive stays, guarded or not.  */
  begin ();
  lim.slot_size = 64;
  int a = site ("a", -1);
  sites[a].guardable = true;
  int f = free_here (ptr ("pa", a));
  esc_free_pin (g, f);
  plan ();
  expect (a, ESC_STAY_KEPT_FREE);
  expect_kept (f);
}
END_TEST

START_TEST (test_transform_budget_in_order)
{
  /* Budget 64, three sites of 32: the first two fit, exactly.  */
  begin ();
  int a = site ("a", 32), b = site ("b", 32), c = site ("c", 32);
  lim.frame_budget = 64;
  plan ();
  expect (a, ESC_MOVED);
  expect (b, ESC_MOVED);
  expect (c, ESC_STAY_BUDGET);
}
END_TEST

START_TEST (test_transform_budget_rounds_to_alignment)
{
  /* malloc (1) takes a 16-byte slot: with a budget of 31, a second
     malloc (16) no longer fits (16 + 16), though 1 + 16 bytes would.  */
  begin ();
  int a = site ("a", 1), b = site ("b", 16);
  lim.frame_budget = 31;
  plan ();
  expect (a, ESC_MOVED);
  expect (b, ESC_STAY_BUDGET);
}
END_TEST

START_TEST (test_transform_budget_rounds_big_alignment)
{
  /* aligned_alloc (64, 8) takes 64 bytes: after it, 8 more of 16-aligned
     malloc do not fit in 72.  With a budget of 80 they do.  */
  for (int budget = 72; budget <= 80; budget += 8)
    {
      begin ();
      int a = site ("a", 8), b = site ("b", 8);
      sites[a].align = 64;
      lim.frame_budget = budget;
      plan ();
      expect (a, ESC_MOVED);
      expect (b, budget == 80 ? ESC_MOVED : ESC_STAY_BUDGET);
    }
}
END_TEST

START_TEST (test_transform_budget_no_alignment)
{
  /* An alignment of 0 counts as 1: 5 + 5 bytes fit in 10.  */
  begin ();
  int a = site ("a", 5), b = site ("b", 5);
  sites[a].align = sites[b].align = 0;
  lim.frame_budget = 10;
  plan ();
  expect (a, ESC_MOVED);
  expect (b, ESC_MOVED);
}
END_TEST

START_TEST (test_transform_budget_later_small_fits)
{
  /* Budget 100: 64 fits, the next 64 does not, the 32 after it still
     does (64 + 32).  */
  begin ();
  int a = site ("a", 64), b = site ("b", 64), c = site ("c", 32);
  lim.frame_budget = 100;
  plan ();
  expect (a, ESC_MOVED);
  expect (b, ESC_STAY_BUDGET);
  expect (c, ESC_MOVED);
}
END_TEST

START_TEST (test_transform_budget_skips_staying_sites)
{
  /* A site that stays for another reason takes no budget: the escaping
     64 bytes before them leave room for b and c.  */
  begin ();
  int x = site ("x", 64), b = site ("b", 32), c = site ("c", 32);
  esc_flow (g, ESC_LOC_HEAP, ptr ("px", x), 0, ESC_NO_NOTE);
  lim.frame_budget = 64;
  plan ();
  expect (x, ESC_STAY_ESCAPES);
  expect (b, ESC_MOVED);
  expect (c, ESC_MOVED);
}
END_TEST

START_TEST (test_transform_budget_zero)
{
  /* frame-budget=0 moves nothing that takes a byte.  */
  begin ();
  int a = site ("a", 1);
  lim.frame_budget = 0;
  plan ();
  expect (a, ESC_STAY_BUDGET);
}
END_TEST

START_TEST (test_transform_budget_then_shared_free)
{
  /* free (c ? a : b), budget 48: a (32) fits, b (32) does not, so the
     free may receive heap memory: a moves, and the free guards it.  */
  begin ();
  int a = site ("a", 32), b = site ("b", 32);
  lim.frame_budget = 48;
  int f = free_here (either ("p", ptr ("pa", a), ptr ("pb", b)));
  plan ();
  expect (b, ESC_STAY_BUDGET);
  expect (a, ESC_MOVED);
  expect_guarded_by (f, (int[]) { a, -1 });
}
END_TEST

START_TEST (test_transform_zero_size_stays)
{
  /* malloc (0) returns a unique pointer to no bytes: no slot is that
     (a one-byte slot changes __builtin_object_size's answer), so it stays
     and takes no budget: a one-byte site after it still fits 16.  */
  begin ();
  int a = site ("a", 0), b = site ("b", 1);
  lim.frame_budget = 16;
  plan ();
  expect (a, ESC_STAY_ZERO_SIZE);
  expect (b, ESC_MOVED);
}
END_TEST

/* What becomes of the frees.  */

START_TEST (test_transform_free_one_moved_site)
{
  /* p = malloc (16); free (p): deleted, and it ends p's object.  */
  begin ();
  int a = site ("a", 16);
  int f = free_here (ptr ("p", a));
  plan ();
  expect (a, ESC_MOVED);
  expect_removed (f, sites[a].loc);
}
END_TEST

START_TEST (test_transform_free_two_moved_sites)
{
  /* free (c ? a : b), both moved: deleted, but no one object ends.  */
  begin ();
  int a = site ("a", 16), b = site ("b", 16);
  int f = free_here (either ("p", ptr ("pa", a), ptr ("pb", b)));
  plan ();
  expect (a, ESC_MOVED);
  expect (b, ESC_MOVED);
  expect_removed (f, -1);
}
END_TEST

START_TEST (test_transform_free_twice)
{
  /* Two frees of the same moved object (on two paths): both deleted.  */
  begin ();
  int a = site ("a", 16);
  esc_loc p = ptr ("p", a);
  int f1 = free_here (p);
  int f2 = free_here (p);
  plan ();
  expect (a, ESC_MOVED);
  expect_removed (f1, sites[a].loc);
  expect_removed (f2, sites[a].loc);
}
END_TEST

START_TEST (test_transform_free_nothing_known)
{
  /* free (p) with p pointing to nothing the graph knows of: kept.  So is
     a free of a global.  */
  begin ();
  int a = site ("a", 16);
  ptr ("pa", a);
  int f1 = free_here (ut_val (g, "p", 0));
  int f2 = free_here (heap_ptr ("h"));
  plan ();
  expect (a, ESC_MOVED);
  expect_kept (f1);
  expect_kept (f2);
}
END_TEST

START_TEST (test_transform_free_of_staying_site)
{
  /* free (p) of an object that stays (too large): kept.  */
  begin ();
  int a = site ("a", 300);
  int f = free_here (ptr ("p", a));
  plan ();
  expect (a, ESC_STAY_TOO_LARGE);
  expect_kept (f);
}
END_TEST

START_TEST (test_transform_other_free_kinds_kept)
{
  /* realloc's and a callee's free sites are never deleted.  */
  begin ();
  int a = site ("a", 16), b = site ("b", 16);
  int fr = esc_free_new (g, ptr ("pa", a), ESC_FREE_REALLOC);
  int fc = esc_free_new (g, ptr ("pb", b), ESC_FREE_CALLEE);
  plan ();
  expect (a, ESC_STAY_REALLOC);
  expect (b, ESC_STAY_FREED_BY_CALLEE);
  expect_kept (fr);
  expect_kept (fc);
}
END_TEST

/* Reason texts.  */

START_TEST (test_transform_reason_texts)
{
  const esc_move_reason all[] = {
    ESC_MOVED, ESC_STAY_ESCAPES, ESC_STAY_KIND, ESC_STAY_NONCONSTANT,
    ESC_STAY_TOO_LARGE, ESC_STAY_TOO_ALIGNED, ESC_STAY_LOOP,
    ESC_STAY_REALLOC, ESC_STAY_FREED_BY_CALLEE, ESC_STAY_SHARED_FREE,
    ESC_STAY_RECURSIVE, ESC_STAY_BUDGET, ESC_STAY_THROWS,
    ESC_STAY_REENTRY, ESC_STAY_BAD_ALIGN, ESC_STAY_RECURSIVE_CALLER,
    ESC_STAY_FOREIGN_FREE, ESC_STAY_ATTRIBUTE, ESC_STAY_KEPT_FREE,
    ESC_STAY_ZERO_SIZE, ESC_STAY_LTO_INLINE
  };
  const int n = sizeof all / sizeof all[0];
  ck_assert_int_eq (n, ESC_STAY_LTO_INLINE + 1);
  ck_assert_str_eq (esc_move_reason_code (ESC_STAY_ZERO_SIZE), "zero-size");
  ck_assert_str_eq (esc_move_reason_code (ESC_STAY_LTO_INLINE), "lto-inline");
  for (int i = 0; i < n; i++)
    {
      const char *c = esc_move_reason_code (all[i]);
      ck_assert_msg (strcmp (c, "?") != 0, "reason %d: no code", i);
      for (int j = 0; j < i; j++)
	ck_assert_msg (strcmp (c, esc_move_reason_code (all[j])) != 0,
		       "reasons %d and %d: both code \"%s\"", j, i, c);
      const char *t = esc_move_reason_text (all[i]);
      ck_assert_ptr_nonnull (t);
      ck_assert_msg (t[0] != '\0', "reason %d: empty", i);
      ck_assert_msg (strcmp (t, "?") != 0, "reason %d: no text", i);
      for (int j = 0; j < i; j++)
	ck_assert_msg (strcmp (t, esc_move_reason_text (all[j])) != 0,
		       "reasons %d and %d: both \"%s\"", j, i, t);
    }
}
END_TEST

Suite *
transform_suite (void)
{
  Suite *s = suite_create ("transform");
  TCase *tc = ut_tcase ("reasons");
  tcase_add_test (tc, test_transform_moves_local);
  tcase_add_test (tc, test_transform_foreign_free);
  tcase_add_test (tc, test_transform_no_sites);
  tcase_add_test (tc, test_transform_escapes);
  tcase_add_test (tc, test_transform_escapes_by_result);
  tcase_add_test (tc, test_transform_loop);
  tcase_add_test (tc, test_transform_kind);
  tcase_add_test (tc, test_transform_throws);
  tcase_add_test (tc, test_transform_nonconstant);
  tcase_add_test (tc, test_transform_too_large);
  tcase_add_test (tc, test_transform_max_size_zero);
  tcase_add_test (tc, test_transform_too_aligned);
  tcase_add_test (tc, test_transform_recursive);
  tcase_add_test (tc, test_transform_first_reason_kept);
  tcase_add_test (tc, test_transform_reason_texts);
  suite_add_tcase (s, tc);
  tc = ut_tcase ("frees");
  tcase_add_test (tc, test_transform_realloc);
  tcase_add_test (tc, test_transform_realloc_through_load);
  tcase_add_test (tc, test_transform_callee_frees_through_container);
  tcase_add_test (tc, test_transform_callee_free_two_levels);
  tcase_add_test (tc, test_transform_callee_free_bytes_only);
  tcase_add_test (tc, test_transform_free_here_not_reach);
  tcase_add_test (tc, test_transform_shared_with_heap);
  tcase_add_test (tc, test_transform_shared_with_param);
  tcase_add_test (tc, test_transform_shared_with_unlisted_alloc);
  tcase_add_test (tc, test_transform_shared_with_staying_site);
  tcase_add_test (tc, test_transform_shared_with_realloc_site);
  tcase_add_test (tc, test_transform_realloc_room);
  tcase_add_test (tc, test_transform_owned);
  tcase_add_test (tc, test_transform_pool);
  tcase_add_test (tc, test_transform_pool_only_frees);
  tcase_add_test (tc, test_transform_guards_per_free);
  tcase_add_test (tc, test_transform_guarded_site);
  tcase_add_test (tc, test_transform_guarded_kept_free);
  suite_add_tcase (s, tc);
  tc = ut_tcase ("budget");
  tcase_add_test (tc, test_transform_budget_in_order);
  tcase_add_test (tc, test_transform_budget_rounds_to_alignment);
  tcase_add_test (tc, test_transform_budget_rounds_big_alignment);
  tcase_add_test (tc, test_transform_budget_no_alignment);
  tcase_add_test (tc, test_transform_budget_later_small_fits);
  tcase_add_test (tc, test_transform_budget_skips_staying_sites);
  tcase_add_test (tc, test_transform_budget_zero);
  tcase_add_test (tc, test_transform_budget_then_shared_free);
  tcase_add_test (tc, test_transform_zero_size_stays);
  suite_add_tcase (s, tc);
  tc = ut_tcase ("actions");
  tcase_add_test (tc, test_transform_free_one_moved_site);
  tcase_add_test (tc, test_transform_free_two_moved_sites);
  tcase_add_test (tc, test_transform_free_twice);
  tcase_add_test (tc, test_transform_free_nothing_known);
  tcase_add_test (tc, test_transform_blocked);
  tcase_add_test (tc, test_transform_routes);
  tcase_add_test (tc, test_transform_free_of_staying_site);
  tcase_add_test (tc, test_transform_other_free_kinds_kept);
  suite_add_tcase (s, tc);
  return s;
}
