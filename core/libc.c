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
     bytes=X    the library reads what X points to as data (characters,
                numbers): pointers kept there are exposed (esc_bytes_read)
   "..." names the variadic arguments, or, for a function with a
   parameter named "ap", what that va_list holds; a parameter named "fmt"
   is the format they are printed under.  A parameter not mentioned neither
   escapes, nor is stored anywhere, nor has its memory read as data.
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
  { "memcmp", "a b n", "bytes=a bytes=b" },
  { "bcmp", "a b n", "bytes=a bytes=b" },
  { "memchr", "s c n", "ret=s bytes=s" },
  { "memrchr", "s c n", "ret=s bytes=s" },
  { "strlen", "s", "bytes=s" },
  { "strnlen", "s n", "bytes=s" },
  { "strcmp", "a b", "bytes=a bytes=b" },
  { "strncmp", "a b n", "bytes=a bytes=b" },
  { "strcasecmp", "a b", "bytes=a bytes=b" },
  { "strncasecmp", "a b n", "bytes=a bytes=b" },
  { "strcoll", "a b", "bytes=a bytes=b" },
  { "strchr", "s c", "ret=s bytes=s" },
  { "strrchr", "s c", "ret=s bytes=s" },
  { "strchrnul", "s c", "ret=s bytes=s" },
  { "strstr", "haystack needle", "ret=haystack bytes=haystack bytes=needle" },
  { "strpbrk", "s accept", "ret=s bytes=s bytes=accept" },
  { "strspn", "s accept", "bytes=s bytes=accept" },
  { "strcspn", "s reject", "bytes=s bytes=reject" },
  { "strcpy", "dst src", "ret=dst *dst=*src bytes=src" },
  { "stpcpy", "dst src", "ret=dst *dst=*src bytes=src" },
  { "strncpy", "dst src n", "ret=dst *dst=*src bytes=src" },
  { "stpncpy", "dst src n", "ret=dst *dst=*src bytes=src" },
  { "strcat", "dst src", "ret=dst *dst=*src bytes=dst bytes=src" },
  { "strncat", "dst src n", "ret=dst *dst=*src bytes=dst bytes=src" },
  /* strtok keeps its string for the next call, which returns into it
     (strtok (NULL, ...)); strtok_r keeps it in *saveptr.  */
  { "strtok", "s delim", "ret=s ret=? heap=s bytes=delim" },
  { "strtok_r", "s delim saveptr", "ret=s ret=*saveptr *saveptr=s bytes=s bytes=*saveptr bytes=delim" },
  /* Formatted output reads its arguments; %n writes an int (no pointer)
     through one.  The arguments are printed under the format "fmt"
     (esc_summary.vararg_format): when it may print a pointer with %p (text
     that can be scanned back into the pointer), or is not a literal, they
     escape (passes/call-kind.cc, format_of).  The v* forms print from the
     va_list "ap", which holds their caller's varargs: "..." names those.
     (Into the buffer they copy characters of the arguments' strings,
     "*buf=*..."; the v* forms leave that out, their "*buf=?" covering it:
     what those strings hold is read as data, which makes it escape, and
     an object that escapes is the heap's.)  */
  { "printf", "fmt ...", "bytes=fmt bytes=..." },
  { "fprintf", "stream fmt ...", "*stream=? bytes=fmt bytes=..." },
  { "dprintf", "fd fmt ...", "bytes=fmt bytes=..." },
  { "sprintf", "buf fmt ...", "*buf=*fmt *buf=*... *buf=? bytes=fmt bytes=..." },
  { "snprintf", "buf n fmt ...", "*buf=*fmt *buf=*... *buf=? bytes=fmt bytes=..." },
  { "vprintf", "fmt ap", "bytes=fmt bytes=..." },
  { "vfprintf", "stream fmt ap", "*stream=? bytes=fmt bytes=..." },
  { "vdprintf", "fd fmt ap", "bytes=fmt bytes=..." },
  { "vsprintf", "buf fmt ap", "*buf=*fmt *buf=? bytes=fmt bytes=..." },
  { "vsnprintf", "buf n fmt ap", "*buf=*fmt *buf=? bytes=fmt bytes=..." },
  { "puts", "s", "bytes=s" },
  { "fputs", "s stream", "*stream=? bytes=s" },
  { "putc", "c stream", "*stream=?" },
  { "fputc", "c stream", "*stream=?" },
  { "fflush", "stream", "*stream=?" },
  /* Binary output can be read back as pointers: what it writes escapes.  */
  { "fwrite", "ptr size n stream", "bytes=ptr *stream=?" },
  { "fread", "ptr size n stream", "*ptr=? *stream=?" },
  { "fgets", "s n stream", "ret=s *s=? *stream=?" },
  /* POSIX I/O on descriptors: as fread and fwrite.  getcwd and realpath
     return their buffer or, given NULL, memory of their own.  */
  { "read", "fd buf n", "*buf=?" },
  { "pread", "fd buf n off", "*buf=?" },
  { "pread64", "fd buf n off", "*buf=?" },
  { "write", "fd buf n", "bytes=buf" },
  { "pwrite", "fd buf n off", "bytes=buf" },
  { "pwrite64", "fd buf n off", "bytes=buf" },
  { "open", "path flags ...", "bytes=path" },
  { "open64", "path flags ...", "bytes=path" },
  { "close", "fd", "" },
  { "getcwd", "buf size", "ret=buf ret=? *buf=?" },
  { "realpath", "path resolved", "ret=resolved ret=? *resolved=? bytes=path" },
  { "readlink", "path buf n", "*buf=? bytes=path" },
  { "getc", "stream", "*stream=?" },
  { "fgetc", "stream", "*stream=?" },
  /* Conversions: endptr receives a pointer into the string.  */
  { "strtol", "nptr endptr base", "*endptr=nptr bytes=nptr" },
  { "strtoul", "nptr endptr base", "*endptr=nptr bytes=nptr" },
  { "strtoll", "nptr endptr base", "*endptr=nptr bytes=nptr" },
  { "strtoull", "nptr endptr base", "*endptr=nptr bytes=nptr" },
  { "strtoimax", "nptr endptr base", "*endptr=nptr bytes=nptr" },
  { "strtoumax", "nptr endptr base", "*endptr=nptr bytes=nptr" },
  { "strtod", "nptr endptr", "*endptr=nptr bytes=nptr" },
  { "strtof", "nptr endptr", "*endptr=nptr bytes=nptr" },
  { "strtold", "nptr endptr", "*endptr=nptr bytes=nptr" },
  { "atoi", "s", "bytes=s" },
  { "atol", "s", "bytes=s" },
  { "atoll", "s", "bytes=s" },
  { "atof", "s", "bytes=s" },
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
  { "__strcpy_chk", "dst src dstlen", "ret=dst *dst=*src bytes=src" },
  { "__stpcpy_chk", "dst src dstlen", "ret=dst *dst=*src bytes=src" },
  { "__strncpy_chk", "dst src n dstlen", "ret=dst *dst=*src bytes=src" },
  { "__strcat_chk", "dst src dstlen", "ret=dst *dst=*src bytes=dst bytes=src" },
  { "__strncat_chk", "dst src n dstlen", "ret=dst *dst=*src bytes=dst bytes=src" },
  { "__printf_chk", "flag fmt ...", "bytes=fmt bytes=..." },
  { "__fprintf_chk", "stream flag fmt ...", "*stream=? bytes=fmt bytes=..." },
  { "__sprintf_chk", "buf flag len fmt ...", "*buf=*fmt *buf=*... *buf=? bytes=fmt bytes=..." },
  { "__snprintf_chk", "buf n flag len fmt ...", "*buf=*fmt *buf=*... *buf=? bytes=fmt bytes=..." },
  { "__vprintf_chk", "flag fmt ap", "bytes=fmt bytes=..." },
  { "__vfprintf_chk", "stream flag fmt ap", "*stream=? bytes=fmt bytes=..." },
  { "__vsprintf_chk", "buf flag len fmt ap", "*buf=*fmt *buf=? bytes=fmt bytes=..." },
  { "__vsnprintf_chk", "buf n flag len fmt ap", "*buf=*fmt *buf=? bytes=fmt bytes=..." },
  /* Threads: attributes and mutexes hold no pointers of ours.  */
  { "pthread_attr_init", "attr", "" },
  { "pthread_attr_destroy", "attr", "" },
  { "pthread_mutex_init", "m attr", "" },
  { "pthread_mutex_destroy", "m", "" },
  { "pthread_mutex_lock", "m", "" },
  { "pthread_mutex_unlock", "m", "" },
  { "pthread_join", "thread retval", "*retval=?" },
  /* The locale, the environment, errors, time and the process: results
     in the library's own memory, numbers written into the caller's; none
     of these calls back into the program.  */
  { "localeconv", "", "ret=?" },
  { "setlocale", "category locale", "ret=? bytes=locale" },
  { "nl_langinfo", "item", "ret=?" },
  { "getenv", "name", "ret=? bytes=name" },
  { "secure_getenv", "name", "ret=? bytes=name" },
  { "strerror", "errnum", "ret=?" },
  { "time", "t", "" },
  { "clock", "", "" },
  { "difftime", "a b", "" },
  { "gettimeofday", "tv tz", "" },
  { "clock_gettime", "clk ts", "" },
  { "nanosleep", "req rem", "bytes=req" },
  { "sleep", "seconds", "" },
  { "usleep", "usec", "" },
  /* A broken-down time names its zone with a string of the library's.  */
  { "localtime", "t", "ret=? bytes=t" },
  { "gmtime", "t", "ret=? bytes=t" },
  { "localtime_r", "t tm", "ret=tm *tm=? bytes=t" },
  { "gmtime_r", "t tm", "ret=tm *tm=? bytes=t" },
  { "mktime", "tm", "*tm=? bytes=tm" },
  { "strftime", "s max fmt tm", "bytes=fmt bytes=tm" },
  { "getpid", "", "" },
  { "getppid", "", "" },
  { "getuid", "", "" },
  { "geteuid", "", "" },
  { "getgid", "", "" },
  { "getegid", "", "" },
  { "sysconf", "name", "" },
  { "isatty", "fd", "" },
  { "rand", "", "" },
  { "srand", "seed", "" },
  { "random", "", "" },
  { "srandom", "seed", "" },
  /* Files by name and descriptor: a stat buffer gets numbers.  */
  { "stat", "path buf", "bytes=path" },
  { "lstat", "path buf", "bytes=path" },
  { "fstat", "fd buf", "" },
  { "stat64", "path buf", "bytes=path" },
  { "lstat64", "path buf", "bytes=path" },
  { "fstat64", "fd buf", "" },
  { "access", "path mode", "bytes=path" },
  { "unlink", "path", "bytes=path" },
  { "rmdir", "path", "bytes=path" },
  { "mkdir", "path mode", "bytes=path" },
  { "chdir", "path", "bytes=path" },
  { "chmod", "path mode", "bytes=path" },
  { "remove", "path", "bytes=path" },
  { "rename", "from to", "bytes=from bytes=to" },
  { "lseek", "fd off whence", "" },
  { "lseek64", "fd off whence", "" },
  /* Streams opened, and their state read: no callback runs (a
     fopencookie stream's functions run on its I/O, seeking and closing:
     those calls stay in calls_back below).  */
  { "fopen", "path mode", "ret=? bytes=path bytes=mode" },
  { "fopen64", "path mode", "ret=? bytes=path bytes=mode" },
  { "fdopen", "fd mode", "ret=? bytes=mode" },
  { "fileno", "stream", "" },
  { "ferror", "stream", "" },
  { "feof", "stream", "" },
  { "clearerr", "stream", "" },
  { "fclose", "stream", "" },
  { "fchmod", "fd mode", "" },
  { "fchown", "fd uid gid", "" },
  { "ftruncate", "fd len", "" },
  { "ftruncate64", "fd len", "" },
  { "fsync", "fd", "" },
  { "symlink", "target path", "bytes=target bytes=path" },
  { "utime", "path times", "bytes=path bytes=times" },
  { "utimes", "path times", "bytes=path bytes=times" },
  { "mkstemp", "template", "bytes=template" },
  { "mkstemp64", "template", "bytes=template" },
  { "tmpfile", "", "ret=?" },
  { "tmpfile64", "", "ret=?" },
  /* Directory streams have no callbacks; entries are the library's.  */
  { "opendir", "path", "ret=? bytes=path" },
  { "fdopendir", "fd", "ret=?" },
  { "readdir", "dir", "ret=?" },
  { "readdir64", "dir", "ret=?" },
  { "closedir", "dir", "" },
  { "getpwuid", "uid", "ret=?" },
  { "getpwnam", "name", "ret=? bytes=name" },
  { "getrusage", "who usage", "" },
  /* Signal sets are bit masks (a handler is registered by sigaction and
     signal, which stay unknown).  */
  { "sigemptyset", "set", "" },
  { "sigfillset", "set", "" },
  { "sigaddset", "set signo", "" },
  { "sigdelset", "set signo", "" },
  { "sigismember", "set signo", "" },
  { "dlsym", "handle symbol", "ret=? bytes=symbol" },
  { "dlerror", "", "ret=?" },
  /* Non-local jumps: the buffer holds registers, not pointers we follow
     (a pointer in a register at the setjmp is the function's own value,
     which the longjmp gives back to the same frame).  */
  { "setjmp", "env", "*env=?" },
  { "_setjmp", "env", "*env=?" },
  { "__sigsetjmp", "env savemask", "*env=?" },
  { "sigsetjmp", "env savemask", "*env=?" },
  { "longjmp", "env val", "" },
  { "_longjmp", "env val", "" },
  { "siglongjmp", "env val", "" },
  { "__longjmp_chk", "env val", "" },
  /* Odds and ends real code calls with malloc'd pointers.  */
  { "perror", "s", "bytes=s" },
  { "abort", "", "" },
  { "exit", "status", "" },
  { "__assert_fail", "expr file line fn", "bytes=expr bytes=file bytes=fn" },
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
  s->libc = true;
  int i = 0, fmt = -1;
  bool varargs = false;
  for (const char *p = e->params; *p; i++)
    {
      size_t n = strcspn (p, " ");
      if (i < nparams)
	{
	  esc_free (s->param_names[i]);
	  s->param_names[i] = esc_xrealloc (NULL, n + 1);
	  memcpy (s->param_names[i], p, n);
	  s->param_names[i][n] = '\0';
	  if (strcmp (s->param_names[i], "fmt") == 0)
	    fmt = i;
	  else if (strcmp (s->param_names[i], "ap") == 0)
	    s->va_list_param = i;
	}
      else
	varargs = true;
      p += n;
      while (*p == ' ')
	p++;
    }
  /* Printed under the format "fmt", from "..." or the va_list "ap".  */
  if (fmt >= 0 && (varargs || s->va_list_param >= 0))
    s->vararg_format = fmt;
  for (const char *f = e->flows; *f;)
    {
      size_t n = strcspn (f, " ");
      const char *eq = memchr (f, '=', n);
      if (n == 4 && strncmp (f, "deep", 4) == 0)
	s->writes_deep = true;
      else if (eq && eq - f == 5 && strncmp (f, "bytes", 5) == 0)
	{
	  int rd, r = operand (e, eq + 1, n - 6, nparams, &rd);
	  if (r == nparams)
	    s->vararg_data = rd + 1;
	  else if (r >= 0)
	    s->leaks[r].data = rd + 1;
	}
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
		  s->content_raw[l] = rd > 0;
		}
	      else
		{
		  s->leaks[r].content[l] = rd;
		  s->leaks[r].content_levels[l] |= 1u << rd;
		  /* "*dst=*src": memory copied as bytes.  */
		  if (rd > 0)
		    s->content_raw[l] = true;
		}
	    }
	}
      f += n;
      while (*f == ' ')
	f++;
    }
  return s;
}

