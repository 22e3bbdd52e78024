/* summary-dump.c - a summary as text, for GCC's dump file.

   What the summary says, field by field, with nothing left out or
   optimised away (unlike the notes, which drop flows no closer than the
   flow to the heap), so that a test can read the summary itself instead of
   the notes it causes in a caller.  One fact per line, each line starting
   with two blanks under a header naming the function:

     summary of set (2 parameters)
       param 0 o: no flows
       param 1 v: into *o derefs=0
     ...

   Derefs are as in lattice.h: 0 is the value itself, 1 what it points
   to.  A level set (levels=0x3) lists every derefs a flow has, bit k for
   derefs k; it is printed when it holds more than the minimum.  */

#include <stdio.h>
#include "summary.h"

/* Facts on one line are separated by commas: *SEP is what goes before
   the next one (" " first, then ", ").  */
static void
fact (FILE *out, const char **sep, const char *text)
{
  fprintf (out, "%s%s", *sep, text);
  *sep = ", ";
}

/* "WHAT derefs=N", with its level set if that holds more than N.  */
static void
derefs (FILE *out, const char **sep, const char *what, int d,
	unsigned levels)
{
  fprintf (out, "%s%s derefs=%d", *sep, what, d);
  if (levels & ~(1u << d))
    fprintf (out, " levels=0x%x", levels);
  *sep = ", ";
}

static const char *
param_name (const esc_summary *s, int i)
{
  return i >= 0 && i < s->nparams && s->param_names[i] ? s->param_names[i]
	 : "?";
}

/* "param 1, at least 8", "16", "unknown".  */
static void
size_expr (FILE *out, const esc_summary *s, esc_size_expr e)
{
  if (e.param >= 0)
    {
      fprintf (out, "param %d %s", e.param, param_name (s, e.param));
      if (e.konst > 0)
	fprintf (out, " at least %lld", e.konst);
    }
  else if (e.konst >= 0)
    fprintf (out, "%lld", e.konst);
  else
    fputs ("unknown", out);
}

static void
dump_param (FILE *out, const esc_summary *s, int i)
{
  const esc_leaks *lk = &s->leaks[i];
  const char *sep = " ";
  fprintf (out, "  param %d %s:", i, param_name (s, i));
  if (lk->heap != ESC_LEAK_NONE)
    derefs (out, &sep, "heap", lk->heap, 0);
  if (lk->result != ESC_LEAK_NONE)
    derefs (out, &sep, "result", lk->result, lk->result_levels);
  for (int j = 0; lk->content && j < lk->nparams; j++)
    if (lk->content[j] != ESC_LEAK_NONE)
      {
	char what[64];
	snprintf (what, sizeof what, "into *%s", param_name (s, j));
	derefs (out, &sep, what, lk->content[j],
		lk->content_levels ? lk->content_levels[j] : 0);
      }
  for (int j = 0; lk->deep && j < lk->nparams; j++)
    if (lk->deep[j] != ESC_LEAK_NONE)
      {
	char what[64];
	snprintf (what, sizeof what, "into **%s", param_name (s, j));
	derefs (out, &sep, what, lk->deep[j], lk->deep_levels[j]);
      }
  if (lk->data != ESC_LEAK_NONE)
    derefs (out, &sep, "data", lk->data, 0);
  /* The type's identity is the unit's own: whether it is known is what a
     caller's wiring depends on.  */
  if (s->typed_reads[i])
    fact (out, &sep, s->pointee_type[i] > 0 ? "data through typed fields"
	  : "data through typed fields of an unknown type");
  if (*sep == ' ')
    fact (out, &sep, "no flows");
  if (s->punned[i])
    fact (out, &sep, "written other than by field names");
  if (s->content_foreign[i])
    fact (out, &sep, "content foreign");
  if (s->content_raw[i])
    fact (out, &sep, "content raw");
  if (s->frees[i] && s->frees_from[i] > 0)
    fprintf (out, "%sfrees derefs=%d", sep, s->frees_from[i]), sep = ", ";
  else if (s->frees[i])
    fact (out, &sep, "frees");
  fputc ('\n', out);
}

