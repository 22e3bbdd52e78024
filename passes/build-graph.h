/* build-graph.h - one function's GIMPLE as an escape graph.

   The only place that knows both GIMPLE and the lattice: each statement
   becomes flows (dst = src with derefs) and stores (*p = v), following
   docs/design.md "From GIMPLE to the graph".  */

#ifndef ESCAPE_BUILD_GRAPH_H
#define ESCAPE_BUILD_GRAPH_H

/* An allocation call and its location in the graph.  */
struct esc_site
{
  gcall *call;
  esc_loc loc;
};

/* A call that may free (free itself, realloc), and its free site.  */
struct esc_free_call
{
  gcall *call;
  int site;
};

/* A parameter and its value location.  */
struct esc_param
{
  tree decl;
  esc_loc loc;
};

struct esc_function_graph
{
  esc_graph *graph;
  auto_vec<esc_site> sites;
  auto_vec<esc_param> params;
  auto_vec<int> callees;	/* Direct callees (functions.h ids).  */
  auto_vec<esc_free_call> frees;
  /* Calls code we cannot see (through a pointer, or handing over a
     function pointer as a callback), which might call back into us.  */
  bool calls_unknown;

  esc_function_graph () : graph (NULL), calls_unknown (false) {}

  ~esc_function_graph () { esc_graph_free (graph); }
};

/* Build FUN's graph into OUT (not yet solved).  */
void esc_build_graph (function *fun, esc_function_graph *out);

#endif /* ESCAPE_BUILD_GRAPH_H */