/* C library functions that call a function they are handed with pointers
   they make from their other arguments (esc_libc_callback).  FLOWS is what
   the library does itself, in the table's words; FROM says, per parameter
   of the callback, what it may point into: parameters of the library
   function ("key|base": either), "?" for the library's own memory (a
   tree's nodes, whose keys were handed to tsearch and escaped there).
   C11 7.22.5 makes qsort's comparator see elements of the array and
   bsearch's the key, then an element; POSIX names no order for the
   others, so either parameter may be either.  */
typedef struct callback_entry
{
  const char *name;
  const char *params;
  const char *flows;
  const char *fn;
  const char *from;
} callback_entry;

static const callback_entry callbacks[] = {
  { "qsort", "base n size cmp", "*base=*base", "cmp", "base base" },
  { "qsort_r", "base n size cmp arg", "*base=*base", "cmp",
    "base base arg" },
  { "bsearch", "key base n size cmp", "ret=base", "cmp", "key base" },
  { "lfind", "key base nmemb size cmp", "ret=base", "cmp",
    "key|base key|base" },
  { "lsearch", "key base nmemb size cmp", "ret=base *base=*key *nmemb=?",
    "cmp", "key|base key|base" },
  { "tfind", "key rootp cmp", "ret=?", "cmp", "key|? key|?" },
  { "tsearch", "key rootp cmp", "heap=key ret=? *rootp=?", "cmp",
    "key|? key|?" },
  { "tdelete", "key rootp cmp", "ret=? ret=rootp *rootp=?", "cmp",
    "key|? key|?" },
};