static void
dump_alloc (FILE *out, const esc_summary *s)
{
  const esc_alloc_summary *a = &s->alloc;
  if (a->is_alloc)
    {
      fprintf (out, "  allocator: wraps %s, size ", a->inner ? a->inner : "?");
      size_expr (out, s, a->size);
      if (a->has_count)
	{
	  fputs (" times count ", out);
	  size_expr (out, s, a->count);
	}
      fprintf (out, ", family %d%s%s%s\n", a->family,
	       a->movable ? ", movable" : "", a->zeroes ? ", zeroes" : "",
	       a->attribute ? ", by attributes" : "");
    }
  if (a->dealloc_param >= 0)
    fprintf (out, "  deallocator: frees param %d %s, family %d\n",
	     a->dealloc_param, param_name (s, a->dealloc_param),
	     a->dealloc_family);
}

static void
dump_fresh (FILE *out, const esc_summary *s, int k)
{
  const esc_fresh *f = &s->fresh[k];
  fprintf (out, "  fresh %d: %s", k, f->name ? f->name : "?");
  if (f->pos.file)
    fprintf (out, " at %s:%d:%d", f->pos.file, f->pos.line, f->pos.column);
  if (f->owner == ESC_FRESH_RESULT)
    fputs (", the result", out);
  else if (f->owner == ESC_FRESH_MEMBER)
    fprintf (out, ", a member of fresh %d", f->parent);
  else
    fprintf (out, ", stored into *%s", param_name (s, f->owner));
  for (int i = 0; f->levels && i < s->nparams; i++)
    if (f->levels[i])
      fprintf (out, ", holds param %d %s levels=0x%x", i, param_name (s, i),
	       f->levels[i]);
  for (int j = 0; j < f->nholds; j++)
    fprintf (out, ", holds fresh %d", f->holds[j]);
  if (f->foreign)
    fputs (", foreign", out);
  fputc ('\n', out);
  for (int j = 0; j < f->nchain; j++)
    {
      const esc_fresh_link *l = &f->chain[j];
      fprintf (out, "    made by %s in %s", l->call ? l->call : "?",
	       l->function ? l->function : "?");
      if (l->pos.file)
	fprintf (out, " at %s:%d:%d", l->pos.file, l->pos.line,
		 l->pos.column);
      fputc ('\n', out);
    }
}

void
esc_summary_dump (FILE *out, const esc_summary *s)
{
  fprintf (out, "summary of %s (%d parameter%s)\n", s->name ? s->name : "?",
	   s->nparams, s->nparams == 1 ? "" : "s");
  for (int i = 0; i < s->nparams; i++)
    dump_param (out, s, i);
  if (s->vararg_heap != ESC_LEAK_NONE || s->vararg_into >= 0
      || s->vararg_foreign || s->vararg_data != ESC_LEAK_NONE
      || s->vararg_format != ESC_FORMAT_SAFE || s->va_list_param >= 0)
    {
      const char *sep = " ";
      fputs ("  varargs:", out);
      if (s->va_list_param >= 0)
	{
	  char what[160];
	  snprintf (what, sizeof what, "held by va_list param %d %s",
		    s->va_list_param, param_name (s, s->va_list_param));
	  fact (out, &sep, what);
	}
      if (s->vararg_format == ESC_FORMAT_ANY)
	fact (out, &sep, "printed under a format that may print a pointer");
      else if (s->vararg_format >= 0)
	{
	  char what[160];
	  snprintf (what, sizeof what, "printed under the format in param "
		    "%d %s", s->vararg_format,
		    param_name (s, s->vararg_format));
	  fact (out, &sep, what);
	}
      if (s->vararg_heap != ESC_LEAK_NONE)
	derefs (out, &sep, "heap", s->vararg_heap, 0);
      if (s->vararg_into >= 0)
	{
	  char what[64];
	  snprintf (what, sizeof what, "into *%s",
		    param_name (s, s->vararg_into));
	  derefs (out, &sep, what, s->vararg_into_derefs, 0);
	}
      if (s->vararg_data != ESC_LEAK_NONE)
	derefs (out, &sep, "data", s->vararg_data, 0);
      if (s->vararg_foreign)
	fact (out, &sep, "foreign");
      fputc ('\n', out);
    }
  if (s->writes_deep)
    fputs ("  writes deep\n", out);
  else
    for (int i = 0; i < s->nparams; i++)
      if (s->writes_deep_into[i])
	fprintf (out, "  writes deep below param %d %s\n", i,
		 s->param_names[i]);
  if (s->result_foreign)
    fputs ("  result foreign\n", out);
  if (!s->calls_out)
    fputs ("  runs only its unit's code\n", out);
  dump_alloc (out, s);
  for (int k = 0; k < s->nfresh; k++)
    dump_fresh (out, s, k);
}
