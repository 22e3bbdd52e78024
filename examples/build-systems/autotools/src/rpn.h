/* rpn.h - a reverse Polish calculator over a growable stack.  */

#ifndef RPN_H
#define RPN_H

struct stack
{
  double *v;
  int n, cap;
};

struct stack *stack_new (void);
int stack_push (struct stack *s, double x);
void stack_free (struct stack *s);
/* Evaluates the space-separated expression EXPR; 0 on success.  */
int rpn_eval (const char *expr, double *result);

#endif