#define NCALLBACKS (sizeof callbacks / sizeof callbacks[0])

static esc_libc_callback *parsed_callbacks[NCALLBACKS];

static esc_libc_callback *
parse_callback (const callback_entry *c)
{
  libc_entry e = { c->name, c->params, c->flows };
  esc_libc_callback *m = esc_xrealloc (NULL, sizeof *m);
  m->rest = parse (&e);
  m->fn = param_index (c->params, c->fn, strlen (c->fn), -1);
  m->nargs = 0;
  m->from = NULL;
  for (const char *p = c->from; *p;)
    {
      size_t n = strcspn (p, " ");
      unsigned bits = 0;
      for (const char *q = p; q < p + n;)
	{
	  size_t k = strcspn (q, "| ");
	  if (k > (size_t) (p + n - q))
	    k = (size_t) (p + n - q);
	  if (k == 1 && q[0] == '?')
	    bits |= ESC_CALLBACK_OWN;
	  else
	    bits |= 1u << param_index (c->params, q, k, -1);
	  q += k;
	  if (*q == '|')
	    q++;
	}
      m->from = esc_xrealloc (m->from, (size_t) (m->nargs + 1)
			      * sizeof *m->from);
      m->from[m->nargs++] = bits;
      p += n;
      while (*p == ' ')
	p++;
    }
  return m;
}

