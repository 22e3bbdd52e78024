/* allocators.c - the C library's allocators, and the user's.  */

#define _POSIX_C_SOURCE 200809L

#include <ctype.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "allocators.h"

static const esc_allocator table[] = {
  /* name     role          nargs size count align ptr family     movable zeroes attribute */
  { "malloc",  ESC_ROLE_ALLOC, 1,  0,  -1,  -1,  -1, ESC_FAMILY_LIBC, true,  false, false },
  { "calloc",  ESC_ROLE_ALLOC, 2,  1,   0,  -1,  -1, ESC_FAMILY_LIBC, true,  true, false },
  { "aligned_alloc", ESC_ROLE_ALLOC, 2, 1, -1, 0, -1, ESC_FAMILY_LIBC, true, false, false },
  { "strdup",  ESC_ROLE_ALLOC, 1, -1,  -1,  -1,  -1, ESC_FAMILY_LIBC, false, false, false },
  { "strndup", ESC_ROLE_ALLOC, 2, -1,  -1,  -1,  -1, ESC_FAMILY_LIBC, false, false, false },
  { "realloc", ESC_ROLE_REALLOC, 2, 1, -1,  -1,   0, ESC_FAMILY_LIBC, false, false, false },
  { "free",    ESC_ROLE_FREE,  1, -1,  -1,  -1,   0, ESC_FAMILY_LIBC, false, false, false },
};

const esc_allocator *
esc_allocator_lookup (const char *name)
{
  if (!name)
    return NULL;
  if (strncmp (name, "__builtin_", 10) == 0)
    name += 10;
  for (size_t i = 0; i < sizeof table / sizeof table[0]; i++)
    if (strcmp (table[i].name, name) == 0)
      return &table[i];
  return NULL;
}

/* Declarations, in a growing array: a handful per build.  */
static esc_allocator *declared;
static int ndeclared, declared_cap;
static char **families;		/* Family I + 1 is released by FAMILIES[I].  */
static int nfamilies;

int
esc_allocator_family (const char *key)
{
  for (int i = 0; key && i < nfamilies; i++)
    if (families[i] && strcmp (families[i], key) == 0)
      return i + 1;
  families = realloc (families, (size_t) (nfamilies + 1) * sizeof *families);
  if (!families)
    abort ();
  families[nfamilies] = key ? strdup (key) : NULL;
  return ++nfamilies;
}

const esc_allocator *
esc_allocator_declared (const char *name)
{
  for (int i = 0; name && i < ndeclared; i++)
    if (strcmp (declared[i].name, name) == 0)
      return &declared[i];
  return NULL;
}

const char *
esc_allocator_family_name (int family, int *arg)
{
  *arg = 0;
  if (family == ESC_FAMILY_LIBC)
    return "free";
  if (family < 1 || family > nfamilies || !families[family - 1])
    return NULL;
  /* Attribute families are keyed by their deallocator's name too, but
     only a declared one can be named by another declaration.  */
  const esc_allocator *d = esc_allocator_declared (families[family - 1]);
  if (!d || d->role != ESC_ROLE_FREE || d->family != family)
    return NULL;
  *arg = d->ptr_arg;
  return d->name;
}

void
esc_allocators_reset (void)
{
  for (int i = 0; i < ndeclared; i++)
    free ((char *) declared[i].name);
  free (declared);
  declared = NULL;
  ndeclared = declared_cap = 0;
  for (int i = 0; i < nfamilies; i++)
    free (families[i]);
  free (families);
  families = NULL;
  nfamilies = 0;
}

static bool
identifier (const char *s)
{
  if (!*s || isdigit ((unsigned char) *s))
    return false;
  for (; *s; s++)
    if (!isalnum ((unsigned char) *s) && *s != '_' && *s != '$')
      return false;
  return true;
}

