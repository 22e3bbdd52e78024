/* count-malloc.c - an LD_PRELOAD library that counts heap allocations.

   Counts calls to malloc, calloc, realloc, aligned_alloc, posix_memalign,
   memalign, valloc and pvalloc (all but the first four are counted with
   aligned_alloc) and reports them when the program exits:

     gcc-12 -O2 -shared -fPIC -o count-malloc.so count-malloc.c -ldl
     LD_PRELOAD=./count-malloc.so ./prog
     COUNT_MALLOC_OUT=counts.txt LD_PRELOAD=./count-malloc.so ./prog

   The report is one line, "count-malloc: total N malloc N calloc N realloc
   N aligned N", on stderr, or written to the file named by
   COUNT_MALLOC_OUT (truncated first).  Allocations made by the C library
   on the program's behalf (stdio buffers) are counted too, since they go
   through the same symbols.

   dlsym may itself call calloc (for its error buffer) before the real
   calloc is known; those requests are served from a static buffer, and
   free/realloc recognise its pointers.  */

#define _GNU_SOURCE
#include <dlfcn.h>
#include <fcntl.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static void *(*real_malloc) (size_t);
static void *(*real_calloc) (size_t, size_t);
static void *(*real_realloc) (void *, size_t);
static void *(*real_aligned_alloc) (size_t, size_t);
static int (*real_posix_memalign) (void **, size_t, size_t);
static void *(*real_memalign) (size_t, size_t);
static void *(*real_valloc) (size_t);
static void *(*real_pvalloc) (size_t);
static void (*real_free) (void *);

static unsigned long n_malloc, n_calloc, n_realloc, n_aligned;

/* For dlsym's own allocations while the real functions are looked up.  */
static _Alignas (max_align_t) char boot_buf[8192];
static size_t boot_used;
static int resolving;

static int
from_boot (const void *p)
{
  return (const char *) p >= boot_buf
    && (const char *) p < boot_buf + sizeof boot_buf;
}

static void *
boot_alloc (size_t n)
{
  size_t a = _Alignof (max_align_t);
  size_t start = (boot_used + a - 1) / a * a;
  if (n > sizeof boot_buf - start)
    return NULL;
  boot_used = start + n;
  return boot_buf + start;	/* static storage: already zero */
}

static void
resolve (void)
{
  if (real_free || resolving)
    return;
  resolving = 1;
  real_malloc = (void *(*) (size_t)) dlsym (RTLD_NEXT, "malloc");
  real_calloc = (void *(*) (size_t, size_t)) dlsym (RTLD_NEXT, "calloc");
  real_realloc = (void *(*) (void *, size_t)) dlsym (RTLD_NEXT, "realloc");
  real_aligned_alloc
    = (void *(*) (size_t, size_t)) dlsym (RTLD_NEXT, "aligned_alloc");
  real_posix_memalign
    = (int (*) (void **, size_t, size_t)) dlsym (RTLD_NEXT, "posix_memalign");
  real_memalign = (void *(*) (size_t, size_t)) dlsym (RTLD_NEXT, "memalign");
  real_valloc = (void *(*) (size_t)) dlsym (RTLD_NEXT, "valloc");
  real_pvalloc = (void *(*) (size_t)) dlsym (RTLD_NEXT, "pvalloc");
  real_free = (void (*) (void *)) dlsym (RTLD_NEXT, "free");
  resolving = 0;
}

#define COUNT(c) __atomic_add_fetch (&(c), 1, __ATOMIC_RELAXED)

void *
malloc (size_t n)
{
  resolve ();
  if (!real_malloc)
    return boot_alloc (n);
  COUNT (n_malloc);
  return real_malloc (n);
}

void *
calloc (size_t k, size_t n)
{
  resolve ();
  if (!real_calloc)
    return n && k > (size_t) -1 / n ? NULL : boot_alloc (k * n);
  COUNT (n_calloc);
  return real_calloc (k, n);
}

void *
realloc (void *p, size_t n)
{
  resolve ();
  if (from_boot (p) || !real_realloc)
    {
      /* Rare: move a bootstrap block to the real heap (or the buffer).  */
      void *q = real_malloc ? real_malloc (n) : boot_alloc (n);
      if (q && p)
	{
	  size_t avail = (size_t) (boot_buf + sizeof boot_buf - (char *) p);
	  memcpy (q, p, n < avail ? n : avail);
	}
      COUNT (n_realloc);
      return q;
    }
  COUNT (n_realloc);
  return real_realloc (p, n);
}

void *
aligned_alloc (size_t a, size_t n)
{
  resolve ();
  COUNT (n_aligned);
  return real_aligned_alloc ? real_aligned_alloc (a, n) : NULL;
}

int
posix_memalign (void **out, size_t a, size_t n)
{
  resolve ();
  COUNT (n_aligned);
  return real_posix_memalign ? real_posix_memalign (out, a, n) : 12;
}

void *
memalign (size_t a, size_t n)
{
  resolve ();
  COUNT (n_aligned);
  return real_memalign ? real_memalign (a, n) : NULL;
}

void *
valloc (size_t n)
{
  resolve ();
  COUNT (n_aligned);
  return real_valloc ? real_valloc (n) : NULL;
}

void *
pvalloc (size_t n)
{
  resolve ();
  COUNT (n_aligned);
  return real_pvalloc ? real_pvalloc (n) : NULL;
}

void
free (void *p)
{
  if (!p || from_boot (p))
    return;
  resolve ();
  if (real_free)
    real_free (p);
}

__attribute__ ((destructor)) static void
report (void)
{
  char line[160];
  unsigned long m = __atomic_load_n (&n_malloc, __ATOMIC_RELAXED);
  unsigned long c = __atomic_load_n (&n_calloc, __ATOMIC_RELAXED);
  unsigned long r = __atomic_load_n (&n_realloc, __ATOMIC_RELAXED);
  unsigned long a = __atomic_load_n (&n_aligned, __ATOMIC_RELAXED);
  int n = snprintf (line, sizeof line,
		    "count-malloc: total %lu malloc %lu calloc %lu realloc %lu"
		    " aligned %lu\n", m + c + r + a, m, c, r, a);
  if (n < 0)
    return;
  if ((size_t) n >= sizeof line)
    n = sizeof line - 1;
  int fd = 2, own = 0;
  const char *path = getenv ("COUNT_MALLOC_OUT");
  if (path && *path)
    {
      fd = open (path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
      if (fd < 0)
	fd = 2;
      else
	own = 1;
    }
  for (const char *p = line; n > 0;)
    {
      ssize_t w = write (fd, p, (size_t) n);
      if (w <= 0)
	break;
      p += w;
      n -= (int) w;
    }
  if (own)
    close (fd);
}
