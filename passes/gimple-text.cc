/* gimple-text.cc - render GIMPLE as readable C for notes and flow paths.  */

#include <dlfcn.h>
#include "../core/lattice.h"
#include "../core/source-lines.h"
#include "../plugin/gcc-headers.h"
#include "cpplib.h"
#include "gimple-text.h"

void
esc_text::add (const char *s)
{
  size_t room = sizeof buf - 1 - len;
  size_t n = strlen (s);
  if (n > room)
    {
      /* Cut, and say so.  */
      n = room;
      memcpy (buf + len, s, n);
      len += n;
      if (len >= 3)
	memcpy (buf + len - 3, "...", 3);
    }
  else
    {
      memcpy (buf + len, s, n);
      len += n;
    }
  buf[len] = '\0';
}

const char *
esc_decl_name (tree decl)
{
  if (!decl || !DECL_P (decl) || !DECL_NAME (decl))
    return NULL;
  /* lto1 sees GCC's IPA clones (make.constprop, f.isra), artificial
     functions named after the function they copy.  */
  if (DECL_ARTIFICIAL (decl) && TREE_CODE (decl) != RESULT_DECL
      && !(in_lto_p && TREE_CODE (decl) == FUNCTION_DECL))
    return NULL;
  return IDENTIFIER_POINTER (DECL_NAME (decl));
}

esc_pos
esc_pos_of (location_t loc)
{
  esc_pos p = { NULL, 0, 0 };
  if (loc == UNKNOWN_LOCATION)
    return p;
  expanded_location x = expand_location (loc);
  p.file = x.file;
  p.line = x.line;
  p.column = x.column;		/* Bytes; see esc_display_column.  */
  return p;
}

static esc_source_lines *byte_lines;

/* Is the source read as UTF-8 (GCC's default; -finput-charset may say
   otherwise)?  Asked of the preprocessor by name: lto1 has none (then
   no).  */
static bool
default_charset ()
{
  static int known = -1;
  if (known < 0)
    {
      void **reader = (void **) dlsym (RTLD_DEFAULT, "parse_in");
      cpp_options *(*get) (void *) = (cpp_options *(*) (void *))
	dlsym (RTLD_DEFAULT, "_Z15cpp_get_optionsP10cpp_reader");
      cpp_options *o = reader && *reader && get ? get (*reader) : NULL;
      known = o && (!o->input_charset
		    || strcasecmp (o->input_charset, "UTF-8") == 0
		    || strcasecmp (o->input_charset, "UTF8") == 0);
    }
  return known;
}

/* While an esc_byte_column lives (BYTE_GUARDS), the unit the user asked
   for is USER_UNIT: columns computed for a note's text (a path's "at
   x.c:5:19", esc_display_column) are those of that unit.  */
static int byte_guards;
static int user_unit;

static int
asked_unit ()
{
  return byte_guards ? user_unit : (int) global_dc->column_unit;
}

/* Is FILE:LINE:COLUMN displayed at byte column COLUMN?  */
static bool
plain_column (const char *file, int line, int column)
{
  if (asked_unit () != DIAGNOSTICS_COLUMN_UNIT_DISPLAY
      || !default_charset ())
    return false;
  if (!byte_lines)
    byte_lines = esc_source_lines_new ();
  return esc_source_plain_prefix (byte_lines, file, line, column);
}

esc_byte_column::esc_byte_column (location_t loc)
  : saved (global_dc->column_unit)
{
  if (byte_guards++ == 0)
    user_unit = saved;
  if (loc == UNKNOWN_LOCATION
      || linemap_location_from_macro_expansion_p (line_table, loc))
    return;
  expanded_location x = expand_location (loc);
  if (plain_column (x.file, x.line, x.column))
    global_dc->column_unit = DIAGNOSTICS_COLUMN_UNIT_BYTE;
}

esc_byte_column::~esc_byte_column ()
{
  global_dc->column_unit = (enum diagnostics_column_unit) saved;
  byte_guards--;
}

void
esc_byte_columns_release ()
{
  esc_source_lines_free (byte_lines);
  byte_lines = NULL;
}

