/* Scratch buffers: ones that move, one too large, one of a size known only
   at run time, a function whose frame budget runs out, a free shared with
   a heap object, a recursive function, an object a constructor makes.  */
#include <stdlib.h>
#include <string.h>

int
checksum (const char *s)
{
  char *buf = malloc (64);
  if (!buf)
    return 0;
  strncpy (buf, s, 63);
  buf[63] = 0;
  int h = 0;
  for (char *p = buf; *p; p++)
    h = h * 31 + *p;
  free (buf);
  return h;
}

int
wide (void)
{
  char *big = malloc (300);
  if (!big)
    return 0;
  memset (big, 1, 300);
  int r = big[299];
  free (big);
  return r;
}

int
sized (int n)
{
  char *p = malloc ((size_t) n);
  if (!p)
    return 0;
  memset (p, 0, (size_t) n);
  int r = n > 0 ? p[0] : 0;
  free (p);
  return r;
}

int
frame (void)
{
  char *a = malloc (256);
  char *b = malloc (256);
  char *c = malloc (256);
  char *d = malloc (200);
  char *e = malloc (100);
  char *f = malloc (32);
  if (!a || !b || !c || !d || !e || !f)
    {
      free (a);
      free (b);
      free (c);
      free (d);
      free (e);
      free (f);
      return 0;
    }
  a[0] = 1;
  b[0] = 2;
  c[0] = 3;
  d[0] = 4;
  e[0] = 5;
  f[0] = 6;
  int r = a[0] + b[0] + c[0] + d[0] + e[0] + f[0];
  free (a);
  free (b);
  free (c);
  free (d);
  free (e);
  free (f);
  return r;
}

int
depth (int n)
{
  char *p = calloc (1, 16);
  if (!p)
    return 0;
  p[0] = (char) n;
  int r = p[0] + (n > 0 ? depth (n - 1) : 0);
  free (p);
  return r;
}

int
either (int k, char *other)
{
  char *mine = malloc (32);
  char *p = k ? mine : other;
  if (mine)
    mine[0] = 1;
  int r = p ? p[0] : 0;
  free (p);
  if (p != mine)
    free (mine);
  return r;
}

/* A constructor: its object lives and dies in its caller.  */
struct box
{
  int v;
  char *name;
};

static struct box *
box_new (int v)
{
  struct box *b = malloc (sizeof *b);
  if (!b)
    abort ();
  b->v = v;
  b->name = NULL;
  return b;
}

int
box_sum (int v)
{
  struct box *b = box_new (v);
  int r = b->v;
  free (b);
  return r;
}

/* Made by a variadic constructor: no clone of box_again can take
   box_sum2's slot (GCC does not version variadic functions).  */
static struct box *
box_again (int v, ...)
{
  return box_new (v);
}

int
box_sum2 (int v)
{
  struct box *b = box_again (v, 0);
  int r = b->v;
  free (b);
  return r;
}
