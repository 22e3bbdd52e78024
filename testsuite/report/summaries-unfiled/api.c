/* Another unit of a Lua-like library (Lua's lapi.c lua_rotate): it
   rotates stack slots, writing through pointers it loads.  */
struct value { void *gc; int tt; };
struct state { struct value *top; struct value *stack; };

static void
reverse (struct value *from, struct value *to)
{
  for (; from < to; from++, to--)
    {
      struct value t = *from;
      *from = *to;
      *to = t;
    }
}

void
lua_rotate (struct state *L, int idx, int n)
{
  struct value *t = L->top - 1, *p = L->stack + idx;
  struct value *m = n >= 0 ? t - n : p - n - 1;
  reverse (p, m);
  reverse (m + 1, t);
  reverse (p, t);
}
