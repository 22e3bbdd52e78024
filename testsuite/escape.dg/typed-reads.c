/* Under GCC's -fno-strict-aliasing dialect memory behind a pointer is not
   trusted to be of the type it is read as, so a callee reading a number
   field through its parameter (tcc's cstr_realloc reading
   cstr->size_allocated) reads what it points to as data.  Its summary
   says instead that it reads the object through named fields of the
   struct type its parameter is declared to point to that hold no
   pointers ("typed reads"), and each caller decides: the address of a
   variable declared of that type exposes nothing (such a field of such
   an object holds no pointer bytes); its own parameter declared so
   passes the fact up; anything else (the heap, another struct cast, a
   char buffer, a union member, a member of another struct, an offset,
   a read through another struct type) is read as data, as before.  */
/* { dg-do compile } */
/* { dg-options "-fno-strict-aliasing -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

typedef struct
{
  int size, size_allocated;
  char *data;
} CString;

struct other
{
  char *p;
  int n;
};

static void
cstr_new (CString *cstr) /* { dg-message "^cstr does not escape$" } */
{
  cstr->size = cstr->size_allocated = 0;
  cstr->data = NULL;
}

static void
cstr_realloc (CString *cstr, int new_size) /* { dg-message "^leaking param: cstr into \\*cstr level=1$" } */
{
  int size = cstr->size_allocated;
  if (size < 8)
    size = 8;
  while (size < new_size)
    size *= 2;
  char *data = realloc (cstr->data, size); /* { dg-message "^realloc\\(cstr->data, size\\) escapes to heap$" } */
  if (!data)
    abort ();
  cstr->data = data;
  cstr->size_allocated = size;
}

/* Two levels down: cstr_cat hands its own parameter to cstr_realloc.  */
static void
cstr_cat (CString *cstr, const char *str, int len) /* { dg-message "^leaking param: cstr into \\*cstr level=1$" } */
/* { dg-message "^leaking param content: str$" "" { target *-*-* } .-1 } */
{
  int size = cstr->size + len;
  if (size > cstr->size_allocated)
    cstr_realloc (cstr, size); /* { dg-message "^cstr_realloc\\(cstr, size\\) escapes to heap$" } */
  memmove (cstr->data + cstr->size, str, len);
  cstr->size = size;
}

static void
cstr_free (CString *cstr) /* { dg-message "^cstr does not escape$" } */
{
  free (cstr->data);
  cstr_new (cstr);
}

static int
cstr_len (CString *cstr) /* { dg-message "^cstr does not escape$" } */
{
  return cstr->size + cstr->size_allocated;
}

/* Reads the object through another struct type: read as data.  */
static int
peek_other (CString *cstr) /* { dg-message "^cstr does not escape$" } */
{
  return ((struct other *) cstr)->n;
}

/* Reads the second element: not at the start of what it points to.  */
static int
peek_next (CString *cstr) /* { dg-message "^cstr does not escape$" } */
{
  return cstr[1].size;
}

/* Hands on a parameter declared to point to another type.  */
static int
len_of_other (struct other *o) /* { dg-message "^o does not escape$" } */
{
  return cstr_len ((CString *) o);
}

int sink;

/* A local CString: its buffer lives and dies here.  */
int
paste (const char *a, const char *b) /* { dg-message "^leaking param content: a$" } */
/* { dg-message "^leaking param content: b$" "" { target *-*-* } .-1 } */
{
  CString cstr;
  cstr_new (&cstr);
  cstr_cat (&cstr, a, strlen (a)); /* { dg-message "^cstr_cat\\(&cstr, a, strlen\\(a\\)\\) does not escape$" } */
  cstr_cat (&cstr, b, strlen (b)); /* { dg-message "^cstr_cat\\(&cstr, b, strlen\\(b\\)\\) does not escape$" } */
  int h = cstr.data[0] + cstr_len (&cstr);
  cstr_free (&cstr);
  return h;
}

/* On the heap: what it holds is read as data.  */
int
paste_heap (const char *a) /* { dg-message "^leaking param content: a$" } */
{
  CString *cstr = malloc (sizeof *cstr); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  if (!cstr)
    return 0;
  cstr_new (cstr);
  cstr_cat (cstr, a, strlen (a)); /* { dg-message "^cstr_cat\\(cstr, a, strlen\\(a\\)\\) escapes to heap$" } */
  int h = cstr_len (cstr);
  cstr_free (cstr);
  free (cstr);
  return h;
}

int
cast_other (void)
{
  struct other o;
  o.p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  o.n = 0;
  int h = cstr_len ((CString *) &o);
  free (o.p);
  return h;
}

int
char_buffer (void)
{
  char buf[32];
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  memcpy (buf, &p, sizeof p);
  int h = cstr_len ((CString *) buf);
  free (p);
  return h;
}

union u
{
  CString cs;
  struct other o;
};

int
union_member (void)
{
  union u u;
  u.o.p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  int h = cstr_len (&u.cs);
  free (u.o.p);
  return h;
}

struct outer
{
  CString cs;
  char *extra;
};

int
member_of_other (void)
{
  struct outer out;
  cstr_new (&out.cs);
  out.extra = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  int h = cstr_len (&out.cs);
  free (out.extra);
  return h;
}

