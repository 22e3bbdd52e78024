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

/* The registered function DECL stands for, or -1.  */
int
id_of (hash_map<tree, int> &ids, tree decl)
{
  int *id = decl ? ids.get (decl) : NULL;
  return id ? *id : -1;
}

/* The functions the body of DECL calls directly, by id.  */
void
direct_callees (hash_map<tree, int> &ids, tree decl, vec<int> *out)
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
	  int id = id_of (ids, gimple_call_fndecl (c));
	  if (id >= 0)
	    out->safe_push (id);
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
   callees, and they of theirs in turn, within BUDGET statements; SKIP:
   functions not to clone (by registered id, in IDS).  */
void
privatize (tree body, tree peer, unsigned *budget, hash_map<tree, int> &ids,
	   const vec<bool> &skip)
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
	int id = id_of (ids, d);
	if (!dn || !dn->definition || dn->address_taken || TREE_PUBLIC (d)
	    || DECL_EXTERNAL (d) || d == body || d == peer || DECL_UNINLINABLE (d)
	    || (id >= 0 && skip[id]) || !tree_versionable_function_p (d))
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
	  DECL_ATTRIBUTES (cn->decl)
	    = tree_cons (get_identifier ("no_icf"), NULL_TREE,
			 DECL_ATTRIBUTES (cn->decl));
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
    privatize ((*it).second, (*it).first, budget, ids, skip);
}

/* A never-inlined clone of the function with body DECL, with its own
   copies of what only DECL calls.  */
tree
outline_clone (tree decl, hash_map<tree, int> &ids, const vec<bool> &skip)
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
  privatize (c->decl, decl, &budget, ids, skip);
  return c->decl;
}

/* The bytes of slots carrier I brings into a frame it is inlined into,
   with the carriers it calls, in BYTES[I]: an upper bound, each call
   counted (carriers are not recursive).  */
long long
carried_bytes (int i, vec<vec<int> > &callees, vec<bool> &carries,
	       vec<bool> &done, vec<long long> &bytes)
{
  if (!done[i])
    {
      done[i] = true;
      bytes[i] = esc_function_get (i)->slot_bytes;
      for (int k : callees[i])
	if (carries[k])
	  bytes[i] = MIN (bytes[i] + carried_bytes (k, callees, carries, done,
						   bytes), (long long) INT_MAX);
    }
  return bytes[i];
}

} // anon namespace

