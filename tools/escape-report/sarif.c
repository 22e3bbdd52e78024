/* sarif.c - SARIF 2.1.0 for code-scanning tools: one result per site that
   could live on the stack (verdict "does not escape"), whether it moves or
   stays, with the rule named by its reason code.  Built with json-c, which
   also does the escaping and keeps members in insertion order, so the
   output is deterministic.  */

#define _XOPEN_SOURCE 700
#include <limits.h>
#include <stdlib.h>
#include <unistd.h>
#include <string.h>
#include <json.h>
#include "report.h"

#define SARIF_SCHEMA "https://docs.oasis-open.org/sarif/sarif/v2.1.0/" \
  "errata01/os/schemas/sarif-schema-2.1.0.json"
#define RULE_PREFIX "escape/"
/* partialFingerprints key; the version changes if the hashed fields do.  */
#define FINGERPRINT_KEY "escapeSite/v1"

/* CHANGE is the advice of advice.c for the code, in general words (the
   site's message gives it with the site's numbers): a code-scanning UI
   shows it as the rule's help.  */
struct rule
{
  const char *code, *name, *short_text, *full_text, *change;
};

/* One rule per reason code a non-escaping site can carry
   (docs/report-json.md), in the order they are listed there.  */
static const struct rule known[] = {
  { "moved", "MovesToStack",
    "The allocation does not escape and can live on the stack.",
    "The object never outlives the call of the function that allocates "
    "it, so -fplugin-arg-escape-transform replaces the allocation with a "
    "stack slot and deletes its free calls.",
    "nothing at the allocation: build with "
    "-fplugin-arg-escape-transform and it lives on the stack" },
  { "kind", "AllocatorDoesNotMove",
    "The allocation does not escape, but its allocator does not move.",
    "Only malloc, calloc and aligned_alloc move to the stack; strdup, "
    "strndup and realloc results, a program's own malloc and everything "
    "under -ffreestanding stay on the heap.",
    "allocate it with malloc, calloc or aligned_alloc instead of "
    "its allocator" },
  { "nonconstant-size", "NonConstantSize",
    "The allocation does not escape, but its size is not a constant.",
    "A size known only at run time gets a guarded stack slot "
    "(-fplugin-arg-escape-slot-size) unless slots are off or the "
    "allocator's own minimum is over the slot: make the size a "
    "compile-time constant no larger than max-size.",
    "make the size a compile-time constant no larger than max-size, "
    "or raise -fplugin-arg-escape-slot-size to the allocator's "
    "minimum size (build with -fplugin-arg-escape-slot-size if "
    "slots are off)" },
  { "too-large", "TooLarge",
    "The allocation does not escape, but it is larger than max-size.",
    "Shrink the object, or raise -fplugin-arg-escape-max-size (at most "
    "65536).",
    "shrink it to max-size bytes or raise "
    "-fplugin-arg-escape-max-size to its size (at most 65536)" },
  { "too-aligned", "AlignmentTooLarge",
    "The allocation does not escape, but its alignment is too large for "
    "the stack.",
    "aligned_alloc asks for more than 4096 bytes of alignment.",
    "ask aligned_alloc for an alignment of at most 4096" },
  { "bad-align", "InvalidAlignment",
    "The allocation does not escape, but aligned_alloc fails on its "
    "alignment.",
    "The alignment is not a power of two: aligned_alloc returns NULL, "
    "which a stack object cannot imitate.",
    "give aligned_alloc a power-of-two alignment" },
  { "realloc", "ReachesRealloc",
    "The allocation does not escape, but it reaches realloc.",
    "Only the C library's realloc and declared reallocators can grow a "
    "stack slot: allocate the final size at once.",
    "allocate the final size at once instead of passing it to "
    "realloc" },
  { "freed-by-callee", "FreedByCallee",
    "The allocation does not escape, but a function it is passed to may "
    "free it.",
    "Free the object in the function that allocates it.",
    "free it in the function that allocates it, not in a function "
    "it is passed to" },
  { "shared-free", "SharesAFree",
    "The allocation does not escape, but a free call may receive it or a "
    "heap object.",
    "free must never be handed stack memory, so both stay on the heap: "
    "free the object through its own free call.",
    "free it through its own free call" },
  { "foreign-free", "ForeignFree",
    "The allocation does not escape, but a deallocator of another family "
    "frees it.",
    "Free the object with the deallocator that matches its allocator.",
    "free it with the deallocator that matches its allocator" },
  { "kept-free", "KeptDeallocator",
    "The allocation does not escape, but a deallocator call that cannot be "
    "deleted may receive it.",
    "Release it with a deallocator call whose result is not used, outside "
    "exception scopes.",
    "release it with a deallocator call whose result is not used, "
    "outside exception scopes" },
  { "attribute-only", "AttributeAllocator",
    "The allocation does not escape, but its allocator is one by GCC "
    "attributes only, which do not promise the call does nothing else.",
    "Declare the allocator with -fplugin-arg-escape-allocator if it does "
    "nothing but allocate.",
    "declare the allocator with "
    "-fplugin-arg-escape-allocator=NAME:SIZE_ARG[:FREE_NAME] if it "
    "does nothing but allocate" },
  { "recursive", "RecursiveFunction",
    "The allocation does not escape, but its function is recursive.",
    "Each activation would add the object to the stack, and C stacks do "
    "not grow: allocate it outside the recursion.",
    "allocate it outside the recursion" },
  { "recursive-caller", "CalledByRecursiveFunction",
    "The allocation does not escape, but a recursive function calls its "
    "function.",
    "GCC may inline the function into the recursive caller, where the "
    "slot would ride along in every activation.",
    "allocate it in a function no recursive function calls" },
  { "budget", "OverFrameBudget",
    "The allocation does not escape, but its function's frame budget is "
    "spent.",
    "Raise -fplugin-arg-escape-frame-budget; sites are taken in source "
    "order.",
    "raise -fplugin-arg-escape-frame-budget to the bytes the "
    "result's message gives" },
  { "throws", "CallMayThrow",
    "The allocation does not escape, but the call may throw.",
    "Build the unit with -fno-exceptions.",
    "build the unit with -fno-exceptions" },
  { "reentry", "MayBeReentered",
    "The allocation does not escape, but its function may be re-entered "
    "through code the plugin cannot see.",
    "The function reaches a call through a pointer, a callback or a "
    "function without a body, and an entry point of the unit reaches it.",
    "keep the function from calling code the plugin cannot see "
    "(function pointers, functions of other units)" },
  { "zero-size", "ZeroSize",
    "The allocation does not escape, but it asks for zero bytes.",
    "malloc (0) returns a unique pointer to no bytes, which no stack slot "
    "imitates (__builtin_object_size would see a byte): there is nothing "
    "to move.",
    "drop the zero-byte allocation" },
  { "callee-made", "MadeByCallee",
    "The object does not escape the function that calls its constructor, "
    "but a function it calls allocates it.",
    "It lives and dies in the caller, but only allocations a function "
    "makes itself move: allocate it in the caller.",
    "allocate it in the function where it lives and dies, not in a "
    "function it calls" },
  { "lto-inline", "AlwaysInlineUnderLto",
    "The allocation does not escape, but its always_inline function is "
    "built with -flto.",
    "Another unit may inline the function into a recursive one, where the "
    "slot would ride along in every activation; functions that are not "
    "always_inline keep their slots out of line instead.",
    "drop always_inline from the function, or build it without "
    "-flto" },
  { "ipa-pta", "IpaPtaOn",
    "The allocation does not escape, but the unit is built with -fipa-pta.",
    "A slot shared with the heap is told apart from a heap block by tests "
    "GCC's points-to over the whole program would fold away: nothing "
    "moves under -fipa-pta.",
    "build without -fipa-pta" },
  { "cycle-copies", "CycleCopiesSpent",
    "The allocation does not escape, but its function is in a call-graph "
    "cycle whose other functions have all the owned copies one cycle gets "
    "(64).",
    "A recursive function takes slots in a copy of itself, which GCC cannot "
    "inline into the cycle; past 64 copies GCC's own propagation over the "
    "cycle grows faster than the cycle: allocate it outside the recursion, "
    "or split the cycle.",
    "allocate it outside the recursion, or split the call-graph cycle" },
};
#define NKNOWN (int) (sizeof known / sizeof known[0])

