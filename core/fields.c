/* fields.c - the fields of local objects, apart.

   Go counts a struct as one object, and so did this lattice: "p->a = x;
   y = p->b" made y point wherever x does.  Here an object the builder
   reaches by a pointer to its start or by name (esc_field_cell's
   comment in lattice.h) keeps the bytes of each field it names in a
   cell of its own.  A store of known bytes goes into their cell; a load
   of known bytes reads every cell they overlap (a union's members, a
   struct copied whole) and the object's cell for everything else.
   Every other flow into the object (a store through a pointer the
   builder cannot place, a callee's store, a clobber, the heap's address
   once it escapes) is redirected into that cell by esc_add_edge, so no
   writer is missed; and the object's own location holds all its cells,
   so every reader that does not name bytes (a walk through its address,
   a callee, the heap once it escapes) sees it whole, as before.  Which
   pointers reach an object's start is the builder's to show: it names an
   object only where the pointer's definitions lead to nothing else.  */

#include <string.h>
#include "graph-impl.h"

bool
esc_fields_any (const esc_graph *g)
{
  return g->nfields > 0;
}

/* OBJ's cell for flows at no field's bytes, made on first use: OBJ's
   incoming edges so far move there, and OBJ holds it.  */
static esc_loc
whole_cell (esc_graph *g, esc_loc obj)
{
  if (g->locs[obj].whole >= 0)
    return g->locs[obj].whole;
  esc_location o = g->locs[obj];
  esc_loc u = esc_loc_new (g, ESC_VALUE, o.name, o.depth, o.pos);
  esc_location *ol = &g->locs[obj], *ul = &g->locs[u];
  ul->field_obj = obj;
  ul->edges = ol->edges;
  ul->nedges = ol->nedges;
  ul->cap = ol->cap;
  ol->edges = NULL;
  ol->nedges = ol->cap = 0;
  for (int i = 0; i < ul->nedges; i++)
    esc_edge_set_add (g, u, ul->edges[i].src, ul->edges[i].derefs);
  ol->whole = u;
  esc_edges_changed (g, obj);
  esc_edges_changed (g, u);
  esc_add_edge_exact (g, obj, u, 0, ESC_NO_NOTE);
  return u;
}

static bool
overlap (long a, long s, long b, long t)
{
  return a < b + t && b < a + s;
}

static esc_loc
field_loc (esc_graph *g, esc_loc obj, long off, long size, bool read)
{
  for (int f = g->locs[obj].fields; f >= 0; f = g->fields[f].next)
    if (g->fields[f].read == read && g->fields[f].off == off
	&& g->fields[f].size == size)
      return g->fields[f].loc;
  esc_loc u = whole_cell (g, obj);
  esc_location o = g->locs[obj];
  esc_loc l = esc_loc_new (g, ESC_VALUE, o.name, o.depth, o.pos);
  g->locs[l].field_obj = obj;
  if (read)
    esc_add_edge_exact (g, l, u, 0, ESC_NO_NOTE);
  else
    esc_add_edge_exact (g, obj, l, 0, ESC_NO_NOTE);
  /* Reads take every cell they overlap.  */
  for (int f = g->locs[obj].fields; f >= 0; f = g->fields[f].next)
    if (g->fields[f].read != read
	&& overlap (off, size, g->fields[f].off, g->fields[f].size))
      {
	if (read)
	  esc_add_edge_exact (g, l, g->fields[f].loc, 0, ESC_NO_NOTE);
	else
	  esc_add_edge_exact (g, g->fields[f].loc, l, 0, ESC_NO_NOTE);
      }
  GROW (g->fields, g->nfields, g->fields_cap);
  int f = g->nfields++;
  g->fields[f].obj = obj;
  g->fields[f].loc = l;
  g->fields[f].off = off;
  g->fields[f].size = size;
  g->fields[f].read = read;
  g->fields[f].next = g->locs[obj].fields;
  g->locs[obj].fields = f;
  return l;
}

esc_loc
esc_field_cell (esc_graph *g, esc_loc obj, long off, long size)
{
  return field_loc (g, obj, off, size, false);
}

esc_loc
esc_field_read (esc_graph *g, esc_loc obj, long off, long size)
{
  return field_loc (g, obj, off, size, true);
}

esc_loc
esc_field_object (const esc_graph *g, esc_loc l)
{
  return g->locs[l].field_obj >= 0 ? g->locs[l].field_obj : l;
}

bool
esc_step_within_object (const esc_graph *g, const esc_step *s)
{
  return s->note == ESC_NO_NOTE
	 && esc_field_object (g, s->src) == esc_field_object (g, s->dst);
}
