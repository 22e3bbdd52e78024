/* test-allocators.c - the allocator table: roles and argument indices.  */

#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
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


/* Declarations: NAME:SIZE_ARG[:FREE_NAME[:FREE_ARG]], 1-based on the
   outside, 0-based in the model; pairs share a family.  */
START_TEST (test_declare_pair)
{
  char err[512];
  esc_allocators_reset ();
  ck_assert (esc_allocator_declare ("pool_alloc:2:pool_free:2", err,
				    sizeof err));
  const esc_allocator *a = esc_allocator_declared ("pool_alloc");
  const esc_allocator *f = esc_allocator_declared ("pool_free");
  ck_assert_ptr_nonnull (a);
  ck_assert_ptr_nonnull (f);
  ck_assert_int_eq (a->role, ESC_ROLE_ALLOC);
  ck_assert_int_eq (a->size_arg, 1);
  ck_assert_int_eq (a->count_arg, -1);
  ck_assert_int_eq (a->nargs, -1);
  ck_assert (a->movable);
  ck_assert (a->zeroes);
  ck_assert_int_eq (f->role, ESC_ROLE_FREE);
  ck_assert_int_eq (f->ptr_arg, 1);
  ck_assert_int_eq (a->family, f->family);
  ck_assert_int_ne (a->family, ESC_FAMILY_LIBC);
  /* A second allocator released by the same function: same family.  */
  ck_assert (esc_allocator_declare ("pool_zalloc:2*3:pool_free:2", err,
				    sizeof err));
  a = esc_allocator_declared ("pool_zalloc");
  ck_assert_int_eq (a->count_arg, 1);
  ck_assert_int_eq (a->size_arg, 2);
  ck_assert_int_eq (a->family, f->family);
  /* No deallocator: a family of its own; "-": no size, does not move.  */
  ck_assert (esc_allocator_declare ("arena_get:-", err, sizeof err));
  a = esc_allocator_declared ("arena_get");
  ck_assert (!a->movable);
  ck_assert_int_ne (a->family, f->family);
  ck_assert_ptr_null (esc_allocator_declared ("malloc"));
  /* Released by free: the C library's family (gnulib's xmalloc).  */
  ck_assert (esc_allocator_declare ("xmalloc:1:free", err, sizeof err));
  ck_assert_int_eq (esc_allocator_declared ("xmalloc")->family,
		    ESC_FAMILY_LIBC);
  ck_assert_ptr_null (esc_allocator_declared ("free"));
  ck_assert_ptr_null (esc_allocator_declared (NULL));
  /* realloc(P,N): a reallocator of the deallocator's family, pointer and
     size 0-based, never moved itself.  */
  ck_assert (esc_allocator_declare ("pool_realloc:realloc(2,3):pool_free:2",
				    err, sizeof err));
  a = esc_allocator_declared ("pool_realloc");
  ck_assert_ptr_nonnull (a);
  ck_assert_int_eq (a->role, ESC_ROLE_REALLOC);
  ck_assert_int_eq (a->ptr_arg, 1);
  ck_assert_int_eq (a->size_arg, 2);
  ck_assert_int_eq (a->count_arg, -1);
  ck_assert (!a->movable);
  ck_assert (!a->zeroes);
  ck_assert_int_eq (a->family, f->family);
  ck_assert (esc_allocator_declare ("xrealloc:realloc(1,2):free", err,
				    sizeof err));
  ck_assert_int_eq (esc_allocator_declared ("xrealloc")->family,
		    ESC_FAMILY_LIBC);
  esc_allocators_reset ();
  ck_assert_ptr_null (esc_allocator_declared ("pool_alloc"));
}
END_TEST

/* ENTRY is rejected, and the reason contains WHY.  */
static void
bad (const char *entry, const char *why)
{
  char err[512] = "";
  esc_allocators_reset ();
  ck_assert_msg (!esc_allocator_declare (entry, err, sizeof err),
		 "'%s' accepted", entry);
  ck_assert_msg (strstr (err, why) != NULL, "'%s': '%s' lacks '%s'", entry,
		 err, why);
}