/* A 1-based argument number up to 64, as a 0-based index.  */
static bool
arg_number (const char *s, int *out)
{
  if (!*s || *s == '0' || strlen (s) > 2)
    return false;
  for (const char *p = s; *p; p++)
    if (!isdigit ((unsigned char) *p))
      return false;
  int v = atoi (s);
  if (v < 1 || v > 64)
    return false;
  *out = v - 1;
  return true;
}

/* Add A, or check it equals the declaration already there.  */
static bool
add (const esc_allocator *a, char *err, size_t errlen)
{
  const esc_allocator *old = esc_allocator_declared (a->name);
  if (old)
    {
      if (old->role == a->role && old->size_arg == a->size_arg
	  && old->count_arg == a->count_arg && old->ptr_arg == a->ptr_arg
	  && old->family == a->family)
	return true;
      snprintf (err, errlen, "'%s' is declared twice, differently",
		a->name);
      return false;
    }
  if (ndeclared == declared_cap)
    {
      declared_cap = declared_cap ? 2 * declared_cap : 16;
      declared = realloc (declared, (size_t) declared_cap * sizeof *declared);
      if (!declared)
	abort ();
    }
  declared[ndeclared] = *a;
  declared[ndeclared].name = strdup (a->name);
  ndeclared++;
  return true;
}

bool
esc_allocator_declare (const char *entry, char *err, size_t errlen)
{
  char buf[512], *field[5];
  int n = 0;
  if (strlen (entry) >= sizeof buf)
    {
      snprintf (err, errlen, "allocator entry too long");
      return false;
    }
  strcpy (buf, entry);
  for (char *p = buf, *q; n < 5; p = q + 1)
    {
      field[n++] = p;
      if (!(q = strchr (p, ':')))
	break;
      *q = '\0';
    }
  const char *form = "expected NAME:SIZE_ARG[:FREE_NAME[:FREE_ARG]]";
  if (n < 2 || n > 4)
    {
      snprintf (err, errlen, "'%s': %s", entry, form);
      return false;
    }
  if (!identifier (field[0]))
    {
      snprintf (err, errlen, "'%s': '%s' is not a function or field name; "
		"%s", entry, field[0], form);
      return false;
    }
  /* Zeroed: what the allocator puts in its memory is unknown, and a slot
     holding stale bytes where it wrote zeros would change the program.  */
  esc_allocator a = { NULL, ESC_ROLE_ALLOC, -1, -1, -1, -1, -1, 0, true,
		      true, false };
  a.name = field[0];
  /* The C library's own functions keep their model: "free:1" would make
     free an allocator, and the transform hand it stack memory.  */
  if (esc_allocator_lookup (field[0]))
    {
      snprintf (err, errlen, "'%s': %s is the C library's; it cannot be "
		"declared", entry, field[0]);
      return false;
    }
  char *star = strchr (field[1], '*');
  size_t flen = strlen (field[1]);
  if (strcmp (field[1], "-") == 0)
    a.movable = false;
  else if (strncmp (field[1], "realloc(", 8) == 0 && flen > 9
	   && field[1][flen - 1] == ')')
    {
      /* realloc(P,N): grows or shrinks the block argument P points to
	 to N bytes, as realloc does.  */
      char text[sizeof buf];
      strcpy (text, field[1]);
      char *args = field[1] + 8, *comma = strchr (args, ',');
      field[1][flen - 1] = '\0';
      if (comma)
	*comma = '\0';
      if (!comma || !arg_number (args, &a.ptr_arg)
	  || !arg_number (comma + 1, &a.size_arg) || a.ptr_arg == a.size_arg)
	{
	  snprintf (err, errlen, "'%s': bad reallocation '%s' (expected "
		    "realloc(P,N) with argument numbers from 1 to 64: the "
		    "pointer and the new size)", entry, text);
	  return false;
	}
      a.role = ESC_ROLE_REALLOC;
      a.movable = a.zeroes = false;
    }
  else if (star)
    {
      *star = '\0';
      if (!arg_number (field[1], &a.count_arg)
	  || !arg_number (star + 1, &a.size_arg) || a.count_arg == a.size_arg)
	{
	  snprintf (err, errlen, "'%s': bad size '%s*%s' (expected N, N*M "
		    "with argument numbers from 1 to 64, realloc(P,N), or -)",
		    entry, field[1], star + 1);
	  return false;
	}
    }
  else if (!arg_number (field[1], &a.size_arg))
    {
      snprintf (err, errlen, "'%s': bad size '%s' (expected N, N*M with "
		"argument numbers from 1 to 64, realloc(P,N), or -)", entry,
		field[1]);
      return false;
    }
  esc_allocator f = { NULL, ESC_ROLE_FREE, -1, -1, -1, -1, 0, 0, false,
		      false, false };
  if (n >= 3)
    {
      if (!identifier (field[2]) || strcmp (field[2], field[0]) == 0)
	{
	  snprintf (err, errlen, "'%s': '%s' is not a deallocator name; %s",
		    entry, field[2], form);
	  return false;
	}
      if (n == 4 && !arg_number (field[3], &f.ptr_arg))
	{
	  snprintf (err, errlen, "'%s': bad pointer argument '%s' of %s "
		    "(expected a number from 1 to 64)", entry, field[3],
		    field[2]);
	  return false;
	}
      f.name = field[2];
      const esc_allocator *lib = esc_allocator_lookup (field[2]);
      if (lib && lib->role == ESC_ROLE_FREE && n == 3)
	{
	  /* "xmalloc:1:free": memory of the C library's family.  */
	  a.family = ESC_FAMILY_LIBC;
	  return add (&a, err, errlen);
	}
      if (lib)
	{
	  snprintf (err, errlen, "'%s': %s is the C library's; only free "
		    "(with its pointer as argument 1) can release a declared "
		    "allocator's memory", entry, field[2]);
	  return false;
	}
      const esc_allocator *old = esc_allocator_declared (field[2]);
      if (old && old->role != ESC_ROLE_FREE)
	{
	  snprintf (err, errlen, "'%s': %s is declared as an allocator",
		    entry, field[2]);
	  return false;
	}
      f.family = a.family = esc_allocator_family (field[2]);
    }
  else
    a.family = esc_allocator_family (NULL);
  const esc_allocator *old = esc_allocator_declared (a.name);
  if (old && old->role == ESC_ROLE_FREE)
    {
      snprintf (err, errlen, "'%s': %s is declared as a deallocator", entry,
		a.name);
      return false;
    }
  /* An allocator declared twice without a deallocator: the same family as
     before, or the check in add() would call the copies different.  */
  if (old && n < 3)
    a.family = old->family;
  if (!add (&a, err, errlen))
    return false;
  return n < 3 || add (&f, err, errlen);
}