static json_object *
str (const char *s)
{
  return json_object_new_string (s);
}

static json_object *
text_object (const char *s)
{
  json_object *o = json_object_new_object ();
  json_object_object_add (o, "text", str (s));
  return o;
}

static void
add (json_object *o, const char *key, json_object *v)
{
  json_object_object_add (o, key, v);
}

/* S as a URI reference: unreserved characters and '/' as they are, every
   other byte percent-encoded (':' too, so no segment reads as a scheme).  */
static char *
uri_encode (const char *s)
{
  static const char hex[] = "0123456789ABCDEF";
  char *out = esr_xmalloc (strlen (s) * 3 + 1), *p = out;
  for (; *s; s++)
    {
      unsigned char c = (unsigned char) *s;
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
	  || (c >= '0' && c <= '9') || strchr ("-._~/", c))
	*p++ = (char) c;
      else
	{
	  *p++ = '%';
	  *p++ = hex[c >> 4];
	  *p++ = hex[c & 15];
	}
    }
  *p = 0;
  return out;
}

static json_object *
artifact_location (const struct esr_options *opt, const char *file)
{
  int below;
  char *path = esr_display_path (opt, file, &below);
  if (!below && path[0] != '/')
    {
      /* Outside the source root and relative (a report from before
	 "directory"): a relative URI without a base maps to nothing, so
	 read it against the current directory, as the text does.  */
      char cwd[PATH_MAX];
      if (getcwd (cwd, sizeof cwd))
	{
	  char *abs = esr_resolve (cwd, path);
	  free (path);
	  path = abs;
	}
    }
  char *enc = uri_encode (path);
  json_object *o = json_object_new_object ();
  if (path[0] == '/')
    {
      char *uri = esr_xasprintf ("file://%s", enc);
      add (o, "uri", str (uri));
      free (uri);
    }
  else
    {
      add (o, "uri", str (enc));
      if (below)
	add (o, "uriBaseId", str ("%SRCROOT%"));
    }
  free (enc);
  free (path);
  return o;
}

