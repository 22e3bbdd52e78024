/* With -fexceptions, a malloc that GCC does not know as the builtin (here
   -fno-builtin, and no glibc header saying it does not throw) may throw:
   it stays, since its exception edge would be lost.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m=2 -fexceptions -fno-builtin" } */

typedef __SIZE_TYPE__ size_t;
void *malloc (size_t);
void free (void *);
void abort (void);

static int
f (void)
{
  char *p = malloc (16); /* { dg-message "^malloc\\(16\\) does not escape$" } */
  /* { dg-message "^malloc\\(16\\) not moved to stack: the call may throw$" "" { target *-*-* } .-1 } */
  if (!p)
    return 1;
  for (int i = 0; i < 16; i++)
    p[i] = i;
  int r = p[15] != 15;
  free (p);
  return r;
}

int
main (void)
{
  if (f ())
    abort ();
  return 0;
}
