/* libc.c - the C library functions real code hands pointers to, written as
   summaries in the lattice's terms.

   Each entry names the parameters and lists its flows:
     ret=X      the result is X (a pointer into what X points to)
     ret=*X     the result is a pointer loaded from what X points to
     ret=?      the result may point to the library's own memory
     heap=X     X escapes;  heap=*X  what X points to escapes
     *X=Y       Y is stored into what X points to
     *X=*Y      the pointers in what Y points to are copied into what X
                points to (memcpy)
     *X=?       the library may store pointers of its own into what X
                points to (a FILE's buffers, fread's bytes)
     deep       the library writes through pointers it loads
   "..." names the variadic arguments.  A parameter not mentioned neither
   escapes nor is stored anywhere: the function only reads through it.
   free and realloc are not here: they end and make allocation sites
   (allocators.c).  */

#include <stdlib.h>
#include <string.h>
#include "graph-impl.h"
#include "summary.h"

typedef struct libc_entry
{
  const char *name;
  const char *params;
  const char *flows;
} libc_entry;

static const libc_entry table[] = {
  /* Memory and strings.  */
  { "memcpy", "dst src n", "ret=dst *dst=*src" },
  { "memmove", "dst src n", "ret=dst *dst=*src" },
  { "mempcpy", "dst src n", "ret=dst *dst=*src" },
  { "memset", "s c n", "ret=s" },
  { "memcmp", "a b n", "" },
  { "bcmp", "a b n", "" },
  { "memchr", "s c n", "ret=s" },
  { "memrchr", "s c n", "ret=s" },
  { "strlen", "s", "" },
  { "strnlen", "s n", "" },
  { "strcmp", "a b", "" },
  { "strncmp", "a b n", "" },
  { "strcasecmp", "a b", "" },
  { "strncasecmp", "a b n", "" },
  { "strcoll", "a b", "" },
  { "strchr", "s c", "ret=s" },
  { "strrchr", "s c", "ret=s" },
  { "strchrnul", "s c", "ret=s" },
  { "strstr", "haystack needle", "ret=haystack" },
  { "strpbrk", "s accept", "ret=s" },
  { "strspn", "s accept", "" },
  { "strcspn", "s reject", "" },
  { "strcpy", "dst src", "ret=dst *dst=*src" },
  { "stpcpy", "dst src", "ret=dst *dst=*src" },
  { "strncpy", "dst src n", "ret=dst *dst=*src" },
  { "stpncpy", "dst src n", "ret=dst *dst=*src" },
  { "strcat", "dst src", "ret=dst *dst=*src" },
  { "strncat", "dst src n", "ret=dst *dst=*src" },
  /* strtok keeps its string for the next call, which returns into it
     (strtok (NULL, ...)); strtok_r keeps it in *saveptr.  */
  { "strtok", "s delim", "ret=s ret=? heap=s" },
  { "strtok_r", "s delim saveptr", "ret=s ret=*saveptr *saveptr=s" },
  /* Formatted output reads its arguments; %n writes an int.  When the
     format may print a pointer with %p (text that can be scanned back into
     the pointer), or is not a literal, the printed arguments escape: see
     build-graph.cc.  */
  { "printf", "fmt ...", "" },
  { "fprintf", "stream fmt ...", "*stream=?" },
  { "dprintf", "fd fmt ...", "" },
  { "sprintf", "buf fmt ...", "*buf=*fmt *buf=*..." },
  { "snprintf", "buf n fmt ...", "*buf=*fmt *buf=*..." },
  { "vprintf", "fmt ap", "" },
  { "vfprintf", "stream fmt ap", "*stream=?" },
  { "vsprintf", "buf fmt ap", "*buf=*fmt *buf=?" },
  { "vsnprintf", "buf n fmt ap", "*buf=*fmt *buf=?" },
  { "puts", "s", "" },
  { "fputs", "s stream", "*stream=?" },
  { "putc", "c stream", "*stream=?" },
  { "fputc", "c stream", "*stream=?" },
  { "fflush", "stream", "*stream=?" },
  /* Binary output can be read back as pointers: what it writes escapes.  */
  { "fwrite", "ptr size n stream", "heap=*ptr *stream=?" },
  { "fread", "ptr size n stream", "*ptr=? *stream=?" },
  { "fgets", "s n stream", "ret=s *s=? *stream=?" },
  { "getc", "stream", "*stream=?" },
  { "fgetc", "stream", "*stream=?" },
  /* Conversions: endptr receives a pointer into the string.  */
  { "strtol", "nptr endptr base", "*endptr=nptr" },
  { "strtoul", "nptr endptr base", "*endptr=nptr" },
  { "strtoll", "nptr endptr base", "*endptr=nptr" },
  { "strtoull", "nptr endptr base", "*endptr=nptr" },
  { "strtoimax", "nptr endptr base", "*endptr=nptr" },
  { "strtoumax", "nptr endptr base", "*endptr=nptr" },
  { "strtod", "nptr endptr", "*endptr=nptr" },
  { "strtof", "nptr endptr", "*endptr=nptr" },
  { "strtold", "nptr endptr", "*endptr=nptr" },
  { "atoi", "s", "" },
  { "atol", "s", "" },
  { "atoll", "s", "" },
  { "atof", "s", "" },
  /* The comparator is a function pointer we cannot see: it gets pointers
     into both arrays, and qsort moves the elements around.  */
  { "qsort", "base n size cmp", "heap=base *base=*base" },
  { "bsearch", "key base n size cmp", "heap=key heap=base ret=base" },
  /* Threads and exit handlers keep their argument.  */
  { "pthread_create", "thread attr start arg", "heap=arg *thread=?" },
  { "atexit", "fn", "" },
  { "on_exit", "fn arg", "heap=arg" },
  /* _FORTIFY_SOURCE's checking forms take the object size last.  */
  { "__memcpy_chk", "dst src n dstlen", "ret=dst *dst=*src" },
  { "__memmove_chk", "dst src n dstlen", "ret=dst *dst=*src" },
  { "__mempcpy_chk", "dst src n dstlen", "ret=dst *dst=*src" },
  { "__memset_chk", "s c n dstlen", "ret=s" },
  { "__strcpy_chk", "dst src dstlen", "ret=dst *dst=*src" },
  { "__stpcpy_chk", "dst src dstlen", "ret=dst *dst=*src" },
  { "__strncpy_chk", "dst src n dstlen", "ret=dst *dst=*src" },
  { "__strcat_chk", "dst src dstlen", "ret=dst *dst=*src" },
  { "__strncat_chk", "dst src n dstlen", "ret=dst *dst=*src" },
  { "__printf_chk", "flag fmt ...", "" },
  { "__fprintf_chk", "stream flag fmt ...", "*stream=?" },
  { "__sprintf_chk", "buf flag len fmt ...", "*buf=*fmt *buf=*..." },
  { "__snprintf_chk", "buf n flag len fmt ...", "*buf=*fmt *buf=*..." },
  { "__vsnprintf_chk", "buf n flag len fmt ap", "*buf=*fmt *buf=?" },
  /* Threads: attributes and mutexes hold no pointers of ours.  */
  { "pthread_attr_init", "attr", "" },
  { "pthread_attr_destroy", "attr", "" },
  { "pthread_mutex_init", "m attr", "" },
  { "pthread_mutex_destroy", "m", "" },
  { "pthread_mutex_lock", "m", "" },
  { "pthread_mutex_unlock", "m", "" },
  { "pthread_join", "thread retval", "*retval=?" },
  /* Odds and ends real code calls with malloc'd pointers.  */
  { "perror", "s", "" },
  { "abort", "", "" },
  { "exit", "status", "" },
  { "__assert_fail", "expr file line fn", "" },
  { "__ctype_b_loc", "", "ret=?" },
  { "__ctype_tolower_loc", "", "ret=?" },
  { "__ctype_toupper_loc", "", "ret=?" },
  { "__errno_location", "", "ret=?" },
};