void
esc_keep_slots_out_of_cycles (const vec<bool> &reentry)
{
  int n = esc_function_count ();
  hash_map<tree, int> ids;
  auto_vec<bool> nests, carries;
  nests.safe_grow_cleared (n);
  carries.safe_grow_cleared (n);
  /* What a carrier would add to a frame it is inlined into, at most.  */
  auto_vec<long long> bytes;
  bytes.safe_grow_cleared (n);
  auto_vec<vec<int> > callees;
  callees.safe_grow_cleared (n);
  for (int i = 0; i < n; i++)
    ids.put (esc_function_get (i)->decl, i);
  for (int i = 0; i < n; i++)
    {
      esc_function *f = esc_function_get (i);
      if (!f->fg)
	continue;
      nests[i] = f->recursive || reentry[i];
      direct_callees (ids, f->decl, &callees[i]);
      /* Such a function moves nothing into its own body (its slots are
	 owned, in a copy); should it ever, they stay out of its callers.  */
      if (nests[i] && f->slots_here)
	esc_add_noinline (f->decl);
    }

  /* A function carries slots if GCC may inline it and its body holds
     slots, or calls one that carries them (inlined in turn).  One whose
     address is taken may be inlined wherever a call through a pointer
     becomes direct, which nothing here sees: it keeps its slots out of
     line, and the fixed point starts again without it.  */
  for (bool again = true; again;)
    {
      again = false;
      for (int i = 0; i < n; i++)
	carries[i] = false;
      for (bool changed = true; changed;)
	{
	  changed = false;
	  for (int i = 0; i < n; i++)
	    {
	      esc_function *f = esc_function_get (i);
	      if (!f->fg || nests[i] || carries[i]
		  || DECL_UNINLINABLE (f->decl))
		continue;
	      bool c = f->slots_here;
	      for (int k : callees[i])
		c |= carries[k];
	      if (c)
		carries[i] = changed = true;
	    }
	}
      for (int i = 0; i < n; i++)
	{
	  cgraph_node *node = cgraph_node::get (esc_function_get (i)->decl);
	  if (carries[i] && (!node || node->address_taken))
	    {
	      tree d = esc_function_get (i)->decl;
	      if (dump_file)
		fprintf (dump_file, "slots of %s kept out of line: its address "
			 "is taken\n", fndecl_name (d));
	      esc_add_noinline (d);
	      again = true;
	    }
	}
    }

  auto_vec<bool> done;
  done.safe_grow_cleared (n);
  for (int i = 0; i < n; i++)
    if (carries[i])
      carried_bytes (i, callees, carries, done, bytes);

  hash_map<tree, tree> outline;
  for (int i = 0; i < n; i++)
    {
      esc_function *f = esc_function_get (i);
      bool any = false;
      for (int k : callees[i])
	any |= carries[k];
      /* GCC inlines nothing but always_inline functions (which keep no
	 slots here) into a function it does not optimize.  */
      if (!nests[i] || !any || !opt_for_fn (f->decl, optimize))
	continue;
      function *fun = DECL_STRUCT_FUNCTION (f->decl);
      /* Worth a copy only where a carrier is called in a loop and GCC
	 may inline it there: the copy costs a dispatch at each entry and
	 its code, and GCC does not inline a function with a large frame
	 (its large-stack-frame size) into a small one.  A large body is
	 not copied (GCC's own large-function size).  */
      bool in_loop = false;
      push_cfun (fun);
      basic_block bb;
      FOR_EACH_BB_FN (bb, fun)
	for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	     gsi_next (&gsi))
	  if (gcall *c = dyn_cast<gcall *> (gsi_stmt (gsi)))
	    {
	      int k = id_of (ids, gimple_call_fndecl (c));
	      if (k >= 0 && carries[k] && current_loops
		  && bb->loop_father && loop_depth (bb->loop_father) > 0
		  && bytes[k] <= opt_for_fn (f->decl, param_large_stack_frame))
		in_loop = true;
	    }
      bool copy_it = in_loop && !f->owner_copy
		     && esc_owned_slots_ok (fun, f->decl)
		     && body_size (fun)
			<= (unsigned) opt_for_fn (f->decl,
						  param_large_function_insns);
      pop_cfun ();
      cgraph_node *copy = NULL;
      if (copy_it)
	{
	  hash_map<gimple *, gimple *> map;
	  copy = esc_owner_copy (f->decl, map);
	  if (copy)
	    {
	      if (dump_file)
		fprintf (dump_file, "%s: the owning activation runs %s, which "
			 "may inline what carries slots\n",
			 fndecl_name (f->decl), fndecl_name (copy->decl));
	      f->owner_copy = copy->decl;
	      push_cfun (fun);
	      esc_owner_dispatch (esc_make_owner (f->decl), copy->decl,
				  f->recursive);
	      free_dominance_info (CDI_DOMINATORS);
	      free_dominance_info (CDI_POST_DOMINATORS);
	      if (current_loops)
		loops_state_set (LOOPS_NEED_FIXUP);
	      pop_cfun ();
	    }
	}
      /* This body, run by every activation but the owner, calls the
	 out-of-line clones.  */
      auto_vec<gcall *> calls;
      FOR_EACH_BB_FN (bb, fun)
	for (gimple_stmt_iterator gsi = gsi_start_bb (bb); !gsi_end_p (gsi);
	     gsi_next (&gsi))
	  if (gcall *c = dyn_cast<gcall *> (gsi_stmt (gsi)))
	    {
	      int k = id_of (ids, gimple_call_fndecl (c));
	      if (k >= 0 && carries[k])
		calls.safe_push (c);
	    }
      for (gcall *c : calls)
	{
	  tree callee = gimple_call_fndecl (c);
	  tree *o = outline.get (callee);
	  if (!o)
	    {
	      tree clone = outline_clone (callee, ids, nests);
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
		     "of slots\n", fndecl_name (f->decl), fndecl_name (*o),
		     fndecl_name (callee), bytes[id_of (ids, callee)]);
	  gimple_call_set_fndecl (c, *o);
	}
      push_cfun (fun);
      for (gcall *c : calls)
	update_stmt (c);
      mark_virtual_operands_for_renaming (cfun);
      update_ssa (TODO_update_ssa_only_virtuals);
      cgraph_edge::rebuild_edges ();
      pop_cfun ();
      /* The copy runs in the owner, the original in the others: the
	 one that runs seldom gets its own callees.  */
      if (copy)
	{
	  unsigned budget = opt_for_fn (f->decl, param_large_function_insns);
	  if (f->recursive)
	    privatize (copy->decl, f->decl, &budget, ids, nests);
	  else
	    privatize (f->decl, copy->decl, &budget, ids, nests);
	}
    }
  for (vec<int> &v : callees)
    v.release ();
}