/* "NonConstantSize" for an unknown "non-constant-size".  */
static char *
camel (const char *code)
{
  char *out = esr_xmalloc (strlen (code) + 1), *p = out;
  int up = 1;
  for (; *code; code++)
    {
      unsigned char c = (unsigned char) *code;
      if (c == '-' || c == '_' || c == ' ')
	up = 1;
      else
	{
	  *p++ = up && c >= 'a' && c <= 'z' ? (char) (c - 'a' + 'A')
	    : (char) c;
	  up = 0;
	}
    }
  *p = 0;
  return out;
}

/* TEXT for Markdown: option names and placeholders in code spans, and
   the characters Markdown would read as markup escaped.  */
static char *
markdown (const char *text)
{
  struct esr_buf b = { 0 };
  esr_buf_add (&b, "");
  for (const char *p = text; *p;)
    {
      if (p[0] == '-' && p[1] == 'f' && (p == text || p[-1] == ' '
					 || p[-1] == '('))
	{
	  /* An option runs to a space, a comma, a parenthesis, or a full
	     stop that ends the sentence.  */
	  size_t n = strcspn (p, " ,();");
	  if (n > 1 && p[n - 1] == '.')
	    n--;
	  esr_buf_add (&b, "`");
	  char *opt = esr_xasprintf ("%.*s", (int) n, p);
	  esr_buf_add (&b, opt);
	  free (opt);
	  esr_buf_add (&b, "`");
	  p += n;
	  continue;
	}
      char c[3] = { 0 };
      if (strchr ("\\`*_[]<>#|", *p))
	c[0] = '\\', c[1] = *p;
      else
	c[0] = *p;
      esr_buf_add (&b, c);
      p++;
    }
  return b.s;
}

