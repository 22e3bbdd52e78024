/* summarize-pass.cc - the IPA pass: solve every graph bottom-up over the
   call graph, then report.

   Runs right after the group of passes that builds SSA, when every
   function of the unit has its graph and none has been optimised.  The
   call graph's strongly connected components are solved callees first; a
   component with recursion is solved as a fixed point: its summaries start
   empty and every member is solved again until none grows.  Summaries only
   grow (esc_summary_join), so this ends, and at the end each member was
   solved with its callees' final summaries: no guess is ever used.  */

#include "../core/lattice.h"
#include "../core/summary.h"
#include "../core/transform.h"
#include "../core/report.h"
#include "../core/report-json.h"
#include "../core/memory.h"
#include "../core/summaries.h"
#include "../plugin/escape-plugin.h"
#include "../plugin/gcc-headers.h"
#include "dump-context.h"	/* end_any_optinfo: records in their function */
#include "gimple-text.h"
#include "build-graph.h"
#include "functions.h"
#include "transform.h"

namespace {

/* The layout of GCC 12's file_cache (input.h), whose input context (the
   front end's source charset, whether to skip a BOM) is private.  */
struct file_cache_layout
{
  void *slots;
  file_cache::input_context context;
};
static_assert (sizeof (file_cache_layout) == sizeof (file_cache),
	       "file_cache layout");

/* Each note made GCC read the whole file it points into (for its display
   column; now only where esc_byte_column cannot tell it) and keep it in
   the diagnostic file cache, whose slots keep
   their buffers when evicted: for sqlite3.c 8 MB, 3% of the compile's
   peak at -O0.  With the notes out, free the cache and start a new one
   with the same input context; GCC reads a file again if a later
   diagnostic shows its lines.  */
void
release_source_cache (void)
{
  esc_byte_columns_release ();
  if (!global_dc || !global_dc->m_file_cache)
    return;
  file_cache::input_context ctx
    = reinterpret_cast<file_cache_layout *> (global_dc->m_file_cache)->context;
  diagnostic_file_cache_fini ();
  diagnostic_initialize_input_context (global_dc, ctx.ccb,
				       ctx.should_skip_bom);
}

const pass_data summarize_pass_data = {
  SIMPLE_IPA_PASS,
  "escape-summarize",		/* name */
  OPTGROUP_OTHER,		/* optinfo_flags: -fopt-info-...-optall */
  TV_NONE,			/* tv_id */
  0,				/* properties_required */
  0,				/* properties_provided */
  0,				/* properties_destroyed */
  0,				/* todo_flags_start */
  0				/* todo_flags_finish */
};

/* More rounds than a cycle's summaries normally need; at the cap they are
   reset to the worst (everything escapes) and solving goes on to the
   fixed point from there (solve_component says why it still ends).  */
const int max_rounds = 64;

/* Does this compile move anything (not cc1 leaving it to lto1)?  */
bool
transform_applies (void)
{
  return escape_options.transform && !esc_cc1_defers_to_lto ();
}

const esc_summary *
lookup (void *, int callee)
{
  return esc_function_summary (callee);
}

/* The same, noting in CTX (a vec<int>) each function asked about: which
   summaries a cycle member's solve read (solve_component).  */
const esc_summary *
recording_lookup (void *ctx, int callee)
{
  static_cast<vec<int> *> (ctx)->safe_push (callee);
  return esc_function_summary (callee);
}

/* Strongly connected components of the functions with bodies, callees
   first (Tarjan's order), without recursion: call chains can be deep.  */
void
components (vec<vec<int> > &out)
{
  int n = esc_function_count (), next = 0;
  auto_vec<int> stack;
  struct frame { int f; unsigned edge; };
  auto_vec<frame> work;
  for (int root = 0; root < n; root++)
    {
      if (!esc_function_get (root)->fg || esc_function_get (root)->index >= 0)
	continue;
      frame fr = { root, 0 };
      work.safe_push (fr);
      while (!work.is_empty ())
	{
	  frame &top = work.last ();
	  esc_function *f = esc_function_get (top.f);
	  if (top.edge == 0 && f->index < 0)
	    {
	      f->index = f->lowlink = next++;
	      stack.safe_push (top.f);
	      f->on_stack = true;
	    }
	  vec<int> &callees = f->fg->callees;
	  if (top.edge < callees.length ())
	    {
	      int c = callees[top.edge++];
	      esc_function *cf = esc_function_get (c);
	      if (!cf->fg)
		continue;
	      if (cf->index < 0)
		{
		  frame nf = { c, 0 };
		  work.safe_push (nf);
		}
	      else if (cf->on_stack && cf->index < f->lowlink)
		f->lowlink = cf->index;
	      continue;
	    }
	  int done = top.f;
	  work.pop ();
	  if (!work.is_empty ())
	    {
	      esc_function *parent = esc_function_get (work.last ().f);
	      if (f->lowlink < parent->lowlink)
		parent->lowlink = f->lowlink;
	    }
	  if (f->lowlink == f->index)
	    {
	      vec<int> scc = vNULL;
	      int m;
	      do
		{
		  m = stack.pop ();
		  esc_function_get (m)->on_stack = false;
		  scc.safe_push (m);
		}
	      while (m != done);
	      out.safe_push (scc);
	    }
	}
    }
}

/* E with the caller's view of a callee's size expression CALLEE_E: the
   callee's parameter becomes what the caller passes for it.  */
esc_size_expr
compose (const esc_size_expr &callee_e, const vec<esc_size_expr> &args)
{
  esc_size_expr e = { -1, -1 };
  if (callee_e.param >= 0)
    {
      if ((unsigned) callee_e.param >= args.length ())
	return e;
      e = args[callee_e.param];
      if (e.param < 0 && e.konst < 0)
	return e;		/* Unknown stays unknown.  */
    }
  if (callee_e.konst > e.konst)
    e.konst = callee_e.konst;
  return e;
}

/* F's own site E's size as an expression of F's parameters.  */
esc_size_expr
site_size (const esc_site &st, int arg, long long floor,
	   const vec<esc_size_expr> &args)
{
  esc_size_expr e = { -1, floor };
  esc_size_expr c = { arg, floor };
  return arg >= 0 ? compose (c, args) : e;
}

/* Is F, solved, an allocator or a deallocator to its callers?  Only for
   functions outside call-graph cycles, whose callees are final.  */
void
find_wrapper (esc_function *f)
{
  esc_shape &sh = f->fg->shape;
  esc_alloc_summary &as = f->summary->alloc;
  /* A definition that can be replaced at link time is not what runs.  */
  if (esc_function_summary (esc_function_id (f->decl)) != f->summary)
    return;
  if (sh.alloc && sh.alloc_modelled)
    {
      const esc_site &st = sh.alloc_site;
      as.size = site_size (st, st.size_arg, st.size_floor, sh.arg_sizes);
      as.has_count = st.has_count;
      if (st.has_count)
	as.count = site_size (st, st.count_arg, st.count_floor, sh.arg_sizes);
      as.family = st.family;
      /* aligned_alloc's alignment is not carried through a wrapper.  */
      as.movable = st.movable && st.align_arg < 0 && !st.attribute;
      as.zeroes = st.zeroes;
      as.attribute = st.attribute;
      as.inner = st.allocator;
      as.is_alloc = true;
    }
  else if (sh.alloc && sh.alloc_callee >= 0)
    {
      const esc_summary *cs = esc_function_summary (sh.alloc_callee);
      if (cs && cs->alloc.is_alloc)
	{
	  as = cs->alloc;
	  as.size = compose (cs->alloc.size, sh.arg_sizes);
	  if (as.has_count)
	    as.count = compose (cs->alloc.count, sh.arg_sizes);
	  as.dealloc_param = -1;
	}
    }
  if (sh.dealloc && sh.free_callee < 0)
    {
      as.dealloc_param = sh.free_param;
      as.dealloc_family = sh.free_family;
    }
  else if (sh.dealloc)
    {
      const esc_summary *cs = esc_function_summary (sh.free_callee);
      int p = cs ? cs->alloc.dealloc_param : -1;
      if (p >= 0 && (unsigned) p < sh.arg_params.length ()
	  && sh.arg_params[p] >= 0)
	{
	  as.dealloc_param = sh.arg_params[p];
	  as.dealloc_family = cs->alloc.dealloc_family;
	}
    }
}

int
by_order (const void *a, const void *b)
{
  const esc_site *p = (const esc_site *) a, *q = (const esc_site *) b;
  if (p->order != q->order)
    return p->order < q->order ? -1 : 1;
  return p->fresh < q->fresh ? -1 : p->fresh > q->fresh;
}

/* After F is solved for good: its calls of allocators become sites, its
   calls of deallocators frees, in statement order.  */
void
collect_sites (esc_function *f)
{
  esc_function_graph *fg = f->fg;
  for (const esc_wrapper_call &wc : fg->wrapper_calls)
    {
      if (!esc_call_is_alloc (f->solved, wc.rec))
	continue;
      tree fn = gimple_call_fndecl (wc.call);
      const esc_summary *cs = esc_function_summary (esc_function_id (fn));
      const esc_alloc_summary &as = cs->alloc;
      esc_site st;
      st.call = wc.call;
      st.loc = wc.site;
      st.order = wc.order;
      st.allocator = IDENTIFIER_POINTER (DECL_NAME (fn));
      st.size_arg = as.size.param;
      st.size_floor = as.size.konst;
      st.has_count = as.has_count;
      st.count_arg = as.has_count ? as.count.param : -1;
      st.count_floor = as.has_count ? as.count.konst : -1;
      st.align_arg = -1;
      st.family = as.family;
      st.movable = as.movable;
      st.zeroes = as.zeroes;
      st.attribute = as.attribute;
      st.wrapper = true;
      st.fresh = -1;
      fg->sites.safe_push (st);
    }
  int n = esc_call_count (f->solved);
  /* Calls that hand over fresh objects: one site each.  */
  for (int i = 0; i < n && (unsigned) i < fg->call_stmts.length (); i++)
    {
      const esc_loc *fs;
      int nf = esc_call_fresh_sites (f->solved, i, &fs);
      for (int k = 0; k < nf; k++)
	{
	  if (fs[k] < 0)
	    continue;
	  gcall *call = fg->call_stmts[i];
	  esc_site st;
	  st.call = call;
	  st.loc = fs[k];
	  st.order = fg->call_orders[i];
	  st.allocator = IDENTIFIER_POINTER (DECL_NAME (gimple_call_fndecl
							(call)));
	  st.size_arg = st.count_arg = st.align_arg = -1;
	  st.size_floor = st.count_floor = -1;
	  st.has_count = false;
	  st.family = -1;
	  st.movable = st.zeroes = st.attribute = st.wrapper = false;
	  st.fresh = k;
	  fg->sites.safe_push (st);
	}
    }
  fg->sites.qsort (by_order);
  for (int i = 0; i < n && (unsigned) i < fg->call_stmts.length (); i++)
    {
      int k = esc_call_free_site (f->solved, i);
      if (k >= 0)
	{
	  /* The argument it frees is its deallocator parameter's, which
	     need not be the first (a guard must test that one).  */
	  tree fn = gimple_call_fndecl (fg->call_stmts[i]);
	  const esc_summary *cs
	    = fn ? esc_function_summary (esc_function_id (fn)) : NULL;
	  int arg = cs ? cs->alloc.dealloc_param : -1;
	  if (arg < 0
	      || (unsigned) arg >= gimple_call_num_args (fg->call_stmts[i]))
	    {
	      /* Not one the transform can find: what it frees stays.  */
	      esc_free_pin (f->solved, k);
	      continue;
	    }
	  esc_free_call fc = { fg->call_stmts[i], k, arg };
	  fg->frees.safe_push (fc);
	}
    }
}

bool
self_recursive (int id)
{
  for (int c : esc_function_get (id)->fg->callees)
    if (c == id)
      return true;
  return false;
}

/* A summary that says everything escapes: the sound fallback.  */
esc_summary *
worst_summary (esc_function *f)
{
  int n = f->fg->params.length ();
  esc_summary *s = esc_summary_new (function_name (DECL_STRUCT_FUNCTION
						   (f->decl)), n);
  for (int i = 0; i < n; i++)
    {
      s->leaks[i].heap = 0;
      s->content_foreign[i] = true;
    }
  s->writes_deep = s->result_foreign = s->vararg_foreign = true;
  s->vararg_heap = 0;
  return s;
}

/* F's summary into the pass's dump file (-fdump-ipa-all, file
   *.escape-summarize), as ipa-modref dumps its summaries: tests read it
   there (scan-ipa-dump).  */
void
dump_summary (esc_function *f)
{
  if (dump_file && f->summary)
    esc_summary_dump (dump_file, f->summary);
}

void
solve_component (vec<int> &scc, int index)
{
  bool cycle = scc.length () > 1 || self_recursive (scc[0]);
  for (int id : scc)
    {
      esc_function_get (id)->recursive = cycle;
      esc_function_get (id)->cycle = index;
      /* The caller's deeper objects are not the heap: what a function
	 stores there (a walker's recursive call on n->l) is the caller's
	 to wire (docs/design.md, "Between functions").  */
      esc_graph_deep_params (esc_function_get (id)->fg->graph);
    }
  if (!cycle)
    {
      esc_function *f = esc_function_get (scc[0]);
      /* The unsolved graph, for fresh objects and a realloc's returns;
	 most functions can have neither, and copying theirs was 0.6% of a
	 compile at -O0 -m.  */
      bool keep = (escape_options.transform
		   || esc_options_report (&escape_options))
		  && esc_realloc_return_count (f->fg->graph) > 0;
      esc_graph *pristine
	= keep || esc_may_have_fresh_candidates (f->fg->graph, lookup, NULL)
	  ? esc_graph_clone (f->fg->graph) : NULL;
      esc_solve_with (f->fg->graph, lookup, NULL);
      f->solved = f->fg->graph;
      /* Objects it hands its caller are the caller's allocations: its
	 summary comes from a solve in which they do not escape by that.
	 (Without the copy, which esc_may_have_fresh_candidates says is
	 not needed, the summary would be the plain one: sound.)  */
      if (pristine && esc_has_fresh_candidates (f->solved))
	{
	  esc_graph *h = esc_solve_fresh (pristine, f->solved, lookup, NULL);
	  f->summary = esc_summary_of (h);
	  esc_summary_add_fresh (f->summary, h, lookup, NULL);
	  esc_graph_free (h);
	}
      else
	f->summary = esc_summary_of (f->solved);
      if (keep)
	f->unsolved = pristine;
      else if (pristine)
	esc_graph_free (pristine);
      find_wrapper (f);
      if (!esc_imports_off)
	{
	  collect_sites (f);
	  dump_summary (f);
	}
      return;
    }
  for (int id : scc)
    {
      esc_function *f = esc_function_get (id);
      f->summary = esc_summary_start (f->fg->graph);
    }
  /* A member's solve reads only its own graph and the summaries its
     calls are wired through, of which only the members' change between
     rounds: while none of those it read has changed since, solving it
     again gives the same graph, and the join the same summary (joins
     are idempotent).  So it is skipped, and the rounds, the summaries
     and the graphs the report reads stay what solving every member each
     round gives (the last round, which changes nothing, re-solved every
     member: a third of the plugin's instructions on sqlite3.c at -O0).
     Stamps from one clock: when each member was last solved, and when
     its summary last changed.  */
  unsigned n = scc.length ();
  hash_map<int_hash<int, -1, -2>, int> member;
  for (unsigned k = 0; k < n; k++)
    member.put (scc[k], k);
  auto_vec<unsigned> solved_at, changed_at;
  solved_at.safe_grow_cleared (n);
  changed_at.safe_grow_cleared (n);
  /* Per member, the members whose summaries its last solve read.  */
  auto_vec<vec<int> > reads_of;
  reads_of.safe_grow_cleared (n);
  auto_vec<int> reads;
  unsigned clock = 0;
  for (int round = 0;; round++)
    {
      bool changed = false;
      for (unsigned k = 0; k < n; k++)
	{
	  esc_function *f = esc_function_get (scc[k]);
	  if (solved_at[k])
	    {
	      bool same = true;
	      for (int r : reads_of[k])
		if (changed_at[r] > solved_at[k])
		  {
		    same = false;
		    break;
		  }
	      if (same)
		continue;
	    }
	  esc_graph *g = esc_graph_clone (f->fg->graph);
	  reads.truncate (0);
	  esc_solve_with (g, recording_lookup, &reads);
	  solved_at[k] = ++clock;
	  reads_of[k].truncate (0);
	  for (int id : reads)
	    if (int *r = member.get (id))
	      if (!reads_of[k].contains (*r))
		reads_of[k].safe_push (*r);
	  esc_summary *s = esc_summary_of (g);
	  if (esc_summary_join (f->summary, s))
	    {
	      changed = true;
	      changed_at[k] = ++clock;
	    }
	  esc_summary_free (s);
	  if (f->solved)
	    esc_graph_free (f->solved);
	  f->solved = g;
	}
      if (!changed)
	{
	  if (dump_file && !esc_imports_off)
	    {
	      fprintf (dump_file, "call-graph cycle of %u function%s solved "
		       "in %d round%s:", scc.length (),
		       scc.length () == 1 ? "" : "s", round + 1,
		       round ? "s" : "");
	      for (int id : scc)
		fprintf (dump_file, " %s",
			 esc_function_name (esc_function_get (id)->fg->graph));
	      fprintf (dump_file, "%s\n", round > max_rounds
		       ? " (summaries made worst after the round cap)" : "");
	    }
	  for (int id : scc)
	    {
	      esc_function *f = esc_function_get (id);
	      if (!esc_imports_off)
		{
		  collect_sites (f);
		  dump_summary (f);
		}
	      /* Nothing reads the unsolved graph again (a cycle member is
		 never solved as slots): keep one graph per function.  */
	      esc_graph_free (f->fg->graph);
	      f->fg->graph = f->solved;
	    }
	  for (vec<int> &r : reads_of)
	    r.release ();
	  return;
	}
      /* At the cap every summary is reset to the worst one, and the loop
	 goes on.  It still ends: a join only lowers derefs (never below
	 0), adds level bits and sets flags, so each field can change only
	 a bounded number of times, and the worst summary leaves open only
	 the flows to the result and into parameters' objects, frees and
	 raw contents.  The members are then solved with the final
	 summaries, as below the cap.  */
      if (round == max_rounds)
	{
	  for (unsigned k = 0; k < n; k++)
	    {
	      esc_function *f = esc_function_get (scc[k]);
	      esc_summary_free (f->summary);
	      f->summary = worst_summary (f);
	      changed_at[k] = ++clock;
	    }
	}
    }
}

/* Each line of a report becomes a note at the thing it is about.  */
void
emit_note (void *ctx, const char *line)
{
  esc_byte_column bc (*(location_t *) ctx);
  inform (*(location_t *) ctx, "%s", line);
}

/* The functions a static function FN may receive as parameter K: every
   caller passes one of this unit there (&f), and nothing else can call
   FN (its address is not taken, no alias, no "used" for asm to call it;
   GCC's force_output is not checked: at -O0 it marks every function).
   False if that is not so, or if it has no callers.  */
bool
param_targets (tree fn, int k, vec<int> &out)
{
  cgraph_node *node = cgraph_node::get (fn);
  if (!node || TREE_PUBLIC (fn) || node->address_taken
      || node->externally_visible || DECL_PRESERVE_P (fn)
      || node->has_aliases_p () || !node->callers)
    return false;
  for (cgraph_edge *e = node->callers; e; e = e->next_caller)
    {
      gcall *cs = e->call_stmt;
      if (!cs || gimple_call_num_args (cs) <= (unsigned) k)
	return false;
      tree a = gimple_call_arg (cs, k);
      if (TREE_CODE (a) != ADDR_EXPR
	  || TREE_CODE (TREE_OPERAND (a, 0)) != FUNCTION_DECL
	  || !esc_defined_here (TREE_OPERAND (a, 0))
	  || DECL_STATIC_CHAIN (TREE_OPERAND (a, 0)))
	return false;
      int id = esc_function_id (TREE_OPERAND (a, 0));
      if (!out.contains (id))
	out.safe_push (id);
    }
  return true;
}

/* Calls through parameters of static functions (build-graph.h
   param_calls): with known targets, calls of them (for the order of
   solving and for re-entry), else calls of unknown code.  Before the
   components and find_reentry.  */
void
resolve_param_calls ()
{
  int n = esc_function_count ();
  for (int i = 0; i < n; i++)
    {
      esc_function *f = esc_function_get (i);
      if (!f->fg)
	continue;
      for (const esc_param_call &pc : f->fg->param_calls)
	{
	  auto_vec<int> targets;
	  if (!param_targets (f->decl, pc.param, targets))
	    {
	      f->fg->unknown ("it calls through its parameter %d",
			      pc.param + 1);
	      continue;
	    }
	  esc_call_targets (f->fg->graph, pc.call, targets.address (),
			    targets.length ());
	  for (int t : targets)
	    {
	      f->fg->callees.safe_push (t);
	      f->fg->live_callees.safe_push (t);
	    }
	}
    }
}

/* The symbol a public function defined here goes by (its assembler
   name: "long f (void) __asm__ ("strtol")" is strtol), each alias
   included; NULL for others.  */
static const char *
public_symbol (cgraph_node *node)
{
  /* (An extern inline body, glibc's atoi under -O, defines nothing.)  */
  if (!node->definition || !TREE_PUBLIC (node->decl)
      || DECL_EXTERNAL (node->decl) || !DECL_ASSEMBLER_NAME_SET_P (node->decl))
    return NULL;
  const char *name = IDENTIFIER_POINTER (DECL_ASSEMBLER_NAME (node->decl));
  return name[0] == '*' ? name + 1 : name;
}

/* The C library's allocator, which a program may replace.  */
static const char *const libc_allocator[] = {
  "malloc", "calloc", "realloc", "free", "aligned_alloc", "memalign",
  "posix_memalign", "valloc", "pvalloc", "reallocarray"
};

/* Does the unit define a function of the C library's allocator (glibc
   calls the program's malloc from qsort, tsearch...)?  */
bool
replaces_malloc ()
{
  cgraph_node *node;
  FOR_EACH_FUNCTION (node)
    if (const char *sym = public_symbol (node))
      for (const char *n : libc_allocator)
	if (strcmp (sym, n) == 0)
	  return true;
  return false;
}

/* Can code the plugin cannot see call N (one of a function's names, its
   aliases included): public, its address taken, kept for asm ("used"), or
   a constructor or destructor?
   A static function with a public alias is entered through the alias
   (adversarial finding).  */
static bool
entry_point (cgraph_node *n, void *data)
{
  /* A constructor or destructor runs from dlopen or dlclose too, which
     its unit's code may have called.  */
  if (TREE_PUBLIC (n->decl) || n->address_taken || DECL_PRESERVE_P (n->decl)
      || DECL_STATIC_CONSTRUCTOR (n->decl) || DECL_STATIC_DESTRUCTOR (n->decl))
    {
      *(bool *) data = true;
      return true;
    }
  return false;
}

/* Is SYM, the symbol of public function NODE defined here, one of the C
   library's (malloc, strlen...)?  A wrapper for the linker's --wrap=NAME
   counts: the other units' calls of NAME run it.  */
static bool
replaces_libc_symbol (cgraph_node *node, const char *sym)
{
  for (const char *n : libc_allocator)
    if (strcmp (sym, n) == 0)
      return true;
  return fndecl_built_in_p (node->decl) || esc_libc_summary (sym)
    || esc_libc_calls_back (sym) || startswith (sym, "__wrap_");
}

/* Does the unit have assembly at file scope, which may define any
   symbol (".set strtol, my_strtol": adversarial finding)?  */
static bool
toplevel_asm ()
{
  for (asm_node *a = symtab->first_asm_symbol (); a; a = a->next)
    for (const char *t = TREE_STRING_POINTER (a->asm_str); *t; t++)
      if (!ISSPACE (*t))
	return true;
  return false;
}

/* The symbols of the C library's functions the unit defines, into OUT
   (for the unit's report, whose readers put them in the summaries file),
   "*" for assembly at file scope.  */
static void
replaced_libc (vec<const char *> &out)
{
  /* "*": any name.  */
  if (toplevel_asm ())
    out.safe_push ("*");
  cgraph_node *node;
  FOR_EACH_FUNCTION (node)
    if (const char *sym = public_symbol (node))
      if (replaces_libc_symbol (node, sym))
	out.safe_push (sym);
}

/* Does the unit, or another unit of the build as the summaries file says,
   define a public function of the C library's name, under any of its
   names (an alias, an asm label: adversarial findings)?  Then the other
   units' calls of that name run its code, which a summary saying it runs
   only its own unit's and the C library's cannot know.  */
static bool
replaces_libc ()
{
  auto_vec<const char *> names;
  replaced_libc (names);
  return !names.is_empty () || esc_summaries_replace_libc ();
}

/* Does a call of GCC builtin DECL, one the C library model does not
   describe (its summary is GCC's fnspec), run no code of the unit, or
   with LITERAL, none of any unit?  Only if GCC says so: const or pure,
   or leaf (it calls nothing of the calling unit: fork, which runs
   pthread_atfork handlers, is not; adversarial finding).  A leaf hook
   of GCC's instrumentation (__sanitizer_cov_trace_pc, __asan_load1) may
   be the program's own, in another unit.  */
static bool
builtin_stays (tree decl, bool literal)
{
  int flags = flags_from_decl_or_type (decl);
  if (flags & (ECF_CONST | ECF_PURE))
    return true;
  if (!(flags & ECF_LEAF))
    return false;
  const char *name = DECL_NAME (decl) ? IDENTIFIER_POINTER (DECL_NAME (decl))
    : "";
  return !literal || !startswith (name, "__") || startswith (name, "__builtin_");
}

/* Which functions may run, through their calls, code of another unit or
   code nobody sees (UNSEEN)?  LITERAL: every function of another unit
   counts, what a summary's calls_out says to those units; otherwise one
   known by a summary from a file that runs only its own unit's code does
   not (that unit's code calls nothing of this one, or it would call out).
   Under lto1 a partition holds several units' code, so such a summary
   says nothing there.  WHY and VIA, when given, say how, for -m=2: its own
   call (WHY), or a callee's (VIA, whose WHY it is).  */
static void
reaches_unseen (vec<bool> &unseen, bool literal, vec<char *> *why,
		vec<int> *via)
{
  int n = esc_function_count ();
  unseen.safe_grow_cleared (n);
  /* A library function handed a callback of the unit (qsort (v, n, 4,
     cmp)) counts as a call of the callback (build-graph.h callback_libc),
     unless the library may also call the program's own malloc.  */
  bool own_malloc = replaces_malloc ();
  bool trust_calls_out = !literal && !in_lto_p && !replaces_libc ();
  for (int i = 0; i < n; i++)
    {
      esc_function *f = esc_function_get (i);
      if (!f->fg)
	continue;
      unseen[i] = f->fg->calls_unknown
	|| (own_malloc && !f->fg->callback_libc.is_empty ());
      if (why && f->fg->calls_unknown && f->fg->unknown_call)
	(*why)[i] = xstrdup (f->fg->unknown_call);
      else if (why && unseen[i])
	{
	  tree lib = esc_function_get (f->fg->callback_libc[0])->decl;
	  (*why)[i] = xasprintf ("it calls %s, which may call the program's "
				 "own malloc",
				 esc_decl_name (lib) ? esc_decl_name (lib)
				 : "?");
	}
      for (int c : f->fg->live_callees)
	{
	  /* A summary of code another unit or partition compiles
	     (summaries=FILE, or recorded in the bytecode) says what the
	     code does with its arguments, and whether it calls out of its
	     unit: it may call back as any code the plugin cannot see, an
	     allocator wrapper or a deallocator too (adversarial findings:
	     a hook on the failure path; a deallocator of a family GCC's
	     attributes declare, whose free may run anything).  */
	  const esc_summary *cs = esc_function_summary (c);
	  bool foreign = cs && cs == esc_function_get (c)->imported;
	  if (cs && !foreign && !esc_function_calls_back (c)
	      && (cs != esc_function_get (c)->builtin
		  || builtin_stays (esc_function_get (c)->decl, literal)))
	    continue;
	  if (foreign && trust_calls_out && !cs->calls_out)
	    continue;
	  if (why && !unseen[i])
	    {
	      /* "defined in another unit", "compiled in another LTO
		 partition", or the C library's.  */
	      char buf[256];
	      const char *cn = esc_decl_name (esc_function_get (c)->decl);
	      /* GCC's __builtin_fwrite for the fprintf written.  */
	      if (cn && startswith (cn, "__builtin_"))
		cn += 10;
	      if (cs && !foreign)
		(*why)[i] = xasprintf ("it calls %s, which may call back "
				       "into the program", cn ? cn : "?");
	      else if (foreign && !in_lto_p)
		(*why)[i] = xasprintf ("it calls %s, which is defined in "
				       "another unit and %s", cn ? cn : "?",
				       cs->calls_out
				       ? "may run code of others"
				       : "may call a function of the C "
				       "library's name that the program "
				       "defines");
	      else if (esc_unknown_why (c, buf, sizeof buf) && cn
		       && startswith (buf, cn) && buf[strlen (cn)] == ' ')
		(*why)[i] = xasprintf ("it calls %s, which%s", cn,
				       buf + strlen (cn));
	      else
		(*why)[i] = xasprintf ("it calls %s, which the plugin cannot "
				       "see", cn ? cn : "?");
	    }
	  unseen[i] = true;
	}
    }
  /* Through callees, to a fixed point.  */
  for (bool changed = true; changed;)
    {
      changed = false;
      for (int i = 0; i < n; i++)
	if (esc_function_get (i)->fg && !unseen[i])
	  for (int c : esc_function_get (i)->fg->live_callees)
	    if (unseen[c])
	      {
		unseen[i] = changed = true;
		if (via)
		  (*via)[i] = c;
		break;
	      }
    }
}

/* Does GCC add calls of hooks a program may define, after this pass
   (-fsanitize-coverage's __sanitizer_cov_trace_pc, the kernel sanitizers'
   __asan_load1_noabort; adversarial finding), or of -finstrument-functions'
   __cyg_profile_func_enter?  They are GCC's builtins in this unit, but
   another unit may define them as it likes.  */
static bool
hooks_added ()
{
  return flag_sanitize_coverage || flag_instrument_function_entry_exit
    || (flag_sanitize & (SANITIZE_KERNEL_ADDRESS | SANITIZE_KERNEL_HWADDRESS));
}

/* Each solved summary says whether its function may run code of another
   unit (esc_summary.calls_out), before it is published or recorded.  */
static void
mark_calls_out ()
{
  auto_vec<bool> out;
  reaches_unseen (out, true, NULL, NULL);
  bool hooks = hooks_added ();
  for (int i = 0; i < esc_function_count (); i++)
    {
      esc_function *f = esc_function_get (i);
      if (f->fg && f->summary)
	f->summary->calls_out = out[i] || hooks;
    }
}

/* Which functions may run again while a call of them is active, through
   code we cannot see (a call through a pointer, a callback handed to
   qsort, a function without a body)?  Such code can only enter this unit
   through an entry point: a public or address-taken function.  So F may
   be re-entered if it reaches unseen code through its calls and some entry
   point reaches F.  Cycles of the call graph are RECURSIVE already.  */
void
find_reentry (vec<bool> &reentry)
{
  int n = esc_function_count ();
  auto_vec<bool> unseen, reached;
  reached.safe_grow_cleared (n);
  reentry.safe_grow_cleared (n);
  auto_vec<char *> why;
  auto_vec<int> via;
  why.safe_grow_cleared (n);
  via.safe_grow (n);
  for (int i = 0; i < n; i++)
    via[i] = -1;
  reaches_unseen (unseen, false, &why, &via);
  /* From the entry points, through the calls: a body the analysis has
     no graph for (an extern inline definition GCC may still inline, a
     gnu_inline wrapper) passes it on through GCC's call graph
     (adversarial finding: a static function entered only through one
     took slots in every frame of a recursion).  */
  auto_vec<int> work;
  auto_vec<cgraph_node *> bodies;
  hash_set<cgraph_node *> walked;
  auto reach = [&] (int c) {
    if (c >= 0 && c < n && esc_function_get (c)->fg && !reached[c])
      {
	reached[c] = true;
	work.safe_push (c);
      }
    else if (c >= 0 && c < n && !esc_function_get (c)->fg)
      if (cgraph_node *b = cgraph_node::get (esc_function_get (c)->decl))
	if (b->definition && !walked.add (b))
	  bodies.safe_push (b);
  };
  /* Assembly at file scope may give any function a public name
     (".set pub, impl": adversarial finding).  */
  bool asm_names = toplevel_asm ();
  for (int i = 0; i < n; i++)
    {
      esc_function *f = esc_function_get (i);
      cgraph_node *node = cgraph_node::get (f->decl);
      bool entry = !node || asm_names;
      if (node)
	node->call_for_symbol_and_aliases (entry_point, &entry, true);
      if (entry)
	reach (i);
    }
  while (!work.is_empty () || !bodies.is_empty ())
    if (!work.is_empty ())
      for (int c : esc_function_get (work.pop ())->fg->callees)
	reach (c);
    else
      for (cgraph_edge *e = bodies.pop ()->callees; e; e = e->next_callee)
	{
	  cgraph_node *t = e->callee->ultimate_alias_target ();
	  int c = esc_function_find (t->decl);
	  if (c < 0)
	    c = esc_function_find (e->callee->decl);
	  if (c >= 0)
	    reach (c);
	  else if (t->definition && !walked.add (t))
	    bodies.safe_push (t);
	}
  for (int i = 0; i < n; i++)
    {
      reentry[i] = unseen[i] && reached[i];
      esc_function *f = esc_function_get (i);
      free (f->reentry_why);
      f->reentry_why = NULL;
      if (!reentry[i])
	continue;
      /* The callee whose own call it is, and the way there.  */
      int r = i, hops = 0;
      while (via[r] >= 0 && hops++ < n)
	r = via[r];
      if (!why[r])
	continue;
      const char *name = r == i ? NULL : esc_decl_name (esc_function_get
							(via[i])->decl);
      f->reentry_why = name ? xasprintf ("through %s, %s", name, why[r])
	: xstrdup (why[r]);
    }
  for (char *w : why)
    free (w);
}

/* "size", "size, at least 1", "16", "n * size": a size expression in
   the words of the note that names an allocator.  */
void
size_text (esc_function *f, const esc_size_expr &e, char *buf, size_t n)
{
  tree p = esc_nth_param (f->decl, e.param);
  const char *name = p ? esc_decl_name (p) : NULL;
  if (e.param >= 0 && e.konst > 0)
    snprintf (buf, n, "%s, at least %lld", name ? name : "?", e.konst);
  else if (e.param >= 0)
    snprintf (buf, n, "%s", name ? name : "?");
  else if (e.konst >= 0)
    snprintf (buf, n, "%lld", e.konst);
  else
    snprintf (buf, n, "unknown");
}

/* "xmalloc is an allocator (wraps malloc; size: n)": its calls are
   allocation sites in the callers' reports.  */
void
report_wrapper (esc_function *f)
{
  const esc_alloc_summary &as = f->summary->alloc;
  location_t loc = DECL_SOURCE_LOCATION (f->decl);
  const char *name = IDENTIFIER_POINTER (DECL_NAME (f->decl));
  esc_byte_column bc (loc);
  if (as.is_alloc)
    {
      char size[128], count[128];
      size_text (f, as.size, size, sizeof size);
      if (as.has_count)
	{
	  size_text (f, as.count, count, sizeof count);
	  inform (loc, "%s is an allocator (wraps %s; size: %s times %s)",
		  name, as.inner, count, size);
	}
      else
	inform (loc, "%s is an allocator (wraps %s; size: %s)", name,
		as.inner, size);
    }
  if (as.dealloc_param >= 0)
    {
      tree p = esc_nth_param (f->decl, as.dealloc_param);
      const char *pn = p ? esc_decl_name (p) : NULL;
      inform (loc, "%s is a deallocator (frees %s)", name, pn ? pn : "?");
    }
}

/* While one lives, notes print no source line with a caret under it, as
   -fopt-info's records and Go's -m print none: -m prints thousands of
   notes, -m=2 several lines each, and a caret under every one repeats
   the source (GCC 12 also rereads up to 1/100 of a large file for each).
   Every other diagnostic keeps the user's choice.  */
class no_caret
{
  bool saved;
public:
  no_caret () : saved (global_dc->show_caret)
  {
    global_dc->show_caret = false;
  }
  ~no_caret () { global_dc->show_caret = saved; }
};

/* The calls that make callee F's site I, each a site of its caller
   (core/fresh.c): what becomes of the object there.  */
struct made_for
{
  esc_function *caller;
  int site;
};
static hash_map<const esc_site *, auto_vec<made_for> *> *made_for_map;

/* Source order of A and B: file, line, column.  */
static int
compare_locations (location_t a, location_t b)
{
  expanded_location xa = expand_location (a), xb = expand_location (b);
  int c = strcmp (xa.file ? xa.file : "", xb.file ? xb.file : "");
  if (c)
    return c;
  if (xa.line != xb.line)
    return xa.line < xb.line ? -1 : 1;
  return xa.column < xb.column ? -1 : xa.column > xb.column;
}

/* Callers in source order.  */
static int
by_call_location (const void *a, const void *b)
{
  const made_for *x = (const made_for *) a, *y = (const made_for *) b;
  return compare_locations
    (gimple_location (x->caller->fg->sites[x->site].call),
     gimple_location (y->caller->fg->sites[y->site].call));
}

static void
build_made_for (void)
{
  made_for_map = new hash_map<const esc_site *, auto_vec<made_for> *>;
  for (int id = 0; id < esc_function_count (); id++)
    {
      esc_function *g = esc_function_get (id);
      if (!g->fg)
	continue;
      for (unsigned j = 0; j < g->fg->sites.length (); j++)
	{
	  const esc_site &st = g->fg->sites[j];
	  tree fn = st.fresh >= 0 ? gimple_call_fndecl (st.call) : NULL_TREE;
	  /* The call may go to a copy of the constructor by now
	     (slot-inlining.cc, escape_private): the constructor's.  */
	  if (fn)
	    fn = DECL_ORIGIN (fn);
	  esc_function *c = fn ? esc_function_get (esc_function_id (fn))
	    : NULL;
	  if (!c || !c->fg || !c->summary || st.fresh >= c->summary->nfresh)
	    continue;
	  int i = esc_object_site (c, st.fresh);
	  if (i < 0)
	    continue;
	  bool existed;
	  auto_vec<made_for> *&v
	    = made_for_map->get_or_insert (&c->fg->sites[i], &existed);
	  if (!existed)
	    v = new auto_vec<made_for> ();
	  made_for m = { g, (int) j };
	  v->safe_push (m);
	}
    }
  for (auto it = made_for_map->begin (); it != made_for_map->end (); ++it)
    (*it).second->qsort (by_call_location);
}

/* At -m=2, for a site whose object F hands to its callers: where it goes
   there, by verdict ("for its callers: moved to stack at x.c:70:17;
   escapes to heap at x.c:90:3"), the callers a user would look at.  */
static void
report_made_for (esc_function *f, unsigned i, location_t loc)
{
  if (!made_for_map)
    build_made_for ();
  auto_vec<made_for> **v = made_for_map->get (&f->fg->sites[i]);
  if (!v || (*v)->is_empty ())
    return;
  static const char *const words[3]
    = { "moved to stack", "does not escape", "escapes to heap" };
  pretty_printer pp;
  bool first = true;
  for (int w = 0; w < 3; w++)
    {
      int n = 0;
      for (const made_for &m : **v)
	{
	  esc_function *g = m.caller;
	  const esc_site &st = g->fg->sites[m.site];
	  bool moved = transform_applies ()
	    && (unsigned) m.site < g->moves.length ()
	    && g->moves[m.site] == ESC_MOVED;
	  int which = moved ? 0 : esc_escapes (g->solved, st.loc) ? 2 : 1;
	  if (which != w)
	    continue;
	  if (n == 0)
	    {
	      pp_string (&pp, first ? "" : "; ");
	      pp_string (&pp, words[w]);
	      pp_string (&pp, " at ");
	    }
	  first = false;
	  if (n < 3)
	    {
	      expanded_location x = expand_location (gimple_location (st.call));
	      pp_printf (&pp, "%s%s:%d:%d", n ? ", " : "", x.file ? x.file : "?",
			 x.line, x.column);
	    }
	  n++;
	}
      if (n > 3)
	pp_printf (&pp, " and %d more", n - 3);
    }
  esc_byte_column bc (loc);
  inform (loc, "  for its callers: %s", pp_formatted_text (&pp));
}

static void
release_made_for (void)
{
  if (!made_for_map)
    return;
  for (auto it = made_for_map->begin (); it != made_for_map->end (); ++it)
    delete (*it).second;
  delete made_for_map;
  made_for_map = NULL;
}

void
report (esc_function *f)
{
  int level = escape_options.m_level;
  if (level == 0)
    return;
  no_caret quiet;
  push_cfun (DECL_STRUCT_FUNCTION (f->decl));
  report_wrapper (f);
  for (const esc_param &p : f->fg->params)
    if (POINTER_TYPE_P (TREE_TYPE (p.decl)) && esc_decl_name (p.decl))
      {
	location_t loc = DECL_SOURCE_LOCATION (p.decl);
	esc_report_param (f->solved, p.loc, level, emit_note, &loc);
      }
  for (unsigned i = 0; i < f->fg->sites.length (); i++)
    {
      const esc_site &s = f->fg->sites[i];
      location_t loc = gimple_location (s.call);
      if (escape_options.transform && i < f->moves.length ())
	{
	  esc_report_move (f->solved, s.loc, level, f->moves[i],
			   i < f->sizes.length () ? f->sizes[i] : -1,
			   i < f->slot_sizes.length () ? f->slot_sizes[i] : 0,
			   i < f->owned.length () && f->owned[i],
			   i < f->pools.length () ? f->pools[i] : 0,
			   emit_note,
			   &loc);
	  /* What may re-enter the function, for a slot one activation at
	     a time owns (or none): the call a user could change.  */
	  if (level >= 2 && f->reentry && f->reentry_why
	      && ((f->moves[i] == ESC_MOVED && i < f->owned.length ()
		   && f->owned[i])
		  || f->moves[i] == ESC_STAY_REENTRY))
	    inform (loc, "  %s may be re-entered: %s",
		    esc_decl_name (f->decl) ? esc_decl_name (f->decl) : "?",
		    f->reentry_why);
	  /* Why no clone of the constructor takes the slot: what a user
	     could change.  */
	  if (level >= 2 && f->moves[i] == ESC_STAY_CALLEE_MADE
	      && i < f->callee_why.length () && f->callee_why[i])
	    {
	      esc_byte_column bc (loc);
	      inform (loc, "  %s", f->callee_why[i]);
	    }
	  /* Who frees or grows a moved object without freeing the slot:
	     one line each (transform.cc).  */
	  if (level >= 2 && f->moves[i] == ESC_MOVED
	      && i < f->released_by.length () && f->released_by[i])
	    for (const char *l = f->released_by[i]; *l;)
	      {
		const char *nl = strchr (l, '\n');
		int len = nl ? (int) (nl - l) : (int) strlen (l);
		esc_byte_column bc (loc);
		inform (loc, "  %.*s", len, l);
		l += len + (nl != NULL);
	      }
	}
      else
	esc_report_alloc (f->solved, s.loc, level, emit_note, &loc);
      /* A constructor's object escapes to its caller: say where it goes
	 there.  */
      if (level >= 2 && esc_escapes (f->solved, s.loc))
	report_made_for (f, i, loc);
    }
  pop_cfun ();
}

/* LOC moved along its line to the column GCC's diagnostics (and so -m)
   print, tabs expanded: dump locations print byte columns, and a record
   should name the column the note names.  LOC itself when they agree or
   the line map cannot say it.  */
location_t
display_location (location_t loc)
{
  expanded_location x = expand_location (loc);
  if (!x.file || x.line <= 0 || x.column <= 0)
    return loc;
  int d = esc_display_column (x.file, x.line, x.column);
  if (d <= x.column)
    return loc;
  location_t l = linemap_position_for_loc_and_offset (line_table, loc,
						       d - x.column);
  expanded_location y = expand_location (l);
  return y.file && strcmp (y.file, x.file) == 0 && y.line == x.line
	 && y.column == d ? l : loc;
}

/* The verdicts as optimization records: -fopt-info prints moved sites,
   and non-escaping ones the transform would move, as "optimized:";
   escaping ones, and non-escaping ones that stay on the heap (with the
   reason, as -m=2 says it), as "missed:".  -fsave-optimization-record
   keeps them, in the function whose body holds the call when the plugin
   analyses it (after early inlining: the JSON report's "function"), at
   the column -m prints.  */
void
report_optinfo (esc_function *f)
{
  push_cfun (DECL_STRUCT_FUNCTION (f->decl));
  /* The records take their function from current_function_decl, which
     push_cfun leaves alone.  */
  tree saved = current_function_decl;
  current_function_decl = f->decl;
  for (unsigned i = 0; i < f->fg->sites.length (); i++)
    {
      const esc_site &s = f->fg->sites[i];
      esc_move_reason reason = i < f->moves.length () ? f->moves[i]
			       : ESC_MOVED;
      bool moved = transform_applies () && i < f->moves.length ()
		   && reason == ESC_MOVED;
      if (!gimple_bb (s.call) && !moved)
	continue;
      const char *name = esc_loc_name (f->solved, s.loc);
      dump_user_location_t where = dump_user_location_t::from_location_t
	(display_location (gimple_location (s.call)));
      if (moved)
	dump_printf_loc (MSG_OPTIMIZED_LOCATIONS, where,
			 "moved to stack: %s\n", name);
      else if (esc_escapes (f->solved, s.loc))
	dump_printf_loc (MSG_MISSED_OPTIMIZATION, where,
			 "%s escapes to heap\n", name);
      else if (reason == ESC_MOVED)
	dump_printf_loc (MSG_OPTIMIZED_LOCATIONS, where,
			 "%s does not escape\n", name);
      else
	dump_printf_loc (MSG_MISSED_OPTIMIZATION, where,
			 "%s does not escape, not moved to stack: %s\n", name,
			 esc_move_reason_text (reason));
    }
  /* A record is written out when the next one starts, or at the end of
     the pass: finish F's while F is still the function it names.  */
  dump_context::get ().end_any_optinfo ();
  current_function_decl = saved;
  pop_cfun ();
}

/* Why a site's escape could not be seen through, from its path: a call
   of a function defined in another unit, or of one that may be replaced
   at link or load time (esc_unknown_why's words).  */
struct cause_ctx
{
  const esc_graph *g;
  const char *cause;
};

static void
cause_step (void *ctx, const esc_step *st)
{
  cause_ctx *c = (cause_ctx *) ctx;
  if (st->note == ESC_NO_NOTE)
    return;
  const char *why = esc_note_why (c->g, st->note);
  if (why && strncmp (why, "store into what ", 16) == 0
      && strstr (why, " is defined in another unit)"))
    {
      c->cause = "extern-result";
      return;
    }
  if (!why || strncmp (why, "call parameter, ", 16) != 0)
    return;
  if (strstr (why, " is defined in another unit"))
    c->cause = "extern-call";
  else if (strstr (why, " is compiled in another LTO partition"))
    c->cause = "lto-partition";
  else if (strstr (why, " may be replaced at link or load time"))
    c->cause = "interposable";
}

/* F's sites and parameters into the JSON report R.  */
void
report_json (esc_json_report *r, esc_function *f)
{
  push_cfun (DECL_STRUCT_FUNCTION (f->decl));
  for (const esc_param &p : f->fg->params)
    if (POINTER_TYPE_P (TREE_TYPE (p.decl)) && esc_decl_name (p.decl))
      esc_json_report_param (r, f->solved, p.loc);
  for (unsigned i = 0; i < f->fg->sites.length (); i++)
    {
      const esc_site &s = f->fg->sites[i];
      esc_json_site info;
      info.allocator = s.allocator;
      info.size = i < f->sizes.length () ? f->sizes[i] : -1;
      info.reason = i < f->moves.length () ? f->moves[i] : ESC_STAY_KIND;
      info.moved = transform_applies () && info.reason == ESC_MOVED;
      info.blocked = i < f->blocked.length () ? f->blocked[i] : ESC_MOVED;
      cause_ctx cc = { f->solved, NULL };
      esc_report_chain (f->solved, s.loc, cause_step, &cc);
      info.cause = cc.cause;
      /* An allocator wrapper's own allocation is meant to be returned:
	 its callers' calls are the sites that may move.  */
      if (info.blocked == ESC_STAY_RETURNED && f->summary
	  && f->summary->alloc.is_alloc)
	info.blocked = ESC_STAY_WRAPPER;
      info.slot = i < f->slot_sizes.length () ? f->slot_sizes[i] : 0;
      info.pool = i < f->pools.length () ? f->pools[i] : 0;
      info.made_by = NULL;
      info.nmade_by = 0;
      if (s.fresh >= 0)
	{
	  const esc_summary *cs
	    = esc_function_summary (esc_function_id (gimple_call_fndecl
						     (s.call)));
	  if (cs && s.fresh < cs->nfresh)
	    {
	      info.made_by = cs->fresh[s.fresh].chain;
	      info.nmade_by = cs->fresh[s.fresh].nchain;
	    }
	}
      esc_json_report_site (r, f->solved, s.loc, &info);
    }
  pop_cfun ();
}

/* The report recorded in the object file itself, as annobin records its
   notes: a section without SHF_ALLOC, never loaded, so the program does
   not change; a link concatenates the units' sections, so each document
   ends in a NUL.  A compiler cache or distcc hands back the object, and
   the report with it.  */
static void
record_in_object (const char *text, size_t len)
{
  if (!asm_out_file)
    return;
  fprintf (asm_out_file, "\t.pushsection %s,\"\",@progbits\n",
	   ESC_JSON_SECTION);
  /* Each line built whole and written at once: a character at a time
     through stdio was most of the time writing the report took.  */
  char line[16 + 64 * 4];
  for (size_t i = 0; i < len; i += 64)
    {
      size_t n = 0;
      memcpy (line, "\t.ascii \"", 9);
      n = 9;
      for (size_t k = i; k < len && k < i + 64; k++)
	{
	  unsigned char c = text[k];
	  if (c == '"' || c == '\\')
	    {
	      line[n++] = '\\';
	      line[n++] = (char) c;
	    }
	  else if (c >= 32 && c < 127)
	    line[n++] = (char) c;
	  else
	    {
	      line[n++] = '\\';
	      line[n++] = (char) ('0' + (c >> 6));
	      line[n++] = (char) ('0' + ((c >> 3) & 7));
	      line[n++] = (char) ('0' + (c & 7));
	    }
	}
      line[n++] = '"';
      line[n++] = '\n';
      fwrite (line, 1, n, asm_out_file);
    }
  fputs ("\t.byte 0\n\t.popsection\n", asm_out_file);
}

/* lto1: one document per partition of the link, named after it (the
   driver's "-dumpbase OUT.ltrans0.ltrans", OUT the program), whose sites
   are the whole program's; a compile's documents under -flto say they
   left the transform to it (escape-report reads the link's instead).  */
static void
name_link_document (esc_json_unit *u)
{
  static char part[8192], part_abs[8192], link[256];
  /* "-dumpbase OUT.ltrans0.ltrans" (a partition), or "OUT.lto.o"
     (-flto-partition=none: one lto1, "OUT.lto").  A directory the
     driver gave apart is put in front of a bare name.  */
  const char *base = dump_base_name ? dump_base_name : "lto.ltrans0.ltrans";
  const char *dir = dump_dir_name && !strchr (base, '/') ? dump_dir_name : "";
  size_t dl = strlen (dir);
  if (dl && dir[dl - 1] != '/')
    dir = "";
  snprintf (part, sizeof part, "%s%s", dir, base);
  size_t n = strlen (part);
  if (n > 7 && strcmp (part + n - 7, ".ltrans") == 0)
    part[n - 7] = '\0';
  else if (n > 6 && strcmp (part + n - 6, ".lto.o") == 0)
    part[n - 2] = '\0';
  u->unit = lbasename (part);
  u->lto = u->unit;
  /* The partitions of one link read "/tmp/ccXXXXXX.ltrans0.o",
     "....ltrans1.o": escape-report reads a program's documents of the
     latest link only (a relink into fewer partitions leaves the
     others).  */
  snprintf (link, sizeof link, "%s",
	    main_input_filename ? lbasename (main_input_filename) : "");
  if (char *t = strstr (link, ".ltrans"))
    *t = '\0';
  u->link = link;
  u->source = esc_abs_path (u->directory, part, part_abs, sizeof part_abs)
	      && part_abs[0] == '/' ? part_abs : NULL;
}

/* Write the unit's JSON report where -fplugin-arg-escape-report says, and
   record it in the object file.  */
void
write_json (vec<esc_function *> &order)
{
  esc_json_unit u;
  memset (&u, 0, sizeof u);
  u.unit = main_input_filename;
  /* The directory GCC records as DW_AT_comp_dir (the one a preprocessed
     input's linemarker names, under distcc too): with it the report's
     relative paths mean one file wherever the report is read.  */
  const char *pwd = get_src_pwd ();
  static char source[8192];
  u.directory = pwd && pwd[0] == '/' ? pwd : NULL;
  u.source = main_input_filename
    && esc_abs_path (u.directory, main_input_filename, source, sizeof source)
    && source[0] == '/' ? source : NULL;
  /* A compile that writes bytecode (with fat objects too): a link that
     reports gives the program's verdicts for its sites.  */
  u.deferred = flag_generate_lto && !in_lto_p;
  auto_vec<const char *> replaced;
  if (!in_lto_p)
    replaced_libc (replaced);
  u.replaces_libc = replaced.address ();
  u.nreplaces_libc = replaced.length ();
  if (in_lto_p)
    name_link_document (&u);
  u.gcc_version = escape_gcc_version;
  u.target = escape_target;
  u.transform = transform_applies ();
  u.max_size = escape_options.max_size;
  u.frame_budget = escape_options.frame_budget;
  u.slot_size = esc_options_slot_bytes (&escape_options);
  size_t plen = strlen (escape_options.report_path);
  u.make_dir = plen && escape_options.report_path[plen - 1] == '/';
  esc_json_report *r = esc_json_report_new (&u);
  for (esc_function *f : order)
    {
      report_json (r, f);
      /* Summaries and wrappers for other units come from the compiles:
	 lto1's bodies are GCC's after inlining.  */
      if (in_lto_p)
	continue;
      /* What it is to other units' callers: escape-report declares the
	 public wrappers for the next build (their calls elsewhere are not
	 allocation sites otherwise).  */
      esc_json_function fn;
      fn.name = IDENTIFIER_POINTER (DECL_NAME (f->decl));
      fn.pos = esc_pos_of (DECL_SOURCE_LOCATION (f->decl));
      fn.is_public = TREE_PUBLIC (f->decl) && !DECL_EXTERNAL (f->decl);
      fn.alloc = f->summary ? &f->summary->alloc : NULL;
      /* The whole summary, for other units' calls (escape-report
	 --write-summaries), when they may trust it.  */
      char hash[17];
      char *text = esc_published_summary (f, hash);
      fn.summary = text;
      fn.summary_hash = text ? hash : NULL;
      esc_json_report_function (r, &fn);
      esc_free (text);
    }
  size_t len;
  char *text = esc_json_report_text (r, &len);
  record_in_object (text, len);
  esc_free (text);
  const char *path = escape_options.report_path;
  struct stat st;
  bool is_dir = path[0] && stat (path, &st) == 0 && S_ISDIR (st.st_mode);
  char file[8192], why[8400];
  esc_json_report_file (path, is_dir, u.source ? u.source
			: main_input_filename ? main_input_filename : "stdin",
			file, sizeof file);
  if (in_lto_p && !is_dir && plen && path[plen - 1] != '/')
    {
      /* report=FILE names the compile's document: the link's is beside
	 it, "r.json" -> "r.ltrans0.json".  */
      const char *tag = strstr (u.unit, ".ltrans");
      if (!tag)
	tag = strstr (u.unit, ".lto");
      tag = tag ? tag + 1 : "lto";
      size_t stem = plen > 5 && strcmp (path + plen - 5, ".json") == 0
		    ? plen - 5 : plen;
      snprintf (file, sizeof file, "%.*s.%s.json", (int) stem, path, tag);
    }
  if (path[0] && !esc_json_report_write (r, file, why, sizeof why))
    error_at (UNKNOWN_LOCATION, "escape: %s", why);
  esc_json_report_free (r);
}

/* Reports come in source order, whatever order the solver needed.  */
int
by_position (const void *a, const void *b)
{
  tree da = (*(esc_function *const *) a)->decl;
  tree db = (*(esc_function *const *) b)->decl;
  return compare_locations (DECL_SOURCE_LOCATION (da),
			    DECL_SOURCE_LOCATION (db));
}

class summarize_pass : public simple_ipa_opt_pass
{
public:
  summarize_pass (gcc::context *ctxt)
    : simple_ipa_opt_pass (summarize_pass_data, ctxt)
  {
  }

