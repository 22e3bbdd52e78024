/* A program's own malloc and free, defined in the file, are not the C
   library's: their calls have effects the program counts, so nothing is
   moved or deleted.  -fno-builtin: otherwise GCC itself treats the
   program's malloc as the builtin and deletes the pair at -O1.
   escape-no-asan: AddressSanitizer brings its own malloc.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-transform -fplugin-arg-escape-m -fno-builtin" } */
typedef __SIZE_TYPE__ size_t;
static unsigned char pool[4096];
static size_t used;
int allocs, frees;

void *
malloc (size_t n)
{
  allocs++;
  void *p = pool + used;
  used += (n + 15) & ~15;
  return p;
}

void
free (void *p) /* { dg-message "^p does not escape$" } */
{
  (void) p;
  frees++;
}

static int
work (void)
{
  char *p = malloc (16);
  p[0] = 1;
  int r = p[0];
  free (p);
  return r;
}

int
main (void)
{
  int r = work ();
  return !(r == 1 && allocs == 1 && frees == 1);
}
