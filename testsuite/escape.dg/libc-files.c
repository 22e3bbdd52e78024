/* More of the C library that reads strings as data and writes numbers
   (core/libc.c): directory streams, temporary files, links and times of
   files by name, resource usage, signal sets.  What they are handed stays
   local, and the functions calling them are not re-entered.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <dirent.h>
#include <pwd.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <unistd.h>
#include <utime.h>

int
entries (void)
{
  char *path = malloc (2); /* { dg-message "malloc\\(2\\) does not escape" } */
  if (!path)
    return -1;
  strcpy (path, "/");
  int n = 0;
  DIR *d = opendir (path);
  if (d)
    {
      while (readdir (d))
	n++;
      closedir (d);
    }
  free (path);
  return n;
}

int
temp (void)
{
  char *name = malloc (32); /* { dg-message "malloc\\(32\\) does not escape" } */
  if (!name)
    return -1;
  strcpy (name, "/tmp/escape-XXXXXX");
  int fd = mkstemp (name);
  if (fd >= 0)
    {
      fsync (fd);
      ftruncate (fd, 0);
      symlink (name, name);
      utimes (name, NULL);
      close (fd);
      unlink (name);
    }
  free (name);
  return fd >= 0;
}

long
usage (void)
{
  struct rusage *u = malloc (sizeof *u); /* { dg-message "malloc\\(\[0-9\]+\\) does not escape" } */
  sigset_t *set = malloc (sizeof *set); /* { dg-message "malloc\\(128\\) does not escape" } */
  long r = -1;
  if (u && set && getrusage (RUSAGE_SELF, u) == 0)
    {
      sigemptyset (set);
      sigaddset (set, SIGINT);
      r = u->ru_maxrss + sigismember (set, SIGINT);
    }
  free (set);
  free (u);
  return r;
}

int
user (const char *name) /* { dg-message "name does not escape" } */
{
  struct passwd *p = getpwnam (name);
  return p ? (int) p->pw_uid : -1;
}