  bool gate (function *) final override
  {
    return esc_unit_pass_wanted ();
  }

  unsigned int execute (function *) final override
  {
    esc_summarize_unit ();
    return 0;
  }
};

} // anon namespace

/* With a summaries file: the hash of each public function's summary
   solved as a build without the file solves it, every function of
   another unit unknown (esc_imports_off), into unfiled_hash.  Where it
   is the file's summary of the function, a first build wrote that
   summary from this very body, which the analysis reads as it did then:
   the summary holds for this definition, which defines its symbol
   (unit-summaries.cc), however the summary made with the file differs.
   The analysis of a call of unknown code assumes nothing of it, so a
   summary made that way holds whatever the other units' definitions
   are.  The graphs are solved as copies; the real solve follows.  */
static void
unfiled_summaries (vec<vec<int> > &sccs)
{
  int n = esc_function_count ();
  bool any = false;
  for (int i = 0; i < n && !any; i++)
    {
      esc_function *f = esc_function_get (i);
      const char *hash;
      any = f->fg && DECL_NAME (f->decl)
	&& esc_summaries_lookup (IDENTIFIER_POINTER (DECL_NAME (f->decl)),
				 &hash);
    }
  if (!any)
    return;
  auto_vec<esc_graph *> saved;
  saved.safe_grow_cleared (n);
  for (int i = 0; i < n; i++)
    {
      esc_function *f = esc_function_get (i);
      if (f->fg)
	{
	  saved[i] = f->fg->graph;
	  f->fg->graph = esc_graph_clone (saved[i]);
	}
    }
  esc_imports_off = true;
  for (unsigned i = 0; i < sccs.length (); i++)
    solve_component (sccs[i], i);
  mark_calls_out ();
  esc_imports_off = false;
  for (int i = 0; i < n; i++)
    {
      esc_function *f = esc_function_get (i);
      if (!f->fg)
	continue;
      char hash[17];
      if (char *text = esc_published_summary (f, hash))
	{
	  memcpy (f->unfiled_hash, hash, sizeof hash);
	  esc_free (text);
	}
      if (f->solved && f->solved != f->fg->graph)
	esc_graph_free (f->solved);
      esc_graph_free (f->fg->graph);
      if (f->unsolved)
	esc_graph_free (f->unsolved);
      if (f->summary)
	esc_summary_free (f->summary);
      f->fg->graph = saved[i];
      f->solved = f->unsolved = NULL;
      f->summary = NULL;
    }
}

