/* POSIX I/O on descriptors, as the C library's stdio: read and pread fill
   a buffer with bytes (which hold no pointer of ours), write and pwrite
   read it as data (what it holds is exposed: binary output can be read
   back), open and readlink read a path, getcwd and realpath return their
   buffer or memory of their own.  */
/* { dg-do compile } */
/* { dg-options "-fplugin-arg-escape-m" } */
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <unistd.h>

long
copy_file (const char *from, int out) /* { dg-message "^from does not escape$" } */
{
  int fd = open (from, O_RDONLY);
  if (fd < 0)
    return -1;
  char *buf = malloc (4096); /* { dg-message "^malloc\\(4096\\) does not escape$" } */
  long total = 0;
  ssize_t n;
  while (buf && (n = read (fd, buf, 4096)) > 0)
    {
      if (write (out, buf, (size_t) n) != n)
	break;
      total += n;
    }
  if (buf && pread (fd, buf, 16, 0) > 0 && pwrite (out, buf, 16, 0) < 0)
    total = -1;
  free (buf);
  close (fd);
  return total;
}

/* The pointers a buffer holds are exposed by write: they escape.  */
void
dump_pointers (int out, int n)
{
  char **table = malloc (4 * sizeof (char *)); /* { dg-message "^malloc\\(32\\) does not escape$" } */
  if (!table)
    return;
  for (int i = 0; i < 4; i++)
    table[i] = malloc (n); /* { dg-message "^malloc\\(n\\) escapes to heap$" } */
  write (out, table, 4 * sizeof (char *));
  for (int i = 0; i < 4; i++)
    free (table[i]);
  free (table);
}

long
link_length (const char *path) /* { dg-message "^path does not escape$" } */
{
  char *target = malloc (PATH_MAX); /* { dg-message "^malloc\\(4096\\) does not escape$" } */
  if (!target)
    return -1;
  ssize_t n = readlink (path, target, PATH_MAX);
  free (target);
  return n;
}

char *
where (char *buf, size_t size) /* { dg-message "^leaking param: buf to result$" } */
{
  return getcwd (buf, size);
}

char *
resolve (const char *path, char *out) /* { dg-message "^path does not escape$" } */
/* { dg-message "^leaking param: out to result$" "" { target *-*-* } .-1 } */
{
  return realpath (path, out);
}

int
cwd_length (void)
{
  char *buf = malloc (PATH_MAX); /* { dg-message "^malloc\\(4096\\) does not escape$" } */
  if (!buf)
    return -1;
  int n = getcwd (buf, PATH_MAX) ? 1 : 0;
  free (buf);
  return n;
}