int
esc_display_column (const char *file, int line, int column)
{
  expanded_location x;
  x.file = file;
  x.line = line;
  x.column = column;
  x.data = NULL;
  x.sysp = false;
  int saved = global_dc->column_unit;
  global_dc->column_unit = (enum diagnostics_column_unit) asked_unit ();
  if (plain_column (file, line, column))
    global_dc->column_unit = DIAGNOSTICS_COLUMN_UNIT_BYTE;
  int d = diagnostic_converted_column (global_dc, x);
  global_dc->column_unit = (enum diagnostics_column_unit) saved;
  return d;
}

static void render (esc_text *t, tree e, bool expand, int depth);

/* The defining assignment of an unnamed SSA temporary, or NULL.  */
static gimple *
temp_def (tree e)
{
  if (!e || TREE_CODE (e) != SSA_NAME || esc_decl_name (SSA_NAME_VAR (e))
      || SSA_NAME_IS_DEFAULT_DEF (e))
    return NULL;
  gimple *def = SSA_NAME_DEF_STMT (e);
  return is_gimple_assign (def) ? def : NULL;
}

/* E through the conversions GIMPLE adds ("(sizetype) i").  */
static tree
unconvert (tree e)
{
  for (int k = 0; k < 4; k++)
    {
      gimple *def = temp_def (e);
      if (!def || !CONVERT_EXPR_CODE_P (gimple_assign_rhs_code (def)))
	break;
      e = gimple_assign_rhs1 (def);
    }
  return e;
}

/* Is pointer temp E "P + I * sizeof *P", GIMPLE's form of &P[I]?  Then
   set *BASE to P and *INDEX to I (*KONST to the constant index, INDEX
   NULL), as the source wrote it: "entries[i].name", not
   "(entries + i * 16)->name".  */
static bool
index_form_def (gimple *def, tree *base, tree *index, HOST_WIDE_INT *konst)
{
  if (!def || !is_gimple_assign (def)
      || gimple_assign_rhs_code (def) != POINTER_PLUS_EXPR)
    return false;
  tree p = gimple_assign_rhs1 (def), off = gimple_assign_rhs2 (def);
  tree pt = TREE_TYPE (p);
  if (!POINTER_TYPE_P (pt) || !COMPLETE_TYPE_P (TREE_TYPE (pt))
      || !tree_fits_uhwi_p (TYPE_SIZE_UNIT (TREE_TYPE (pt))))
    return false;
  unsigned HOST_WIDE_INT size = tree_to_uhwi (TYPE_SIZE_UNIT (TREE_TYPE (pt)));
  /* Bytes ("p + 3" on a char pointer) read as the source may have
     written either: leave them.  */
  if (size <= 1)
    return false;
  if (TREE_CODE (off) == INTEGER_CST && tree_fits_uhwi_p (off))
    {
      unsigned HOST_WIDE_INT k = tree_to_uhwi (off);
      if (k % size)
	return false;
      *base = p;
      *index = NULL_TREE;
      *konst = (HOST_WIDE_INT) (k / size);
      return true;
    }
  gimple *mul = temp_def (unconvert (off));
  if (!mul || gimple_assign_rhs_code (mul) != MULT_EXPR)
    return false;
  tree c = gimple_assign_rhs2 (mul);
  if (TREE_CODE (c) != INTEGER_CST || !tree_fits_uhwi_p (c)
      || tree_to_uhwi (c) != size)
    return false;
  *base = p;
  *index = unconvert (gimple_assign_rhs1 (mul));
  *konst = 0;
  return true;
}

static bool
index_form (tree e, tree *base, tree *index, HOST_WIDE_INT *konst)
{
  return index_form_def (temp_def (e), base, index, konst);
}

static void
render_konst (esc_text *t, HOST_WIDE_INT k)
{
  char num[32];
  snprintf (num, sizeof num, HOST_WIDE_INT_PRINT_DEC, k);
  t->add (num);
}

/* "p[i]" for a pointer temp in index form.  */
static bool
render_index (esc_text *t, tree e, bool expand, int depth)
{
  tree base, index;
  HOST_WIDE_INT k;
  if (!expand || !index_form (e, &base, &index, &k))
    return false;
  render (t, base, expand, depth + 1);
  t->add ("[");
  if (index)
    render (t, index, expand, depth + 1);
  else
    render_konst (t, k);
  t->add ("]");
  return true;
}

