/* functions.cc - the registry of this translation unit's functions.  */

#include "../core/lattice.h"
#include "../core/summary.h"
#include "../core/summaries.h"
#include "../core/transform.h"
#include "../plugin/escape-plugin.h"
#include "../plugin/gcc-headers.h"
#include "build-graph.h"
#include "functions.h"

static vec<esc_function *> functions;
static hash_map<tree, int> *ids;

int
esc_function_find (tree decl)
{
  int *id = ids ? ids->get (decl) : NULL;
  return id ? *id : -1;
}

int
esc_function_id (tree decl)
{
  if (!ids)
    ids = new hash_map<tree, int>;
  if (int *id = ids->get (decl))
    return *id;
  esc_function *f = new esc_function ();
  f->decl = decl;
  f->fg = NULL;
  f->solved = NULL;
  f->unsolved = NULL;
  f->summary = NULL;
  f->builtin = NULL;
  f->imported = NULL;
  f->imported_hash = NULL;
  f->imported_checked = f->imported_used = false;
  f->unfiled_hash[0] = 0;
  f->lto_imported = NULL;
  f->index = -1;
  f->recursive = false;
  f->reentry = false;
  f->reentry_why = NULL;
  f->cycle = -1;
  f->lowlink = 0;
  f->on_stack = false;
  f->slots_here = false;
  f->slot_bytes = 0;
  f->owner_copy = NULL_TREE;
  f->dispatch = NULL;
  int id = functions.length ();
  functions.safe_push (f);
  ids->put (decl, id);
  return id;
}

esc_function *
esc_function_get (int id)
{
  return functions[id];
}

int
esc_function_count (void)
{
  return functions.length ();
}

/* Can a call to DECL run another definition than the one we analysed
   (interposition in a shared library, a weak symbol)?  */
static bool
replaceable (tree decl)
{
  cgraph_node *node = cgraph_node::get (decl);
  return !node || node->get_availability () < AVAIL_AVAILABLE;
}

bool
esc_library_symbol (tree fndecl)
{
  if (!DECL_NAME (fndecl))
    return false;
  if (!DECL_ASSEMBLER_NAME_SET_P (fndecl))
    return true;
  const char *name = IDENTIFIER_POINTER (DECL_NAME (fndecl));
  const char *sym = IDENTIFIER_POINTER (DECL_ASSEMBLER_NAME (fndecl));
  if (sym[0] == '*')
    sym++;
  /* GCC's __builtin_memcpy is the library's memcpy.  */
  if (startswith (name, "__builtin_"))
    name += 10;
  size_t n = strlen (name);
  /* A reserved name is the implementation's; NAME64 the large-file
     version glibc's headers pick.  */
  return strcmp (sym, name) == 0 || startswith (sym, "__")
    || (strncmp (sym, name, n) == 0 && strcmp (sym + n, "64") == 0);
}

const esc_summary *
esc_function_summary (int id)
{
  if (id < 0)
    return NULL;
  esc_function *f = functions[id];
  if (f->fg)
    return replaceable (f->decl) ? NULL : f->summary;
  if ((TREE_PUBLIC (f->decl) || fndecl_built_in_p (f->decl, BUILT_IN_NORMAL))
      && !esc_builtin_disabled_p (f->decl) && esc_library_symbol (f->decl))
    if (const esc_summary *s
	= esc_libc_summary (IDENTIFIER_POINTER (DECL_NAME (f->decl))))
      return s;
  if (f->builtin)
    return f->builtin;
  if (esc_imports_off)
    return NULL;
  if (const esc_summary *s = esc_imported_summary (f))
    {
      f->imported_used = true;
      return s;
    }
  return NULL;
}

bool esc_imports_off;

bool
esc_unknown_why (int id, char *buf, size_t size)
{
  if (id < 0 || id >= (int) functions.length ())
    return false;
  esc_function *f = functions[id];
  tree decl = f->decl;
  if (!DECL_NAME (decl) || DECL_IN_SYSTEM_HEADER (decl)
      || fndecl_built_in_p (decl))
    return false;
  const char *name = IDENTIFIER_POINTER (DECL_NAME (decl));
  if (f->fg && replaceable (decl))
    {
      /* Its body is here, but a call may run another definition: a
	 public function under -fPIC (interposition), or a weak one.  */
      snprintf (buf, size, "%s may be replaced at link or load time%s",
		name, DECL_WEAK (decl) ? " (weak)" : flag_pic ? " (-fPIC)" : "");
      return true;
    }
  cgraph_node *node = cgraph_node::get (decl);
  if (in_lto_p && !f->fg && node && node->in_other_partition)
    {
      /* lto1 compiles the program in partitions, one process each
	 (-flto-partition=one: one for all).  */
      snprintf (buf, size, "%s is compiled in another LTO partition%s",
		name, esc_lto_recorded (decl) ? ""
		: " (its compile recorded no summary: give it -fplugin=escape)");
      return true;
    }
  if (!f->fg && !f->builtin && (!node || !node->definition)
      && TREE_PUBLIC (decl))
    {
      /* With a summaries file, say when it has none of that name (the
	 build publishes none for it: weak, interposable, or two different
	 definitions).  */
      const char *hash;
      bool missing = escape_options.summaries && !flag_generate_lto
	&& !in_lto_p && !esc_summaries_lookup (name, &hash);
      snprintf (buf, size, "%s is defined in another unit%s", name,
		missing ? " (the summaries file has no summary of it)" : "");
      return true;
    }
  return false;
}

static const esc_summary *
lookup (void *, int callee)
{
  return esc_function_summary (callee);
}

esc_graph *
esc_solve_as_slots (esc_function *f)
{
  if (!f->unsolved)
    return NULL;
  esc_graph *g = esc_graph_without_realloc_returns (f->unsolved);
  esc_solve_with (g, lookup, NULL);
  return g;
}

bool
esc_function_calls_back (int id)
{
  esc_function *f = functions[id];
  return !f->fg && (TREE_PUBLIC (f->decl)
		    || fndecl_built_in_p (f->decl, BUILT_IN_NORMAL))
    && esc_library_symbol (f->decl)
    && esc_libc_calls_back (IDENTIFIER_POINTER (DECL_NAME (f->decl)));
}

int
esc_object_site (esc_function *f, int k)
{
  esc_loc l = f->summary->fresh[k].loc;
  for (unsigned i = 0; i < f->fg->sites.length (); i++)
    if (f->fg->sites[i].loc == l)
      return (int) i;
  return -1;
}

void
esc_functions_release (void)
{
  for (esc_function *f : functions)
    {
      if (f->solved && (!f->fg || f->solved != f->fg->graph))
	esc_graph_free (f->solved);
      esc_graph_free (f->unsolved);
      delete f->fg;
      esc_summary_free (f->summary);
      esc_summary_free (f->builtin);
      esc_summary_free (f->lto_imported);
      for (char *w : f->callee_why)
	free (w);
      for (char *w : f->released_by)
	free (w);
      delete f;
    }
  functions.release ();
  delete ids;
  ids = NULL;
}
