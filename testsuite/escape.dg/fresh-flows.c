/* What a constructor stores into the object it makes reaches the caller's
   site: a parameter stored there escapes with the object, and not
   otherwise; pointers of the constructor's own (a global) make the
   object's contents unknown; an out-parameter pointing into memory the
   caller cannot see makes the object escape.  */
/* { dg-options "-fplugin-arg-escape-m=2" } */
#include <stdlib.h>

struct node
{
  struct node *next;
  void *data;
};

struct node *g;
void *g_data;

static struct node *
node_new (void *data, struct node *next) /* { dg-message "^parameter data leaks to \\{result\\} with derefs=0:$" } */
/* { dg-message "^  flow: \\{storage for malloc\\(16\\)\\} = data:$" "" { target *-*-* } .-1 } */
/* { dg-message "^    from n->data = data \\(store\\) at \[^ \]*:44:11$" "" { target *-*-* } .-2 } */
/* { dg-message "^  flow: n = &\\{storage for malloc\\(16\\)\\}:$" "" { target *-*-* } .-3 } */
/* { dg-message "^    from n = malloc\\(16\\) \\(assign\\) at \[^ \]*:34:20$" "" { target *-*-* } .-4 } */
/* { dg-message "^  flow: \\{temp\\} = n:$" "" { target *-*-* } .-5 } */
/* { dg-message "^    from return n \\(assign\\) at \[^ \]*:46:10$" "" { target *-*-* } .-6 } */
/* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } .-7 } */
/* { dg-message "^    from return n \\(return\\) at \[^ \]*:46:10$" "" { target *-*-* } .-8 } */
/* { dg-message "^leaking param: data$" "" { target *-*-* } .-9 } */
/* { dg-message "^parameter next leaks to \\{result\\} with derefs=0:$" "" { target *-*-* } .-10 } */
/* { dg-message "^  flow: \\{storage for malloc\\(16\\)\\} = next:$" "" { target *-*-* } .-11 } */
/* { dg-message "^    from n->next = next \\(store\\) at \[^ \]*:45:11$" "" { target *-*-* } .-12 } */
/* { dg-message "^leaking param: next$" "" { target *-*-* } .-13 } */
{
  struct node *n = malloc (sizeof *n); /* { dg-message "^malloc\\(16\\) escapes to heap:$" } */
  /* { dg-message "^  flow: n = &\\{storage for malloc\\(16\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from n = malloc\\(16\\) \\(assign\\) at \[^ \]*:34:20$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{temp\\} = n:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from return n \\(assign\\) at \[^ \]*:46:10$" "" { target *-*-* } .-4 } */
  /* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } .-5 } */
  /* { dg-message "^    from return n \\(return\\) at \[^ \]*:46:10$" "" { target *-*-* } .-6 } */
  /* { dg-message "^malloc\\(16\\) escapes to heap$" "" { target *-*-* } .-7 } */
  if (!n)
    abort ();
  n->data = data;
  n->next = next;
  return n;
}

/* The constructor's own pointer in the object.  */
static struct node *
node_global (void)
{
  struct node *n = malloc (sizeof *n); /* { dg-message "^malloc\\(16\\) escapes to heap:$" } */
  /* { dg-message "^  flow: n = &\\{storage for malloc\\(16\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from n = malloc\\(16\\) \\(assign\\) at \[^ \]*:53:20$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{temp\\} = n:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from return n \\(assign\\) at \[^ \]*:65:10$" "" { target *-*-* } .-4 } */
  /* { dg-message "^  flow: \\{result\\} = \\{temp\\}:$" "" { target *-*-* } .-5 } */
  /* { dg-message "^    from return n \\(return\\) at \[^ \]*:65:10$" "" { target *-*-* } .-6 } */
  /* { dg-message "^malloc\\(16\\) escapes to heap$" "" { target *-*-* } .-7 } */
  if (!n)
    abort ();
  n->data = g_data;
  n->next = NULL;
  return n;
}

static void
node_into (struct node **out, void *data) /* { dg-message "^out does not escape$" } */
/* { dg-message "^parameter data leaks to \\*out with derefs=0:$" "" { target *-*-* } .-1 } */
/* { dg-message "^  flow: \\{storage for node_new\\(data, 0\\)\\} = data:$" "" { target *-*-* } .-2 } */
/* { dg-message "^    from \\*out = node_new\\(data, 0\\) \\(call parameter, node_new stores it into the object it makes\\) at \[^ \]*:79:10$" "" { target *-*-* } .-3 } */
/* { dg-message "^  flow: \\{temp\\} = &\\{storage for node_new\\(data, 0\\)\\}:$" "" { target *-*-* } .-4 } */
/* { dg-message "^    from \\*out = node_new\\(data, 0\\) \\(assign\\) at \[^ \]*:79:10$" "" { target *-*-* } .-5 } */
/* { dg-message "^  flow: \\*out = \\{temp\\}:$" "" { target *-*-* } .-6 } */
/* { dg-message "^    from \\*out = node_new\\(data, 0\\) \\(store\\) at \[^ \]*:79:8$" "" { target *-*-* } .-7 } */
/* { dg-message "^leaking param: data$" "" { target *-*-* } .-8 } */
{
  *out = node_new (data, NULL); /* { dg-message "^node_new\\(data, 0\\) escapes to heap:$" } */
  /* { dg-message "^  flow: \\{temp\\} = &\\{storage for node_new\\(data, 0\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from \\*out = node_new\\(data, 0\\) \\(assign\\) at \[^ \]*:79:10$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\*out = \\{temp\\}:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from \\*out = node_new\\(data, 0\\) \\(store\\) at \[^ \]*:79:8$" "" { target *-*-* } .-4 } */
  /* { dg-message "^node_new\\(data, 0\\) escapes to heap$" "" { target *-*-* } .-5 } */
}