/* C's precedence of binary CODE (higher binds tighter); 0 for codes
   without an infix form, which always take parentheses.  */
static int
precedence (enum tree_code code)
{
  switch (code)
    {
    case MULT_EXPR: case TRUNC_DIV_EXPR: case TRUNC_MOD_EXPR:
    case EXACT_DIV_EXPR: case CEIL_DIV_EXPR: case FLOOR_DIV_EXPR:
    case ROUND_DIV_EXPR: case RDIV_EXPR:
      return 13;
    case PLUS_EXPR: case MINUS_EXPR: case POINTER_PLUS_EXPR:
    case POINTER_DIFF_EXPR:
      return 12;
    case LSHIFT_EXPR: case RSHIFT_EXPR:
      return 11;
    case LT_EXPR: case LE_EXPR: case GT_EXPR: case GE_EXPR:
      return 10;
    case EQ_EXPR: case NE_EXPR:
      return 9;
    case BIT_AND_EXPR:
      return 8;
    case BIT_XOR_EXPR:
      return 7;
    case BIT_IOR_EXPR:
      return 6;
    case TRUTH_ANDIF_EXPR: case TRUTH_AND_EXPR:
      return 5;
    case TRUTH_ORIF_EXPR: case TRUTH_OR_EXPR:
      return 4;
    default:
      return 0;
    }
}

/* An operand of an operator of precedence PARENT (14: unary), on its
   RIGHT or left, parenthesised only where C needs it: "a + b + 1",
   "(n + 1) * 4", "a - (b + c)".  */
static void
render_operand (esc_text *t, tree e, bool expand, int depth, int parent,
		bool right)
{
  bool paren = false;
  /* Through conversions, which print as nothing: "(n + 1) * 4" is a
     multiply of a converted sum.  */
  for (tree x = e; expand && x && TREE_CODE (x) == SSA_NAME
       && !esc_decl_name (SSA_NAME_VAR (x)) && !SSA_NAME_IS_DEFAULT_DEF (x);)
    {
      gimple *def = SSA_NAME_DEF_STMT (x);
      if (!is_gimple_assign (def))
	break;
      enum tree_code code = gimple_assign_rhs_code (def);
      if (get_gimple_rhs_class (code) == GIMPLE_BINARY_RHS)
	{
	  int p = precedence (code);
	  paren = p == 0 || p < parent || (right && p == parent);
	  break;
	}
      if (!CONVERT_EXPR_CODE_P (code) && code != VIEW_CONVERT_EXPR
	  && code != FIX_TRUNC_EXPR && code != FLOAT_EXPR
	  && code != PAREN_EXPR && code != SSA_NAME)
	break;
      x = gimple_assign_rhs1 (def);
    }
  if (paren)
    t->add ("(");
  render (t, e, expand, depth);
  if (paren)
    t->add (")");
}

/* The right-hand side of the assignment that defines a temp.  */
static bool
render_def (esc_text *t, gimple *def, bool expand, int depth)
{
  if (!is_gimple_assign (def))
    return false;
  enum tree_code code = gimple_assign_rhs_code (def);
  tree a = gimple_assign_rhs1 (def);
  switch (get_gimple_rhs_class (code))
    {
    case GIMPLE_SINGLE_RHS:
      render (t, a, expand, depth);
      return true;
    case GIMPLE_UNARY_RHS:
      /* Between integers and floats too ("(int) x"), which GCC's
	 op_symbol_code has no symbol for.  */
      if (CONVERT_EXPR_CODE_P (code) || code == VIEW_CONVERT_EXPR
	  || code == FIX_TRUNC_EXPR || code == FLOAT_EXPR
	  || code == PAREN_EXPR)
	render (t, a, expand, depth);
      else
	{
	  t->add (op_symbol_code (code));
	  render_operand (t, a, expand, depth, 14, false);
	}
      return true;
    case GIMPLE_BINARY_RHS:
      {
	/* "p + i" as C counts it, in elements: GIMPLE counts bytes.  */
	tree ib, ii;
	HOST_WIDE_INT ik;
	if (index_form_def (def, &ib, &ii, &ik))
	  {
	    render_operand (t, ib, expand, depth, 12, false);
	    t->add (" + ");
	    if (ii)
	      render_operand (t, ii, expand, depth, 12, true);
	    else
	      render_konst (t, ik);
	    return true;
	  }
	const char *op = code == POINTER_PLUS_EXPR ? "+" : op_symbol_code
	  (code);
	tree b = gimple_assign_rhs2 (def);
	/* "n + -1" is how GIMPLE writes "n - 1".  */
	if (code == PLUS_EXPR && TREE_CODE (b) == INTEGER_CST
	    && tree_int_cst_sgn (b) < 0 && !TYPE_UNSIGNED (TREE_TYPE (b)))
	  {
	    op = "-";
	    b = fold_build1 (NEGATE_EXPR, TREE_TYPE (b), b);
	  }
	int prec = precedence (code);
	render_operand (t, a, expand, depth, prec, false);
	t->add (" ");
	t->add (op);
	t->add (" ");
	render_operand (t, b, expand, depth, prec, true);
	return true;
      }
    default:
      return false;
    }
}