static json_object *
rule_object (const char *code, const char *name, const char *short_text,
	     const char *full_text, const char *change)
{
  json_object *r = json_object_new_object ();
  char *id = esr_xasprintf (RULE_PREFIX "%s", code);
  add (r, "id", str (id));
  free (id);
  add (r, "name", str (name));
  add (r, "shortDescription", text_object (short_text));
  add (r, "fullDescription", text_object (full_text));
  /* What the rule means and what a site of it needs, for the reader of a
     code-scanning alert (SARIF 2.1.0, 3.49.13).  */
  if (strcmp (full_text, short_text) == 0)
    full_text = "";
  char *text = esr_xasprintf ("%s%s%s\n\nWhat to change: %s.", short_text,
			      *full_text ? " " : "", full_text, change);
  char *md_short = markdown (short_text), *md_full = markdown (full_text);
  char *md_change = markdown (change);
  char *md = esr_xasprintf ("**%s**%s%s\n\n**What to change:** %s.",
			    md_short, *md_full ? "\n\n" : "", md_full,
			    md_change);
  json_object *help = text_object (text);
  add (help, "markdown", str (md));
  add (r, "help", help);
  free (text);
  free (md_short);
  free (md_full);
  free (md_change);
  free (md);
  json_object *conf = json_object_new_object ();
  add (conf, "level", str (strcmp (code, "moved") == 0 ? "note"
			   : "warning"));
  add (r, "defaultConfiguration", conf);
  json_object *props = json_object_new_object ();
  add (props, "reason", str (code));
  add (r, "properties", props);
  return r;
}

static int
by_strcmp (const void *a, const void *b)
{
  return strcmp (*(char *const *) a, *(char *const *) b);
}

/* The rules: every known code, then the unknown codes the sites use (a
   later plugin's), sorted.  Sets *CODES to the codes in rule order.  */
static json_object *
rules (const struct esr_set *set, const char ***codes, int *ncodes)
{
  json_object *a = json_object_new_array ();
  const char **c = esr_xmalloc ((size_t) (NKNOWN + set->nsites)
				* sizeof *c);
  int n = 0;
  for (int k = 0; k < NKNOWN; k++)
    {
      json_object_array_add (a, rule_object (known[k].code, known[k].name,
					     known[k].short_text,
					     known[k].full_text,
					     known[k].change));
      c[n++] = known[k].code;
    }
  int first_unknown = n;
  for (int i = 0; i < set->nsites; i++)
    {
      const struct esr_site *s = &set->sites[i];
      if (s->verdict != ESR_NOESC)
	continue;
      int k = 0;
      while (k < n && strcmp (c[k], s->reason) != 0)
	k++;
      if (k == n)
	c[n++] = s->reason;
    }
  qsort (c + first_unknown, (size_t) (n - first_unknown), sizeof *c,
	 by_strcmp);
  for (int k = first_unknown; k < n; k++)
    {
      /* Describe it in the words of its first site.  */
      const char *words = c[k];
      for (int i = 0; i < set->nsites; i++)
	if (strcmp (set->sites[i].reason, c[k]) == 0)
	  {
	    words = set->sites[i].reason_text;
	    break;
	  }
      char *name = camel (c[k]);
      char *short_text = esr_xasprintf ("The allocation does not escape, "
					"but it stays on the heap: %s.",
					words);
      char *change = esr_xasprintf ("remove why it stays: %s", words);
      json_object_array_add (a, rule_object (c[k], name, short_text,
					     short_text, change));
      free (change);
      free (name);
      free (short_text);
    }
  *codes = c;
  *ncodes = n;
  return a;
}

