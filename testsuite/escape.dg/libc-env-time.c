/* C library functions of the locale, the environment, time, files by
   name and stream state (core/libc.c): they read their strings as data,
   write numbers (and, for a broken-down time, a zone string of their own)
   into the caller's buffers, and never call back into the program.  So
   objects handed to them stay local, and a function calling them is not
   re-entered: a constructor that asks localeconv for the decimal point
   (cJSON's parse_number) can still be cloned to take its caller's slot.
   fclose, which may run a fopencookie stream's close function (so its
   caller may be re-entered), keeps its stream argument local too.  */
/* { dg-do run } */
/* { dg-options "-fplugin-arg-escape-m -fplugin-arg-escape-transform" } */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

__attribute__ ((noinline)) static int
env_set (void)
{
  char *name = malloc (8); /* { dg-message "moved to stack: malloc\\(8\\)" } */
  if (!name)
    return -1;
  strcpy (name, "PATH");
  int r = getenv (name) != NULL;
  free (name);
  return r;
}

__attribute__ ((noinline)) static int
root_is_dir (void)
{
  char *path = malloc (2); /* { dg-message "moved to stack: malloc\\(2\\)" } */
  struct stat *st = malloc (sizeof *st); /* { dg-message "moved to stack: malloc\\(\[0-9\]+\\)" } */
  int r = -1;
  if (path && st)
    {
      strcpy (path, "/");
      r = stat (path, st) == 0 && S_ISDIR (st->st_mode) && access (path, F_OK) == 0;
    }
  free (st);
  free (path);
  return r;
}

__attribute__ ((noinline)) static int
epoch_year (void)
{
  time_t *t = malloc (sizeof *t); /* { dg-message "moved to stack: malloc\\(8\\)" } */
  struct tm *tm = malloc (sizeof *tm); /* { dg-message "moved to stack: malloc\\(56\\)" } */
  int r = -1;
  if (t && tm)
    {
      *t = 0;
      if (gmtime_r (t, tm) == tm)
	r = tm->tm_year + 1900;
      time (t);
    }
  free (tm);
  free (t);
  return r;
}

struct number
{
  double value;
  char point;
};

/* A constructor that reads the locale's decimal point.  */
__attribute__ ((noinline)) static struct number *
number_new (double v)
{
  struct number *n = malloc (sizeof *n); /* { dg-message "malloc\\(16\\) escapes to heap" } */
  if (!n)
    return NULL;
  n->value = v;
  n->point = *localeconv ()->decimal_point;
  return n;
}

__attribute__ ((noinline)) static int
point_is_dot (void)
{
  struct number *n = number_new (1.5); /* { dg-message "moved to stack: number_new\\(\\{constant\\}\\)" } */
  if (!n)
    return -1;
  int r = n->point == '.' && n->value == 1.5;
  free (n);
  return r;
}

__attribute__ ((noinline)) static int
closes (FILE *f) /* { dg-message "f does not escape" } */
{
  int *p = malloc (sizeof *p); /* { dg-message "moved to stack: malloc\\(4\\)" } */
  if (!p)
    return -1;
  *p = fclose (f);
  int r = *p;
  free (p);
  return r;
}

int
main (void)
{
  if (root_is_dir () != 1 || epoch_year () != 1970 || point_is_dot () != 1)
    abort ();
  if (env_set () < 0)
    abort ();
  FILE *f = fopen ("/dev/null", "r");
  if (!f || closes (f) != 0)
    abort ();
  return 0;
}