static void
render (esc_text *t, tree e, bool expand, int depth)
{
  char num[WIDE_INT_PRINT_BUFFER_SIZE];
  if (!e)
    {
      t->add ("?");
      return;
    }
  if (depth > 6)
    {
      t->add ("...");
      return;
    }
  switch (TREE_CODE (e))
    {
    case SSA_NAME:
      {
	const char *name = esc_decl_name (SSA_NAME_VAR (e));
	if (name)
	  t->add (name);
	else if (expand && !SSA_NAME_IS_DEFAULT_DEF (e)
		 && is_gimple_call (SSA_NAME_DEF_STMT (e)) && depth < 4)
	  esc_render_call (t, as_a<const gcall *> (SSA_NAME_DEF_STMT (e)));
	else if (!expand || SSA_NAME_IS_DEFAULT_DEF (e)
		 || !render_def (t, SSA_NAME_DEF_STMT (e), expand, depth + 1))
	  t->add ("{temp}");
	return;
      }
    case INTEGER_CST:
      print_dec (wi::to_wide (e), num, TYPE_SIGN (TREE_TYPE (e)));
      t->add (num);
      return;
    case VAR_DECL:
    case PARM_DECL:
    case FUNCTION_DECL:
    case FIELD_DECL:
    case CONST_DECL:
      {
	const char *name = esc_decl_name (e);
	t->add (name ? name : "{temp}");
	return;
      }
    case RESULT_DECL:
      t->add ("{result}");
      return;
    case STRING_CST:
      t->add ("\"");
      if (TREE_STRING_LENGTH (e) <= 16)
	t->add (TREE_STRING_POINTER (e));
      else
	t->add ("...");
      t->add ("\"");
      return;
    case ADDR_EXPR:
      if (TREE_CODE (TREE_OPERAND (e, 0)) == FUNCTION_DECL
	  || TREE_CODE (TREE_OPERAND (e, 0)) == STRING_CST)
	{
	  render (t, TREE_OPERAND (e, 0), expand, depth + 1);
	  return;
	}
      t->add ("&");
      render (t, TREE_OPERAND (e, 0), expand, depth + 1);
      return;
    case MEM_REF:
      {
	tree base = TREE_OPERAND (e, 0);
	/* A field of a declared object read at its offset: "s.f".  */
	tree obj = esc_mem_ref_object (e, expand && depth < 8);
	tree field = obj && tree_fits_shwi_p (TREE_OPERAND (e, 1))
		     && !types_compatible_p (TREE_TYPE (obj), TREE_TYPE (e))
		     ? esc_field_at (TREE_TYPE (obj),
				     tree_to_shwi (TREE_OPERAND (e, 1)), e,
				     false)
		     : NULL_TREE;
	if (field && types_compatible_p (TREE_TYPE (field), TREE_TYPE (e)))
	  {
	    render (t, obj, expand, depth + 1);
	    t->add (".");
	    render (t, field, expand, depth + 1);
	    return;
	  }
	/* The object itself, also through a pointer set to "&obj".  */
	if ((TREE_CODE (base) == ADDR_EXPR || obj)
	    && integer_zerop (TREE_OPERAND (e, 1)))
	  {
	    render (t, TREE_CODE (base) == ADDR_EXPR ? TREE_OPERAND (base, 0)
		    : obj, expand, depth + 1);
	    return;
	  }
	if (integer_zerop (TREE_OPERAND (e, 1))
	    && render_index (t, base, expand, depth))
	  return;
	t->add ("*");
	render_operand (t, base, expand, depth + 1, 14, false);
	return;
      }
    case COMPONENT_REF:
      {
	tree base = TREE_OPERAND (e, 0);
	if (TREE_CODE (base) == MEM_REF
	    && TREE_CODE (TREE_OPERAND (base, 0)) != ADDR_EXPR
	    && integer_zerop (TREE_OPERAND (base, 1))
	    && render_index (t, TREE_OPERAND (base, 0), expand, depth))
	  t->add (".");
	else if (TREE_CODE (base) == MEM_REF
	    && TREE_CODE (TREE_OPERAND (base, 0)) != ADDR_EXPR
	    && integer_zerop (TREE_OPERAND (base, 1)))
	  {
	    render_operand (t, TREE_OPERAND (base, 0), expand, depth + 1, 15,
			    false);
	    t->add ("->");
	  }
	else
	  {
	    render (t, base, expand, depth + 1);
	    t->add (".");
	  }
	render (t, TREE_OPERAND (e, 1), expand, depth + 1);
	return;
      }
    case ARRAY_REF:
    case ARRAY_RANGE_REF:
      render (t, TREE_OPERAND (e, 0), expand, depth + 1);
      t->add ("[");
      render (t, TREE_OPERAND (e, 1), expand, depth + 1);
      t->add ("]");
      return;
    case NOP_EXPR:
    case CONVERT_EXPR:
    case VIEW_CONVERT_EXPR:
    case REALPART_EXPR:
    case IMAGPART_EXPR:
    case BIT_FIELD_REF:
      render (t, TREE_OPERAND (e, 0), expand, depth + 1);
      return;
    case CONSTRUCTOR:
      t->add ("{}");
      return;
    default:
      if (CONSTANT_CLASS_P (e))
	t->add ("{constant}");
      else
	t->add ("...");
      return;
    }
}

