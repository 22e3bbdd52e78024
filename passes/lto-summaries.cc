/* lto-summaries.cc - summaries across LTO partitions.

   lto1 compiles a large program in several ltrans processes, each with
   the bodies of its partition only: a call of a function another
   partition compiles would be a call of unseen code (its arguments
   escape).  So cc1, writing bytecode, records each function's summary
   in its declaration, as an attribute the bytecode carries to every
   partition that calls it; an ltrans process uses it for a function
   whose body another partition holds (docs/design.md, "Summaries across
   LTO partitions").

   The summary cc1 solves has every other unit's function unknown, so it
   holds whatever they are; the body lto1 compiles is that body after
   optimisations that keep its meaning.  What must not use it is another
   function that inherits the attribute: GCC copies a declaration's
   attributes into its clones (ipa-cp, ipa-sra, function splitting), whose
   parameters or bodies differ.  The attribute is used only by the
   function it was recorded for (under the name WPA gives a static it
   promotes, NAME.lto_priv.N, too) or by an IPA clone of it, whose
   parameters GCC's clone_info maps to the recorded function's
   (esc_summary_select); GCC names the clones after what they were made
   from, which tells them apart.

   GCC's identical code folding (ipa-icf) merges two functions only if
   their attributes are equal, so the text recorded leaves out the
   function's own name, which the reader takes from the declaration:
   functions that do the same thing get the same summary text.  */

#include "../core/lattice.h"
#include "../core/summary.h"
#include "../core/summaries.h"
#include "../core/transform.h"
#include "../core/memory.h"
#include "../plugin/escape-plugin.h"
#include "../plugin/gcc-headers.h"
#include "build-graph.h"
#include "functions.h"
#include "alloc-pool.h"
#include "symbol-summary.h"
#include "symtab-clones.h"
#include "ipa-param-manipulation.h"

/* With a space, so that no source can write it.  */
#define SUMMARY_ATTRIBUTE "escape summary"

/* May a call in another partition trust F's summary, as a call in this
   unit trusts its body: esc_trusted_definition, static or not.  */
static bool
recordable (esc_function *f)
{
  cgraph_node *node = cgraph_node::get (f->decl);
  return esc_trusted_definition (f) && !node->alias
    && DECL_ASSEMBLER_NAME_SET_P (f->decl);
}

void
esc_lto_record_summaries (void)
{
  if (in_lto_p || !flag_generate_lto)
    return;
  for (int i = 0; i < esc_function_count (); i++)
    {
      esc_function *f = esc_function_get (i);
      if (!recordable (f)
	  || lookup_attribute (SUMMARY_ATTRIBUTE, DECL_ATTRIBUTES (f->decl)))
	continue;
      /* Without its own name (ipa-icf, above).  */
      char *name = f->summary->name;
      char none[] = "";
      f->summary->name = none;
      char *text = esc_summary_json (f->summary);
      f->summary->name = name;
      tree args = build_tree_list (NULL_TREE,
				   build_string (strlen (text) + 1, text));
      esc_free (text);
      DECL_ATTRIBUTES (f->decl)
	= tree_cons (get_identifier (SUMMARY_ATTRIBUTE), args,
		     DECL_ATTRIBUTES (f->decl));
    }
}

/* The name of the function DECL was made from, into BASE: its own, or,
   for a function GCC derived from another (an IPA clone, a part split
   off, a target clone, an OpenMP body), the other's, which GCC's names
   put first (f.constprop, f.part): its first *BASE characters.  The
   declaration's attributes are that function's, copied.  *CLONE says whether DECL is an IPA clone
   (ipa-cp, ipa-sra) of it; false if it is neither the function nor such
   a clone.  The assembler name must follow: BASE, then what the clones
   and WPA's promotion of a static append (.constprop.N, .isra.N,
   .lto_priv.N).  */
