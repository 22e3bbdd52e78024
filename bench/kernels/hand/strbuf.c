/* hand/strbuf.c - the stack version of strbuf.c (the limit).

   strbuf.c - cache keys built in a small string builder.

   Models the fixed-capacity string builder of a server or logger: a key
   such as "user:48213:last_login@3" is assembled with append helpers in a
   128-byte heap buffer (truncating, never overflowing), hashed with
   strlen, and freed before the function returns.  The builder itself is a
   local struct whose address goes to static helpers only.  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NREQ 8192
#define ROUNDS 700
#define CAP 128
#define EXPECTED 0x8b5cc88ad2d2b204UL

struct sb
{
  char *buf;
  size_t len, cap;
};

static const char *const fields[] = { "name", "email", "last_login",
  "preferences.theme", "session_token", "quota", "avatar_url",
  "billing.address.postcode" };

static struct
{
  unsigned id, field, shard;
} reqs[NREQ];

static void
sb_putn (struct sb *b, const char *s, size_t n)
{
  if (n > b->cap - 1 - b->len)
    n = b->cap - 1 - b->len;
  memcpy (b->buf + b->len, s, n);
  b->len += n;
  b->buf[b->len] = '\0';
}

static void
sb_puts (struct sb *b, const char *s)
{
  sb_putn (b, s, strlen (s));
}

static void
sb_putc (struct sb *b, char c)
{
  sb_putn (b, &c, 1);
}

static void
sb_putu (struct sb *b, unsigned long v)
{
  char tmp[24];
  int n = 0;
  do
    tmp[sizeof tmp - 1 - n++] = (char) ('0' + v % 10);
  while ((v /= 10) != 0);
  sb_putn (b, tmp + sizeof tmp - n, (size_t) n);
}

/* The hash of "PREFIX:ID:FIELD@SHARD".  */
static unsigned long
key_hash (const char *prefix, unsigned id, const char *field, unsigned shard)
{
  char buf[CAP];
  struct sb b;
  b.buf = buf;
  b.len = 0;
  b.cap = CAP;
  b.buf[0] = '\0';
  sb_puts (&b, prefix);
  sb_putc (&b, ':');
  sb_putu (&b, id);
  sb_putc (&b, ':');
  sb_puts (&b, field);
  sb_putc (&b, '@');
  sb_putu (&b, shard);
  unsigned long h = 1469598103934665603UL;
  size_t n = strlen (b.buf);
  for (size_t i = 0; i < n; i++)
    h = (h ^ (unsigned char) b.buf[i]) * 1099511628211UL;
  return h ^ n;
}

int
main (void)
{
  unsigned rng = 31337;
  for (int i = 0; i < NREQ; i++)
    {
      rng = rng * 1103515245u + 12345u;
      reqs[i].id = rng % 1000000;
      rng = rng * 1103515245u + 12345u;
      reqs[i].field = (rng >> 16) % 8;
      reqs[i].shard = (rng >> 8) % 16;
    }
  unsigned long sum = 0;
  for (int r = 0; r < ROUNDS; r++)
    for (int i = 0; i < NREQ; i++)
      sum = sum * 31 + key_hash (r & 1 ? "user" : "session-cache-v2",
				 reqs[i].id + (unsigned) r,
				 fields[reqs[i].field], reqs[i].shard);
  printf ("strbuf: checksum %#lx\n", sum);
  if (sum != EXPECTED)
    {
      fprintf (stderr, "strbuf: MISMATCH, expected %#lx\n", EXPECTED);
      return 1;
    }
  return 0;
}