int
at_offset (void)
{
  CString s;
  cstr_new (&s);
  s.data = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  int h = cstr_len ((CString *) ((char *) &s + 4));
  free (s.data);
  return h;
}

/* An element of an array: not a variable of the type (old rule).  */
int
array_element (void)
{
  CString s[2];
  cstr_new (&s[0]);
  cstr_new (&s[1]);
  s[1].data = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  int h = cstr_len (&s[1]);
  free (s[1].data);
  return h;
}

/* Recursion hands the parameter on: the fact goes up the cycle.  */
static int
walk (CString *cstr, int n) /* { dg-message "^cstr does not escape$" } */
{
  return n ? walk (cstr, n - 1) : cstr->size;
}

int
recursive (void)
{
  CString s;
  cstr_new (&s);
  s.data = malloc (16); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  int h = walk (&s, 3);
  free (s.data);
  return h;
}

int
typed_other_read (void)
{
  CString s;
  cstr_new (&s);
  s.data = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  int h = peek_other (&s);
  free (s.data);
  return h;
}

int
typed_next_read (void)
{
  CString s;
  cstr_new (&s);
  s.data = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  int h = peek_next (&s);
  free (s.data);
  return h;
}

int
through_other_param (void)
{
  struct other o;
  o.p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  int h = len_of_other (&o);
  free (o.p);
  return h;
}

/* Pointers stored into the CString other than through its fields' names
   (by a callee through another type, here through a cast, through a
   pointer made from a field's address) may land in a number field: the
   variable is not trusted to be of its type, and is read as data.  */
static void
put (void *dst, char *p) /* { dg-message "^dst does not escape$" } */
/* { dg-message "^leaking param: p into \\*dst$" "" { target *-*-* } .-1 } */
{
  *(char **) dst = p;
}

static void
put_typed (CString *cstr, char *p) /* { dg-message "^cstr does not escape$" } */
/* { dg-message "^leaking param: p into \\*cstr$" "" { target *-*-* } .-1 } */
{
  *(char **) cstr = p;
}

static void
put_on (CString *cstr, char *p) /* { dg-message "^cstr does not escape$" } */
/* { dg-message "^leaking param: p into \\*cstr$" "" { target *-*-* } .-1 } */
{
  put (cstr, p);
}

int
callee_store (void)
{
  CString s;
  cstr_new (&s);
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  put (&s, p);
  int h = cstr_len (&s);
  free (p);
  return h;
}

int
callee_store_typed (void)
{
  CString s;
  cstr_new (&s);
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  put_typed (&s, p);
  int h = cstr_len (&s);
  free (p);
  return h;
}

int
callee_store_on (void)
{
  CString s;
  cstr_new (&s);
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  put_on (&s, p);
  int h = cstr_len (&s);
  free (p);
  return h;
}

int
local_store (void)
{
  CString s;
  cstr_new (&s);
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  *(char **) &s = p;
  int h = cstr_len (&s);
  free (p);
  return h;
}

int
local_store_through (void)
{
  CString s;
  cstr_new (&s);
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  char **pp = (char **) &s.size_allocated;
  *pp = p;
  int h = cstr_len (&s);
  free (p);
  return h;
}

/* Read here by a number field's name after a pointer was stored there
   through another type: read as data too (no call involved); written
   by name only, it is not.  */
long read_sink;

void
read_here_punned (void)
{
  CString s;
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  *(char **) &s.size = p;
  read_sink = s.size + s.size_allocated;
  free (p);
}

void
read_here_typed (void)
{
  CString s;
  s.data = malloc (16); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  s.size = s.size_allocated = 16;
  read_sink = s.size + s.size_allocated;
  free (s.data);
}

/* A member struct with numbers assigned whole, here or by a callee,
   copies bytes from memory of any type: read as data.  */
struct inner
{
  int n, m;
  char *q;
};

typedef struct
{
  struct inner in;
  char *data;
} Box;

static int
box_len (Box *b) /* { dg-message "^b does not escape$" } */
{
  return b->in.n + b->in.m;
}

static void
set_in (Box *b, struct inner *from) /* { dg-message "^b does not escape$" } */
/* { dg-message "^leaking param: from into \\*b level=1$" "" { target *-*-* } .-1 } */
{
  b->in = *from;
}

int
member_copied (struct inner *from) /* { dg-message "^from does not escape$" } */
{
  Box b;
  b.in = *from;
  b.data = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  int h = box_len (&b);
  free (b.data);
  return h;
}

int
member_copied_by_callee (struct inner *from) /* { dg-message "^from does not escape$" } */
{
  Box b;
  set_in (&b, from);
  b.data = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  int h = box_len (&b);
  free (b.data);
  return h;
}

int
member_zeroed (void)
{
  Box b;
  b.in = (struct inner) { 0 };
  b.data = malloc (16); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  int h = box_len (&b);
  free (b.data);
  return h;
}

/* Copied whole from memory of any type: read as data.  */
int
copied_whole (CString *from) /* { dg-message "^from does not escape$" } */
{
  CString s;
  s = *from;
  s.data = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  int h = cstr_len (&s);
  free (s.data);
  return h;
}

/* A pointer's bytes copied into a number field: exposed at the copy.  */
int
memcpy_into_field (void)
{
  CString s;
  cstr_new (&s);
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap$" } */
  memcpy (&s.size, &p, sizeof p);
  int h = cstr_len (&s);
  free (p);
  return h;
}