void
esc_render_expr (esc_text *t, tree expr, bool expand)
{
  render (t, expr, expand, 0);
}


tree
esc_mem_ref_object (tree mem, bool through_ssa)
{
  if (TREE_CODE (mem) != MEM_REF)
    return NULL_TREE;
  tree base = TREE_OPERAND (mem, 0);
  if (TREE_CODE (base) == SSA_NAME && through_ssa)
    if (gassign *d = dyn_cast<gassign *> (SSA_NAME_DEF_STMT (base)))
      if (gimple_assign_rhs_code (d) == ADDR_EXPR)
	base = gimple_assign_rhs1 (d);
  if (TREE_CODE (base) != ADDR_EXPR
      || !DECL_P (get_base_address (TREE_OPERAND (base, 0))))
    return NULL_TREE;
  return TREE_OPERAND (base, 0);
}

tree
esc_field_at (tree type, HOST_WIDE_INT offset, tree access, bool nested)
{
  tree want = TYPE_SIZE (TREE_TYPE (access));
  if (!type || TREE_CODE (type) != RECORD_TYPE || !want)
    return NULL_TREE;
  for (tree f = TYPE_FIELDS (type); f; f = DECL_CHAIN (f))
    {
      if (TREE_CODE (f) != FIELD_DECL || !tree_fits_shwi_p (byte_position (f)))
	continue;
      HOST_WIDE_INT at = tree_to_shwi (byte_position (f));
      tree ft = TREE_TYPE (f);
      if (at == offset && DECL_NAME (f) && TYPE_SIZE (ft)
	  && TREE_CODE (ft) != RECORD_TYPE
	  && tree_int_cst_equal (TYPE_SIZE (ft), want))
	return f;
      if (nested && TREE_CODE (ft) == RECORD_TYPE && TYPE_SIZE_UNIT (ft)
	  && tree_fits_shwi_p (TYPE_SIZE_UNIT (ft)) && at <= offset
	  && offset < at + tree_to_shwi (TYPE_SIZE_UNIT (ft)))
	return esc_field_at (ft, offset - at, access, true);
    }
  return NULL_TREE;
}

