/* rpn.c - the stack is returned to callers (escapes); the copy of the
   expression rpn_eval cuts into tokens does not escape.  */

#include <stdlib.h>
#include <string.h>
#include "rpn.h"

struct stack *
stack_new (void)
{
  struct stack *s = calloc (1, sizeof *s);	/* returned: escapes */
  return s;
}

int
stack_push (struct stack *s, double x)
{
  if (s->n == s->cap)
    {
      int cap = s->cap ? 2 * s->cap : 8;
      double *v = malloc (cap * sizeof *v);	/* stored in *s: escapes */
      if (!v)
	return 0;
      if (s->n)
	memcpy (v, s->v, s->n * sizeof *v);
      free (s->v);
      s->v = v;
      s->cap = cap;
    }
  s->v[s->n++] = x;
  return 1;
}

void
stack_free (struct stack *s)
{
  free (s->v);
  free (s);
}

int
rpn_eval (const char *expr, double *result)
{
  size_t len = strlen (expr);
  char *copy = malloc (len + 1);		/* scratch: does not escape */
  struct stack *s = stack_new ();
  int ok = copy && s;
  if (ok)
    memcpy (copy, expr, len + 1);
  char *save;
  for (char *tok = ok ? strtok_r (copy, " ", &save) : NULL; tok && ok;
       tok = strtok_r (NULL, " ", &save))
    {
      if (strchr ("+-*/", tok[0]) && tok[1] == '\0')
	{
	  if (s->n < 2)
	    {
	      ok = 0;
	      break;
	    }
	  double b = s->v[--s->n], a = s->v[--s->n];
	  double r = tok[0] == '+' ? a + b : tok[0] == '-' ? a - b
		     : tok[0] == '*' ? a * b : a / b;
	  ok = stack_push (s, r);
	}
      else
	ok = stack_push (s, strtod (tok, NULL));
    }
  ok = ok && s->n == 1;
  if (ok)
    *result = s->v[0];
  if (s)
    stack_free (s);
  free (copy);
  return ok ? 0 : -1;
}
