/* Structs and arrays declared in a loop's body die at the end of each
   iteration: the objects stored into them take one stack slot, used again
   by every iteration.  Where the struct is declared outside the loop, or
   its object is kept by a variable declared outside (prev), or a pointer
   to it is (last), the object outlives its iteration and gets a pool
   slot or the heap, and each iteration's object stays intact.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m" } */
#include <stdlib.h>
#include <string.h>

struct buf { char *data; int n; };

__attribute__ ((noinline)) static void
buf_init (struct buf *b, int n) /* { dg-message "^b does not escape$" } */
{
  b->data = malloc (n); /* { dg-message "^malloc\\(n\\) escapes to heap$" } */
  if (!b->data)
    abort ();
  b->n = n;
}

__attribute__ ((noinline)) static int
in_body (int k)
{
  int s = 0;
  for (int i = 0; i < k; i++)
    {
      struct buf b;
      b.data = malloc (32); /* { dg-message "^moved to stack: malloc\\(32\\)$" } */
      if (!b.data)
	abort ();
      b.n = 32;
      memset (b.data, i, 32);
      s += b.data[3];
      free (b.data);
    }
  return s;
}

__attribute__ ((noinline)) static int
constructed (int k)
{
  int s = 0;
  for (int i = 0; i < k; i++)
    {
      struct buf b;
      buf_init (&b, 32); /* { dg-message "^moved to stack: buf_init\\(&b, 32\\)$" } */
      memset (b.data, i, 32);
      s += b.data[5];
      free (b.data);
    }
  return s;
}

__attribute__ ((noinline)) static int
array (int k)
{
  int s = 0;
  for (int i = 0; i < k; i++)
    {
      /* Indexed by a variable, so that it lives in memory under ASan too
	 (which ends a scope by poisoning what lives in memory).  */
      char *arr[2];
      int a = i & 1;
      arr[a] = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
      arr[1 - a] = malloc (16); /* { dg-message "^moved to stack: malloc\\(16\\)$" } */
      if (!arr[0] || !arr[1])
	abort ();
      memset (arr[a], 1, 16);
      memset (arr[1 - a], 2, 16);
      s += arr[a][1] + arr[1 - a][2];
      free (arr[0]);
      free (arr[1]);
    }
  return s;
}

/* Each object is read one iteration later: they must not share memory.  */
__attribute__ ((noinline)) static int
kept_by_outer (int k)
{
  char *prev = 0;
  int s = 0;
  for (int i = 0; i < k; i++)
    {
      struct buf b;
      b.data = malloc (8); /* { dg-message "^moved to stack: malloc\\(8\\)$" } */
      if (!b.data)
	abort ();
      memset (b.data, i, 8);
      if (prev)
	{
	  if (prev[7] != (char) (i - 1))
	    abort ();
	  s += prev[7];
	  free (prev);
	}
      prev = b.data;
    }
  free (prev);
  return s;
}

__attribute__ ((noinline)) static int
declared_outside (int k)
{
  struct buf b = { 0, 0 };
  int s = 0;
  for (int i = 0; i < k; i++)
    {
      char *old = b.data;
      b.data = malloc (8); /* { dg-message "^moved to stack: malloc\\(8\\)$" } */
      if (!b.data)
	abort ();
      memset (b.data, i, 8);
      if (old)
	{
	  if (old[0] != (char) (i - 1))
	    abort ();
	  s += old[0];
	  free (old);
	}
    }
  free (b.data);
  return s;
}

int
main (void)
{
  int want = 0;
  for (int i = 0; i < 200; i++)
    want += (char) i;
  if (in_body (200) != want || constructed (200) != want)
    abort ();
  if (array (200) != 600)
    abort ();
  int w2 = 0;
  for (int i = 1; i < 200; i++)
    w2 += (char) (i - 1);
  if (kept_by_outer (200) != w2 || declared_outside (200) != w2)
    abort ();
  return 0;
}
