/* slot-inlining.cc - keeping moved slots out of the frames of functions
   whose activations nest.

   A slot lives in the frame of the function that holds it, and GCC
   inlines after this pass: a helper's slot inlined into a recursive or
   re-entered function would be in each of its activations, however deep
   they nest (a stack overflow the program did not have).  So such a
   function calls an out-of-line clone of each helper that would bring
   slots with it (FN.escape_outline, never inlined); and where a call of
   such a helper sits in a loop, the function's owning activation (one
   per thread at a time, as for owned slots in transform.cc) runs a copy
   that calls the helpers themselves, which GCC may inline there.
   Everywhere else the helpers stay as inlinable as the program wrote
   them.  */

#include "../core/lattice.h"
#include "../core/summary.h"
#include "../core/transform.h"
#include "../plugin/gcc-headers.h"
#include "build-graph.h"
#include "functions.h"
#include "transform.h"
#include "tree-inline.h"

namespace {

/* Every function of the unit with a body, by index: the registered ones
   (esc_function) and the bodies the analysis has no graph for (an
   "extern inline" body GCC may still inline), with what this file
   decides about them.  */
struct unit_fn
{
  tree decl;
  esc_function *f;		/* NULL: not analysed.  */
  bool nests;			/* Recursive or re-entered.  */
  /* Its calls of carriers go to their out-of-line clones: a function
     whose activations nest, one GCC inlines everywhere (always_inline),
     or one the analysis has no graph for (whether it recurses is not
     known).  */
  bool redirects;
  bool carries;
  long long bytes;
  auto_vec<int> callees;
};

struct unit
{
  auto_vec<unit_fn *> fns;
  hash_map<tree, int> index;
  ~unit ()
  {
    for (unit_fn *u : fns)
      delete u;
  }

