/* Typed reads under -fno-strict-aliasing (typed-reads.c) in paths: where
   the old rule applies, the path says the callee reads what the argument
   points to as data, the call it comes from, and where the pointer was
   stored; where the variable is of the type read, no path.  */
/* { dg-do compile } */
/* { dg-options "-fno-strict-aliasing -fplugin-arg-escape-m=2" } */
#include <stdlib.h>

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

static int
len (CString *cstr) /* { dg-message "^cstr does not escape$" } */
{
  return cstr->size + cstr->size_allocated;
}

int
typed (void)
{
  CString s;
  s.size = s.size_allocated = 0;
  s.data = malloc (16); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  int h = len (&s);
  free (s.data);
  return h;
}

int
cast (void)
{
  struct other o;
  o.p = malloc (16); /* { dg-message "^malloc\\(16\\) escapes to heap:$" } */
  /* { dg-message "^  flow: \\{temp\\} = &\\{storage for malloc\\(16\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from o\\.p = malloc\\(16\\) \\(assign\\) at \[^ \]*:42:9$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: o = \\{temp\\}:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from o\\.p = malloc\\(16\\) \\(assign\\) at \[^ \]*:42:7$" "" { target *-*-* } .-4 } */
  /* { dg-message "^  flow: \\{temp\\} = &o:$" "" { target *-*-* } .-5 } */
  /* { dg-message "^    from h = len\\(&o\\) \\(call argument\\) at \[^ \]*:53:11$" "" { target *-*-* } .-6 } */
  /* { dg-message "^  flow: \\{data\\} = \\*\\{temp\\}:$" "" { target *-*-* } .-7 } */
  /* { dg-message "^    from h = len\\(&o\\) \\(call parameter, len reads what it points to as data\\) at \[^ \]*:53:11$" "" { target *-*-* } .-8 } */
  /* { dg-message "^malloc\\(16\\) escapes to heap$" "" { target *-*-* } .-9 } */
  o.n = 0;
  int h = len ((CString *) &o);
  free (o.p);
  return h;
}