const esc_libc_callback *
esc_libc_callback_model (const char *name)
{
  if (!name)
    return NULL;
  for (size_t i = 0; i < NCALLBACKS; i++)
    if (strcmp (callbacks[i].name, name) == 0)
      {
	if (!parsed_callbacks[i])
	  parsed_callbacks[i] = parse_callback (&callbacks[i]);
	return parsed_callbacks[i];
      }
  return NULL;
}

/* TABLE by name: open addressing, each slot the index + 1 of the first
   entry of that name (0: empty).  Every call of the unit is looked up,
   twice; going down the table with strcmp cost more than the rest of
   building the graph of a call.  */
#define NSLOTS 512
static unsigned short slots[NSLOTS];

static unsigned
name_hash (const char *s)
{
  unsigned h = 2166136261u;
  for (; *s; s++)
    h = (h ^ (unsigned char) *s) * 16777619u;
  return h;
}

static int
entry_of (const char *name)
{
  _Static_assert (NENTRIES < NSLOTS / 2, "libc table slots");
  if (!slots[name_hash (table[0].name) & (NSLOTS - 1)])
    for (size_t i = 0; i < NENTRIES; i++)
      {
	unsigned j = name_hash (table[i].name) & (NSLOTS - 1);
	while (slots[j] && strcmp (table[slots[j] - 1].name, table[i].name))
	  j = (j + 1) & (NSLOTS - 1);
	if (!slots[j])
	  slots[j] = (unsigned short) (i + 1);
      }
  for (unsigned j = name_hash (name) & (NSLOTS - 1); slots[j];
       j = (j + 1) & (NSLOTS - 1))
    if (strcmp (table[slots[j] - 1].name, name) == 0)
      return slots[j] - 1;
  return -1;
}

