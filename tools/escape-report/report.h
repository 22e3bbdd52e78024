/* report.h - escape-report: the reports of a build, as read from the
   plugin's JSON files (docs/report-json.md, schema version 1), and what the
   three writers share.

   read.c    reads and checks the JSON files (json-c)
   elf.c     finds the reports recorded in objects, archives and linked
             files (libelf)
   advice.c  the one change that would let a site move, and the ranking
   text.c    the text summary
   html.c    the HTML page
   sarif.c   the SARIF 2.1.0 log
   util.c    memory, strings, paths
   main.c    arguments  */

#ifndef ESCAPE_REPORT_H
#define ESCAPE_REPORT_H

#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>

#ifndef ESCAPE_VERSION
#define ESCAPE_VERSION "unknown"
#endif

/* The reader's schema name and version.  */
#define ESR_SCHEMA "escape-report"
#define ESR_VERSION 1

/* The object file section the plugin records a unit's report in.  */
#define ESR_SECTION ".escape.report"

/* The largest -fplugin-arg-escape-max-size the plugin accepts.  */
#define ESR_MAX_SIZE_LIMIT 65536
/* malloc's slot alignment in the transform (docs/options.md).  */
#define ESR_SLOT_ALIGN 16

/* One step of an escape path: DST = SRC with DEREFS (-1: &SRC).  WHERE,
   WHY and FILE are NULL, LINE and COLUMN 0, when the step has no
   statement behind it.  */
struct esr_step
{
  char *dst, *src;
  long long derefs;
  char *where, *why, *file;
  long long line, column;
};

enum esr_verdict { ESR_NOESC, ESR_ESC };

/* One allocation site.  */
struct esr_site
{
  int unit;			/* index in esr_set.units */
  int index;			/* position in its unit's "sites" */
  char *file;
  long long line, column;
  char *function, *allocator, *call;
  long long size;		/* valid when has_size */
  int has_size;
  enum esr_verdict verdict;
  int movable, moved;
  long long slot;		/* a guarded slot's bytes, 0 if none */
  char *reason, *reason_text;
  /* For a site that escapes: what would still keep it on the heap were
     the escape gone ("blocked"), NULL for nothing or not known.  */
  char *blocked;
  /* Why its escape could not be seen through ("cause"): "extern-call",
     "interposable", or NULL.  */
  char *cause;
  /* With blocked "routes": the statements that each send it to the heap
     ("routes"; file NULL when a statement has no position).  */
  struct esr_route { char *where, *file; long long line; } *routes;
  int nroutes;
  struct esr_step *path;
  int npath;
  /* A call handing over an object its callee made ("made_by"): the
     innermost allocation of the chain; NULL function when none.  */
  char *made_function, *made_call, *made_file;
  long long made_line;
};

/* One report file (one translation unit).  */
struct esr_unit
{
  char *json;			/* the report file, as found */
  char *name;			/* "unit" */
  char *directory;		/* "directory", the compile directory, or NULL */
  char *source;			/* "source", or NULL */
  int transform;
  long long max_size, frame_budget;
  long long slot_size;		/* 0: off, or a report from before slots */
  int nparams, nleaking;
  char *lto;			/* "lto": a link's partition, or NULL */
  char *link;			/* "link": what its link's partitions
				   share, or NULL */
  long long mtime;		/* the file it was read from, nanoseconds */
  int deferred;			/* "deferred": a compile under -flto; its
				   sites and parameters give way to the
				   link's, when a link's report is read */
  char **replaces_libc;		/* "replaces_libc": the C library's
				   functions it defines */
  int nreplaces_libc;
};

/* A size as a wrapper computes it ("size", "count" of a function's
   "allocator"): the larger of argument ARG (from 1; 0: none) and MIN
   (-1: none).  */
struct esr_size
{
  int known;
  long long arg, min;
};

/* A deallocator a declaration can name for a family ("family"): NAME
   (NULL: none) releasing its argument ARG (from 1).  */
struct esr_family
{
  char *name;
  long long arg;
};

/* One function a unit defines ("functions", absent from reports of
   earlier plugins), and what it is to its callers.  */