/* Both live and die here.  */
int
local (void)
{
  char *d = malloc (8); /* { dg-message "^malloc\\(8\\) does not escape$" } */
  struct node *n = node_new (d, NULL); /* { dg-message "^node_new\\(d, 0\\) does not escape$" } */
  int r = ((char *) n->data)[0];
  free (n);
  free (d);
  return r;
}

/* The node is kept, and so is what it holds.  */
void
kept (void)
{
  char *d = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap:$" } */
  /* { dg-message "^  flow: d = &\\{storage for malloc\\(8\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from d = malloc\\(8\\) \\(assign\\) at \[^ \]*:103:13$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{storage for node_new\\(d, 0\\)\\} = d:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from g = node_new\\(d, 0\\) \\(call parameter, node_new stores it into the object it makes\\) at \[^ \]*:113:7$" "" { target *-*-* } .-4 } */
  /* { dg-message "^  flow: \\{temp\\} = &\\{storage for node_new\\(d, 0\\)\\}:$" "" { target *-*-* } .-5 } */
  /* { dg-message "^    from g = node_new\\(d, 0\\) \\(assign\\) at \[^ \]*:113:7$" "" { target *-*-* } .-6 } */
  /* { dg-message "^  flow: \\{heap\\} = \\{temp\\}:$" "" { target *-*-* } .-7 } */
  /* { dg-message "^    from g = node_new\\(d, 0\\) \\(assign\\) at \[^ \]*:113:5$" "" { target *-*-* } .-8 } */
  /* { dg-message "^malloc\\(8\\) escapes to heap$" "" { target *-*-* } .-9 } */
  g = node_new (d, NULL); /* { dg-message "^node_new\\(d, 0\\) escapes to heap:$" } */
  /* { dg-message "^  flow: \\{temp\\} = &\\{storage for node_new\\(d, 0\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from g = node_new\\(d, 0\\) \\(assign\\) at \[^ \]*:113:7$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{heap\\} = \\{temp\\}:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from g = node_new\\(d, 0\\) \\(assign\\) at \[^ \]*:113:5$" "" { target *-*-* } .-4 } */
  /* { dg-message "^node_new\\(d, 0\\) escapes to heap$" "" { target *-*-* } .-5 } */
}

/* Data stored through a pointer the node got from the constructor's
   global: into memory anyone may see.  */
void
through_global (void)
{
  struct node *n = node_global (); /* { dg-message "^node_global\\(\\) does not escape$" } */
  *(void **) n->data = malloc (4); /* { dg-message "^malloc\\(4\\) escapes to heap:$" } */
  /* { dg-message "^  flow: \\{temp\\} = &\\{storage for malloc\\(4\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from \\*n->data = malloc\\(4\\) \\(assign\\) at \[^ \]*:127:24$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{heap\\} = \\{temp\\}:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from \\*n->data = malloc\\(4\\) \\(store\\) at \[^ \]*:127:22$" "" { target *-*-* } .-4 } */
  /* { dg-message "^malloc\\(4\\) escapes to heap$" "" { target *-*-* } .-5 } */
  free (n);
}

/* Stored into the caller's global by the out-parameter.  */
void
out_global (void)
{
  node_into (&g, NULL); /* { dg-message "^node_into\\(&g, 0\\) escapes to heap:$" } */
  /* { dg-message "^  flow: \\{heap\\} = &\\{storage for node_into\\(&g, 0\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from node_into\\(&g, 0\\) \\(node_into stores the object it makes into its \\*out\\) at \[^ \]*:140:3$" "" { target *-*-* } .-2 } */
  /* { dg-message "^node_into\\(&g, 0\\) escapes to heap$" "" { target *-*-* } .-3 } */
}

/* Where the objects its constructors hand over go in their callers
   (-m=2; at the end, so that no line above moves).  */
/* { dg-message "^  for its callers: does not escape at \[^ \]*:92:20; escapes to heap at \[^ \]*:79:10, \[^ \]*:113:7$" "" { target *-*-* } 34 } */
/* { dg-message "^  for its callers: does not escape at \[^ \]*:126:20$" "" { target *-*-* } 53 } */
/* { dg-message "^  for its callers: escapes to heap at \[^ \]*:140:3$" "" { target *-*-* } 79 } */
