/* report.c - Go-style -m verdicts and -m=2 flow paths.  */

#include <stdio.h>
#include <stdarg.h>
#include <string.h>
#include "report.h"
#include "transform.h"

#define LINE_MAX_LEN 1024

static esc_column_fn column_hook;

void
esc_set_column_hook (esc_column_fn fn)
{
  column_hook = fn;
}

const char *
esc_loc_display (const esc_graph *g, esc_loc l, char *buf, size_t size)
{
  l = esc_field_object (g, l);
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
discard_line (void *ctx, const char *line)
{
  (void) ctx;
  (void) line;
}

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
      if (esc_step_within_object (g, s))
	continue;
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
	       p.file, p.line, column_hook ? column_hook (p.file, p.line,
							   p.column)
	       : p.column);
      else
	emitf (emit, ctx, "    from %s (%s)", esc_note_where (g, s->note),
	       esc_note_why (g, s->note));
    }
}

/* The path from L, continued through each escaping object it ends at (a
   container that escapes takes its contents with it), so the explanation
   reaches the real sink.  STEP gets each step's path in turn.  Returns the
   final root.  */
static esc_loc
walk_chain (const esc_graph *g, esc_loc l, bool to_result,
	    void (*step) (const esc_graph *, const esc_step *, int, void *),
	    void *ctx, bool *by_loop)
{
  const esc_step *steps;
  int n = esc_explain (g, l, to_result, &steps);
  esc_loc root = l, seen[8];
  int nseen = 0;
  *by_loop = false;
  while (n > 0)
    {
      step (g, steps, n, ctx);
      root = steps[n - 1].dst;
      esc_loc_kind k = esc_loc_kind_of (g, root);
      if ((k != ESC_ALLOC && k != ESC_VAR) || !esc_escapes (g, root)
	  || nseen == 8)
	break;
      for (int i = 0; i < nseen; i++)
	if (seen[i] == root)
	  return root;
      seen[nseen++] = root;
      if (esc_escapes_by_loop (g, root))
	*by_loop = true;
      n = esc_explain (g, root, false, &steps);
    }
  return root;
}

struct emit_ctx
{
  esc_emit_fn emit;
  void *ctx;
};

static void
emit_steps (const esc_graph *g, const esc_step *steps, int n, void *ctx)
{
  struct emit_ctx *e = ctx;
  emit_path (g, steps, n, e->emit, e->ctx);
}

static esc_loc
emit_chain (const esc_graph *g, esc_loc l, bool to_result,
	    esc_emit_fn emit, void *ctx, bool *by_loop)
{
  struct emit_ctx e = { emit, ctx };
  return walk_chain (g, l, to_result, emit_steps, &e, by_loop);
}

struct step_ctx
{
  esc_step_fn fn;
  void *ctx;
};

static void
each_step (const esc_graph *g, const esc_step *steps, int n, void *ctx)
{
  struct step_ctx *s = ctx;
  (void) g;
  for (int i = 0; i < n; i++)
    s->fn (s->ctx, &steps[i]);
}

void
esc_report_chain (const esc_graph *g, esc_loc l, esc_step_fn fn, void *ctx)
{
  struct step_ctx s = { fn, ctx };
  bool by_loop;
  if (esc_escapes (g, l))
    walk_chain (g, l, false, each_step, &s, &by_loop);
}

int
esc_report_column (const char *file, int line, int column)
{
  return column_hook && file ? column_hook (file, line, column) : column;
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
      bool chained_loop;
      emitf (emit, ctx, "%s escapes to heap:", name);
      esc_loc root = emit_chain (g, site, false, emit, ctx, &chained_loop);
      if (esc_escapes_by_loop (g, site) || chained_loop)
	{
	  char buf[256];
	  esc_loc_display (g, root, buf, sizeof buf);
	  if (esc_loc_kind_of (g, root) == ESC_VAR
	      && esc_loc_depth (g, root) == 0)
	    emitf (emit, ctx, "  reason: %s lives in memory, which counts as "
		   "declared outside every loop, so it outlives the loop "
		   "iteration that allocated %s", buf, name);
	  else
	    emitf (emit, ctx, "  reason: %s keeps it past the loop iteration "
		   "that allocated it", buf);
	}
    }
  emitf (emit, ctx, "%s escapes to heap", name);
}

void
esc_report_move (const esc_graph *g, esc_loc site, int level, int reason,
		 long long size, long long slot_size, bool owned, int pool,
		 esc_emit_fn emit, void *ctx)
{
  const char *name = esc_loc_name (g, site);
  if (reason == ESC_MOVED)
    {
      emitf (emit, ctx, "moved to stack: %s", name);
      int restart = esc_loop_restart (g, site);
      if (level >= 2 && pool > 0)
	emitf (emit, ctx, "  a pool of %d stack slot%s of %lld bytes, one for "
	       "each object that outlives its loop iteration, the heap once "
	       "they are used up", pool, pool == 1 ? "" : "s",
	       slot_size > 0 ? slot_size : size);
      if (level >= 2 && pool > 0 && restart > 0)
	emitf (emit, ctx, "  the pool starts again at each iteration of the "
	       "loop %d deep around it, which none of its objects outlives",
	       restart);
      if (level >= 2 && slot_size > 0 && size < 0)
	emitf (emit, ctx, "  a %lld-byte stack slot when it asks for at most "
	       "that, the heap otherwise", slot_size);
      else if (level >= 2 && slot_size > size && pool == 0)
	emitf (emit, ctx, "  a %lld-byte stack slot: realloc grows it in place "
	       "up to that size, into a new heap block beyond", slot_size);
      if (level >= 2 && owned)
	emitf (emit, ctx, "  one activation of %s at a time takes its slot "
	       "and the others use the heap, so that recursion cannot "
	       "multiply it", esc_function_name (g));
      if (level >= 2 && esc_escapes (g, site) && pool == 0)
	emitf (emit, ctx, "  realloc grows it into a new heap block, which "
	       "escapes");
      return;
    }
  esc_report_alloc (g, site, level, emit, ctx);
  if (level >= 2 && reason != ESC_STAY_ESCAPES && reason != ESC_STAY_LOOP)
    emitf (emit, ctx, "%s not moved to stack: %s", name,
	   esc_move_reason_text ((esc_move_reason) reason));
}