/* 64-bit FNV-1a of the site's file as shown (relative to the source
   root), function, call and rule id, each with its terminating NUL: none
   of them moves when lines are added above the site.  */
static unsigned long long
site_hash (const struct esr_options *opt, const struct esr_site *s)
{
  char *file = esr_display_path (opt, s->file, NULL);
  char *id = esr_xasprintf (RULE_PREFIX "%s", s->reason);
  const char *parts[] = { file, s->function, s->call, id };
  unsigned long long h = 14695981039346656037ULL;
  for (size_t k = 0; k < sizeof parts / sizeof parts[0]; k++)
    {
      const unsigned char *p = (const unsigned char *) parts[k];
      do
	h = (h ^ *p) * 1099511628211ULL;
      while (*p++);
    }
  free (file);
  free (id);
  return h;
}

static int
before (const struct esr_site *a, const struct esr_site *b)
{
  return a->line < b->line || (a->line == b->line && a->column < b->column);
}

/* "HASH:N": site I's hash, and N-th (from 1) among the distinct positions
   of non-escaping sites with that hash, in source order, so two identical
   calls of one function differ and a header's site reported by several
   units is one.  HASH is indexed like set->sites.  */
static char *
fingerprint (const struct esr_set *set, const unsigned long long *hash,
	     int i)
{
  const struct esr_site *s = &set->sites[i];
  int n = 1;
  for (int j = 0; j < set->nsites; j++)
    {
      const struct esr_site *t = &set->sites[j];
      if (t->verdict != ESR_NOESC || hash[j] != hash[i] || !before (t, s))
	continue;
      /* Count each position once: its first site.  */
      int first = 1;
      for (int k = 0; k < j && first; k++)
	first = !(set->sites[k].verdict == ESR_NOESC && hash[k] == hash[i]
		  && set->sites[k].line == t->line
		  && set->sites[k].column == t->column);
      n += first;
    }
  return esr_xasprintf ("%016llx:%d", hash[i], n);
}

static json_object *
result (const struct esr_set *set, const struct esr_options *opt, int i,
	const char **codes, int ncodes, const unsigned long long *hash)
{
  const struct esr_site *s = &set->sites[i];
  json_object *r = json_object_new_object ();
  int idx = 0;
  while (idx < ncodes && strcmp (codes[idx], s->reason) != 0)
    idx++;
  char *id = esr_xasprintf (RULE_PREFIX "%s", s->reason);
  add (r, "ruleId", str (id));
  free (id);
  add (r, "ruleIndex", json_object_new_int (idx));
  int moves = s->moved || s->movable || strcmp (s->reason, "moved") == 0;
  add (r, "level", str (moves ? "note" : "warning"));

  char *msg;
  if (s->moved)
    msg = esr_xasprintf ("%s does not escape and was moved to the stack.",
			 s->call);
  else if (moves)
    msg = esr_xasprintf ("%s does not escape; it moves to the stack with "
			 "-fplugin-arg-escape-transform.", s->call);
  else
    {
      enum esr_tier tier;
      char *change = esr_change_for (set, opt, i, &tier);
      msg = esr_xasprintf ("%s does not escape but stays on the heap: %s. "
			   "To move it, %s.", s->call, s->reason_text,
			   change ? change : "see the rule");
      free (change);
    }
  add (r, "message", text_object (msg));
  free (msg);

  json_object *region = json_object_new_object ();
  add (region, "startLine", json_object_new_int64 (s->line));
  add (region, "startColumn", json_object_new_int64 (s->column));
  json_object *phys = json_object_new_object ();
  add (phys, "artifactLocation", artifact_location (opt, s->file));
  add (phys, "region", region);
  json_object *logical = json_object_new_object ();
  add (logical, "name", str (s->function));
  add (logical, "kind", str ("function"));
  json_object *logicals = json_object_new_array ();
  json_object_array_add (logicals, logical);
  json_object *loc = json_object_new_object ();
  add (loc, "physicalLocation", phys);
  add (loc, "logicalLocations", logicals);
  json_object *locs = json_object_new_array ();
  json_object_array_add (locs, loc);
  add (r, "locations", locs);

  /* Code scanning tracks an alert across commits by this: it does not
     change when lines shift.  */
  json_object *fp = json_object_new_object ();
  char *f = fingerprint (set, hash, i);
  add (fp, FINGERPRINT_KEY, str (f));
  free (f);
  add (r, "partialFingerprints", fp);

  json_object *props = json_object_new_object ();
  add (props, "call", str (s->call));
  add (props, "allocator", str (s->allocator));
  add (props, "size", s->has_size ? json_object_new_int64 (s->size)
       : NULL);
  add (props, "reason", str (s->reason));
  add (props, "moved", json_object_new_boolean (s->moved));
  char *unit = esr_unit_name (opt, &set->units[s->unit]);
  add (props, "unit", str (unit));
  free (unit);
  add (r, "properties", props);
  return r;
}

