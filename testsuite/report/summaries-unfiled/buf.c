/* A string buffer (reduced from Lua's lauxlib.c, luaL_addgsub): growing
   it calls api.c's lua_rotate.  The second build, knowing lua_rotate,
   says addgsub may write into what S points to, which the first build's
   summary, with lua_rotate unknown, does not say and does not cover;
   solving this unit again as the first build did gives that summary
   back, so buf.o answers to it too, and the program links.  */
#include <string.h>
struct state;
struct buf { char *b; size_t size, n; struct state *L; };
void lua_rotate (struct state *L, int idx, int n);
size_t want;

static char *
prep (struct buf *B)
{
  if (B->size - B->n >= want)
    return B->b + B->n;
  lua_rotate (B->L, 0, -1);
  return 0;
}

void
addlstring (struct buf *B, const char *s, size_t l)
{
  if (l > 0)
    {
      char *b = prep (B);
      memcpy (b, s, l);
      B->n += l;
    }
}

void
addstring (struct buf *B, const char *s)
{
  addlstring (B, s, strlen (s));
}

struct buf *gb;

void
addgsub (const char *s)
{
  addstring (gb, s);
}
