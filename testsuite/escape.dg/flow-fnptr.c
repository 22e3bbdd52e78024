/* Calls through function pointers: the callee is unknown, so its pointer
   arguments escape.  Calling a function pointer does not make the
   pointer itself escape.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

typedef void (*visit_fn) (void *item, void *ctx);

struct stream_ops
{
  int (*write) (struct stream_ops *self, const char *buf, int len);
  void (*close) (struct stream_ops *self);
};

void
visit_new (visit_fn fn) /* { dg-message "fn does not escape" } */
{
  void *item = malloc (40); /* { dg-message "malloc\\(40\\) escapes to heap" } */
  fn (item, 0);
}

int
emit (struct stream_ops *ops, int n) /* { dg-message "leaking param: ops$" } */
{
  char *line = malloc (n + 2); /* { dg-message "malloc\\(n \\+ 2\\) escapes to heap" } */
  line[n] = '\n';
  line[n + 1] = 0;
  int r = ops->write (ops, line, n + 1);
  free (line);
  return r;
}

/* The context is passed to the callback; the item is only read.  */
int
sum_with (int (*get) (void *), void *ctx) /* { dg-message "get does not escape" } */
/* { dg-message "leaking param: ctx$" "" { target *-*-* } .-1 } */
{
  int *items = calloc (4, sizeof (int)); /* { dg-message "calloc\\(4, 4\\) does not escape" } */
  int s = 0;
  for (int i = 0; i < 4; i++)
    {
      items[i] = get (ctx);
      s += items[i];
    }
  free (items);
  return s;
}

/* A table of handlers in a local array.  */
extern void on_even (void *, void *);
extern void on_odd (void *, void *);

void
dispatch (int which)
{
  visit_fn handlers[2] = { on_even, on_odd };
  char *arg = malloc (8); /* { dg-message "malloc\\(8\\) escapes to heap" } */
  handlers[which & 1] (arg, 0);
}