int
esr_write_sarif (FILE *out, const struct esr_set *set,
		 const struct esr_options *opt)
{
  json_object *log = json_object_new_object ();
  add (log, "$schema", str (SARIF_SCHEMA));
  add (log, "version", str ("2.1.0"));

  json_object *driver = json_object_new_object ();
  add (driver, "name", str ("escape"));
  add (driver, "version", str (ESCAPE_VERSION));
  /* Only a page the user names: a placeholder would be a dead link in
     every alert.  */
  if (opt->info_uri)
    add (driver, "informationUri", str (opt->info_uri));
  const char **codes;
  int ncodes;
  add (driver, "rules", rules (set, &codes, &ncodes));
  json_object *tool = json_object_new_object ();
  add (tool, "driver", driver);

  unsigned long long *hash = esr_xmalloc ((size_t) (set->nsites + 1)
					  * sizeof *hash);
  for (int i = 0; i < set->nsites; i++)
    hash[i] = set->sites[i].verdict == ESR_NOESC
      ? site_hash (opt, &set->sites[i]) : 0;
  json_object *results = json_object_new_array ();
  for (int i = 0; i < set->nsites; i++)
    if (set->sites[i].verdict == ESR_NOESC
	&& !(opt->sarif_no_moved && set->sites[i].moved))
      json_object_array_add (results, result (set, opt, i, codes, ncodes,
					      hash));
  free (hash);
  free (codes);

  json_object *run = json_object_new_object ();
  add (run, "tool", tool);
  /* Where %SRCROOT% points: relative URIs below the source root mean
     something to a reader that did not run escape-report here.  */
  char *root = esr_srcroot_uri (opt);
  char *enc = uri_encode (root);
  char *root_uri = esr_xasprintf ("file://%s", enc);
  json_object *bases = json_object_new_object ();
  json_object *base = json_object_new_object ();
  add (base, "uri", str (root_uri));
  add (bases, "%SRCROOT%", base);
  add (run, "originalUriBaseIds", bases);
  free (root);
  free (enc);
  free (root_uri);
  add (run, "columnKind", str ("unicodeCodePoints"));
  add (run, "results", results);
  json_object *runs = json_object_new_array ();
  json_object_array_add (runs, run);
  add (log, "runs", runs);

  const char *text = json_object_to_json_string_ext
    (log, JSON_C_TO_STRING_PRETTY | JSON_C_TO_STRING_SPACED
     | JSON_C_TO_STRING_NOSLASHESCAPE);
  fputs (text, out);
  fputc ('\n', out);
  json_object_put (log);
  return ferror (out) ? -1 : 0;
}