static bool
derived_from (tree decl, size_t *base, bool *clone)
{
  const char *name = IDENTIFIER_POINTER (DECL_NAME (decl));
  const char *dot = strchr (name, '.');
  *base = dot ? (size_t) (dot - name) : strlen (name);
  *clone = dot != NULL;
  const char *asm_name = IDENTIFIER_POINTER (DECL_ASSEMBLER_NAME (decl));
  if (strncmp (asm_name, name, *base) != 0)
    return false;
  static const char *const suffixes[] = { ".constprop", ".isra",
					  ".lto_priv" };
  /* The suffixes of DECL_NAME (no numbers), then of the assembler name
     (numbered).  */
  for (const char *p = dot; p && *p;)
    {
      size_t len = 0;
      for (const char *sfx : suffixes)
	if (sfx[1] != 'l' && strncmp (p, sfx, strlen (sfx)) == 0
	    && (p[strlen (sfx)] == '.' || !p[strlen (sfx)]))
	  len = strlen (sfx);
      if (!len)
	return false;
      p += len;
    }
  for (const char *p = asm_name + *base; *p;)
    {
      size_t len = 0;
      for (const char *sfx : suffixes)
	if (strncmp (p, sfx, strlen (sfx)) == 0 && p[strlen (sfx)] == '.')
	  len = strlen (sfx) + 1;
      size_t digits = len ? strspn (p + len, "0123456789") : 0;
      if (!digits)
	return false;
      p += len + digits;
    }
  return true;
}

/* The parameters of the recorded function that clone NODE takes, in
   order, into FROM; false if it takes others (ipa-sra's pieces of an
   aggregate, a new parameter).  */
static bool
clone_params (cgraph_node *node, int nparams, auto_vec<int> &from)
{
  clone_info *ci = clone_info::get (node);
  ipa_param_adjustments *adj = ci ? ci->param_adjustments : NULL;
  if (!adj)
    {
      for (int i = 0; i < nparams; i++)
	from.safe_push (i);
      return true;
    }
  for (const ipa_adjusted_param &p : adj->m_adj_params)
    {
      if (p.op != IPA_PARAM_OP_COPY)
	return false;
      from.safe_push (p.base_index);
    }
  if (adj->m_always_copy_start >= 0)
    for (int i = adj->m_always_copy_start; i < nparams; i++)
      from.safe_push (i);
  return true;
}

esc_summary *
esc_lto_recorded_summary (esc_function *f)
{
  tree decl = f->decl;
  cgraph_node *node = cgraph_node::get (decl);
  if (!in_lto_p || flag_wpa || f->fg || !node || !node->in_other_partition
      || node->alias || node->thunk || DECL_WEAK (decl))
    return NULL;
  if (esc_may_bind_elsewhere (decl))
    return NULL;
  tree a = lookup_attribute (SUMMARY_ATTRIBUTE, DECL_ATTRIBUTES (decl));
  if (!a)
    return NULL;
  tree args = TREE_VALUE (a);
  if (!args || TREE_CODE (TREE_VALUE (args)) != STRING_CST || !DECL_NAME (decl))
    return NULL;
  const char *text = TREE_STRING_POINTER (TREE_VALUE (args));
  size_t base;
  bool clone;
  if (!derived_from (decl, &base, &clone)
      || clone != (clone_info::get (node) != NULL))
    return NULL;
  char why[200];
  esc_summary *s = esc_summary_parse (text, why, sizeof why);
  if (!s)
    return NULL;
  esc_free (s->name);
  s->name = (char *) esc_xrealloc (NULL, base + 1);
  memcpy (s->name, IDENTIFIER_POINTER (DECL_NAME (decl)), base);
  s->name[base] = 0;
  auto_vec<int> from;
  esc_summary *t = NULL;
  if (clone_params (node, s->nparams, from))
    t = esc_summary_select (s, from.address (), from.length ());
  esc_summary_free (s);
  /* A declaration that disagrees with the parameters is not the function
     the summary describes.  */
  if (t && esc_prototype_params (decl) != t->nparams)
    {
      esc_summary_free (t);
      return NULL;
    }
  return t;
}

bool
esc_lto_recorded (tree decl)
{
  return lookup_attribute (SUMMARY_ATTRIBUTE, DECL_ATTRIBUTES (decl));
}
