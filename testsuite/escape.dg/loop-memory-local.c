/* Locals that live in memory (structs, arrays, address-taken variables)
   count as declared in a loop only when they die at the end of each of
   its iterations (their scope is the loop's body: GIMPLE ends their life
   with a clobber on every path to the back edge); otherwise outside every
   loop, and storing a per-iteration allocation into one makes it
   escape.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <stdlib.h>

struct S { char *a; };

int
struct_outside_loop (int n)
{
  int s = 0;
  struct S st;
  for (int i = 0; i < n; i++)
    {
      /* BAD: should not escape (freed in its iteration).  */
      st.a = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
      st.a[0] = i;
      s += st.a[0];
      free (st.a);
    }
  return s;
}

int
struct_inside_loop (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      struct S st;
      /* st is declared in the loop.  */
      st.a = malloc (16); /* { dg-message "^malloc\\(16\\) does not escape$" } */
      st.a[0] = i;
      s += st.a[0];
      free (st.a);
    }
  return s;
}

int
address_taken_inside_loop (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      /* p is declared in the loop.  */
      char *p = malloc (24); /* { dg-message "^malloc\\(24\\) does not escape$" } */
      char **pp = &p;
      (*pp)[0] = 1;
      s += p[0];
      free (p);
    }
  return s;
}

int
array_filled_in_loop (void)
{
  char *arr[4];
  int s = 0;
  for (int i = 0; i < 4; i++)
    arr[i] = malloc (32); /* { dg-message "^malloc\\(32\\) escapes to heap$" } */
  for (int i = 0; i < 4; i++)
    {
      s += arr[i][0];
      free (arr[i]);
    }
  return s;
}

int
array_inside_loop (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      char *a[2];
      /* a is declared in the loop.  */
      a[0] = malloc (40); /* { dg-message "^malloc\\(40\\) does not escape$" } */
      a[0][0] = 1;
      s += a[0][0];
      free (a[0]);
    }
  return s;
}

/* The loop is inside the struct's scope (a goto back into it does not
   leave it): the object is carried into the next iteration.  */
int
goto_inside_scope (int n)
{
  int s = 0;
  struct S st;
  st.a = 0;
  int i = 0;
again:
  {
    char *old = st.a;
    st.a = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
    st.a[0] = i;
    if (old)
      {
	s += old[0];
	free (old);
      }
  }
  if (++i < n)
    goto again;
  free (st.a);
  return s;
}

/* The scope is the body of a loop made with goto: a new struct each
   time round.  */
int
goto_around_scope (int n)
{
  int s = 0;
  int i = 0;
again:
  {
    struct S st;
    st.a = malloc (8); /* { dg-message "^malloc\\(8\\) does not escape$" } */
    st.a[0] = i;
    s += st.a[0];
    free (st.a);
  }
  if (++i < n)
    goto again;
  return s;
}

/* Declared in the loop, but what it holds is kept by a variable declared
   outside it.  */
int
kept_outside (int n)
{
  char *prev = 0;
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      struct S st;
      st.a = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
      st.a[0] = i;
      if (prev)
	{
	  s += prev[0];
	  free (prev);
	}
      prev = st.a;
    }
  free (prev);
  return s;
}

/* continue leaves the scope too, ending its life.  */
int
continue_ends (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      struct S st;
      st.a = malloc (8); /* { dg-message "^malloc\\(8\\) does not escape$" } */
      st.a[0] = i;
      if (i & 1)
	{
	  free (st.a);
	  continue;
	}
      s += st.a[0];
      free (st.a);
    }
  return s;
}

/* So does break, but the pointer it reads there is a value after the
   loop, which Go's rule counts as outliving the iteration.  */
int
break_reads (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      struct S st;
      st.a = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
      st.a[0] = i;
      if (i > 100)
	{
	  free (st.a);
	  break;
	}
      s += st.a[0];
      free (st.a);
    }
  return s;
}

/* Declared in the outer loop's body, filled in the inner loop: it lives
   across the inner loop's iterations, not the outer one's.  */
int
nested (int n)
{
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      char *a[4];
      for (int j = 0; j < 4; j++)
	a[j] = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
      struct S st;
      st.a = malloc (8); /* { dg-message "^malloc\\(8\\) does not escape$" } */
      st.a[0] = 1;
      for (int j = 0; j < 4; j++)
	{
	  a[j][0] = j;
	  s += a[j][0] + st.a[0];
	  free (a[j]);
	}
      free (st.a);
    }
  return s;
}

/* A pointer to the struct kept past its iteration: the struct escapes the
   iteration, and what it holds with it.  */
int
address_kept (int n)
{
  struct S *last = 0;
  int s = 0;
  for (int i = 0; i < n; i++)
    {
      struct S st;
      st.a = malloc (8); /* { dg-message "^malloc\\(8\\) escapes to heap$" } */
      st.a[0] = i;
      if (last)
	s += last->a[0];
      last = &st;
    }
  return s;
}