  /* The function a call of DECL runs, by index: through aliases, and only
     a definition GCC may inline (not one a weak or interposable symbol
     may replace at link or load time, which GCC does not inline either
     and which a clone must not copy); or -1.  */
  int
  callee (tree decl)
  {
    cgraph_node *node = decl ? cgraph_node::get (decl) : NULL;
    if (!node)
      return -1;
    enum availability avail;
    node = node->ultimate_alias_target (&avail);
    if (!node || avail <= AVAIL_INTERPOSABLE)
      return -1;
    int *i = index.get (node->decl);
    return i ? *i : -1;
  }
};

/* The calls in DECL's body to functions of U (by index, in OUT).  */
void
direct_callees (unit &u, tree decl, vec<int> *out)
{
  function *fun = DECL_STRUCT_FUNCTION (decl);
  if (!fun || !fun->cfg)
    return;
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      if (gcall *c = dyn_cast<gcall *> (gsi_stmt (gsi)))
	{
	  int k = u.callee (gimple_call_fndecl (c));
	  if (k >= 0)
	    out->safe_push (k);
	}
}

/* Statements in FUN: the size a copy adds.  */
unsigned
body_size (function *fun)
{
  unsigned n = 0;
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      n++;
  return n;
}

/* Two bodies now call what one did (a function and its clone or copy),
   so a function only they call has two callers, and GCC no longer inlines
   it as a function called once (a loss that made bench kernels 1.3-2x
   slower).  BODY, the one that runs seldom, gets its own clones of such
   callees, and they of theirs in turn, within BUDGET statements.
   Functions that redirect their calls are left alone, unless NESTS_TOO
   and they redirect only as functions whose activations nest, once their
   calls are redirected (a copy then calls what they call).  */
void
privatize (tree body, tree peer, unsigned *budget, unit &u,
	   bool nests_too = false)
{
  cgraph_node *bn = cgraph_node::get (body), *pn = cgraph_node::get (peer);
  function *fun = DECL_STRUCT_FUNCTION (body);
  if (!bn || !pn || !fun || !fun->cfg)
    return;
  auto_vec<gcall *> calls;
  basic_block bb;
  FOR_EACH_BB_FN (bb, fun)
    for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	 gsi_next (&gsi))
      {
	gcall *c = dyn_cast<gcall *> (gsi_stmt (gsi));
	tree d = c ? gimple_call_fndecl (c) : NULL_TREE;
	cgraph_node *dn = d ? cgraph_node::get (d) : NULL;
	int k = u.callee (d);
	/* A local definition called directly (not through an alias).  */
	if (!dn || !dn->definition || dn->alias || dn->address_taken
	    || TREE_PUBLIC (d) || DECL_EXTERNAL (d) || d == body || d == peer
	    || DECL_UNINLINABLE (d) || k < 0
	    || (u.fns[k]->redirects
		&& !(nests_too && u.fns[k]->nests
		     && !lookup_attribute ("always_inline",
					   DECL_ATTRIBUTES (d))))
	    || !tree_versionable_function_p (d))
	  continue;
	bool only = true;
	for (cgraph_edge *e = dn->callers; e && only; e = e->next_caller)
	  only = e->caller == bn || e->caller == pn;
	if (only)
	  calls.safe_push (c);
      }
  hash_map<tree, tree> made;
  bool changed = false;
  for (gcall *c : calls)
    {
      tree d = gimple_call_fndecl (c);
      tree *m = made.get (d);
      if (!m)
	{
	  unsigned size = body_size (DECL_STRUCT_FUNCTION (d));
	  if (size > *budget)
	    continue;
	  cgraph_node *cn = cgraph_node::get (d)->create_version_clone_with_body
	    (vNULL, NULL, NULL, NULL, NULL, "escape_private");
	  if (!cn)
	    continue;
	  /* Or identical code folding would merge it back.  */
	  esc_add_attribute (cn->decl, "no_icf");
	  *budget -= size;
	  m = &made.get_or_insert (d);
	  *m = cn->decl;
	}
      if (dump_file)
	fprintf (dump_file, "%s calls %s, its own copy of %s\n",
		 fndecl_name (body), fndecl_name (*m), fndecl_name (d));
      gimple_call_set_fndecl (c, *m);
      changed = true;
    }
  if (!changed)
    return;
  push_cfun (fun);
  for (gcall *c : calls)
    update_stmt (c);
  cgraph_edge::rebuild_edges ();
  pop_cfun ();
  for (auto it = made.begin (); it != made.end (); ++it)
    privatize ((*it).second, (*it).first, budget, u, nests_too);
}

/* A never-inlined clone of the function with body DECL, with its own
   copies of what only DECL calls.  */
tree
outline_clone (tree decl, unit &u)
{
  cgraph_node *node = cgraph_node::get (decl);
  if (!node || !node->definition)
    return NULL_TREE;
  cgraph_node *c = node->create_version_clone_with_body
    (vNULL, NULL, NULL, NULL, NULL, "escape_outline");
  if (!c)
    return NULL_TREE;
  esc_add_noinline (c->decl);
  unsigned budget = opt_for_fn (decl, param_large_function_insns);
  privatize (c->decl, decl, &budget, u);
  return c->decl;
}

/* The bytes of slots carrier I brings into a frame it is inlined into,
   with the carriers it calls: an upper bound, each call counted
   (carriers are not recursive).  */
long long
carried_bytes (unit &u, int i, vec<bool> &done)
{
  unit_fn *x = u.fns[i];
  if (!done[i])
    {
      done[i] = true;
      x->bytes = x->f ? x->f->slot_bytes : 0;
      for (int k : x->callees)
	if (u.fns[k]->carries)
	  x->bytes = MIN (x->bytes + carried_bytes (u, k, done),
			  (long long) INT_MAX);
    }
  return x->bytes;
}

} // anon namespace