struct esr_function
{
  int unit;
  char *name, *file;
  long long line, column;
  int is_public;
  int is_alloc;			/* "allocator" is not null */
  char *wraps;
  struct esr_size size, count;	/* count.known: calloc-like */
  int movable, zeroes, attribute;
  struct esr_family family;
  long long frees;		/* "deallocator": the argument it frees
				   (from 1), or 0: none */
  struct esr_family frees_family;
  char *summary;		/* "summary" as json-c writes it (the text
				   its hash is of), or NULL: none published */
  char *summary_hash;
};

struct esr_set
{
  struct esr_unit *units;
  int nunits;
  struct esr_site *sites;
  int nsites;
  struct esr_function *functions;
  int nfunctions;
  int units_without_functions;	/* reports of earlier plugins */
};

/* What the writers are told.  */
struct esr_options
{
  const char *srcroot;		/* NULL: the current directory */
  const char *info_uri;		/* tool.driver.informationUri, or NULL */
  const char *source_url;	/* HTML: link template with {path}, {line} */
  int top;			/* how many sites the top list shows */
  enum { ESR_BY_AUTO, ESR_BY_FILE, ESR_BY_DIR } by;  /* the HTML chart */
  int sarif_no_moved;		/* SARIF: no result for a moved site */
};

/* read.c: read every report named by PATHS (files, or directories meaning
   every *.escape.json below them, sorted).  On error print
   "escape-report: FILE: message" and return -1.  */
int esr_read (struct esr_set *set, char *const *paths, int npaths);
void esr_free (struct esr_set *set);

/* elf.c: call EACH with every report document recorded in the ELF file or
   archive PATH (NAME: "PATH", "PATH(member.o)", "PATH#2" for a second
   document of one file).  Returns 0, EACH's nonzero result, or -1 with a
   message ("PATH: ...") in *ERR (caller frees) when PATH cannot be read
   or holds no report.  */
typedef int esr_doc_fn (void *ctx, const char *name, const char *buf,
			size_t len);
int esr_read_elf (const char *path, esr_doc_fn *each, void *ctx, char **err);

/* advice.c.  How hard the change is: the rank's first key.  */
enum esr_tier
{
  ESR_TIER_OPTION,		/* a plugin option, no source change */
  ESR_TIER_LOCAL,		/* a change at the allocation; it does not escape */
  ESR_TIER_ESCAPE,		/* remove the store through which it escapes */
  ESR_TIER_STRUCTURE,		/* where the function sits in the program */
  ESR_TIER_BLOCKED		/* no one change: it escapes, and something
				   else keeps it on the heap too */
};

/* A site that does not move, with the one change that would move it.  */
struct esr_change
{
  int site;			/* index in esr_set.sites */
  enum esr_tier tier;
  char *text;			/* "make the size a compile-time constant ..." */
  int units;			/* units reporting this same site and change */
};

/* The change for SITE, or NULL for a site that moves already or would
   move with the transform on (movable).  Sets *TIER.  Caller frees.  */
char *esr_change_for (const struct esr_set *set,
		      const struct esr_options *opt, int site,
		      enum esr_tier *tier);
/* Every site that does not move, with its change, best first (the rule is
   in docs/escape-report.md, "Ranking"); one entry for a site that several
   units report with the same change.  Returns the count; free with
   esr_changes_free.  */
int esr_rank (const struct esr_set *set, const struct esr_options *opt,
	      struct esr_change **out);
void esr_changes_free (struct esr_change *c, int n);
/* Escaping sites that something besides their escape keeps on the heap
   ("blocked"): no one change moves them, so esr_rank leaves them out.  */
int esr_count_blocked (const struct esr_set *set);
/* Words for a "blocked" code: "its function hands it to the caller".  */
const char *esr_blocked_text (const char *code);
/* Sites that would move with -fplugin-arg-escape-transform added.  */
int esr_count_movable_unmoved (const struct esr_set *set);
/* "does not escape" / "escapes to heap".  */
const char *esr_verdict_text (enum esr_verdict v);
/* The step as the -m=2 notes write it: "p = &{storage for malloc(8)}".  */
char *esr_step_flow (const struct esr_step *s);

/* wrappers.c: the public allocator wrappers of the build, as
   declarations for units that call them (docs/escape-report.md,
   "Allocator wrappers").  */
