/* toklist.c - an expression evaluator over a list of tokens.

   Models the classic two-phase front end: a line is first tokenized into a
   linked list (one small heap node per token), the list is then consumed
   by a shunting-yard evaluator, and freed before the function returns.
   The list never leaves the function, but it is built in a loop: every
   node must outlive the iteration that allocated it, which by Go's loop
   rule means the heap.  The transform gives the site a pool of slots
   (loop-slots), one per node; the hand-written version takes the nodes
   from a fixed local pool.  (tokstream.c is the variant whose tokens die
   in their own iteration.)  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define NLINES 4096
#define LINELEN 80
#define ROUNDS 600
#define EXPECTED 0xaf4520e3cb048ddbUL

enum kind { NUM, IDENT, OP, LPAREN, RPAREN, END };

struct token
{
  enum kind kind;
  int len;
  unsigned long value;
  const char *start;
  struct token *next;
};

struct eval
{
  unsigned long vals[64];
  char ops[64];
  int nv, no;
};

static char text[NLINES][LINELEN];
static unsigned long vars[16];

/* The generator's state is local to the caller (see bench/README.md on
   clang 14's Attributor and static globals).  */
static unsigned
next_rand (unsigned *rng)
{
  *rng = *rng * 1103515245u + 12345u;
  return *rng >> 8;
}

/* Appends a random expression to BUF at *POS; false if it did not fit.  */
static int
gen_expr (char *buf, int *pos, int cap, int depth, unsigned *rng)
{
  static const char ops[] = "+-*/%";
  static const char *const names[] = { "x", "y1", "rate", "n_max", "k" };
  int terms = 1 + next_rand (rng) % 3;
  for (int i = 0; i < terms; i++)
    {
      if (i > 0)
	*pos += snprintf (buf + *pos, cap - *pos, " %c ", ops[next_rand (rng) % 5]);
      if (*pos >= cap - 12)
	return 0;
      unsigned r = next_rand (rng) % 8;
      if (r < 2 && depth < 3)
	{
	  buf[(*pos)++] = '(';
	  if (!gen_expr (buf, pos, cap, depth + 1, rng))
	    return 0;
	  buf[(*pos)++] = ')';
	}
      else if (r < 5)
	*pos += snprintf (buf + *pos, cap - *pos, "%u", next_rand (rng) % 10000);
      else
	*pos += snprintf (buf + *pos, cap - *pos, "%s", names[next_rand (rng) % 5]);
      if (*pos >= cap - 12)
	return 0;
    }
  return 1;
}

static void
make_input (void)
{
  unsigned state = 2024, *rng = &state;
  for (int i = 0; i < 16; i++)
    vars[i] = next_rand (rng) % 1000 + 1;
  for (int i = 0; i < NLINES; i++)
    {
      int pos;
      do
	pos = 0;
      while (!gen_expr (text[i], &pos, LINELEN, 0, rng));
      text[i][pos] = '\0';
    }
}

/* Reads one token of P into T; returns where the next one starts.  */
static const char *
lex (const char *p, struct token *t)
{
  while (*p == ' ')
    p++;
  t->start = p;
  t->next = NULL;
  t->value = 0;
  if (*p == '\0')
    t->kind = END;
  else if (*p >= '0' && *p <= '9')
    {
      t->kind = NUM;
      while (*p >= '0' && *p <= '9')
	t->value = t->value * 10 + (unsigned long) (*p++ - '0');
    }
  else if ((*p >= 'a' && *p <= 'z') || *p == '_')
    {
      unsigned h = 0;
      t->kind = IDENT;
      while ((*p >= 'a' && *p <= 'z') || (*p >= '0' && *p <= '9') || *p == '_')
	h = h * 33 + (unsigned char) *p++;
      t->value = vars[h % 16];
    }
  else
    {
      t->kind = *p == '(' ? LPAREN : *p == ')' ? RPAREN : OP;
      t->value = (unsigned char) *p++;
    }
  t->len = (int) (p - t->start);
  return p;
}

static int
prec (char op)
{
  return op == '+' || op == '-' ? 1 : op == '(' ? 0 : 2;
}

static void
eval_init (struct eval *e)
{
  e->nv = e->no = 0;
}

static void
reduce (struct eval *e)
{
  char op = e->ops[--e->no];
  unsigned long b = e->vals[--e->nv], a = e->vals[e->nv - 1], r;
  switch (op)
    {
    case '+': r = a + b; break;
    case '-': r = a - b; break;
    case '*': r = a * b; break;
    case '/': r = b ? a / b : a; break;
    default:  r = b ? a % b : a; break;
    }
  e->vals[e->nv - 1] = r;
}

static void
eval_token (struct eval *e, const struct token *t)
{
  switch (t->kind)
    {
    case NUM:
    case IDENT:
      e->vals[e->nv++] = t->value;
      break;
    case LPAREN:
      e->ops[e->no++] = '(';
      break;
    case RPAREN:
      while (e->ops[e->no - 1] != '(')
	reduce (e);
      e->no--;
      break;
    case OP:
      while (e->no > 0 && prec (e->ops[e->no - 1]) >= prec ((char) t->value))
	reduce (e);
      e->ops[e->no++] = (char) t->value;
      break;
    case END:
      break;
    }
}

static unsigned long
eval_finish (struct eval *e)
{
  while (e->no > 0)
    reduce (e);
  return e->nv ? e->vals[0] : 0;
}

/* Tokenizes the whole line into a list first, then evaluates it.  */
static unsigned long
eval_line (const char *line)
{
  struct token *head = NULL, **tail = &head;
  unsigned long width = 0;
  for (const char *p = line;;)
    {
      struct token *t = malloc (sizeof *t);
      if (!t)
	abort ();
      p = lex (p, t);
      if (t->kind == END)
	{
	  free (t);
	  break;
	}
      *tail = t;
      tail = &t->next;
    }

  struct eval e;
  eval_init (&e);
  for (const struct token *t = head; t; t = t->next)
    {
      width += (unsigned long) t->len;
      eval_token (&e, t);
    }
  unsigned long v = eval_finish (&e) * 31 + width;

  while (head)
    {
      struct token *next = head->next;
      free (head);
      head = next;
    }
  return v;
}

int
main (void)
{
  make_input ();
  unsigned long sum = 0;
  for (int r = 0; r < ROUNDS; r++)
    {
      vars[r % 16]++;
      for (int i = 0; i < NLINES; i++)
	sum = sum * 7 + eval_line (text[i]);
    }
  printf ("toklist: checksum %#lx\n", sum);
  if (sum != EXPECTED)
    {
      fprintf (stderr, "toklist: MISMATCH, expected %#lx\n", EXPECTED);
      return 1;
    }
  return 0;
}
