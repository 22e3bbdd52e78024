/* unit-summaries.cc - summaries across translation units without LTO:
   which functions publish theirs, which calls may use another unit's
   (-fplugin-arg-escape-summaries=FILE), and the symbols that make the
   link check that every summary used describes the definition linked
   (docs/design.md, "Summaries across units").  */

#include "../core/lattice.h"
#include "../core/summary.h"
#include "../core/summaries.h"
#include "../core/transform.h"
#include "../core/memory.h"
#include "../plugin/escape-plugin.h"
#include "../plugin/gcc-headers.h"
#include "build-graph.h"
#include "functions.h"

/* DECL's name as the source and the object file both spell it (no asm
   label, no prefix), if a summary symbol can carry it.  */
static const char *
symbol_name (tree decl)
{
  if (!DECL_NAME (decl))
    return NULL;
  const char *name = IDENTIFIER_POINTER (DECL_NAME (decl));
  if (DECL_ASSEMBLER_NAME_SET_P (decl)
      && strcmp (IDENTIFIER_POINTER (DECL_ASSEMBLER_NAME (decl)), name) != 0)
    return NULL;
  return esc_summary_name_ok (name) ? name : NULL;
}

int
esc_prototype_params (tree decl)
{
  tree type = TREE_TYPE (decl);
  if (!prototype_p (type))
    return -1;
  int n = 0;
  for (tree t = TYPE_ARG_TYPES (type); t && TREE_VALUE (t) != void_type_node;
       t = TREE_CHAIN (t))
    n++;
  return n;
}

const esc_summary *
esc_imported_summary (esc_function *f)
{
  if (f->imported_checked)
    return f->imported;
  f->imported_checked = true;
  if (in_lto_p)
    return f->imported = f->lto_imported = esc_lto_recorded_summary (f);
  tree decl = f->decl;
  cgraph_node *node = cgraph_node::get (decl);
  /* Only a function with no body here at all: an inline body (C99
     inline, gnu_inline) may run instead of the definition the summary
     describes.  Under -flto the object's code is made at link time,
     where the symbols below do not survive, so the summaries file is
     not used there: LTO sees the definitions themselves.  */
  /* Nor in code for a shared library (-fPIC, not -fPIE) a function of
     default visibility: the call may bind to another module's definition
     at load time, as in this unit's own calls of such definitions
     (functions.cc); and its definition there publishes no summary, so
     the link would fail (found measuring jq's Libtool build).  */
  if (!escape_options.summaries || flag_generate_lto || in_lto_p
      || esc_may_bind_elsewhere (decl)
      || !TREE_PUBLIC (decl) || DECL_WEAK (decl) || DECL_INITIAL (decl)
      || (node && node->definition) || fndecl_built_in_p (decl)
      || DECL_IS_UNDECLARED_BUILTIN (decl))
    return NULL;
  const char *name = symbol_name (decl);
  const char *hash;
  const esc_summary *s = name ? esc_summaries_lookup (name, &hash) : NULL;
  /* A declaration that disagrees with the definition's parameters is
     not the function the summary describes.  */
  if (!s || esc_prototype_params (decl) != s->nparams)
    return NULL;
  f->imported = s;
  f->imported_hash = hash;
  return s;
}

bool
esc_trusted_definition (esc_function *f)
{
  tree decl = f->decl;
  cgraph_node *node = cgraph_node::get (decl);
  /* As a call in this unit trusts a body (functions.cc): not one that
     can be interposed (-fPIC) or replaced (weak).  */
  return f->fg && f->solved && f->summary
    && !DECL_EXTERNAL (decl) && !DECL_WEAK (decl) && !DECL_COMDAT (decl)
    && node && node->definition
    && node->get_availability () >= AVAIL_AVAILABLE
    && !DECL_STATIC_CHAIN (decl);
}

bool
esc_may_bind_elsewhere (tree decl)
{
  return flag_pic && !flag_pie && flag_semantic_interposition
    && TREE_PUBLIC (decl) && DECL_VISIBILITY (decl) == VISIBILITY_DEFAULT;
}

bool
esc_publishable (esc_function *f)
{
  return esc_trusted_definition (f) && TREE_PUBLIC (f->decl)
    && symbol_name (f->decl);
}

char *
esc_published_summary (esc_function *f, char hash[17])
{
  if (!esc_publishable (f))
    return NULL;
  char *text = esc_summary_json (f->summary);
  esc_summary_hash (text, hash);
  return text;
}

/* __escape_summary.NAME.HASH, defined: absolute (no code, no data) and
   hidden (a link resolves it within the program or library it makes).  */
static void
define_symbol (const char *name, const char *hash)
{
  fprintf (asm_out_file, "\t.globl\t__escape_summary.%s.%s\n"
	   "\t.hidden\t__escape_summary.%s.%s\n"
	   "\t.set\t__escape_summary.%s.%s, 0\n",
	   name, hash, name, hash, name, hash);
}

/* A reference the link must resolve: a word in a section of its own
   that --gc-sections keeps ("R", SHF_GNU_RETAIN).  GNU ld and gold check
   references from any section, but lld only from allocated ones, hence
   "a": 8 bytes of read-only data per summary used, which nothing reads,
   and no dynamic relocation (the symbol is absolute).  */
static void
reference_symbol (const char *name, const char *hash)
{
  fprintf (asm_out_file, "\t.pushsection\t.escape.summary.uses,\"aR\","
	   "@progbits\n"
	   "\t.hidden\t__escape_summary.%s.%s\n"
	   "\t.quad\t__escape_summary.%s.%s\n"
	   "\t.popsection\n", name, hash, name, hash);
}

void
esc_summary_symbols (void)
{
  if (!asm_out_file)
    return;
  for (int i = 0; i < esc_function_count (); i++)
    {
      esc_function *f = esc_function_get (i);
      char hash[17];
      if (f->imported_used)
	reference_symbol (symbol_name (f->decl), f->imported_hash);
      char *text = esc_published_summary (f, hash);
      if (!text)
	continue;
      esc_free (text);
      const char *name = symbol_name (f->decl);
      define_symbol (name, hash);
      /* The summary other units were compiled with, when a first build
	 wrote it from this body, which solving it again as that build did
	 gives (summarize-pass.cc, unfiled_summaries), or when it says at
	 least what this definition does: those units are right about it
	 too (a build with summaries may know more than the one that wrote
	 them, and its own summaries may be finer).  */
      const char *old;
      if (esc_summaries_lookup (name, &old) && strcmp (old, hash) != 0
	  && (strcmp (old, f->unfiled_hash) == 0
	      || esc_summaries_cover (name, f->summary, &old)))
	define_symbol (name, old);
    }
}
