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

/* Past this many field locations in a graph, a read of copied bytes
   takes the whole source object (copies of copies may split ranges
   further at each step).  */
#define MAX_FIELDS 20000
/* Past this many field and copy records, an object takes its new
   accesses whole: each new one looks through the object's records (an
   array of 30,000 structs copied one into the next took seconds).  */
#define MAX_PARTS 256

/* Read F of a copy's destination takes the bytes copy C put where they
   overlap, as a read of C's source there.  */
static void
link_copy (esc_graph *g, int f, int c)
{
  long foff = g->fields[f].off, fend = foff + g->fields[f].size;
  long coff = g->copies[c].doff, cend = coff + g->copies[c].size;
  long a = foff > coff ? foff : coff, b = fend < cend ? fend : cend;
  esc_loc src = g->copies[c].src, read = g->fields[f].loc;
  esc_note note = g->copies[c].note;
  esc_loc from = g->nfields < MAX_FIELDS
    ? esc_field_read (g, src, a - coff + g->copies[c].soff, b - a) : src;
  esc_add_edge_exact (g, read, from, 0, note);
}

static esc_loc
field_loc (esc_graph *g, esc_loc obj, long off, long size, bool read)
{
  for (int f = g->locs[obj].fields; f >= 0; f = g->fields[f].next)
    if (g->fields[f].read == read && g->fields[f].off == off
	&& g->fields[f].size == size)
      return g->fields[f].loc;
  esc_loc u = whole_cell (g, obj);
  /* Too many parts: read the object whole, write at no field's bytes.  */
  if (g->locs[obj].nparts >= MAX_PARTS)
    return read ? obj : u;
  g->locs[obj].nparts++;
  esc_location o = g->locs[obj];
  esc_loc l = esc_loc_new (g, ESC_VALUE, o.name, o.depth, o.pos);
  g->locs[l].field_obj = obj;
  if (read)
    esc_add_edge_exact (g, l, u, 0, ESC_NO_NOTE);
  else
    esc_add_edge_exact (g, obj, l, 0, ESC_NO_NOTE);
  /* Recorded before it is linked: a copy's source read may come back
     to it.  */
  GROW (g->fields, g->nfields, g->fields_cap);
  int nf = g->nfields++;
  g->fields[nf].obj = obj;
  g->fields[nf].loc = l;
  g->fields[nf].off = off;
  g->fields[nf].size = size;
  g->fields[nf].read = read;
  g->fields[nf].next = g->locs[obj].fields;
  g->locs[obj].fields = nf;
  /* Reads take every cell they overlap.  */
  for (int f = g->fields[nf].next; f >= 0; f = g->fields[f].next)
    if (g->fields[f].read != read
	&& overlap (off, size, g->fields[f].off, g->fields[f].size))
      {
	if (read)
	  esc_add_edge_exact (g, l, g->fields[f].loc, 0, ESC_NO_NOTE);
	else
	  esc_add_edge_exact (g, g->fields[f].loc, l, 0, ESC_NO_NOTE);
      }
  if (read)
    for (int c = g->locs[obj].copies; c >= 0; c = g->copies[c].next)
      if (overlap (off, size, g->copies[c].doff, g->copies[c].size))
	link_copy (g, nf, c);
  return l;
}

void
esc_field_copy (esc_graph *g, esc_loc dst, long doff, esc_loc src,
		long soff, long size, esc_note note)
{
  esc_loc u = whole_cell (g, dst);
  if (g->locs[dst].nparts >= MAX_PARTS)
    {
      /* A store of all the bytes, at none the destination names.  */
      esc_add_edge_exact (g, u, src, 0, note);
      return;
    }
  g->locs[dst].nparts++;
  GROW (g->copies, g->ncopies, g->copies_cap);
  int c = g->ncopies++;
  g->copies[c].dst = dst;
  g->copies[c].src = src;
  g->copies[c].doff = doff;
  g->copies[c].soff = soff;
  g->copies[c].size = size;
  g->copies[c].note = note;
  g->copies[c].next = g->locs[dst].copies;
  g->locs[dst].copies = c;
  /* The destination seen whole holds what was copied.  */
  esc_add_edge_exact (g, dst, esc_field_read (g, src, soff, size), 0, note);
  for (int f = g->locs[dst].fields; f >= 0; f = g->fields[f].next)
    if (g->fields[f].read
	&& overlap (doff, size, g->fields[f].off, g->fields[f].size))
      link_copy (g, f, c);
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