struct esr_wrapper
{
  int function;			/* index in esr_set.functions */
  char *entry;			/* "xmalloc:1:xfree", as allocator= takes it */
  char *note;			/* what the entry cannot say, or NULL */
};
/* Every wrapper that can be declared, by name; free with
   esr_wrappers_free.  */
int esr_wrappers (const struct esr_set *set, struct esr_wrapper **out);
void esr_wrappers_free (struct esr_wrapper *w, int n);
/* The allocators file (-fplugin-arg-escape-allocators=FILE) for them.
   Returns 0, or -1 on a write error (errno set).  */
int esr_write_allocators (FILE *out, const struct esr_set *set,
			  const struct esr_options *opt);

/* summaries.c: the summaries file (-fplugin-arg-escape-summaries=FILE)
   of the build's public functions, one a line, leaving out names defined
   differently in two units.  Returns 0, or -1 on a write error.  */
int esr_write_summaries (FILE *out, const struct esr_set *set);
/* The hash the plugin gives summary TEXT (core/summaries.c), into OUT.  */
void esr_summary_hash (const char *text, char out[17]);

/* The writers.  Return 0, or -1 on a write error (errno set).  */
int esr_write_text (FILE *out, const struct esr_set *set,
		    const struct esr_options *opt);
int esr_write_html (FILE *out, const struct esr_set *set,
		    const struct esr_options *opt);
int esr_write_sarif (FILE *out, const struct esr_set *set,
		     const struct esr_options *opt);

/* gate.c: --baseline OLD NEW (docs/escape-report.md, "The CI gate").  */
struct esr_gate
{
  const char *baseline;		/* OLD: a report file, directory or object */
  const char **exclude;		/* --exclude globs */
  int nexclude;
  const char *suppressions;	/* --suppressions FILE, or NULL */
  const char *json;		/* --json OUT, or NULL */
};
/* Compare NEW (INPUTS) with G->baseline, list regressions, improvements
   and suppressed regressions to OUTPUT (NULL: standard output).  Returns
   the exit status: 0, 1 (a regression not suppressed), 2 (an error,
   printed).  */
int esr_gate (const char *output, const struct esr_options *opt,
	      const struct esr_gate *g, char *const *inputs, int ninputs);
/* Why PATTERN is no glob (a static string), or NULL if it is one.  */
const char *esr_glob_error (const char *pattern);

/* util.c.  */
void *esr_xmalloc (size_t n);
void *esr_xrealloc (void *p, size_t n);
char *esr_xstrdup (const char *s);
char *esr_xasprintf (const char *fmt, ...)
  __attribute__ ((format (printf, 1, 2)));
char *esr_xvasprintf (const char *fmt, va_list ap);
/* A growing string.  */
struct esr_buf
{
  char *s;
  size_t len, cap;
};
void esr_buf_add (struct esr_buf *b, const char *s);
void esr_buf_printf (struct esr_buf *b, const char *fmt, ...)
  __attribute__ ((format (printf, 2, 3)));
/* FILE as the outputs show it: relative to the source root (--srcroot,
   else the current directory) when it lies below it, else as given.
   Sets *BELOW to whether it did (may be NULL).  Caller frees.  */
char *esr_display_path (const struct esr_options *opt, const char *file,
			int *below);
/* The source root: --srcroot, or "." (the current directory).  */
const char *esr_srcroot (const struct esr_options *opt);
/* The source root as an absolute path ending in '/'.  Caller frees.  */
char *esr_srcroot_uri (const struct esr_options *opt);
/* FILE, read in a report whose unit was compiled in DIR (NULL: unknown),
   as an absolute path when DIR is known, normalized.  Caller frees.  */
char *esr_resolve (const char *dir, const char *file);
/* The unit U as the outputs name it: its absolute source path shown as
   any path is, or (from a report without one) "unit".  Caller frees.  */
char *esr_unit_name (const struct esr_options *opt,
		     const struct esr_unit *u);
/* The directory part of PATH ("." for none).  Caller frees.  */
char *esr_dirname (const char *path);
int esr_strcmp_null (const char *a, const char *b);
/* Whether S is an absolute http or https URI with a host, of RFC 3986's
   characters only (--info-uri).  */
int esr_http_uri (const char *s);
/* Line LINE of FILE without its line end, or NULL when the file cannot be
   read or is shorter.  Caller frees.  */
char *esr_source_line (const char *file, long long line);

#endif
