/* graph-builder.h - the graph builder's class and the helpers its files
   share; private to build-graph.cc and the graph-*.cc, call-kind.cc and
   fnspec.cc files it is split into (one concern per file, as Go's escape
   package splits stmt.go, expr.go and call.go):

     build-graph.cc  the builder: locations, notes, flows, the walk
     graph-expr.cc   operands: values, references, pointer bits
     graph-stmt.cc   assignments, PHIs, returns, asm
     graph-call.cc   calls: allocation sites, builtins, frees, summaries
     graph-cfg.cc    control flow: irreducible loops, setjmp, blocks that
                   never run
     graph-varargs.cc  variadic arguments handed on in a va_list
     graph-fields.cc   which object's bytes an access names
     typed-objects.cc  objects written only through their fields' names
     call-kind.cc    what a call is: library, attribute and declared
                     allocators, printf formats (no builder state)
     fnspec.cc       summaries from GCC's fnspecs of builtins

   Include it after the GCC headers and build-graph.h.  */

#ifndef ESCAPE_GRAPH_BUILDER_H
#define ESCAPE_GRAPH_BUILDER_H

namespace esc_build {

/* call-kind.cc */
void site_from_model (esc_site *st, const esc_allocator *a,
		      const char *name);
const esc_allocator *call_model (gcall *s, const char **name);
bool may_print_pointer (tree fmt);
int format_of (tree arg, tree fndecl);
/* build-graph.cc */
bool may_read_varargs (gcall *s);
/* graph-varargs.cc */
bool va_builtin_p (gcall *s);
/* graph-expr.cc */
bool mentions (tree t, tree x);
bool may_alias_type (tree type);
int type_identity (tree type);
/* fnspec.cc */
esc_summary *fnspec_summary (gcall *s, tree fndecl);

struct value
{
  esc_loc loc;
  int derefs;
};

struct reference
{
  bool indirect;		/* Through the pointer LOC, else in object LOC.  */
  esc_loc loc;
};

typedef auto_vec<value, 4> values;

/* For local_depth: the blocks that refer to a local in memory ('R') or
   end its life ('C'), by the last of the two in each.  */
struct local_events
{
  auto_vec<std::pair<int, char>, 4> blocks;
  bool irregular = false;	/* Referred to in an irreducible region.  */
};

class builder
{
public:
  builder (function *fun, esc_function_graph *out);
  ~builder ()
  {
    for (auto p : locals)
      delete p.second;
  }
  void build ();

private:
  function *fun;
  esc_function_graph *out;
  esc_graph *g;
  hash_map<tree, int> decls;	/* Local objects in memory.  */
  auto_vec<int> ssa;		/* By SSA version; -1 until needed.  */
  hash_map<tree, int> param_values;
  auto_vec<int> irreducible;	/* Block index -> in an irreducible loop.  */
  auto_vec<char> dead;		/* Block index -> never runs (mark_dead).  */
  /* Locals in memory: what each block does to them last (local_depth).  */
  hash_map<tree, local_events *> locals;
  bool locals_scanned = false;
  int local_budget = 200000;	/* Blocks local_depth may visit.  */

  const gimple *stmt;		/* The statement being translated.  */
  esc_note cur_note;
  /* Notes are made only when something prints flow paths (-m=2, the
     JSON report): rendering statements is most of the cost.  */
  bool explain;
  int order;			/* Calls seen so far.  */

  /* Locations.  */
  esc_loc ssa_loc (tree name);
  esc_loc decl_loc (tree decl);
  int bb_depth (basic_block bb);
  int ssa_depth (tree name);

  /* Operands.  */
  hash_map<tree, bool> carriers;	/* carrier () by type.  */
  auto_vec<unsigned char> exposing;	/* By SSA version.  */
  bool carrier (tree type);
  bool followed (tree op);
  void find_exposed ();
  reference ref_of (tree ref);
  void value_of (tree op, values &out);
  void address_of (tree ref, values &out);
  void unknown_operands (tree op, const char *why);
  bool union_access (tree ref);
  bool punning_access (tree ref);
  bool plain_access (tree ref);
  bool self_assign (gassign *s);
  bool char_type (tree type);
  bool confined (tree ref, bool typed_memory = false);
  tree typed_param_read (tree ref);

  /* Fields of objects (graph-fields.cc).  */
  hash_map<tree, int> alloc_results;	/* SSA name -> its allocation site.  */
  auto_vec<gassign *> self_assigns;	/* Skipped as self-assignments.  */
  bool start_objects (tree ptr, auto_vec<esc_loc, 4> &objs,
		      hash_set<tree> &seen, int depth);
  bool field_access (tree ref, auto_vec<esc_loc, 4> &objs, long *off,
		     long *size);
  bool field_load (tree ref, values &out);
  bool field_store (tree ref, const values &src, esc_note n);
  bool field_copy (tree lhs, tree rhs, esc_note n);

  /* Typed objects (typed-objects.cc).  */
  hash_map<tree, bool> typed_vars;	/* var_typed () by variable.  */
  bool copies_numbers (tree lhs);
  bool writes_untyped (gimple *s, tree x, int type);
  bool param_typed (tree parm, int type);
  bool var_typed (tree var, int type);
  hash_map<tree, bool> confinables;	/* confinable () by type.  */
  bool confinable (tree type);
  bool named_field_may_read (tree lhs);
  void store_bits (tree lhs, const values &src, esc_note n);
  bool copy_use (gimple *use, tree name, tree *to);
  bool confined_address (tree val, int depth = 0);
  void read_as_data (tree ref, const char *why);
  void write_data (tree lhs);

  /* Flows.  */
  esc_note note (const char *why);
  esc_note note_at (const char *why, location_t loc, const char *where);
  void flow_into (esc_loc dst, const values &src, esc_note n);
  void assign (tree lhs, const values &src, esc_note n);
  void to_heap (const values &src, esc_note n);
  void attribute_call_args (gcall *s, const char *name);
  value heap_address () { value v = { ESC_LOC_HEAP, -1 }; return v; }

  /* Statements.  */
  void stmt_assign (gassign *s, bool self_ok = true);
  void stmt_call (gcall *s);
  void stmt_phi (gphi *phi);
  void stmt_return (greturn *s);
  void stmt_asm (gasm *s);
  void stmt_other (gimple *s);
  bool call_builtin (gcall *s, tree fndecl);
  void call_alloc (gcall *s, const esc_allocator *a, const char *name);
  esc_loc site_loc (gcall *s);
  void record_call (gcall *s, tree fndecl);
  esc_loc argument (tree arg, int depth);
  int record_free (gcall *s, int arg, esc_free_kind kind, int family);
  void mark_irreducible ();
  void refine_setjmp ();
  void mark_dead ();
  void scan_locals ();
  void note_local_event (tree decl, basic_block bb, char ev, bool at_end);
  int local_depth (tree decl);
  hash_set<tree> fn_seen;
  void note_fn_refs (tree t, int depth);
  void note_arg_fn_refs (gcall *s, int callee);

  /* Variadic arguments handed on (graph-varargs.cc).  */
  hash_set<tree> va_lists;	/* The va_lists holding them.  */
  bool va_followed = false;	/* Every use of those is understood.  */
  int va_param = -1;		/* The va_list parameter, if not variadic.  */
  int va_calls = 0;		/* Calls handing one over, in live blocks,  */
  int va_handed = 0;		/* and those record_call marked.  */
  void find_va_lists ();
  tree va_list_of (tree op);
  bool mentions_va_list (tree op);
};

} // namespace esc_build

#endif /* ESCAPE_GRAPH_BUILDER_H */