void
esc_render_call (esc_text *t, const gcall *call)
{
  tree fn = gimple_call_fndecl (call);
  if (gimple_call_internal_p (call))
    {
      t->add (".");
      t->add (internal_fn_name (gimple_call_internal_fn (call)));
    }
  else if (fn)
    render (t, fn, false, 0);
  else
    {
      /* Through a function pointer, named by where it came from:
	 "hooks->allocate(24)".  */
      esc_text f;
      render (&f, gimple_call_fn (call), true, 0);
      bool simple = strspn (f.str (), "abcdefghijklmnopqrstuvwxyz"
			    "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.->")
		    == strlen (f.str ());
      if (!simple)
	t->add ("(*");
      t->add (f.str ());
      if (!simple)
	t->add (")");
    }
  t->add ("(");
  for (unsigned i = 0; i < gimple_call_num_args (call); i++)
    {
      if (i)
	t->add (", ");
      render (t, gimple_call_arg (call, i), true, 0);
    }
  t->add (")");
}

/* Does the source put "return" right before LOC ("return s;" assigns s
   to the function's return temporary at s)?  */
static bool
after_return (location_t loc)
{
  if (loc == UNKNOWN_LOCATION)
    return false;
  expanded_location x = expand_location (loc);
  if (!x.file || x.line <= 0 || x.column <= 1)
    return false;
  char_span line = location_get_source_line (x.file, x.line);
  if (!line || (size_t) x.column - 1 > line.length ())
    return false;
  const char *p = line.get_buffer ();
  size_t i = 0, end = (size_t) x.column - 1;
  while (i < end && (p[i] == ' ' || p[i] == '\t'))
    i++;
  return i + 6 <= end && memcmp (p + i, "return", 6) == 0
	 && (i + 6 == end || !(ISALNUM (p[i + 6]) || p[i + 6] == '_'));
}

/* What a return of unnamed temp V returns, as the source wrote it: the
   one value (not a constant, unless all are the same constant) that
   reaches V through the merges of several "return" statements.  */
static bool
render_returned (esc_text *t, tree v)
{
  auto_vec<tree> work;
  hash_set<tree> seen;
  esc_text one, konst;
  int nvalues = 0, nconsts = 0;
  work.safe_push (v);
  while (!work.is_empty () && seen.elements () < 32)
    {
      tree x = work.pop ();
      if (seen.add (x))
	continue;
      gimple *def = TREE_CODE (x) == SSA_NAME && !SSA_NAME_IS_DEFAULT_DEF (x)
		    && !esc_decl_name (SSA_NAME_VAR (x))
		    ? SSA_NAME_DEF_STMT (x) : NULL;
      if (def && gimple_code (def) == GIMPLE_PHI)
	{
	  for (unsigned i = 0; i < gimple_phi_num_args (def); i++)
	    work.safe_push (gimple_phi_arg_def (def, i));
	  continue;
	}
      esc_text r;
      render (&r, x, true, 0);
      /* (A constant may come through a temporary: "_5 = 0B".)  */
      bool k = CONSTANT_CLASS_P (x)
	       || strspn (r.str (), "-0123456789") == strlen (r.str ());
      esc_text &into = k ? konst : one;
      int &n = k ? nconsts : nvalues;
      if (n == 0)
	into.add (r.str ());
      else if (strcmp (into.str (), r.str ()) != 0)
	n = 2;
      if (n < 2)
	n = 1;
    }
  if (nvalues == 1)
    t->add (one.str ());
  else if (nvalues == 0 && nconsts == 1)
    t->add (konst.str ());
  else
    return false;
  return true;
}

/* The statement an unnamed temporary LHS is made for, when the source
   wrote it as one: its only use, a return of it or a store of it into
   memory ("v->data = malloc (64)" is a call into a temporary, then the
   store).  NULL otherwise.  */
static gimple *
made_for (tree lhs)
{
  if (!lhs || TREE_CODE (lhs) != SSA_NAME || esc_decl_name (SSA_NAME_VAR (lhs)))
    return NULL;
  use_operand_p use;
  gimple *stmt;
  if (!single_imm_use (lhs, &use, &stmt))
    return NULL;
  if (gimple_code (stmt) == GIMPLE_RETURN)
    return stmt;
  /* An argument: "set (gbox, malloc (8))".  */
  if (is_gimple_call (stmt))
    for (unsigned i = 0; i < gimple_call_num_args (stmt); i++)
      if (gimple_call_arg (stmt, i) == lhs)
	return stmt;
  if (is_gimple_assign (stmt) && gimple_assign_single_p (stmt)
      && gimple_assign_rhs1 (stmt) == lhs
      && TREE_CODE (gimple_assign_lhs (stmt)) != SSA_NAME)
    return stmt;
  return NULL;
}