/* Solve, plan, transform and report every function with a graph.  */
void
esc_summarize_unit (void)
{
  esc_set_column_hook (esc_display_column);
  esc_set_unknown_why_hook (esc_unknown_why);
  resolve_param_calls ();
  auto_vec<vec<int> > sccs;
  components (sccs);
  if (escape_options.summaries && !flag_generate_lto && !in_lto_p)
    unfiled_summaries (sccs);
  for (unsigned i = 0; i < sccs.length (); i++)
    {
      solve_component (sccs[i], i);
      sccs[i].release ();
    }
  mark_calls_out ();
  /* Reports come in source order, and so do a cycle's owned copies.  */
  auto_vec<esc_function *> order;
  for (int i = 0; i < esc_function_count (); i++)
    if (esc_function_get (i)->fg && esc_function_get (i)->solved)
      order.safe_push (esc_function_get (i));
  order.qsort (by_position);
  bool json = esc_options_report (&escape_options);
  /* cc1 under -flto without fat objects leaves notes and the transform
     to lto1 (escape-pass.cc esc_cc1_defers_to_lto).  */
  bool defer = esc_cc1_defers_to_lto ();
  bool apply = escape_options.transform && !defer;
  /* The plan also says why a site stays, for the JSON report and the
     optimization records.  */
  if (apply || json || dump_enabled_p ())
    {
      auto_vec<bool> reentry;
      find_reentry (reentry);
      for (int i = 0; i < esc_function_count (); i++)
	esc_function_get (i)->reentry = reentry[i];
      /* A function called, directly or not, by a recursive or re-entered
	 one may be inlined into it (GCC inlines after this pass), and its
	 slots would multiply with the depth: one that must be inlined
	 (always_inline) keeps no slots (transform.cc); the others are kept
	 out of such frames after the transform (slot-inlining.cc).  */
      int n = esc_function_count ();
      auto_vec<bool> below;
      below.safe_grow_cleared (n);
      auto_vec<int> work;
      /* lto1 inlines nothing after this pass (lto-pass.cc): what was
	 inlined is in the bodies seen, and every other callee keeps its
	 slots in its own frame.  */
      for (int i = 0; i < n && !in_lto_p; i++)
	if (esc_function_get (i)->fg
	    && (esc_function_get (i)->recursive || reentry[i]))
	  work.safe_push (i);
      /* A function whose address is handed to a recursive function (or
	 to one that reaches it) which calls through what it is handed:
	 GCC may make that call direct (constant propagation of the
	 argument) and inline it there.  */
      auto_vec<bool> through, reaches;
      through.safe_grow_cleared (n);
      reaches.safe_grow_cleared (n);
      for (int i = 0; i < n; i++)
	if (esc_function_get (i)->fg)
	  {
	    through[i] = esc_function_get (i)->fg->calls_through_params;
	    reaches[i] = esc_function_get (i)->recursive;
	  }
      for (bool changed = true; changed;)
	{
	  changed = false;
	  for (int i = 0; i < n; i++)
	    {
	      esc_function_graph *fg = esc_function_get (i)->fg;
	      if (!fg)
		continue;
	      for (int c : fg->callees)
		{
		  if (!esc_function_get (c)->fg)
		    continue;
		  if (reaches[c] && !reaches[i])
		    reaches[i] = changed = true;
		  if (through[c] && fg->passes_params && !through[i])
		    through[i] = changed = true;
		}
	    }
	}
      for (int i = 0; i < n && !in_lto_p; i++)
	if (esc_function_get (i)->fg)
	  for (const std::pair<int, int> &r
	       : esc_function_get (i)->fg->arg_fn_refs)
	    if (reaches[r.first] && through[r.first]
		&& esc_function_get (r.second)->fg && !below[r.second])
	      {
		below[r.second] = true;
		work.safe_push (r.second);
	      }
      while (!work.is_empty ())
	{
	  int i = work.pop ();
	  /* Direct callees, and functions whose address it takes: a call
	     through such a pointer may become direct, then inlined.  */
	  for (auto *list : { &esc_function_get (i)->fg->callees,
			      &esc_function_get (i)->fg->fn_refs })
	    for (int c : *list)
	      if (esc_function_get (c)->fg && !below[c])
		{
		  below[c] = true;
		  work.safe_push (c);
		}
	}
      /* Owned copies per call-graph cycle, in source order: past
	 ESC_MAX_CYCLE_COPIES the cycle's functions get none.  */
      auto_vec<int> copies;
      copies.safe_grow_cleared (sccs.length () + 1);
      for (esc_function *f : order)
	{
	  int i = esc_function_id (f->decl);
	  bool full = f->recursive
	    && copies[f->cycle] >= ESC_MAX_CYCLE_COPIES;
	  esc_transform_function (f, below[i],
				  full, apply, f->moves,
				  f->blocked, f->sizes, f->slot_sizes,
				  f->owned, f->pools);
	  for (char o : f->owned)
	    if (o)
	      {
		copies[f->cycle]++;
		break;
	      }
	}
      /* lto1 inlines nothing after this pass: the slots stay where the
	 transform put them.  */
      if (apply && !in_lto_p)
	esc_keep_slots_out_of_cycles ();
      for (esc_function *f : order)
	if (f->dispatch)
	  esc_owner_rest (f);
    }
  for (esc_function *f : order)
    if (!defer)
      report (f);
  if (dump_enabled_p () && !defer)
    for (esc_function *f : order)
      report_optinfo (f);
  /* lto1's report is the link's (write_json).  The summaries' symbols
     are for builds without LTO.  */
  if (json)
    write_json (order);
  if ((json || escape_options.summaries) && !in_lto_p)
    esc_summary_symbols ();
  esc_lto_record_summaries ();
  release_made_for ();
  esc_functions_release ();
  esc_memory_trim ();
  release_source_cache ();
}

opt_pass *
make_summarize_pass (gcc::context *ctxt)
{
  return new summarize_pass (ctxt);
}
