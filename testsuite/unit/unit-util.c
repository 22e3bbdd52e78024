/* unit-util.c - helpers behind unit.h.  */

#include <string.h>
#include <stdio.h>
#include "unit.h"

const esc_pos ut_pos = { "f.c", 3, 7 };
const esc_pos ut_nopos = { NULL, 0, 0 };

#define UT_MAX_GRAPHS 8
static esc_graph *graphs[UT_MAX_GRAPHS];
static int ngraphs;

#define UT_MAX_SUMMARIES 64
static esc_summary *summaries[UT_MAX_SUMMARIES];
static int nsummaries;

esc_graph *
ut_keep_graph (esc_graph *g)
{
  ck_assert_int_lt (ngraphs, UT_MAX_GRAPHS);
  ck_assert_ptr_nonnull (g);
  graphs[ngraphs++] = g;
  return g;
}

esc_graph *
ut_graph (const char *fname)
{
  return ut_keep_graph (esc_graph_new (fname));
}

esc_summary *
ut_keep_summary (esc_summary *s)
{
  ck_assert_int_lt (nsummaries, UT_MAX_SUMMARIES);
  ck_assert_ptr_nonnull (s);
  summaries[nsummaries++] = s;
  return s;
}

esc_summary *
ut_summary (const char *name, int nparams)
{
  return ut_keep_summary (esc_summary_new (name, nparams));
}

void
ut_setup (void)
{
  ngraphs = 0;
  nsummaries = 0;
}

void
ut_teardown (void)
{
  for (int i = 0; i < ngraphs; i++)
    esc_graph_free (graphs[i]);
  ngraphs = 0;
  for (int i = 0; i < nsummaries; i++)
    esc_summary_free (summaries[i]);
  nsummaries = 0;
}

esc_loc
ut_alloc (esc_graph *g, const char *name, int depth)
{
  return esc_loc_new (g, ESC_ALLOC, name, depth, ut_pos);
}

esc_loc
ut_var (esc_graph *g, const char *name, int depth)
{
  return esc_loc_new (g, ESC_VAR, name, depth, ut_pos);
}

esc_loc
ut_val (esc_graph *g, const char *name, int depth)
{
  return esc_loc_new (g, ESC_VALUE, name, depth, ut_pos);
}

esc_loc
ut_addr (esc_graph *g, const char *name, esc_loc obj, int depth)
{
  esc_loc v = ut_val (g, name, depth);
  esc_flow (g, v, obj, -1, ESC_NO_NOTE);
  return v;
}

bool
ut_pts_has (esc_graph *g, esc_loc ptr, esc_loc obj)
{
  const esc_loc *o;
  int n = esc_points_to (g, ptr, &o);
  for (int i = 0; i < n; i++)
    if (o[i] == obj)
      return true;
  return false;
}

int
ut_pts_count (esc_graph *g, esc_loc ptr)
{
  const esc_loc *o;
  return esc_points_to (g, ptr, &o);
}

bool
ut_escapes_for_real (const esc_graph *g, esc_loc l)
{
  return esc_escapes (g, l) && !esc_escapes_by_loop (g, l);
}

void
ut_capture_reset (ut_capture *c)
{
  memset (c, 0, sizeof *c);
}

void
ut_emit (void *ctx, const char *line)
{
  ut_capture *c = ctx;
  ck_assert_int_lt (c->n, UT_MAX_LINES);
  ck_assert_int_lt (strlen (line), UT_LINE_LEN);
  strcpy (c->line[c->n++], line);
}

const char *
ut_capture_text (const ut_capture *c)
{
  static char buf[UT_MAX_LINES * (UT_LINE_LEN + 1) + 1];
  size_t k = 0;
  buf[0] = '\0';
  for (int i = 0; i < c->n; i++)
    k += (size_t) snprintf (buf + k, sizeof buf - k, "\n[%d] %s", i,
			    c->line[i]);
  return buf;
}

TCase *
ut_tcase (const char *name)
{
  TCase *tc = tcase_create (name);
  tcase_add_checked_fixture (tc, ut_setup, ut_teardown);
  return tc;
}