/* What temporary LHS is made for: "DEST = " or "return " (1: the caller
   adds the value), or the whole call it is an argument of (2); 0 if
   none.  */
static int
render_made_for (esc_text *t, tree lhs, int depth = 0)
{
  gimple *use = made_for (lhs);
  if (!use || depth > 3)
    return 0;
  if (gimple_code (use) == GIMPLE_RETURN)
    t->add ("return ");
  else if (is_gimple_call (use))
    {
      const gcall *call = as_a<const gcall *> (use);
      tree res = gimple_call_lhs (call);
      if (res && render_made_for (t, res, depth + 1) == 0)
	{
	  render (t, res, TREE_CODE (res) != SSA_NAME, 0);
	  t->add (" = ");
	}
      esc_render_call (t, call);
      return 2;
    }
  else
    {
      render (t, gimple_assign_lhs (use), true, 0);
      t->add (" = ");
    }
  return 1;
}

void
esc_render_stmt (esc_text *t, const gimple *stmt)
{
  switch (gimple_code (stmt))
    {
    case GIMPLE_ASSIGN:
      {
	/* Memory on the left reads best with its address spelled out
	   ("*(c + i * 8) = p"); an SSA name on the left is just its name.  */
	tree lhs = gimple_assign_lhs (stmt);
	/* "return s" sets the return temporary: say it as the source.  */
	if (TREE_CODE (lhs) == SSA_NAME && !esc_decl_name (SSA_NAME_VAR (lhs))
	    && after_return (gimple_location (stmt)))
	  {
	    t->add ("return ");
	    if (!render_def (t, const_cast<gimple *> (stmt), true, 0))
	      t->add ("...");
	    return;
	  }
	if (int k = render_made_for (t, lhs))
	{
	  if (k == 1 && !render_def (t, const_cast<gimple *> (stmt), true, 0))
	    t->add ("...");
	  return;
	}
	render (t, lhs, TREE_CODE (lhs) != SSA_NAME, 0);
      }
      t->add (" = ");
      if (!render_def (t, const_cast<gimple *> (stmt), true, 0))
	t->add ("...");
      return;
    case GIMPLE_CALL:
      {
	const gcall *call = as_a<const gcall *> (stmt);
	int k = gimple_call_lhs (call)
		? render_made_for (t, gimple_call_lhs (call)) : 0;
	if (k == 2)
	  return;
	if (k == 0 && gimple_call_lhs (call))
	  {
	    render (t, gimple_call_lhs (call), false, 0);
	    t->add (" = ");
	  }
	esc_render_call (t, call);
	return;
      }
    case GIMPLE_RETURN:
      {
	tree v = gimple_return_retval (as_a<const greturn *> (stmt));
	t->add ("return");
	if (v)
	  {
	    esc_text r;
	    render (&r, v, true, 0);
	    /* A temporary that merges several returns: the value they
	       return, when it is one.  */
	    if (strstr (r.str (), "{temp}"))
	      {
		r.len = 0;
		r.buf[0] = '\0';
		if (!render_returned (&r, v))
		  return;
	      }
	    t->add (" ");
	    t->add (r.str ());
	  }
	return;
      }
    case GIMPLE_PHI:
      {
	/* A join of control flow has no statement in the source: name the
	   variable; the reason says whether it is a merge or a loop.  A
	   temporary that merges values a return returns is that return.  */
	tree res = gimple_phi_result (as_a<const gphi *> (stmt));
	gimple *use = made_for (res);
	if (use && gimple_code (use) == GIMPLE_RETURN)
	  esc_render_stmt (t, use);
	else
	  render (t, res, false, 0);
	return;
      }
    case GIMPLE_ASM:
      t->add ("asm (...)");
      return;
    default:
      t->add (gimple_code_name[gimple_code (stmt)]);
      return;
    }
}
