/* report.c - Go-style -m verdicts and -m=2 flow paths.  */

#include <stdio.h>
#include <stdarg.h>
#include <string.h>
#include "report.h"

#define LINE_MAX_LEN 1024

const char *
esc_loc_display (const esc_graph *g, esc_loc l, char *buf, size_t size)
{
  const char *name = esc_loc_name (g, l);
  if (esc_loc_kind_of (g, l) == ESC_ALLOC)
    {
      snprintf (buf, size, "{storage for %s}", name);
      return buf;
    }
  snprintf (buf, size, "%s", name);
  return buf;
}

static void
emitf (esc_emit_fn emit, void *ctx, const char *fmt, ...)
  __attribute__ ((format (printf, 3, 4)));

static void
emitf (esc_emit_fn emit, void *ctx, const char *fmt, ...)
{
  char line[LINE_MAX_LEN];
  va_list ap;
  va_start (ap, fmt);
  vsnprintf (line, sizeof line, fmt, ap);
  va_end (ap);
  emit (ctx, line);
}

/* "  flow: dst = &src:" and "    from where (why) at file:line:col" for
   each step, as Go's explainFlow prints them.  */
static void
emit_path (const esc_graph *g, const esc_step *steps, int n,
	   esc_emit_fn emit, void *ctx)
{
  char a[256], b[256], ops[ESC_MAX_DEREFS + 2];
  for (int i = 0; i < n; i++)
    {
      const esc_step *s = &steps[i];
      if (s->derefs < 0)
	strcpy (ops, "&");
      else
	{
	  int k = s->derefs > ESC_MAX_DEREFS ? ESC_MAX_DEREFS : s->derefs;
	  memset (ops, '*', (size_t) k);
	  ops[k] = '\0';
	}
      emitf (emit, ctx, "  flow: %s = %s%s:",
	     esc_loc_display (g, s->dst, a, sizeof a), ops,
	     esc_loc_display (g, s->src, b, sizeof b));
      if (s->note == ESC_NO_NOTE)
	continue;
      esc_pos p = esc_note_pos (g, s->note);
      if (p.file)
	emitf (emit, ctx, "    from %s (%s) at %s:%d:%d",
	       esc_note_where (g, s->note), esc_note_why (g, s->note),
	       p.file, p.line, p.column);
      else
	emitf (emit, ctx, "    from %s (%s)", esc_note_where (g, s->note),
	       esc_note_why (g, s->note));
    }
}

void
esc_report_alloc (const esc_graph *g, esc_loc site, int level,
		  esc_emit_fn emit, void *ctx)
{
  const char *name = esc_loc_name (g, site);
  if (!esc_escapes (g, site))
    {
      emitf (emit, ctx, "%s does not escape", name);
      return;
    }
  if (level >= 2)
    {
      const esc_step *steps;
      int n = esc_explain (g, site, false, &steps);
      emitf (emit, ctx, "%s escapes to heap:", name);
      emit_path (g, steps, n, emit, ctx);
      if (esc_escapes_by_loop (g, site) && n > 0)
	{
	  char buf[256];
	  emitf (emit, ctx, "  reason: %s outlives the loop iteration that "
		 "allocates it", esc_loc_display (g, steps[n - 1].dst, buf,
						   sizeof buf));
	}
    }
  emitf (emit, ctx, "%s escapes to heap", name);
}

int
esc_leak_heap_level (const esc_leaks *lk)
{
  int best = lk->heap;
  for (int i = 0; lk->content && i < lk->nparams; i++)
    if (lk->content[i] != ESC_LEAK_NONE
	&& (best == ESC_LEAK_NONE || lk->content[i] < best))
      best = lk->content[i];
  return best;
}

void
esc_report_param (const esc_graph *g, esc_loc param, int level,
		  esc_emit_fn emit, void *ctx)
{
  const char *name = esc_loc_name (g, param);
  const esc_leaks *lk = esc_param_leaks (g, param);
  int heap = esc_leak_heap_level (lk);
  /* As Go's leaks.Optimize: a flow to the result no closer than the flow
     to the heap says nothing more.  */
  int result = lk->result;
  if (heap != ESC_LEAK_NONE && result != ESC_LEAK_NONE && result >= heap)
    result = ESC_LEAK_NONE;

  const esc_step *steps;
  if (heap != ESC_LEAK_NONE)
    {
      if (level >= 2)
	{
	  int n = esc_explain (g, param, false, &steps);
	  emitf (emit, ctx, "parameter %s leaks to {heap} with derefs=%d:",
		 name, heap);
	  emit_path (g, steps, n, emit, ctx);
	}
      if (heap == 0)
	emitf (emit, ctx, "leaking param: %s", name);
      else
	emitf (emit, ctx, "leaking param content: %s", name);
    }
  if (result != ESC_LEAK_NONE)
    {
      if (level >= 2)
	{
	  int n = esc_explain (g, param, true, &steps);
	  emitf (emit, ctx, "parameter %s leaks to {result} with derefs=%d:",
		 name, result);
	  emit_path (g, steps, n, emit, ctx);
	}
      if (result == 0)
	emitf (emit, ctx, "leaking param: %s to result", name);
      else
	emitf (emit, ctx, "leaking param: %s to result level=%d", name,
	       result);
    }
  if (heap == ESC_LEAK_NONE && result == ESC_LEAK_NONE)
    emitf (emit, ctx, "%s does not escape", name);
}