int
esc_leak_heap_level (const esc_leaks *lk)
{
  int best = lk->heap;
  for (int i = 0; lk->content && i < lk->nparams; i++)
    {
      if (lk->content[i] != ESC_LEAK_NONE
	  && (best == ESC_LEAK_NONE || lk->content[i] < best))
	best = lk->content[i];
      if (lk->deep && lk->deep[i] != ESC_LEAK_NONE
	  && (best == ESC_LEAK_NONE || lk->deep[i] < best))
	best = lk->deep[i];
    }
  return best;
}

/* "parameter p leaks to ROOT with derefs=N:" and the path; ROOT is where
   the chain of flows really ends ({heap}, {result}, or *q for the caller's
   object behind parameter q).  */
static void
emit_param_leak (const esc_graph *g, esc_loc param, bool to_result,
		 int derefs, esc_emit_fn emit, void *ctx)
{
  /* The header comes first but names the end of the chain: find it with a
     silent pass.  */
  bool by_loop;
  esc_loc root = emit_chain (g, param, to_result, discard_line, NULL,
			     &by_loop);
  char buf[256];
  if (root == param)
    root = to_result ? ESC_LOC_RESULT : ESC_LOC_HEAP;
  emitf (emit, ctx, "parameter %s leaks to %s with derefs=%d:",
	 esc_loc_name (g, param), esc_loc_display (g, root, buf, sizeof buf),
	 derefs);
  emit_chain (g, param, to_result, emit, ctx, &by_loop);
}

/* " level=N" past level 0, as Go prints result leaks.  */
static const char *
level_text (int derefs, char *buf, size_t size)
{
  if (derefs > 0)
    snprintf (buf, size, " level=%d", derefs);
  else
    buf[0] = '\0';
  return buf;
}

void
esc_report_param (const esc_graph *g, esc_loc param, int level,
		  esc_emit_fn emit, void *ctx)
{
  const char *name = esc_loc_name (g, param);
  const esc_leaks *lk = esc_param_leaks (g, param);
  int heap = lk->heap;
  /* As Go's leaks.Optimize: a flow to the result or into another
     parameter's object no closer than the flow to the heap says nothing
     more.  */
  int result = lk->result;
  if (heap != ESC_LEAK_NONE && result != ESC_LEAK_NONE && result >= heap)
    result = ESC_LEAK_NONE;
  bool any_content = false;
  for (int j = 0; lk->content && j < lk->nparams; j++)
    if ((lk->content[j] != ESC_LEAK_NONE
	 && (heap == ESC_LEAK_NONE || lk->content[j] < heap))
	|| (lk->deep && lk->deep[j] != ESC_LEAK_NONE
	    && (heap == ESC_LEAK_NONE || lk->deep[j] < heap)))
      any_content = true;

  if (level >= 2 && (heap != ESC_LEAK_NONE || any_content))
    emit_param_leak (g, param, false, esc_leak_heap_level (lk), emit, ctx);
  if (heap == 0)
    emitf (emit, ctx, "leaking param: %s", name);
  else if (heap != ESC_LEAK_NONE)
    emitf (emit, ctx, "leaking param content: %s", name);
  char lv[32];
  for (int j = 0; any_content && j < lk->nparams; j++)
    {
      int d = lk->content[j];
      esc_loc q = esc_param_at (g, j);
      if (d == ESC_LEAK_NONE || q < 0 || (heap != ESC_LEAK_NONE && d >= heap))
	continue;
      /* "stored into *q": C's out-parameters and containers.  */
      emitf (emit, ctx, "leaking param: %s into *%s%s", name,
	     esc_loc_name (g, q), level_text (d, lv, sizeof lv));
    }
  for (int j = 0; any_content && lk->deep && j < lk->nparams; j++)
    {
      int d = lk->deep[j];
      esc_loc q = esc_param_at (g, j);
      if (d == ESC_LEAK_NONE || q < 0 || (heap != ESC_LEAK_NONE && d >= heap))
	continue;
      /* Into the caller's objects reached through *q (a walker's
	 recursive call, "walk (q->next)").  */
      emitf (emit, ctx, "leaking param: %s into **%s%s", name,
	     esc_loc_name (g, q), level_text (d, lv, sizeof lv));
    }
  if (result != ESC_LEAK_NONE)
    {
      if (level >= 2)
	emit_param_leak (g, param, true, result, emit, ctx);
      emitf (emit, ctx, "leaking param: %s to result%s", name,
	     level_text (result, lv, sizeof lv));
    }
  if (heap == ESC_LEAK_NONE && result == ESC_LEAK_NONE && !any_content)
    emitf (emit, ctx, "%s does not escape", name);
}
