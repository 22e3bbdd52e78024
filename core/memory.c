/* memory.c - the core's own heap (memory.h says why): size classes in
   256 KiB slabs mapped from the system, a slab unmapped when its last
   block is freed; blocks above 32 KiB mapped one by one.  Single-threaded,
   as GCC is.  */

#define _GNU_SOURCE
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include "memory.h"

#define SLAB_BYTES ((size_t) 256 * 1024)
#define SLAB_HEAD 64		/* struct slab, rounded to keep 16-byte
				   alignment.  */
#define LARGE 32768		/* Larger blocks get a mapping each.  */
#define SPARES 8		/* Empty slabs kept for reuse.  */

/* Before every block: its slab (NULL for a large block) and its class,
   or a large block's mapped length.  16 bytes, so payloads stay 16-byte
   aligned as malloc's are.  */
typedef struct block
{
  struct slab *slab;
  size_t size;
} block;

typedef struct slab
{
  struct slab *prev, *next;	/* In its class's list of slabs with room.  */
  block *free;			/* Freed blocks (linked through ->slab).  */
  char *bump, *end;		/* Never used yet.  */
  int live, cls;
  int listed;
} slab;

/* Payload sizes: steps of 16 up to 128, then four per power of two (at
   most 25% unused).  */
static size_t class_size[64];
static int nclasses;
static slab *with_room[64];
static slab *spare[SPARES];
static int nspare;
static size_t mapped;

static void
oom (void)
{
  fputs ("escape: out of memory\n", stderr);
  abort ();
}

/* The class of each size up to LARGE by sixteenths: every class size is
   a multiple of 16.  A search per allocation cost more than the rest of
   allocating.  */
static unsigned char class_by16[LARGE / 16 + 1];

static void
init_classes (void)
{
  for (size_t s = 16; s <= 128; s += 16)
    class_size[nclasses++] = s;
  for (size_t p = 128; p < LARGE; p *= 2)
    for (int k = 5; k <= 8; k++)
      class_size[nclasses++] = p * k / 4;
  int c = 0;
  for (size_t i = 0; i <= LARGE / 16; i++)
    {
      while (c < nclasses - 1 && class_size[c] < i * 16)
	c++;
      class_by16[i] = (unsigned char) c;
    }
}

static int
class_of (size_t n)
{
  if (!nclasses)
    init_classes ();
  if (n <= LARGE)
    return class_by16[(n + 15) / 16];
  int lo = 0, hi = nclasses - 1;
  while (lo < hi)
    {
      int mid = (lo + hi) / 2;
      if (class_size[mid] >= n)
	hi = mid;
      else
	lo = mid + 1;
    }
  return lo;
}

static void *
map (size_t n)
{
  void *p = mmap (NULL, n, PROT_READ | PROT_WRITE,
		  MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (p == MAP_FAILED)
    oom ();
  mapped += n;
  return p;
}

static void
unmap (void *p, size_t n)
{
  munmap (p, n);
  mapped -= n;
}

static void
unlist (slab *s)
{
  if (s->prev)
    s->prev->next = s->next;
  else
    with_room[s->cls] = s->next;
  if (s->next)
    s->next->prev = s->prev;
  s->prev = s->next = NULL;
  s->listed = 0;
}

static void
list (slab *s)
{
  s->prev = NULL;
  s->next = with_room[s->cls];
  if (s->next)
    s->next->prev = s;
  with_room[s->cls] = s;
  s->listed = 1;
}

static size_t
block_bytes (int cls)
{
  return sizeof (block) + class_size[cls];
}

static void *
alloc (size_t n)
{
  if (n > LARGE)
    {
      size_t len = (n + sizeof (block) + 4095) & ~(size_t) 4095;
      block *b = map (len);
      b->slab = NULL;
      b->size = len;
      return b + 1;
    }
  int c = class_of (n);
  slab *s = with_room[c];
  if (!s)
    {
      s = nspare ? spare[--nspare] : map (SLAB_BYTES);
      memset (s, 0, sizeof *s);
      s->cls = c;
      s->bump = (char *) s + SLAB_HEAD;
      s->end = (char *) s + SLAB_BYTES;
      list (s);
    }
  block *b;
  if (s->free)
    {
      b = s->free;
      s->free = (block *) b->slab;
    }
  else
    {
      b = (block *) s->bump;
      s->bump += block_bytes (c);
    }
  s->live++;
  if (!s->free && s->bump + block_bytes (c) > s->end)
    unlist (s);
  b->slab = s;
  b->size = (size_t) c;
  return b + 1;
}

void
esc_slab_free (void *p)
{
  if (!p)
    return;
  block *b = (block *) p - 1;
  slab *s = b->slab;
  if (!s)
    {
      unmap (b, b->size);
      return;
    }
  b->slab = (slab *) s->free;
  s->free = b;
  if (--s->live == 0)
    {
      if (s->listed)
	unlist (s);
      if (nspare < SPARES)
	spare[nspare++] = s;
      else
	unmap (s, SLAB_BYTES);
    }
  else if (!s->listed)
    list (s);
}

void *
esc_slab_realloc (void *p, size_t n)
{
  if (!n)
    n = 1;
  if (!p)
    return alloc (n);
  block *b = (block *) p - 1;
  size_t room = b->slab ? class_size[b->size] : b->size - sizeof (block);
  if (!b->slab && n > LARGE)
    {
      /* A large block grows or shrinks in place, or is moved by the
	 kernel without copying.  */
      size_t len = (n + sizeof (block) + 4095) & ~(size_t) 4095;
      if (len == b->size)
	return p;
      block *q = mremap (b, b->size, len, MREMAP_MAYMOVE);
      if (q == MAP_FAILED)
	oom ();
      mapped += len - q->size;
      q->size = len;
      return q + 1;
    }
  if (b->slab && n <= room && class_of (n) == (int) b->size)
    return p;
  void *q = alloc (n);
  memcpy (q, p, n < room ? n : room);
  esc_slab_free (p);
  return q;
}

/* Under AddressSanitizer (the unit tests) the core uses malloc, so that
   ASan sees every overflow, use after free and leak in it.  */
#ifdef __SANITIZE_ADDRESS__
void *
esc_xrealloc (void *p, size_t n)
{
  void *q = realloc (p, n ? n : 1);
  if (!q)
    oom ();
  return q;
}

void
esc_free (void *p)
{
  free (p);
}
#else
void *
esc_xrealloc (void *p, size_t n)
{
  return esc_slab_realloc (p, n);
}

void
esc_free (void *p)
{
  esc_slab_free (p);
}
#endif

char *
esc_strdup (const char *s)
{
  size_t n = strlen (s ? s : "") + 1;
  char *d = esc_xrealloc (NULL, n);
  memcpy (d, s ? s : "", n);
  return d;
}

size_t
esc_memory_mapped (void)
{
  return mapped;
}

void
esc_memory_trim (void)
{
  while (nspare)
    unmap (spare[--nspare], SLAB_BYTES);
}
