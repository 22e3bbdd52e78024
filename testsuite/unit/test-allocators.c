/* test-allocators.c - the allocator table: roles and argument indices.  */

#include "unit.h"
#include "../../core/allocators.h"

/* NAME is modelled with ROLE, NARGS and the argument indices.  */
static void
check_entry (const char *name, esc_alloc_role role, int nargs, int size,
	     int count, int align, int ptr)
{
  const esc_allocator *a = esc_allocator_lookup (name);
  ck_assert_msg (a != NULL, "%s not found", name);
  ck_assert_int_eq (a->role, role);
  ck_assert_int_eq (a->nargs, nargs);
  ck_assert_int_eq (a->size_arg, size);
  ck_assert_int_eq (a->count_arg, count);
  ck_assert_int_eq (a->align_arg, align);
  ck_assert_int_eq (a->ptr_arg, ptr);
}

START_TEST (test_alloc_malloc)
{
  check_entry ("malloc", ESC_ROLE_ALLOC, 1, 0, -1, -1, -1);
  ck_assert_str_eq (esc_allocator_lookup ("malloc")->name, "malloc");
}
END_TEST

START_TEST (test_alloc_builtin_prefix)
{
  ck_assert_ptr_eq (esc_allocator_lookup ("__builtin_malloc"),
		    esc_allocator_lookup ("malloc"));
  ck_assert_ptr_eq (esc_allocator_lookup ("__builtin_free"),
		    esc_allocator_lookup ("free"));
  ck_assert_ptr_eq (esc_allocator_lookup ("__builtin_calloc"),
		    esc_allocator_lookup ("calloc"));
  ck_assert_ptr_nonnull (esc_allocator_lookup ("__builtin_malloc"));
}
END_TEST

START_TEST (test_alloc_calloc)
{
  /* calloc (nmemb, size)  */
  check_entry ("calloc", ESC_ROLE_ALLOC, 2, 1, 0, -1, -1);
}
END_TEST

START_TEST (test_alloc_aligned_alloc)
{
  /* aligned_alloc (alignment, size)  */
  check_entry ("aligned_alloc", ESC_ROLE_ALLOC, 2, 1, -1, 0, -1);
}
END_TEST

START_TEST (test_alloc_realloc)
{
  /* realloc (ptr, size)  */
  check_entry ("realloc", ESC_ROLE_REALLOC, 2, 1, -1, -1, 0);
}
END_TEST

START_TEST (test_alloc_strdup)
{
  check_entry ("strdup", ESC_ROLE_ALLOC, 1, -1, -1, -1, -1);
  check_entry ("strndup", ESC_ROLE_ALLOC, 2, -1, -1, -1, -1);
}
END_TEST

START_TEST (test_alloc_free)
{
  check_entry ("free", ESC_ROLE_FREE, 1, -1, -1, -1, 0);
}
END_TEST

START_TEST (test_alloc_unknown)
{
  static const char *const names[] = {
    "", "mallocx", "xmalloc", "Malloc", "malloc ", "__builtin_",
    "__builtin_foo", "__builtin___builtin_malloc", "__builtinmalloc",
    "_malloc", "alloca", "memcpy"
  };
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    ck_assert_msg (esc_allocator_lookup (names[i]) == NULL,
		   "\"%s\" is not an allocator", names[i]);
  ck_assert_ptr_null (esc_allocator_lookup (NULL));
}
END_TEST

START_TEST (test_alloc_indices_in_range)
{
  static const char *const names[] = {
    "malloc", "calloc", "aligned_alloc", "strdup", "strndup", "realloc",
    "free"
  };
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    {
      const esc_allocator *a = esc_allocator_lookup (names[i]);
      ck_assert_ptr_nonnull (a);
      ck_assert_str_eq (a->name, names[i]);
      int idx[] = { a->size_arg, a->count_arg, a->align_arg, a->ptr_arg };
      for (int k = 0; k < 4; k++)
	ck_assert_msg (idx[k] >= -1 && idx[k] < a->nargs,
		       "%s: index %d out of range", names[i], idx[k]);
      /* Only realloc and free take a pointer.  */
      ck_assert_int_eq (a->ptr_arg >= 0, a->role != ESC_ROLE_ALLOC);
    }
}
END_TEST

Suite *
allocators_suite (void)
{
  Suite *s = suite_create ("allocators");
  TCase *tc = ut_tcase ("lookup");
  tcase_add_test (tc, test_alloc_malloc);
  tcase_add_test (tc, test_alloc_builtin_prefix);
  tcase_add_test (tc, test_alloc_calloc);
  tcase_add_test (tc, test_alloc_aligned_alloc);
  tcase_add_test (tc, test_alloc_realloc);
  tcase_add_test (tc, test_alloc_strdup);
  tcase_add_test (tc, test_alloc_free);
  tcase_add_test (tc, test_alloc_unknown);
  tcase_add_test (tc, test_alloc_indices_in_range);
  suite_add_tcase (s, tc);
  return s;
}