void
esc_keep_slots_out_of_cycles (void)
{
  unit u;
  hash_map<tree, int> ids;
  hash_set<tree> owner_copies;
  for (int i = 0; i < esc_function_count (); i++)
    {
      ids.put (esc_function_get (i)->decl, i);
      if (esc_function_get (i)->owner_copy)
	owner_copies.add (esc_function_get (i)->owner_copy);
    }
  cgraph_node *node;
  FOR_EACH_FUNCTION_WITH_GIMPLE_BODY (node)
    {
      /* The copy an owning activation runs may hold slots and inline
	 carriers: one activation per thread runs it.  It is never
	 inlined.  */
      if (owner_copies.contains (node->decl))
	continue;
      unit_fn *x = new unit_fn ();
      x->decl = node->decl;
      int *id = ids.get (node->decl);
      x->f = id ? esc_function_get (*id) : NULL;
      x->nests = x->f && x->f->fg && (x->f->recursive || x->f->reentry);
      x->redirects = x->nests || !x->f || !x->f->fg
		     || lookup_attribute ("always_inline",
					  DECL_ATTRIBUTES (node->decl));
      x->carries = false;
      x->bytes = 0;
      u.index.put (node->decl, u.fns.length ());
      u.fns.safe_push (x);
    }
  int n = u.fns.length ();
  for (unit_fn *x : u.fns)
    {
      direct_callees (u, x->decl, &x->callees);
      /* Such a function moves nothing into its own body (its slots are
	 owned, in a copy, or it keeps none); should it ever, they stay
	 out of its callers.  */
      if (x->redirects && x->f && x->f->slots_here)
	esc_add_noinline (x->decl);
    }

  /* A function carries slots if GCC may inline it and its body holds
     slots, or calls one that carries them (inlined in turn).  One whose
     address is taken may be inlined wherever a call through a pointer
     becomes direct, which nothing here sees: it keeps its slots out of
     line, and the fixed point starts again without it.  */
  for (bool again = true; again;)
    {
      again = false;
      for (unit_fn *x : u.fns)
	x->carries = false;
      for (bool changed = true; changed;)
	{
	  changed = false;
	  for (unit_fn *x : u.fns)
	    {
	      if (x->redirects || x->carries || DECL_UNINLINABLE (x->decl))
		continue;
	      bool c = x->f->slots_here;
	      for (int k : x->callees)
		c |= u.fns[k]->carries;
	      if (c)
		x->carries = changed = true;
	    }
	}
      for (unit_fn *x : u.fns)
	{
	  cgraph_node *nd = cgraph_node::get (x->decl);
	  if (x->carries && (!nd || nd->address_taken))
	    {
	      if (dump_file)
		fprintf (dump_file, "slots of %s kept out of line: its address "
			 "is taken\n", fndecl_name (x->decl));
	      esc_add_noinline (x->decl);
	      again = true;
	    }
	}
    }

  auto_vec<bool> done;
  done.safe_grow_cleared (n);
  for (int i = 0; i < n; i++)
    if (u.fns[i]->carries)
      carried_bytes (u, i, done);

  hash_map<tree, tree> outline;
  for (int i = 0; i < n; i++)
    {
      unit_fn *x = u.fns[i];
      esc_function *f = x->f;
      bool any = false;
      for (int k : x->callees)
	any |= u.fns[k]->carries;
      /* GCC inlines nothing but always_inline functions (which keep no
	 slots here) into a function it does not optimize.  */
      if (!x->redirects || !any || !opt_for_fn (x->decl, optimize))
	continue;
      function *fun = DECL_STRUCT_FUNCTION (x->decl);
      /* Worth a copy only where a carrier is called in a loop and GCC
	 may inline it there: the copy costs a dispatch at each entry and
	 its code, and GCC does not inline a function with a large frame
	 (its large-stack-frame size) into a small one.  A large body is
	 not copied (GCC's own large-function size).  Only a function
	 whose activations nest has an owner.  */
      bool in_loop = false;
      auto_vec<gcall *> calls;
      auto_vec<int> targets;
      push_cfun (fun);
      basic_block bb;
      FOR_EACH_BB_FN (bb, fun)
	for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	     gsi_next (&gsi))
	  if (gcall *c = dyn_cast<gcall *> (gsi_stmt (gsi)))
	    {
	      int k = u.callee (gimple_call_fndecl (c));
	      if (k < 0 || !u.fns[k]->carries)
		continue;
	      calls.safe_push (c);
	      targets.safe_push (k);
	      if (current_loops && bb->loop_father
		  && loop_depth (bb->loop_father) > 0
		  && u.fns[k]->bytes <= opt_for_fn (x->decl,
						    param_large_stack_frame))
		in_loop = true;
	    }
      bool copy_it = in_loop && x->nests && !f->owner_copy
		     && !lookup_attribute ("always_inline",
					   DECL_ATTRIBUTES (x->decl))
		     && esc_owned_slots_ok (fun, x->decl)
		     && body_size (fun)
			<= (unsigned) opt_for_fn (x->decl,
						  param_large_function_insns);
      pop_cfun ();
      cgraph_node *copy = NULL;
      if (copy_it)
	{
	  hash_map<gimple *, gimple *> map;
	  copy = esc_owner_copy (x->decl, map);
	  if (copy)
	    {
	      if (dump_file)
		fprintf (dump_file, "%s: the owning activation runs %s, which "
			 "may inline what carries slots\n",
			 fndecl_name (x->decl), fndecl_name (copy->decl));
	      f->owner_copy = copy->decl;
	      push_cfun (fun);
	      f->dispatch = esc_owner_dispatch (esc_make_owner (x->decl),
						copy->decl, f->recursive);
	      esc_update_after_rewrite (true);
	      pop_cfun ();
	    }
	}
      /* This body, run by every activation but the owner, calls the
	 out-of-line clones.  */
      for (unsigned j = 0; j < calls.length (); j++)
	{
	  gcall *c = calls[j];
	  tree callee = u.fns[targets[j]]->decl;
	  tree *o = outline.get (callee);
	  if (!o)
	    {
	      tree clone = outline_clone (callee, u);
	      if (!clone)
		{
		  /* No clone: the helper itself stays out of line.  */
		  if (dump_file)
		    fprintf (dump_file, "slots of %s kept out of line: no "
			     "clone\n", fndecl_name (callee));
		  esc_add_noinline (callee);
		  continue;
		}
	      o = &outline.get_or_insert (callee);
	      *o = clone;
	    }
	  if (dump_file)
	    fprintf (dump_file, "%s calls %s for %s, which carries %lld bytes "
		     "of slots\n", fndecl_name (x->decl), fndecl_name (*o),
		     fndecl_name (callee), u.fns[targets[j]]->bytes);
	  gimple_call_set_fndecl (c, *o);
	}
      push_cfun (fun);
      for (gcall *c : calls)
	update_stmt (c);
      esc_update_after_rewrite (false);
      pop_cfun ();
      /* The copy runs in the owner, the original in the others: the
	 one that runs seldom gets its own callees.  */
      if (copy)
	{
	  unsigned budget = opt_for_fn (x->decl, param_large_function_insns);
	  if (f->recursive)
	    privatize (copy->decl, x->decl, &budget, u);
	  else
	    privatize (x->decl, copy->decl, &budget, u);
	}
    }
  /* The owner copies the transform made for owned slots: the same, once
     every call above is redirected, and for callees whose activations
     nest too, which are the ones on the way to the code that re-enters
     (adversarial finding: a helper there, called by both bodies, was
     inlined into neither, a frame more at every level of a re-entry).  */
  for (unit_fn *x : u.fns)
    if (x->f && x->f->owner_copy && owner_copies.contains (x->f->owner_copy)
	&& opt_for_fn (x->decl, optimize))
      {
	unsigned budget = opt_for_fn (x->decl, param_large_function_insns);
	if (x->f->recursive)
	  privatize (x->f->owner_copy, x->decl, &budget, u, true);
	else
	  privatize (x->decl, x->f->owner_copy, &budget, u, true);
      }
}