#define NENTRIES (sizeof table / sizeof table[0])

static esc_summary *parsed[NENTRIES];

/* Index of parameter NAME (of LEN chars) in PARAMS; NPARAMS for "...".  */
static int
param_index (const char *params, const char *name, size_t len, int nparams)
{
  if (len == 3 && strncmp (name, "...", 3) == 0)
    return nparams;
  int i = 0;
  for (const char *p = params; *p;)
    {
      size_t n = strcspn (p, " ");
      if (n == len && strncmp (p, name, len) == 0)
	return i;
      i++;
      p += n;
      while (*p == ' ')
	p++;
    }
  abort ();			/* A typo in the table.  */
}

/* One operand: "X", "*X" or "?".  Sets *DEREFS (0, 1) and returns the
   parameter index, NPARAMS for varargs, -1 for "?".  */
static int
operand (const libc_entry *e, const char *s, size_t len, int nparams,
	 int *derefs)
{
  *derefs = 0;
  if (len == 1 && s[0] == '?')
    return -1;
  if (s[0] == '*')
    {
      *derefs = 1;
      s++, len--;
    }
  return param_index (e->params, s, len, nparams);
}

static esc_summary *
parse (const libc_entry *e)
{
  int nparams = 0;
  for (const char *p = e->params; *p;)
    {
      size_t n = strcspn (p, " ");
      if (!(n == 3 && strncmp (p, "...", 3) == 0))
	nparams++;
      p += n;
      while (*p == ' ')
	p++;
    }
  esc_summary *s = esc_summary_new (e->name, nparams);
  int i = 0;
  for (const char *p = e->params; *p && i < nparams; i++)
    {
      size_t n = strcspn (p, " ");
      free (s->param_names[i]);
      s->param_names[i] = esc_xrealloc (NULL, n + 1);
      memcpy (s->param_names[i], p, n);
      s->param_names[i][n] = '\0';
      p += n;
      while (*p == ' ')
	p++;
    }
  for (const char *f = e->flows; *f;)
    {
      size_t n = strcspn (f, " ");
      const char *eq = memchr (f, '=', n);
      if (n == 4 && strncmp (f, "deep", 4) == 0)
	s->writes_deep = true;
      else if (eq)
	{
	  size_t ln = (size_t) (eq - f), rn = n - ln - 1;
	  int rd, r = operand (e, eq + 1, rn, nparams, &rd);
	  if (ln == 3 && strncmp (f, "ret", 3) == 0)
	    {
	      if (r < 0)
		s->result_foreign = true;
	      else
		{
		  s->leaks[r].result = rd;
		  s->leaks[r].result_levels |= 1u << rd;
		}
	    }
	  else if (ln >= 4 && strncmp (f, "heap", 4) == 0)
	    {
	      if (r == nparams)
		s->vararg_heap = rd;
	      else
		s->leaks[r].heap = rd;
	    }
	  else if (f[0] == '*')
	    {
	      int ld, l = operand (e, f, ln, nparams, &ld);
	      if (r < 0 && l == nparams)
		s->vararg_foreign = true;
	      else if (r < 0)
		s->content_foreign[l] = true;
	      else if (r == nparams)
		{
		  s->vararg_into = l;
		  s->vararg_into_derefs = rd;
		}
	      else
		{
		  s->leaks[r].content[l] = rd;
		  s->leaks[r].content_levels[l] |= 1u << rd;
		}
	    }
	}
      f += n;
      while (*f == ' ')
	f++;
    }
  return s;
}

const esc_summary *
esc_libc_summary (const char *name)
{
  if (!name)
    return NULL;
  if (strncmp (name, "__builtin_", 10) == 0)
    name += 10;
  for (size_t i = 0; i < NENTRIES; i++)
    if (strcmp (table[i].name, name) == 0)
      {
	if (!parsed[i])
	  parsed[i] = parse (&table[i]);
	return parsed[i];
      }
  return NULL;
}
