/* For xform-lto-pta.c: a walk over cells another unit made.  */
struct cell
{
  int a, b;
  struct cell *next;
};

__attribute__ ((noinline)) int
sum (const struct cell *c)
{
  int s = 0;
  for (; c; c = c->next)
    s += c->a * c->b;
  return s;
}
