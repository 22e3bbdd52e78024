/* util.c - memory, strings and paths for escape-report.  */

#define _XOPEN_SOURCE 700
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <unistd.h>
#include "report.h"

static void
out_of_memory (void)
{
  fputs ("escape-report: out of memory\n", stderr);
  exit (2);
}

void *
esr_xmalloc (size_t n)
{
  void *p = malloc (n ? n : 1);
  if (!p)
    out_of_memory ();
  return p;
}

void *
esr_xrealloc (void *p, size_t n)
{
  p = realloc (p, n ? n : 1);
  if (!p)
    out_of_memory ();
  return p;
}

char *
esr_xstrdup (const char *s)
{
  size_t n = strlen (s) + 1;
  return memcpy (esr_xmalloc (n), s, n);
}

char *
esr_xvasprintf (const char *fmt, va_list ap)
{
  va_list aq;
  va_copy (aq, ap);
  int n = vsnprintf (NULL, 0, fmt, aq);
  va_end (aq);
  if (n < 0)
    out_of_memory ();
  char *s = esr_xmalloc ((size_t) n + 1);
  vsnprintf (s, (size_t) n + 1, fmt, ap);
  return s;
}

char *
esr_xasprintf (const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  char *s = esr_xvasprintf (fmt, ap);
  va_end (ap);
  return s;
}

void
esr_buf_add (struct esr_buf *b, const char *s)
{
  size_t n = strlen (s);
  if (b->len + n + 1 > b->cap)
    {
      b->cap = (b->len + n + 1) * 2;
      b->s = esr_xrealloc (b->s, b->cap);
    }
  memcpy (b->s + b->len, s, n + 1);
  b->len += n;
}

void
esr_buf_printf (struct esr_buf *b, const char *fmt, ...)
{
  va_list ap;
  va_start (ap, fmt);
  char *s = esr_xvasprintf (fmt, ap);
  va_end (ap);
  esr_buf_add (b, s);
  free (s);
}

int
esr_strcmp_null (const char *a, const char *b)
{
  if (!a || !b)
    return (a != NULL) - (b != NULL);
  return strcmp (a, b);
}

/* PATH without "." segments, repeated slashes and a trailing slash, with
   "dir/.." folded away where a named directory precedes it.  */
static char *
normalize (const char *path)
{
  size_t n = strlen (path);
  char *out = esr_xmalloc (n + 2);
  size_t len = 0;
  int absolute = path[0] == '/';
  if (absolute)
    out[len++] = '/';
  /* Start of each kept segment, to drop one on "..".  */
  size_t *starts = esr_xmalloc ((n + 1) * sizeof *starts);
  int nseg = 0, fixed = 0;	/* leading ".." segments are fixed */
  const char *p = path;
  while (*p)
    {
      while (*p == '/')
	p++;
      if (!*p)
	break;
      const char *e = strchr (p, '/');
      size_t sl = e ? (size_t) (e - p) : strlen (p);
      if (sl == 1 && p[0] == '.')
	;
      else if (sl == 2 && p[0] == '.' && p[1] == '.' && nseg > fixed)
	{
	  len = starts[--nseg];
	  if (len > (size_t) absolute)
	    len--;		/* the slash before it */
	}
      else if (sl == 2 && p[0] == '.' && p[1] == '.' && absolute)
	;			/* "/.." is "/" */
      else
	{
	  if (len > (size_t) absolute)
	    out[len++] = '/';
	  starts[nseg++] = len;
	  if (sl == 2 && p[0] == '.' && p[1] == '.')
	    fixed = nseg;
	  memcpy (out + len, p, sl);
	  len += sl;
	}
      p += sl;
    }
  free (starts);
  if (len == 0)
    out[len++] = '.';
  out[len] = 0;
  return out;
}

/* If PATH is ROOT or below it, the rest ("" for ROOT itself).  */
static const char *
below_root (const char *path, const char *root)
{
  size_t n = strlen (root);
  if (strcmp (root, "/") == 0)
    return path[0] == '/' ? path + 1 : NULL;
  if (strncmp (path, root, n) != 0)
    return NULL;
  if (path[n] == '/')
    return path + n + 1;
  return NULL;
}