const esc_summary *
esc_libc_summary (const char *name)
{
  if (!name)
    return NULL;
  if (strncmp (name, "__builtin_", 10) == 0)
    name += 10;
  int i = entry_of (name);
  if (i < 0)
    return NULL;
  if (!parsed[i])
    parsed[i] = parse (&table[i]);
  return parsed[i];
}

/* C library functions that may call back into the program, so that a
   function of the unit may run again, nested, while its caller's frame is
   live (esc_libc_calls_back).  Stdio: any stream may be a fopencookie
   stream, stdout included.  */
static const char *const calls_back[] = {
  /* Callbacks handed over.  */
  "qsort", "qsort_r", "bsearch", "lfind", "lsearch", "tsearch", "tfind",
  "tdelete", "twalk", "twalk_r", "tdestroy", "nftw", "nftw64", "ftw",
  "ftw64", "scandir", "scandir64", "scandirat", "glob", "glob64",
  "pthread_once", "dl_iterate_phdr",
  /* Handlers registered earlier, which may nest: a module's constructors
     may load another, and dlsym runs an IFUNC symbol's resolver.  exit
     and quick_exit are not here: the handlers they run nest at most
     once, as calling exit again from one is undefined.  */
  "dlopen", "dlclose", "dlmopen", "dlsym", "dlvsym",
  /* pthread_atfork's handlers, which may fork again (adversarial
     finding).  */
  "fork", "daemon", "forkpty",
  /* Signals a call raises or unblocks, whose handler may call anything
     (C11 7.14.1.1p5 restricts only other signals' handlers) and nest
     with SA_NODEFER (adversarial finding).  abort is not here, although
     glibc's lets a SIGABRT handler call it again (docs/design.md,
     "Re-entry": counted, it would make every function that aborts on a
     failure re-entered).  An assertion's failure prints to stderr,
     which may be a fopencookie stream (below).  */
  "__assert_fail", "__assert_perror_fail", "__assert", "raise", "kill",
  "killpg", "pthread_kill", "tgkill", "sigqueue", "pthread_sigqueue",
  "sigprocmask", "pthread_sigmask", "sigsuspend", "sigrelse", "sigpause",
  /* Another context's code, the program's (makecontext).  */
  "setcontext", "swapcontext",
  /* Stdio on streams: any of them may be a fopencookie stream.  (The
     printf handlers of glibc's register_printf_specifier, which would make
     sprintf call back too, are not followed.)  */
  "printf", "fprintf", "vprintf", "vfprintf", "__printf_chk",
  "__fprintf_chk", "__vprintf_chk", "__vfprintf_chk", "puts", "fputs", "fputs_unlocked", "putc", "fputc",
  "putc_unlocked", "fputc_unlocked", "putchar", "putchar_unlocked",
  "fwrite", "fwrite_unlocked", "fread", "fread_unlocked", "fgets",
  "fgets_unlocked", "__fgets_chk", "getc", "fgetc", "getc_unlocked",
  "fgetc_unlocked", "getchar", "getchar_unlocked", "ungetc", "getline",
  "getdelim", "__getdelim", "fscanf", "scanf", "vfscanf", "vscanf",
  "__isoc99_fscanf", "__isoc99_scanf", "__isoc99_vfscanf",
  "__isoc99_vscanf", "fflush", "fflush_unlocked", "fclose", "fcloseall",
  "fseek", "fseeko", "fseeko64", "ftell", "ftello", "ftello64", "rewind",
  "fgetpos", "fsetpos", "setvbuf", "setbuf", "setbuffer", "setlinebuf",
  "perror", "psignal", "psiginfo", "__overflow", "__uflow", "_IO_putc",
  "_IO_getc", "error", "error_at_line", "warn", "warnx", "err", "errx",
  "vwarn", "vwarnx", "verr", "verrx",
};

bool
esc_libc_calls_back (const char *name)
{
  if (!name)
    return false;
  if (strncmp (name, "__builtin_", 10) == 0)
    name += 10;
  for (size_t i = 0; i < sizeof calls_back / sizeof calls_back[0]; i++)
    if (strcmp (calls_back[i], name) == 0)
      return true;
  return false;
}