START_TEST (test_declare_malformed)
{
  bad ("", "expected NAME:SIZE_ARG");
  bad ("alloc", "expected NAME:SIZE_ARG");
  bad ("alloc:1:free:1:x", "expected NAME:SIZE_ARG");
  bad ("1alloc:1", "is not a function or field name");
  bad ("al-loc:1", "is not a function or field name");
  bad ("alloc:0", "bad size '0'");
  bad ("alloc:65", "bad size '65'");
  bad ("alloc:x", "bad size 'x'");
  bad ("alloc:01", "bad size '01'");
  bad ("alloc:2*2", "bad size '2*2'");
  bad ("alloc:2*", "bad size '2*'");
  bad ("r:realloc(1,1):f", "bad reallocation 'realloc(1,1)'");
  bad ("r:realloc(0,2):f", "bad reallocation 'realloc(0,2)'");
  bad ("r:realloc(1):f", "bad reallocation 'realloc(1)'");
  bad ("r:realloc(1,2,3):f", "bad reallocation 'realloc(1,2,3)'");
  bad ("r:realloc(,2):f", "bad reallocation 'realloc(,2)'");
  bad ("r:realloc(1,2", "bad size 'realloc(1,2'");
  bad ("r:realloc()", "bad size 'realloc()'");
  bad ("alloc:1:alloc", "is not a deallocator name");
  bad ("alloc:1:", "is not a deallocator name");
  bad ("alloc:1:release:0", "bad pointer argument '0' of release");
  /* The C library's functions keep their model.  */
  bad ("free:1", "free is the C library's; it cannot be declared");
  bad ("malloc:1:my_free", "malloc is the C library's");
  bad ("my_alloc:1:realloc", "only free (with its pointer as argument 1)");
  bad ("my_alloc:1:free:2", "only free (with its pointer as argument 1)");
  /* Conflicts with what was declared before.  */
  char err[512];
  esc_allocators_reset ();
  ck_assert (esc_allocator_declare ("a:1:f", err, sizeof err));
  ck_assert (esc_allocator_declare ("a:1:f", err, sizeof err));
  ck_assert (!esc_allocator_declare ("a:2:f", err, sizeof err));
  ck_assert (strstr (err, "declared twice, differently"));
  ck_assert (!esc_allocator_declare ("f:1", err, sizeof err));
  ck_assert (strstr (err, "f is declared as a deallocator"));
  ck_assert (!esc_allocator_declare ("b:1:a", err, sizeof err));
  ck_assert (strstr (err, "a is declared as an allocator"));
  esc_allocators_reset ();
}
END_TEST

START_TEST (test_declare_file)
{
  char path[] = "/tmp/escape-unit-XXXXXX";
  int fd = mkstemp (path);
  ck_assert_int_ge (fd, 0);
  FILE *fp = fdopen (fd, "w");
  fputs ("# comment\n\n  my_alloc:1:my_free   # trailing\n"
	 "hook:2*3:unhook:2\n", fp);
  fclose (fp);
  char err[512];
  esc_allocators_reset ();
  ck_assert_msg (esc_allocators_load (path, err, sizeof err), "%s", err);
  ck_assert_ptr_nonnull (esc_allocator_declared ("my_alloc"));
  ck_assert_int_eq (esc_allocator_declared ("unhook")->ptr_arg, 1);
  /* A bad line names the file and the line.  */
  fp = fopen (path, "w");
  fputs ("ok_alloc:1\n\nbroken\n", fp);
  fclose (fp);
  esc_allocators_reset ();
  ck_assert (!esc_allocators_load (path, err, sizeof err));
  char want[600];
  snprintf (want, sizeof want, "%s:3: 'broken': expected", path);
  ck_assert_msg (strncmp (err, want, strlen (want)) == 0, "%s", err);
  remove (path);
  ck_assert (!esc_allocators_load (path, err, sizeof err));
  ck_assert (strstr (err, "cannot read allocators file"));
  esc_allocators_reset ();
}
END_TEST

START_TEST (test_family_name)
{
  /* The deallocator another declaration may name for a family: free for
     the C library's, the declared FREE_NAME (with its argument), none
     for a family without one.  */
  char err[512];
  int arg = -1;
  esc_allocators_reset ();
  ck_assert_str_eq (esc_allocator_family_name (ESC_FAMILY_LIBC, &arg),
		    "free");
  ck_assert_int_eq (arg, 0);
  ck_assert (esc_allocator_declare ("pool_alloc:2:pool_free:2", err,
				    sizeof err));
  ck_assert (esc_allocator_declare ("arena_get:1", err, sizeof err));
  const esc_allocator *a = esc_allocator_declared ("pool_alloc");
  ck_assert_str_eq (esc_allocator_family_name (a->family, &arg),
		    "pool_free");
  ck_assert_int_eq (arg, 1);
  a = esc_allocator_declared ("arena_get");
  ck_assert_ptr_null (esc_allocator_family_name (a->family, &arg));
  /* A family keyed by a name nobody declared (GCC's malloc (dealloc)
     attribute) has no declaration to name either.  */
  int attr = esc_allocator_family ("g_free_attr");
  ck_assert_ptr_null (esc_allocator_family_name (attr, &arg));
  ck_assert_ptr_null (esc_allocator_family_name (9999, &arg));
  esc_allocators_reset ();
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
  tcase_add_test (tc, test_declare_pair);
  tcase_add_test (tc, test_declare_malformed);
  tcase_add_test (tc, test_declare_file);
  tcase_add_test (tc, test_family_name);
  suite_add_tcase (s, tc);
  return s;
}
