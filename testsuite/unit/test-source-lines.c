/* test-source-lines.c - which source lines start in plain ASCII, so that
   a note's displayed column is its byte column (core/source-lines.c).  */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "unit.h"
#include "../../core/source-lines.h"

/* A temporary file holding the N bytes of TEXT; its name in NAME.  */
static void
write_temp (char *name, const char *text, size_t n)
{
  strcpy (name, "/tmp/esc-lines-XXXXXX");
  int fd = mkstemp (name);
  ck_assert_int_ge (fd, 0);
  ck_assert_int_eq (write (fd, text, n), (ssize_t) n);
  close (fd);
}

START_TEST (test_source_lines_plain_prefix)
{
  static const char text[] = "int f (int *p)\n"	/* 1 */
    "{\n"					/* 2 */
    "\treturn *p;\n"				/* 3: a tab first */
    "  x = \"\xc3\xa9\" + y;\n"			/* 4: UTF-8 at byte 8 */
    "\n"					/* 5: empty */
    "last line, no newline";			/* 6 */
  char name[64];
  write_temp (name, text, sizeof text - 1);
  esc_source_lines *s = esc_source_lines_new ();
  ck_assert (esc_source_plain_prefix (s, name, 1, 1));
  ck_assert (esc_source_plain_prefix (s, name, 1, 12));
  /* Up to the end of the line (its length + 1), not past it.  */
  ck_assert (esc_source_plain_prefix (s, name, 1, 15));
  ck_assert (!esc_source_plain_prefix (s, name, 1, 16));
  ck_assert (esc_source_plain_prefix (s, name, 2, 2));
  /* Column 1 has nothing before it, the tab is before column 2.  */
  ck_assert (esc_source_plain_prefix (s, name, 3, 1));
  ck_assert (!esc_source_plain_prefix (s, name, 3, 2));
  ck_assert (!esc_source_plain_prefix (s, name, 3, 9));
  /* Before the multibyte character, and after it.  */
  ck_assert (esc_source_plain_prefix (s, name, 4, 8));
  ck_assert (!esc_source_plain_prefix (s, name, 4, 9));
  ck_assert (!esc_source_plain_prefix (s, name, 4, 12));
  ck_assert (esc_source_plain_prefix (s, name, 5, 1));
  ck_assert (!esc_source_plain_prefix (s, name, 5, 2));
  ck_assert (esc_source_plain_prefix (s, name, 6, 22));
  ck_assert (!esc_source_plain_prefix (s, name, 6, 23));
  /* Out of range, or no position at all.  */
  ck_assert (!esc_source_plain_prefix (s, name, 7, 1));
  ck_assert (!esc_source_plain_prefix (s, name, 0, 1));
  ck_assert (!esc_source_plain_prefix (s, name, 1, 0));
  ck_assert (!esc_source_plain_prefix (s, NULL, 1, 1));
  ck_assert (!esc_source_plain_prefix (NULL, name, 1, 1));
  /* Asked again (the file is read once): the same answers.  */
  ck_assert (esc_source_plain_prefix (s, name, 4, 8));
  ck_assert (!esc_source_plain_prefix (s, name, 3, 2));
  unlink (name);
  /* Read already: still answered after the file is gone.  */
  ck_assert (esc_source_plain_prefix (s, name, 1, 12));
  esc_source_lines_free (s);
}
END_TEST

START_TEST (test_source_lines_unsure_files)
{
  esc_source_lines *s = esc_source_lines_new ();
  /* Unreadable.  */
  ck_assert (!esc_source_plain_prefix (s, "/nonexistent/esc/x.c", 1, 1));
  /* A carriage return anywhere: lines could be counted otherwise.  */
  char crlf[64];
  write_temp (crlf, "a = 1;\r\nb = 2;\r\n", 16);
  ck_assert (!esc_source_plain_prefix (s, crlf, 1, 1));
  ck_assert (!esc_source_plain_prefix (s, crlf, 2, 3));
  /* A NUL byte (UTF-16 ASCII, say).  */
  char wide[64];
  write_temp (wide, "a\0=\0\n\0", 6);
  ck_assert (!esc_source_plain_prefix (s, wide, 1, 2));
  /* Several files at once, each its own lines.  */
  char plain[64];
  write_temp (plain, "x\n\ty\n", 5);
  ck_assert (esc_source_plain_prefix (s, plain, 1, 2));
  ck_assert (!esc_source_plain_prefix (s, crlf, 1, 1));
  ck_assert (!esc_source_plain_prefix (s, plain, 2, 2));
  ck_assert (esc_source_plain_prefix (s, plain, 2, 1));
  unlink (crlf);
  unlink (wide);
  unlink (plain);
  esc_source_lines_free (s);
}
END_TEST

Suite *
source_lines_suite (void)
{
  Suite *s = suite_create ("source-lines");
  TCase *tc = tcase_create ("core");
  tcase_add_test (tc, test_source_lines_plain_prefix);
  tcase_add_test (tc, test_source_lines_unsure_files);
  suite_add_tcase (s, tc);
  return s;
}
