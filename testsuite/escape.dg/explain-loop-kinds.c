/* -m=2: a list head carried by a do-while loop, a container allocated
   before the loop, and an irreducible loop.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m=2" } */
#include <stdlib.h>

struct node { struct node *next; int v; };

struct node *
build (int n)
{
  struct node *head = 0;
  do
    {
      struct node *nd = malloc (sizeof *nd); /* { dg-message "^malloc\\(16\\) escapes to heap:$" } */
      /* { dg-message "^  flow: nd = &\\{storage for malloc\\(16\\)\\}:$" "" { target *-*-* } .-1 } */
      /* { dg-message "^    from nd = malloc\\(16\\) \\(assign\\) at \[^ \]*:15:25$" "" { target *-*-* } .-2 } */
      /* { dg-message "^  flow: head = nd:$" "" { target *-*-* } .-3 } */
      /* { dg-message "^    from head = nd \\(assign\\) at \[^ \]*:25:12$" "" { target *-*-* } .-4 } */
      /* { dg-message "^  flow: head = head:$" "" { target *-*-* } .-5 } */
      /* { dg-message "^    from .* \\(carried into the next loop iteration\\) at \[^ \]*:25:12$" "" { target *-*-* } .-6 } */
      /* { dg-message "^  reason: head keeps it past the loop iteration that allocated it$" "" { target *-*-* } .-7 } */
      /* { dg-message "^malloc\\(16\\) escapes to heap$" "" { target *-*-* } .-8 } */
      nd->next = head;
      head = nd;
    }
  while (--n > 0);
  return 0;
}

int
fill (void)
{
  char **c = malloc (10 * sizeof (char *)); /* { dg-message "^malloc\\(80\\) does not escape$" } */
  int s = 0;
  for (int i = 0; i < 10; i++)
    c[i] = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap:$" } */
  /* { dg-message "^  flow: \\{temp\\} = &\\{storage for malloc\\(8\\)\\}:$" "" { target *-*-* } .-1 } */
  /* { dg-message "^    from c\\\[i\\] = malloc\\(8\\) \\(assign\\) at \[^ \]*:37:12$" "" { target *-*-* } .-2 } */
  /* { dg-message "^  flow: \\{storage for malloc\\(80\\)\\} = \\{temp\\}:$" "" { target *-*-* } .-3 } */
  /* { dg-message "^    from .* \\(store\\) at \[^ \]*:37:10$" "" { target *-*-* } .-4 } */
  /* { dg-message "^  reason: \\{storage for malloc\\(80\\)\\} keeps it past the loop iteration that allocated it$" "" { target *-*-* } .-5 } */
  /* { dg-message "^malloc\\(8\\) escapes to heap$" "" { target *-*-* } .-6 } */
  for (int i = 0; i < 10; i++)
    {
      s += c[i][0];
      free (c[i]);
    }
  free (c);
  return s;
}

int
irreducible (int n)
{
  int s = 0, i = 0;
  if (n > 5)
    goto mid;
  for (;;)
    {
      s++;
    mid:
      {
        char *p = malloc (24); /* { dg-message "^malloc\\(24\\) escapes to heap:$" } */
        /* { dg-message "^  flow: \\{heap\\} = &\\{storage for malloc\\(24\\)\\}:$" "" { target *-*-* } .-1 } */
        /* { dg-message "^    from p = malloc\\(24\\) \\(allocated in a loop with more than one entry\\) at \[^ \]*:64:19$" "" { target *-*-* } .-2 } */
        /* { dg-message "^malloc\\(24\\) escapes to heap$" "" { target *-*-* } .-3 } */
        p[0] = i;
        s += p[0];
        free (p);
      }
      if (++i >= n)
        break;
    }
  return s;
}
