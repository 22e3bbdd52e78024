/* test-memory.c - the core's slab heap (core/memory.c), called directly:
   esc_xrealloc itself is malloc in this ASan build.  */

#include <stdint.h>
#include <string.h>
#include "unit.h"
#include "../../core/memory.h"

static void
fill (unsigned char *p, size_t n, unsigned seed)
{
  for (size_t i = 0; i < n; i++)
    p[i] = (unsigned char) (seed + i * 7);
}

static bool
filled (const unsigned char *p, size_t n, unsigned seed)
{
  for (size_t i = 0; i < n; i++)
    if (p[i] != (unsigned char) (seed + i * 7))
      return false;
  return true;
}

/* Every size class and large blocks: aligned as malloc's, distinct, and
   all the slabs go back to the system when the blocks are freed.  */
START_TEST (test_memory_sizes)
{
  size_t before = esc_memory_mapped ();
  enum { N = 400 };
  unsigned char *p[N];
  size_t size[N];
  for (int i = 0; i < N; i++)
    {
      size[i] = i < 300 ? (size_t) i * 113 % 40000 : (size_t) i * 1021;
      p[i] = esc_slab_realloc (NULL, size[i]);
      ck_assert_ptr_nonnull (p[i]);
      ck_assert_uint_eq ((uintptr_t) p[i] % 16, 0);
      fill (p[i], size[i], (unsigned) i);
    }
  ck_assert_uint_gt (esc_memory_mapped (), before);
  for (int i = 0; i < N; i++)
    ck_assert_msg (filled (p[i], size[i], (unsigned) i), "block %d", i);
  for (int i = 0; i < N; i += 2)
    esc_slab_free (p[i]);
  for (int i = 1; i < N; i += 2)
    ck_assert_msg (filled (p[i], size[i], (unsigned) i), "block %d", i);
  for (int i = 1; i < N; i += 2)
    esc_slab_free (p[i]);
  esc_memory_trim ();
  ck_assert_uint_eq (esc_memory_mapped (), before);
}
END_TEST

/* Growing and shrinking keeps the contents, across classes, from slabs
   to a mapping of its own and back.  */
START_TEST (test_memory_realloc)
{
  size_t before = esc_memory_mapped ();
  unsigned char *p = esc_slab_realloc (NULL, 0);
  ck_assert_ptr_nonnull (p);
  size_t n = 1;
  fill (p, n, 3);
  for (; n < 300000; n = n * 3 / 2 + 1)
    {
      p = esc_slab_realloc (p, n * 3 / 2 + 1);
      ck_assert (filled (p, n, 3));
      fill (p, n * 3 / 2 + 1, 3);
    }
  for (; n > 1; n /= 3)
    {
      p = esc_slab_realloc (p, n / 3);
      ck_assert (filled (p, n / 3, 3));
    }
  esc_slab_free (p);
  esc_slab_free (NULL);
  esc_memory_trim ();
  ck_assert_uint_eq (esc_memory_mapped (), before);
}
END_TEST

/* A slab whose blocks are all freed is reused, not mapped again: many
   rounds of a graph's worth of blocks stay within one round's mapping.  */
START_TEST (test_memory_reuse)
{
  size_t before = esc_memory_mapped (), peak = 0;
  for (int round = 0; round < 50; round++)
    {
      void *p[1000];
      for (int i = 0; i < 1000; i++)
	p[i] = esc_slab_realloc (NULL, 24 + (size_t) (i % 5) * 40);
      size_t m = esc_memory_mapped ();
      if (round == 0)
	peak = m;
      ck_assert_uint_le (m, peak);
      for (int i = 999; i >= 0; i--)
	esc_slab_free (p[i]);
    }
  esc_memory_trim ();
  ck_assert_uint_eq (esc_memory_mapped (), before);
}
END_TEST

Suite *
memory_suite (void)
{
  Suite *s = suite_create ("memory");
  TCase *tc = ut_tcase ("slabs");
  tcase_add_test (tc, test_memory_sizes);
  tcase_add_test (tc, test_memory_realloc);
  tcase_add_test (tc, test_memory_reuse);
  suite_add_tcase (s, tc);
  return s;
}