static char *
absolute (const char *path)
{
  if (path[0] == '/')
    return normalize (path);
  char cwd[PATH_MAX];
  if (!getcwd (cwd, sizeof cwd))
    return normalize (path);
  char *joined = esr_xasprintf ("%s/%s", cwd, path);
  char *r = normalize (joined);
  free (joined);
  return r;
}

char *
esr_display_path (const struct esr_options *opt, const char *file,
		  int *below)
{
  char *nf = normalize (file);
  if (below)
    *below = 0;
  const char *root = esr_srcroot (opt);
  char *nr = normalize (root);
  const char *rest = NULL;
  char *result = NULL;
  if (strcmp (nr, ".") == 0)
    {
      if (nf[0] != '/' && strncmp (nf, "../", 3) != 0 && strcmp (nf, "..")
	  != 0)
	rest = nf;
    }
  else if (nf[0] == '/' ? nr[0] == '/' : nr[0] != '/')
    rest = below_root (nf, nr);
  if (rest && *rest)
    result = esr_xstrdup (rest);
  else
    {
      /* Compare absolute paths, the root's with symbolic links resolved
	 as well as without.  */
      char *af = absolute (nf), *ar = absolute (nr);
      char *rr = realpath (root, NULL);
      char *rf = realpath (nf, NULL);
      const char *tries[4][2] = { { af, ar }, { af, rr }, { rf, rr },
				  { rf, ar } };
      for (int i = 0; i < 4 && !result; i++)
	if (tries[i][0] && tries[i][1])
	  {
	    const char *r = below_root (tries[i][0], tries[i][1]);
	    if (r && *r)
	      result = esr_xstrdup (r);
	  }
      free (af);
      free (ar);
      free (rr);
      free (rf);
    }
  free (nr);
  if (result)
    {
      free (nf);
      if (below)
	*below = 1;
      return result;
    }
  return nf;
}

char *
esr_dirname (const char *path)
{
  const char *slash = strrchr (path, '/');
  if (!slash)
    return esr_xstrdup (".");
  if (slash == path)
    return esr_xstrdup ("/");
  size_t n = (size_t) (slash - path);
  char *d = esr_xmalloc (n + 1);
  memcpy (d, path, n);
  d[n] = 0;
  return d;
}

const char *
esr_srcroot (const struct esr_options *opt)
{
  return opt && opt->srcroot ? opt->srcroot : ".";
}

char *
esr_srcroot_uri (const struct esr_options *opt)
{
  char *a = absolute (esr_srcroot (opt));
  char *u = esr_xasprintf ("%s%s", a, strcmp (a, "/") ? "/" : "");
  free (a);
  return u;
}

char *
esr_resolve (const char *dir, const char *file)
{
  if (!dir || file[0] == '/')
    return esr_xstrdup (file);
  char *joined = esr_xasprintf ("%s/%s", dir, file);
  char *r = normalize (joined);
  free (joined);
  return r;
}

char *
esr_unit_name (const struct esr_options *opt, const struct esr_unit *u)
{
  return u->source ? esr_display_path (opt, u->source, NULL)
    : esr_xstrdup (u->name);
}

int
esr_http_uri (const char *s)
{
  const char *p;
  if (strncasecmp (s, "http://", 7) == 0)
    p = s + 7;
  else if (strncasecmp (s, "https://", 8) == 0)
    p = s + 8;
  else
    return 0;
  /* A host: the authority is not empty.  */
  if (!*p || strchr ("/?#:@", *p))
    return 0;
  for (; *p; p++)
    {
      unsigned char c = (unsigned char) *p;
      if (c == '%')
	{
	  if (!isxdigit ((unsigned char) p[1])
	      || !isxdigit ((unsigned char) p[2]))
	    return 0;
	  p += 2;
	}
      else if (!isalnum (c) && !strchr ("-._~:/?#[]@!$&'()*+,;=", c))
	return 0;
    }
  return 1;
}

char *
esr_source_line (const char *file, long long line)
{
  FILE *f = fopen (file, "r");
  if (!f)
    return NULL;
  char *text = NULL, *r = NULL;
  size_t cap = 0;
  long long k = 0;
  ssize_t n;
  while ((n = getline (&text, &cap, f)) >= 0)
    if (++k == line)
      {
	while (n > 0 && (text[n - 1] == '\n' || text[n - 1] == '\r'))
	  text[--n] = 0;
	r = esr_xstrdup (text);
	break;
      }
  free (text);
  fclose (f);
  return r;
}