bool
esc_allocators_load (const char *path, char *err, size_t errlen)
{
  FILE *fp = fopen (path, "r");
  if (!fp)
    {
      snprintf (err, errlen, "cannot read allocators file '%s': %s", path,
		strerror (errno));
      return false;
    }
  char line[600];
  int lineno = 0;
  bool ok = true;
  while (ok && fgets (line, sizeof line, fp))
    {
      lineno++;
      size_t len = strlen (line);
      if (len == sizeof line - 1 && line[len - 1] != '\n' && !feof (fp))
	{
	  snprintf (err, errlen, "%s:%d: line too long", path, lineno);
	  ok = false;
	  break;
	}
      char *hash = strchr (line, '#');
      if (hash)
	*hash = '\0';
      char *b = line, *e = line + strlen (line);
      while (*b && isspace ((unsigned char) *b))
	b++;
      while (e > b && isspace ((unsigned char) e[-1]))
	*--e = '\0';
      if (!*b)
	continue;
      char why[400];
      if (!esc_allocator_declare (b, why, sizeof why))
	{
	  snprintf (err, errlen, "%s:%d: %s", path, lineno, why);
	  ok = false;
	}
    }
  if (ok && ferror (fp))
    {
      snprintf (err, errlen, "cannot read allocators file '%s': %s", path,
		strerror (errno));
      ok = false;
    }
  fclose (fp);
  return ok;
}
