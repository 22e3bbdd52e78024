/* gimple-text.cc - render GIMPLE as readable C for notes and flow paths.  */

#include "../core/lattice.h"
#include "../plugin/gcc-headers.h"
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
  if (DECL_ARTIFICIAL (decl) && TREE_CODE (decl) != RESULT_DECL)
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

int
esc_display_column (const char *file, int line, int column)
{
  expanded_location x;
  x.file = file;
  x.line = line;
  x.column = column;
  x.data = NULL;
  x.sysp = false;
  return diagnostic_converted_column (global_dc, x);
}

static void render (esc_text *t, tree e, bool expand, int depth);

/* An operand of a binary expression, parenthesised if it is one too.  */
static void
render_operand (esc_text *t, tree e, bool expand, int depth)
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
	  paren = true;
	  break;
	}
      if (!CONVERT_EXPR_CODE_P (code) && code != VIEW_CONVERT_EXPR
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
      if (CONVERT_EXPR_CODE_P (code) || code == VIEW_CONVERT_EXPR
	  || code == PAREN_EXPR)
	render (t, a, expand, depth);
      else
	{
	  t->add (op_symbol_code (code));
	  render_operand (t, a, expand, depth);
	}
      return true;
    case GIMPLE_BINARY_RHS:
      {
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
	render_operand (t, a, expand, depth);
	t->add (" ");
	t->add (op);
	t->add (" ");
	render_operand (t, b, expand, depth);
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
		 && is_gimple_call (SSA_NAME_DEF_STMT (e)) && depth < 2)
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
	if (TREE_CODE (base) == ADDR_EXPR && integer_zerop (TREE_OPERAND (e, 1)))
	  {
	    render (t, TREE_OPERAND (base, 0), expand, depth + 1);
	    return;
	  }
	t->add ("*");
	render_operand (t, base, expand, depth + 1);
	return;
      }
    case COMPONENT_REF:
      {
	tree base = TREE_OPERAND (e, 0);
	if (TREE_CODE (base) == MEM_REF
	    && TREE_CODE (TREE_OPERAND (base, 0)) != ADDR_EXPR
	    && integer_zerop (TREE_OPERAND (base, 1)))
	  {
	    render_operand (t, TREE_OPERAND (base, 0), expand, depth + 1);
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
	render (t, lhs, TREE_CODE (lhs) != SSA_NAME, 0);
      }
      t->add (" = ");
      if (!render_def (t, const_cast<gimple *> (stmt), true, 0))
	t->add ("...");
      return;
    case GIMPLE_CALL:
      {
	const gcall *call = as_a<const gcall *> (stmt);
	if (gimple_call_lhs (call))
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
	    t->add (" ");
	    render (t, v, true, 0);
	  }
	return;
      }
    case GIMPLE_PHI:
      /* A join of control flow has no statement in the source: name the
	 variable; the reason says whether it is a merge or a loop.  */
      render (t, gimple_phi_result (as_a<const gphi *> (stmt)), false, 0);
      return;
    case GIMPLE_ASM:
      t->add ("asm (...)");
      return;
    default:
      t->add (gimple_code_name[gimple_code (stmt)]);
      return;
    }
}
