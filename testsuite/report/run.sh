#!/bin/sh
# testsuite/report/run.sh - the escape-report tests (make check-report).
#
# Environment (make check-report sets them all):
#   ESCAPE_REPORT  the escape-report binary      (build/escape-report)
#   REPORT_CHECK   the test checker              (build/report/report-check)
#   ESCAPE_PLUGIN  the native plugin             (build/escape.so)
#   ESCAPE_CC      the compiler that loads it    (gcc-12)
#   REPORT_BUILD   scratch directory             (build/report)
#
# Prints one PASS:/FAIL: line per test, the failures' details, and a
# summary whose last line is "escape-report tests: N passed, M failed".
# Exits 1 if any test failed.  Golden files: testsuite/report/golden/,
# rewritten by testsuite/report/regen.sh (never by this script).
set -u
cd "$(dirname "$0")/../.."
TOP=$PWD
: "${ESCAPE_REPORT:=$TOP/build/escape-report}"
: "${REPORT_CHECK:=$TOP/build/report/report-check}"
: "${ESCAPE_PLUGIN:=$TOP/build/escape.so}"
: "${ESCAPE_CC:=gcc-12}"
: "${REPORT_BUILD:=$TOP/build/report}"
export LC_ALL=C
TS=testsuite/report
OUT=$REPORT_BUILD/out
rm -rf "$OUT" && mkdir -p "$OUT"

pass=0
fail=0
ok () { pass=$((pass + 1)); echo "PASS: $*"; }
ko () { fail=$((fail + 1)); echo "FAIL: $*"; }
# note LINE...: detail for the failure just reported, indented.
note () { sed 's/^/    /'; }

# expect_error NAME STATUS SUBSTRING COMMAND...: COMMAND exits with STATUS
# and its standard error contains SUBSTRING.
expect_error ()
{
    _name=$1 _want=$2 _sub=$3
    shift 3
    "$@" >"$OUT/err.stdout" 2>"$OUT/err.stderr"
    _st=$?
    if [ "$_st" = "$_want" ] && grep -qF -- "$_sub" "$OUT/err.stderr"; then
        ok "$_name"
    else
        ko "$_name (exit $_st, wanted $_want and: $_sub)"
        note <"$OUT/err.stderr"
    fi
}

# ---------------------------------------------------------------- arguments
if "$ESCAPE_REPORT" --help >"$OUT/help" 2>&1 && grep -q '^Usage: escape-report' "$OUT/help"
then ok "--help prints the usage and exits 0"
else ko "--help prints the usage and exits 0"; fi
if "$ESCAPE_REPORT" --version >"$OUT/version" 2>&1 &&
   grep -q '^escape-report .* (report schema "escape-report" version 1)$' "$OUT/version"
then ok "--version names the schema version"
else ko "--version names the schema version"; note <"$OUT/version"; fi
expect_error "unknown option" 2 "unknown option '--bogus'" \
    "$ESCAPE_REPORT" --bogus $TS/samples/build
expect_error "--top needs a number" 2 "invalid number 'many' for --top" \
    "$ESCAPE_REPORT" --top many $TS/samples/build
expect_error "--by needs file or dir" 2 "invalid value 'tree' for --by" \
    "$ESCAPE_REPORT" --by tree $TS/samples/build
expect_error "one output format" 2 "choose one of --text, --html and --sarif" \
    "$ESCAPE_REPORT" --html --sarif $TS/samples/build
expect_error "no input" 2 "no report files or directories given" \
    "$ESCAPE_REPORT" --html
expect_error "--sarif-no-moved needs --sarif" 2 "--sarif-no-moved needs --sarif" \
    "$ESCAPE_REPORT" --html --sarif-no-moved $TS/samples/build
# --source-url: a template with {path}, for --html only.
expect_error "--source-url needs {path}" 2 \
    "invalid template 'https://example.org/x#L{line}' for --source-url (it needs {path}; {line} is optional)" \
    "$ESCAPE_REPORT" --html --source-url 'https://example.org/x#L{line}' $TS/samples/build
expect_error "--source-url needs a template" 2 "--source-url needs a template" \
    "$ESCAPE_REPORT" --html --source-url= $TS/samples/build
expect_error "--source-url needs --html" 2 "--source-url needs --html" \
    "$ESCAPE_REPORT" --text --source-url 'https://example.org/{path}' $TS/samples/build
# --info-uri: an absolute http or https URI, else exit 2 naming it.
for uri in relative/page ftp://example.org/ https:// 'https://exa mple.org/' \
           'https://example.org/%zz' https:///path mailto:a@example.org; do
    expect_error "--info-uri rejects '$uri'" 2 \
        "invalid URI '$uri' for --info-uri (expected an absolute http or https URI)" \
        "$ESCAPE_REPORT" --sarif --info-uri "$uri" $TS/samples/build
done
# Given, it is the driver's informationUri; not given, there is none (no
# placeholder: the golden files have none).
"$ESCAPE_REPORT" --sarif --info-uri=https://example.org/escape%20docs $TS/samples/build >"$OUT/info.sarif"
if python3 -c '
import json, sys
d = json.load (open (sys.argv[1]))["runs"][0]["tool"]["driver"]
sys.exit (d.get ("informationUri") != "https://example.org/escape%20docs")' "$OUT/info.sarif"
then ok "--info-uri sets tool.driver.informationUri"
else ko "--info-uri sets tool.driver.informationUri"; fi
if "$ESCAPE_REPORT" --sarif $TS/samples/build | grep -q '"informationUri"'
then ko "no informationUri without --info-uri"
else ok "no informationUri without --info-uri"; fi

# ------------------------------------------------------------- bad reports
# FILE|what the message must say (after "escape-report: FILE: ").
while IFS='|' read -r file msg; do
    expect_error "error: $file" 2 "escape-report: $TS/bad/$file: $msg" \
        "$ESCAPE_REPORT" "$TS/bad/$file"
done <<EOF
syntax.json|invalid JSON at line 3, column 16:
truncated.json|invalid JSON: unexpected end of file
trailing.json|invalid JSON at line 4, column 3:
empty.json|invalid JSON: unexpected end of file
not-object.json|not an escape report (the document is an array, not an object)
no-schema.json|not an escape report (no "schema" field)
wrong-schema.json|not an escape report ("schema" is "gcc-diagnostics", expected "escape-report")
version-2.json|unsupported report version 2 (escape-report reads version 1)
version-string.json|unsupported report version "1" (escape-report reads version 1)
no-options.json|options: missing
missing-line.json|sites[0].line: missing
size-string.json|sites[0].size: expected an integer or null, found a string
bad-verdict.json|sites[0].verdict: unknown verdict "stays"
step-derefs.json|sites[0].path[0].derefs: missing
param-verdict.json|params[0].verdict: unknown verdict "leaks"
directory-relative.json|directory: "build" is not an absolute path
directory-number.json|directory: expected a string or null, found an integer
function-public.json|functions[0].public: expected a boolean, found a string
function-size.json|functions[0].allocator.size.arg: 0 is out of range
function-summary-hash.json|functions[0].summary: does not match its summary_hash 0123456789abcdef
EOF
expect_error "error: missing file" 2 \
    "escape-report: $TS/no-such.escape.json: cannot read: No such file or directory" \
    "$ESCAPE_REPORT" $TS/no-such.escape.json
mkdir -p "$OUT/empty-dir"
expect_error "error: directory without reports" 2 \
    "escape-report: $OUT/empty-dir: no *.escape.json files in this directory" \
    "$ESCAPE_REPORT" "$OUT/empty-dir"
# A bad report among good ones, found by the directory walk, is named.
mkdir -p "$OUT/mixed/deep"
cp "$TS/samples/known-fields.escape.json" "$OUT/mixed/a.escape.json"
cp "$TS/bad/version-2.json" "$OUT/mixed/deep/b.escape.json"
expect_error "error: bad report in a directory" 2 \
    "escape-report: $OUT/mixed/deep/b.escape.json: unsupported report version 2" \
    "$ESCAPE_REPORT" --sarif "$OUT/mixed"
expect_error "error: unwritable output" 2 \
    "escape-report: $OUT/no/such/dir/r.html: cannot write:" \
    "$ESCAPE_REPORT" --html -o "$OUT/no/such/dir/r.html" $TS/samples/build
echo "an older report" >"$OUT/kept.txt"
"$ESCAPE_REPORT" -o "$OUT/kept.txt" $TS/bad/syntax.json 2>/dev/null
if [ "$(cat "$OUT/kept.txt")" = "an older report" ]
then ok "a bad report leaves the -o file alone"
else ko "a bad report leaves the -o file alone"; fi

# ----------------------------------------------------------- reading rules
for fmt in --text --html --sarif; do
    "$ESCAPE_REPORT" $fmt $TS/samples/known-fields.escape.json >"$OUT/known" 2>&1
    "$ESCAPE_REPORT" $fmt $TS/samples/unknown-fields.escape.json >"$OUT/unknown" 2>&1
    if cmp -s "$OUT/known" "$OUT/unknown"
    then ok "unknown fields are ignored ($fmt)"
    else ko "unknown fields are ignored ($fmt)"; diff "$OUT/known" "$OUT/unknown" | head -20 | note; fi
done
# A directory is its *.escape.json files, recursively, in path order, and a
# file named twice is read once.
"$ESCAPE_REPORT" --sarif $TS/samples/build >"$OUT/dir.sarif"
"$ESCAPE_REPORT" --sarif "$TS/samples/build/src%core%arena.c.escape.json" \
    "$TS/samples/build/src%core%parse.c.escape.json" \
    "$TS/samples/build/sub/src%util%strbuf.c.escape.json" \
    "$TS/samples/build/src%core%arena.c.escape.json" >"$OUT/files.sarif"
if cmp -s "$OUT/dir.sarif" "$OUT/files.sarif"
then ok "a directory reads its reports sorted, a file named twice once"
else ko "a directory reads its reports sorted, a file named twice once"; fi

# --------------------------------------------------------- the real build
. $TS/cases.sh
real=yes
if build_all >"$OUT/build.log" 2>&1; then
    ok "the plugin writes reports for the test build"
else
    ko "the plugin writes reports for the test build"
    note <"$OUT/build.log"
    real=no
fi
if [ $real = yes ]; then
    # docs/report-json.md: DIR/<absolute source path, leading / dropped,
    # / as %>.escape.json, renamed into place (no temporary left), one per
    # unit.
    for variant in plain transform; do
        want=$(for s in $REPORT_SRCS; do echo "$TOP/$s" | sed 's|^/*||; s|/|%|g; s|$|.escape.json|'; done | sort)
        have=$(cd "$REPORT_BUILD/real/$variant" && ls -A | sort)
        if [ "$want" = "$have" ]
        then ok "reports named after their units ($variant)"
        else ko "reports named after their units ($variant)"
             printf 'want:\n%s\nhave:\n%s\n' "$want" "$have" | note; fi
    done
fi

# ------------------------------------------------ units of one build
# cc NAME DIR ARGS...: compile in DIR with the plugin (log in $OUT/NAME.log).
cc_in ()
{
    _log=$OUT/$1.log _dir=$2
    shift 2
    (cd "$_dir" && "$ESCAPE_CC" -O2 -fplugin="$ESCAPE_PLUGIN" "$@") >"$_log" 2>&1
}
# Recursive make: a/util.c and b/util.c, each compiled in its own
# directory as "util.c", into one report directory.  Both reports stay,
# each records its compile directory and absolute source, and
# escape-report counts two units whose sites keep their directories.
R=$OUT/rmake
mkdir -p "$R/a" "$R/b"
cat >"$R/a/util.c" <<'SRC'
#include <stdlib.h>
int f (void) { char *p = malloc (8); p[0] = 1; int r = p[0]; free (p); return r; }
SRC
cat >"$R/b/util.c" <<'SRC'
#include <stdlib.h>
void *k;
void g (void) { k = malloc (8); }
SRC
if cc_in rmake-a "$R/a" -fplugin-arg-escape-report="$R/reports/" -c util.c -o util.o &&
   cc_in rmake-b "$R/b" -fplugin-arg-escape-report="$R/reports/" -c util.c -o util.o
then
    have=$(cd "$R/reports" && ls -A | tr '\n' ' ')
    want="$(echo "$R/a/util.c" | sed 's|^/*||; s|/|%|g').escape.json $(echo "$R/b/util.c" | sed 's|^/*||; s|/|%|g').escape.json "
    if [ "$have" = "$want" ]
    then ok "recursive make: a/util.c and b/util.c keep a report each"
    else ko "recursive make: a/util.c and b/util.c keep a report each"; printf 'want: %s\nhave: %s\n' "$want" "$have" | note; fi
    for d in a b; do
        f="$R/reports/$(echo "$R/$d/util.c" | sed 's|^/*||; s|/|%|g').escape.json"
        if grep -qxF "  \"unit\": \"util.c\"," "$f" &&
           grep -qxF "  \"directory\": \"$R/$d\"," "$f" &&
           grep -qxF "  \"source\": \"$R/$d/util.c\"," "$f"
        then ok "recursive make: $d's report records its directory and source"
        else ko "recursive make: $d's report records its directory and source"; head -8 "$f" | note; fi
    done
    "$ESCAPE_REPORT" --srcroot "$R" --top 5 "$R/reports" >"$OUT/rmake.txt" 2>&1
    if grep -q '^escape-report: 2 units, 2 allocation sites' "$OUT/rmake.txt" &&
       grep -qF '1. b/util.c:3:21: malloc(8) in g: escapes to heap' "$OUT/rmake.txt"
    then ok "recursive make: escape-report counts both units, paths kept apart"
    else ko "recursive make: escape-report counts both units, paths kept apart"; note <"$OUT/rmake.txt"; fi
    # Without --srcroot, paths are shown relative to the current directory.
    (cd "$R" && "$ESCAPE_REPORT" --html reports) >"$OUT/rmake.html" 2>&1
    if grep -qF 'title="reported by a/util.c">a/util.c:2:26' "$OUT/rmake.html" &&
       grep -qF 'title="reported by b/util.c">b/util.c:3:21' "$OUT/rmake.html"
    then ok "recursive make: the HTML names each unit by its own path"
    else ko "recursive make: the HTML names each unit by its own path"; grep 'reported by' "$OUT/rmake.html" | note; fi
else
    ko "recursive make: the compiles succeed"; cat "$OUT/rmake-a.log" "$OUT/rmake-b.log" | note
fi

# Out of tree: build/ next to src/, the compiler given ../src/compile.c.
# --srcroot makes the paths relative to the checkout, and SARIF says what
# they are relative to (uriBaseId, originalUriBaseIds).
T=$OUT/oot
mkdir -p "$T/src" "$T/build"
cat >"$T/src/compile.c" <<'SRC'
#include <stdlib.h>
int f (void) { char *p = malloc (8); p[0] = 1; int r = p[0]; free (p); return r; }
SRC
if cc_in oot "$T/build" -fplugin-arg-escape-report=reports/ -c ../src/compile.c -o compile.o; then
    "$ESCAPE_REPORT" --sarif --srcroot "$T" -o "$OUT/oot.sarif" "$T/build/reports" 2>"$OUT/oot.err"
    if python3 -c '
import json, sys
run = json.load (open (sys.argv[1]))["runs"][0]
loc = run["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
base = run["originalUriBaseIds"][loc["uriBaseId"]]["uri"]
sys.exit (not (loc["uri"] == "src/compile.c" and base == "file://" + sys.argv[2] + "/"))' "$OUT/oot.sarif" "$T" &&
       "$REPORT_CHECK" sarif "$OUT/oot.sarif" >"$OUT/oot.check" 2>&1
    then ok "out of tree: --srcroot maps ../src/compile.c to src/compile.c below %SRCROOT%"
    else ko "out of tree: --srcroot maps ../src/compile.c to src/compile.c below %SRCROOT%"; cat "$OUT/oot.err" "$OUT/oot.check" | note; grep -A3 artifactLocation "$OUT/oot.sarif" | head -8 | note; fi
    "$ESCAPE_REPORT" --srcroot "$T" --html "$T/build/reports" >"$OUT/oot.html" 2>&1
    if grep -qF '>src/compile.c:2:26<' "$OUT/oot.html"
    then ok "out of tree: --srcroot shows src/compile.c in the HTML"
    else ko "out of tree: --srcroot shows src/compile.c in the HTML"; grep 'class="where"' "$OUT/oot.html" | head -3 | note; fi
    # A report from before "directory": its relative paths are read
    # against the current directory, and one outside the source root is
    # an absolute file: URI, never a relative URI without a base.
    mkdir -p "$T/old"
    sed '/^  "directory": /d; /^  "source": /d' "$T"/build/reports/*.escape.json >"$T/old/old.escape.json"
    (cd "$T/build" && "$ESCAPE_REPORT" --sarif ../old) >"$OUT/oot-old.sarif" 2>&1
    if ! grep -q '"directory"' "$T/old/old.escape.json" &&
       grep -qF "\"uri\": \"file://$T/src/compile.c\"" "$OUT/oot-old.sarif" &&
       "$REPORT_CHECK" sarif "$OUT/oot-old.sarif" >"$OUT/oot.check" 2>&1
    then ok "out of tree, report without directory: ../src/compile.c is an absolute file: URI"
    else ko "out of tree, report without directory: ../src/compile.c is an absolute file: URI"; cat "$OUT/oot.check" | note; grep -A1 '"uri"' "$OUT/oot-old.sarif" | note; fi
else
    ko "out of tree: the compile succeeds"; note <"$OUT/oot.log"
fi

# ------------------------------------------ reports recorded in objects
# Each unit's report is also recorded in its object (.escape.report, not
# allocated): escape-report reads it back from the object, an archive
# and the linked program, and finds the same units as in the report
# directory (one document read once, wherever it is found).
O=$OUT/objects
mkdir -p "$O"
cat >"$O/main.c" <<'SRC'
int f (void);
void g (void);
int main (void) { g (); return f (); }
SRC
if cc_in obj-a "$R/a" -fplugin-arg-escape-report="$O/reports/" -c util.c -o "$O/a.o" &&
   cc_in obj-b "$R/b" -fplugin-arg-escape-report-object -c util.c -o "$O/b.o" &&
   cc_in obj-b2 "$R/b" -fplugin-arg-escape-report="$O/reports/" -c util.c -o /dev/null &&
   "$ESCAPE_CC" -c "$O/main.c" -o "$O/main.o" && ar rc "$O/lib.a" "$O/a.o" "$O/b.o" &&
   "$ESCAPE_CC" -Wl,--gc-sections "$O/main.o" "$O/a.o" "$O/b.o" -o "$O/prog" &&
   "$ESCAPE_CC" "$O/main.o" "$O/lib.a" -o "$O/prog-ar" && strip "$O/prog" -o "$O/prog-stripped"
then
    (cd "$R" && "$ESCAPE_REPORT" --top 5 "$O/reports") >"$OUT/obj-dir.txt" 2>&1
    for what in "a.o b.o" lib.a prog prog-ar prog-stripped "prog a.o lib.a $O/reports"; do
        # shellcheck disable=SC2086  # several files on purpose
        (cd "$O" && cd "$R" && "$ESCAPE_REPORT" --top 5 $(for w in $what; do case $w in /*) echo "$w";; *) echo "$O/$w";; esac; done)) >"$OUT/obj.txt" 2>&1
        if grep -q '^escape-report: 2 units' "$OUT/obj.txt" && cmp -s "$OUT/obj-dir.txt" "$OUT/obj.txt"
        then ok "reports read back from $what: the report directory's units"
        else ko "reports read back from $what: the report directory's units"; diff "$OUT/obj-dir.txt" "$OUT/obj.txt" | head -10 | note; fi
    done
    # Not allocated (no A flag), so the program's memory image is the one
    # it has without the reports; --gc-sections and strip keep it.
    if objdump -h "$O/prog" | grep -A1 ' \.escape\.report ' >"$OUT/obj-sec.txt" &&
       grep -q CONTENTS "$OUT/obj-sec.txt" && ! grep -q ALLOC "$OUT/obj-sec.txt" &&
       { "$O/prog"; [ $? = 1 ]; }
    then ok "the linked program keeps the report in a section it does not load"
    else ko "the linked program keeps the report in a section it does not load"; note <"$OUT/obj-sec.txt"; fi
    expect_error "error: an object without a report" 2 \
        "escape-report: $O/main.o: no escape report in this file (no section .escape.report: compile with -fplugin-arg-escape-report-object or -fplugin-arg-escape-report=PATH)" \
        "$ESCAPE_REPORT" "$O/main.o"
else
    ko "reports in objects: the build succeeds"; cat "$OUT"/obj-*.log | note
fi

# ------------------------------------------ allocator wrappers of the build
# testsuite/report/wrappers: alloc.c defines public wrappers (xmalloc,
# xcalloc, a constant-size cell_alloc, the deallocator xfree), a static
# one and one that also keeps its object in a global; main.c calls them.
# escape-report lists exactly the public wrappers with their declarations
# (wrappers/expected.txt) and --write-allocators writes them
# (wrappers/expected.alloc); a second build that reads that file makes
# main.c's calls allocation sites (xmalloc(16) then moves), and the
# program still runs.  A unit with a static xcalloc that does more than
# allocate (other.c) keeps xcalloc out of the list.
W=$OUT/wrappers
WS=$TOP/$TS/wrappers
mkdir -p "$W"
wrappers_build ()   # DIR [PLUGIN OPTIONS...]
{
    _d=$1; shift
    mkdir -p "$W/$_d/r" &&
    for _u in alloc main; do
        (cd "$WS" && "$ESCAPE_CC" -O2 -fplugin="$ESCAPE_PLUGIN" \
            -fplugin-arg-escape-report="$W/$_d/r/" "$@" -c $_u.c -o "$W/$_d/$_u.o") || return 1
    done
}
# main.c's sites in report directory $1, one "allocator call verdict moved" a line.
main_sites () { python3 -c '
import glob, json, sys
for f in glob.glob(sys.argv[1] + "/*main.c.escape.json"):
    for s in json.load(open(f))["sites"]:
        print(s["allocator"], s["call"], s["verdict"].replace(" ", "-"), s["moved"])
' "$1"; }
if wrappers_build first >"$W/first.log" 2>&1 &&
   "$ESCAPE_REPORT" --srcroot "$WS" --write-allocators "$W/first.alloc" "$W/first/r" >"$W/first.txt" 2>&1
then
    sed -n '/^Allocator wrappers defined/,/^$/p' "$W/first.txt" >"$W/first.section"
    if diff -u "$WS/expected.txt" "$W/first.section" >"$W/first.diff"
    then ok "wrappers: the public allocator wrappers, with their declarations (not the static one, not the one that keeps its object)"
    else ko "wrappers: the public allocator wrappers, with their declarations (not the static one, not the one that keeps its object)"; note <"$W/first.diff"; fi
    if diff -u "$WS/expected.alloc" "$W/first.alloc" >"$W/alloc.diff"
    then ok "wrappers: --write-allocators writes them as an allocators file"
    else ko "wrappers: --write-allocators writes them as an allocators file"; note <"$W/alloc.diff"; fi
    "$ESCAPE_REPORT" --html --srcroot "$WS" "$W/first/r" >"$W/first.html" 2>&1
    if [ "$(grep -c '^<li><code>[a-z_]*</code> at .* wraps <code>.*</code>: <code>-fplugin-arg-escape-allocator=' "$W/first.html")" = 3 ] &&
       grep -qF 'xcalloc</code> at alloc.c:22:1 wraps <code>calloc</code>: <code>-fplugin-arg-escape-allocator=xcalloc:1*2:xfree</code>' "$W/first.html"
    then ok "wrappers: the HTML page lists them"
    else ko "wrappers: the HTML page lists them"; grep -i wrap "$W/first.html" | note; fi
    # Without the declarations main.c has one site only: kept_alloc is
    # none (it keeps its object), the wrappers' calls are unknown calls.
    main_sites "$W/first/r" >"$W/first.sites"
    if [ ! -s "$W/first.sites" ]
    then ok "wrappers: undeclared, main.c's calls of them are no allocation sites"
    else ko "wrappers: undeclared, main.c's calls of them are no allocation sites"; note <"$W/first.sites"; fi
    if wrappers_build second -fplugin-arg-escape-allocators="$W/first.alloc" \
           -fplugin-arg-escape-transform >"$W/second.log" 2>&1 &&
       "$ESCAPE_CC" "$W/second/alloc.o" "$W/second/main.o" -o "$W/second/prog"
    then
        main_sites "$W/second/r" >"$W/second.sites"
        printf '%s\n' "xmalloc xmalloc(16) does-not-escape True" \
            "xcalloc xcalloc(2, 8) does-not-escape True" >"$W/second.want"
        if diff -u "$W/second.want" "$W/second.sites" >"$W/second.diff"
        then ok "wrappers: built with the written file, main.c's calls are allocation sites and move"
        else ko "wrappers: built with the written file, main.c's calls are allocation sites and move"; note <"$W/second.diff"; fi
        "$W/second/prog"; _st=$?
        if [ $_st = 42 ]
        then ok "wrappers: the program built with the declarations runs as before"
        else ko "wrappers: the program built with the declarations runs as before (exit $_st, wanted 42)"; fi
        # The second build's reports declare the same again.
        "$ESCAPE_REPORT" --srcroot "$WS" --write-allocators "$W/second.alloc" "$W/second/r" >/dev/null 2>&1
        if cmp -s "$W/first.alloc" "$W/second.alloc"
        then ok "wrappers: the file written from the second build is the first one"
        else ko "wrappers: the file written from the second build is the first one"; diff "$W/first.alloc" "$W/second.alloc" | note; fi
    else
        ko "wrappers: the build with the written allocators file succeeds"; note <"$W/second.log"
    fi
    # other.c: a static xcalloc that counts its calls.
    mkdir -p "$W/other"
    if (cd "$WS" && "$ESCAPE_CC" -O2 -fplugin="$ESCAPE_PLUGIN" \
            -fplugin-arg-escape-report="$W/first/r/" -c other.c -o "$W/other/other.o") >"$W/other.log" 2>&1 &&
       "$ESCAPE_REPORT" --srcroot "$WS" --write-allocators "$W/other.alloc" "$W/first/r" >"$W/other.txt" 2>&1
    then
        if grep -q '^xmalloc:1:xfree$' "$W/other.alloc" && ! grep -q 'xcalloc' "$W/other.alloc" &&
           ! grep -q '^  xcalloc at' "$W/other.txt"
        then ok "wrappers: a name another unit defines differently (a static xcalloc) is not listed"
        else ko "wrappers: a name another unit defines differently (a static xcalloc) is not listed"; note <"$W/other.alloc"; fi
    else
        ko "wrappers: other.c builds"; note <"$W/other.log"
    fi
else
    ko "wrappers: the first build succeeds"; cat "$W/first.log" "$W/first.txt" 2>/dev/null | note
fi
expect_error "error: unwritable --write-allocators" 2 \
    "escape-report: $OUT/no/such/dir/w.alloc: cannot write:" \
    "$ESCAPE_REPORT" --write-allocators "$OUT/no/such/dir/w.alloc" $TS/samples/build
expect_error "--write-allocators needs a file" 2 "--write-allocators needs a file name" \
    "$ESCAPE_REPORT" --write-allocators= $TS/samples/build
expect_error "--write-allocators is not for --baseline" 2 "--write-allocators does not go with --baseline" \
    "$ESCAPE_REPORT" --write-allocators "$OUT/w.alloc" --baseline $TS/samples/build $TS/samples/build

# Summaries across units without LTO (docs/design.md, "Summaries across
# units"): a first build's reports give escape-report --write-summaries
# the summaries of lib.c's public functions (not its static pick, not
# helper, which tool.c, another program of the build, defines
# differently); main.c compiled with them moves the array it hands to
# fill and total, keeps the one keep stores escaping, and the program
# prints what the plain one does, linked by GNU ld, gold and lld.  A lib.c
# changed after the summaries were written (-DSTALE: fill keeps its
# argument) makes the link fail, naming the function, with each linker,
# with --gc-sections and from an archive; summaries written again from
# that build link, and the array stays on the heap then.  A shared
# library links when its summaries are fresh and fails when not.
S=$OUT/summaries
SS=$TOP/$TS/summaries
mkdir -p "$S"
sums_build ()   # DIR [OPTIONS...]: lib.c mid.c main.c tool.c into DIR, reports in DIR/r
{
    _d=$1; shift
    mkdir -p "$S/$_d/r" &&
    for _u in lib mid main tool; do
        (cd "$SS" && "$ESCAPE_CC" -O2 -fplugin="$ESCAPE_PLUGIN" \
            -fplugin-arg-escape-report="$S/$_d/r/" "$@" -c $_u.c -o "$S/$_d/$_u.o") || return 1
    done
}
# The names in summaries file $1, one a line.
sums_names () { python3 -c '
import json, sys
for l in open(sys.argv[1]):
    if l.strip() and not l.startswith("#"):
        print(json.loads(l)["function"])
' "$1"; }
# main.c's sites in report directory $1: "call verdict moved" a line.
sums_sites () { python3 -c '
import glob, json, sys
for f in glob.glob(sys.argv[1] + "/*summaries%main.c.escape.json"):
    for s in json.load(open(f))["sites"]:
        print(s["call"], s["verdict"].replace(" ", "-"), s["moved"])
' "$1"; }
# sums_link NAME WANT OUT LINK-ARGS...: WANT ok or fail; a failing link must
# name fill's summary symbol.
sums_link ()
{
    _n=$1 _want=$2 _out=$3; shift 3
    "$ESCAPE_CC" "$@" -o "$_out" >"$S/link.log" 2>&1; _st=$?
    if [ "$_want" = ok ]; then
        if [ $_st = 0 ] && [ "$("$_out")" = "$plain_out" ]
        then ok "summaries: $_n"
        else ko "summaries: $_n (link exit $_st)"; note <"$S/link.log"; fi
    else
        if [ $_st != 0 ] && grep -q '__escape_summary\.fill\.[0-9a-f]\{16\}' "$S/link.log"
        then ok "summaries: $_n"
        else ko "summaries: $_n (link exit $_st)"; note <"$S/link.log"; fi
    fi
}
mkdir -p "$S/plain"
(cd "$SS" && "$ESCAPE_CC" -O2 lib.c mid.c main.c -o "$S/plain/prog") >"$S/plain.log" 2>&1
plain_out=$("$S/plain/prog" 2>&1)
if [ "$plain_out" = "52 41 2 3" ] &&
   sums_build first >"$S/first.log" 2>&1 &&
   "$ESCAPE_REPORT" --write-summaries "$S/first.sums" "$S/first/r" >/dev/null 2>"$S/first.err"
then
    sums_names "$S/first.sums" | sort >"$S/first.names"
    if grep -qx fill "$S/first.names" && grep -qx total "$S/first.names" &&
       grep -qx keep "$S/first.names" && ! grep -qx pick "$S/first.names" &&
       ! grep -qx weak_total "$S/first.names" &&
       ! grep -qx helper "$S/first.names" &&
       grep -q '^# helper: left out, defined differently in two units$' "$S/first.sums"
    then ok "summaries: --write-summaries lists the public functions, not a static one, not a weak one, not one defined differently in two units"
    else ko "summaries: --write-summaries lists the public functions, not a static one, not a weak one, not one defined differently in two units"; note <"$S/first.sums"; fi
    # The reports recorded in the objects carry the same summaries (a
    # compiler cache hit writes no report file, but hands back the object).
    if "$ESCAPE_REPORT" --write-summaries "$S/first-obj.sums" "$S"/first/*.o >/dev/null 2>&1 &&
       cmp -s "$S/first.sums" "$S/first-obj.sums"
    then ok "summaries: written from the objects, the file is the same"
    else ko "summaries: written from the objects, the file is the same"; diff "$S/first.sums" "$S/first-obj.sums" | note; fi
    sums_sites "$S/first/r" >"$S/first.sites"
    if ! grep -q 'does-not-escape' "$S/first.sites"
    then ok "summaries: without them, what main.c hands to another unit escapes"
    else ko "summaries: without them, what main.c hands to another unit escapes"; note <"$S/first.sites"; fi
    if sums_build second -fplugin-arg-escape-summaries="$S/first.sums" \
           -fplugin-arg-escape-transform >"$S/second.log" 2>&1
    then
        sums_sites "$S/second/r" >"$S/second.sites"
        printf '%s\n' "malloc(32) does-not-escape True" "malloc(24) escapes-to-heap False" \
            "malloc(16) escapes-to-heap False" "malloc(4) escapes-to-heap False" >"$S/second.want"
        if diff -u "$S/second.want" "$S/second.sites" >"$S/second.diff"
        then ok "summaries: with them, the array fill and total receive moves; what keep, helper (left out) and mean (which leaked in the first build) receive escapes"
        else ko "summaries: with them, the array fill and total receive moves; what keep, helper (left out) and mean (which leaked in the first build) receive escapes"; note <"$S/second.diff"; fi
        # mean's summary is finer in this build: mid.o answers to both.
        if nm "$S/second/mid.o" | grep -c ' A __escape_summary\.mean\.' | grep -qx 2
        then ok "summaries: a definition whose summary became finer also answers to the one callers used"
        else ko "summaries: a definition whose summary became finer also answers to the one callers used"; nm "$S/second/mid.o" | note; fi
        # Written again from this build, the summaries go one step further.
        if "$ESCAPE_REPORT" --write-summaries "$S/second.sums" "$S/second/r" >/dev/null 2>&1 &&
           sums_build third -fplugin-arg-escape-summaries="$S/second.sums" \
               -fplugin-arg-escape-transform >"$S/third.log" 2>&1 &&
           sums_sites "$S/third/r" | grep -x 'malloc(24) does-not-escape True' >/dev/null
        then ok "summaries: written again from the second build, what mean receives moves too"
        else ko "summaries: written again from the second build, what mean receives moves too"; sums_sites "$S/third/r" | note; fi
        sums_link "the third build links with the second build's library objects" ok "$S/third/prog" \
            "$S/third/main.o" "$S/second/mid.o" "$S/second/lib.o"
        if grep -q '"why": "call parameter, keep leaks it to the heap"' "$S"/second/r/*summaries%main.c.escape.json
        then ok "summaries: the escape's path names keep's summary step"
        else ko "summaries: the escape's path names keep's summary step"; fi
        for ld in bfd gold lld; do
            sums_link "fresh summaries link and run with ld.$ld" ok "$S/second/prog-$ld" \
                -fuse-ld=$ld "$S/second/main.o" "$S/second/mid.o" "$S/second/lib.o"
        done
        sums_link "fresh summaries link with --gc-sections" ok "$S/second/prog-gc" \
            -Wl,--gc-sections "$S/second/main.o" "$S/second/mid.o" "$S/second/lib.o"
        # The stale definition.
        mkdir -p "$S/stale/r"
        if (cd "$SS" && "$ESCAPE_CC" -O2 -DSTALE -fplugin="$ESCAPE_PLUGIN" \
                -fplugin-arg-escape-summaries="$S/first.sums" \
                -fplugin-arg-escape-report="$S/stale/r/" -c lib.c -o "$S/stale/lib.o") >"$S/stale.log" 2>&1
        then
            for ld in bfd gold lld; do
                sums_link "a stale summary fails the link with ld.$ld" fail "$S/stale/prog" \
                    -fuse-ld=$ld "$S/second/main.o" "$S/second/mid.o" "$S/stale/lib.o"
            done
            sums_link "a stale summary fails the link with --gc-sections" fail "$S/stale/prog" \
                -Wl,--gc-sections "$S/second/main.o" "$S/second/mid.o" "$S/stale/lib.o"
            # lib.c as it was, but compiled without the plugin.
            (cd "$SS" && "$ESCAPE_CC" -O2 -c lib.c -o "$S/stale/plain-lib.o") >>"$S/stale.log" 2>&1
            sums_link "a definition compiled without the plugin fails the link" fail "$S/stale/prog" \
                "$S/second/main.o" "$S/second/mid.o" "$S/stale/plain-lib.o"
            rm -f "$S/stale/liblib.a"
            ar rcs "$S/stale/liblib.a" "$S/second/mid.o" "$S/stale/lib.o"
            sums_link "a stale summary fails the link from an archive" fail "$S/stale/prog" \
                "$S/second/main.o" "$S/stale/liblib.a"
            if grep -q "undefined reference to \`__escape_summary\.fill\." "$S/link.log"
            then ok "summaries: GNU ld's message names the function"
            else ko "summaries: GNU ld's message names the function"; note <"$S/link.log"; fi
            # Written again from the stale build's reports (main.c's and
            # tool.c's reports from the second build), the file links.
            cp "$S"/second/r/*main.c.escape.json "$S"/second/r/*tool.c.escape.json \
               "$S"/second/r/*mid.c.escape.json "$S/stale/r/"
            if "$ESCAPE_REPORT" --write-summaries "$S/stale.sums" "$S/stale/r" >/dev/null 2>&1 &&
               (cd "$SS" && "$ESCAPE_CC" -O2 -fplugin="$ESCAPE_PLUGIN" \
                    -fplugin-arg-escape-summaries="$S/stale.sums" -fplugin-arg-escape-transform \
                    -fplugin-arg-escape-report="$S/stale/r2/" -c main.c -o "$S/stale/main.o") >"$S/stale2.log" 2>&1
            then
                sums_link "summaries written again link and run" ok "$S/stale/prog2" \
                    "$S/stale/main.o" "$S/second/mid.o" "$S/stale/lib.o"
                if sums_sites "$S/stale/r2" | grep -x 'malloc(32) escapes-to-heap False' >/dev/null
                then ok "summaries: written again, the array fill now keeps stays on the heap"
                else ko "summaries: written again, the array fill now keeps stays on the heap"; sums_sites "$S/stale/r2" | note; fi
            else
                ko "summaries: the build with summaries written again succeeds"; note <"$S/stale2.log"
            fi
        else
            ko "summaries: the stale lib.c builds"; note <"$S/stale.log"
        fi
    else
        ko "summaries: the build with the summaries file succeeds"; note <"$S/second.log"
    fi
    # A shared library: -fPIC definitions are trusted (and publish
    # summaries) only when they cannot be interposed, here hidden.
    if sums_build pic1 -fPIC -fvisibility=hidden >"$S/pic1.log" 2>&1 &&
       "$ESCAPE_REPORT" --write-summaries "$S/pic.sums" "$S/pic1/r" >/dev/null 2>&1 &&
       grep -q '"function":"fill"' "$S/pic.sums" &&
       sums_build pic2 -fPIC -fvisibility=hidden -fplugin-arg-escape-summaries="$S/pic.sums" >"$S/pic2.log" 2>&1 &&
       (cd "$SS" && "$ESCAPE_CC" -O2 -fPIC -fvisibility=hidden -DSTALE -fplugin="$ESCAPE_PLUGIN" \
            -fplugin-arg-escape-summaries="$S/pic.sums" -c lib.c -o "$S/pic2/stale.o") >>"$S/pic2.log" 2>&1
    then
        if "$ESCAPE_CC" -shared "$S/pic2/main.o" "$S/pic2/mid.o" "$S/pic2/lib.o" -o "$S/pic2/ok.so" >"$S/link.log" 2>&1
        then ok "summaries: a shared library with fresh summaries links"
        else ko "summaries: a shared library with fresh summaries links"; note <"$S/link.log"; fi
        sums_link "a shared library with a stale summary fails to link" fail "$S/pic2/bad.so" \
            -shared "$S/pic2/main.o" "$S/pic2/mid.o" "$S/pic2/stale.o"
    else
        ko "summaries: the -fPIC builds succeed"; cat "$S/pic1.log" "$S/pic2.log" 2>/dev/null | note
    fi
    # Interposable (-fPIC, default visibility): no summary is published.
    if sums_build pic3 -fPIC >"$S/pic3.log" 2>&1 &&
       "$ESCAPE_REPORT" --write-summaries "$S/pic3.sums" "$S/pic3/r" >/dev/null 2>&1 &&
       ! grep -q '"function":"fill"' "$S/pic3.sums"
    then ok "summaries: an interposable -fPIC definition publishes none"
    else ko "summaries: an interposable -fPIC definition publishes none"; note <"$S/pic3.log"; fi
    # Nor does code for a shared library use one of a function of default
    # visibility (the call may bind elsewhere at load time, and the
    # definition there published none): no reference, the library links.
    if (cd "$SS" && "$ESCAPE_CC" -O2 -fPIC -fplugin="$ESCAPE_PLUGIN" \
            -fplugin-arg-escape-summaries="$S/first.sums" -c main.c -o "$S/pic3/main-sums.o") >"$S/pic4.log" 2>&1 &&
       ! nm "$S/pic3/main-sums.o" | grep -q '__escape_summary\.'
    then ok "summaries: -fPIC code uses no summary of a function of default visibility"
    else ko "summaries: -fPIC code uses no summary of a function of default visibility"; { cat "$S/pic4.log"; nm "$S/pic3/main-sums.o"; } 2>&1 | note; fi
else
    ko "summaries: the first build succeeds (plain output: $plain_out)"; cat "$S/first.log" "$S/first.err" 2>/dev/null | note
fi

# two_passes SRC OUT UNITS...: the documented two-pass build of the units
# SRC/UNIT.c into OUT (a first build writing reports, escape-report
# --write-summaries, a second with the file, -transform and -m), linked
# into OUT/prog in the order given; everything said into OUT/log.
two_passes ()
{
    _src=$1 _out=$2; shift 2
    rm -rf "$_out"; mkdir -p "$_out/r1"
    (cd "$_src" && for _u in "$@"; do "$ESCAPE_CC" -O2 -fplugin="$ESCAPE_PLUGIN" \
        -fplugin-arg-escape-report="$_out/r1/" -c $_u.c -o "$_out/p1-$_u.o" || exit 1; done) >"$_out/log" 2>&1 &&
    "$ESCAPE_REPORT" --write-summaries "$_out/s1" "$_out/r1" >/dev/null 2>>"$_out/log" &&
    (cd "$_src" && for _u in "$@"; do "$ESCAPE_CC" -O2 -fplugin="$ESCAPE_PLUGIN" \
        -fplugin-arg-escape-summaries="$_out/s1" -fplugin-arg-escape-transform -fplugin-arg-escape-m \
        -c $_u.c -o "$_out/$_u.o" || exit 1; done) >>"$_out/log" 2>&1 &&
    (cd "$_out" && "$ESCAPE_CC" -o prog $(printf '%s.o ' "$@")) >>"$_out/log" 2>&1
}

# A function that hands its parameter to another unit's function: the
# first build's summary sends it to the heap, the second's (knowing the
# callee, which stores a pointer of its own into the object) says the
# object holds the callee's pointers instead; the second build links
# (it did not: measured on Lua and jq).
S2=$OUT/summaries-foreign
if two_passes "$TOP/$TS/summaries-foreign" "$S2" a b main && "$S2/prog"
then ok "summaries: a second build whose summaries found a callee's own pointers links and runs"
else ko "summaries: a second build whose summaries found a callee's own pointers links and runs"; note <"$S2/log"; fi
# A constructor whose second-build summary hands over one object more
# than the first build's (st_init, a.c: the array b.c's arr_add makes,
# unknown in the first build) and holds more of its parameters: the
# first build's summary takes that object for the heap, as its callers
# did, so the second build links and prints what the plain one does (it
# did not: measured on Debian's tcc, tccelf_new and dynarray_add).
S4=$OUT/summaries-fresh
if two_passes "$TOP/$TS/summaries-fresh" "$S4" a b main && [ "$("$S4/prog")" = "1 5 7" ]
then ok "summaries: a second build whose constructor hands over an object more links and runs"
else ko "summaries: a second build whose constructor hands over an object more links and runs"; note <"$S4/log"; fi
# A summary the second build makes finer in a way no flow rule covers
# (addgsub, buf.c, reduced from Lua's luaL_addgsub: knowing api.c's
# lua_rotate, it says addgsub may write into what its argument points
# to): solving buf.c again as the first build did gives the first
# build's summary back, so buf.o answers to it too, main.c's string
# handed to addgsub moves, and the program links and prints what the
# plain one does (Lua did not link in two passes).
S5=$OUT/summaries-unfiled
if two_passes "$TOP/$TS/summaries-unfiled" "$S5" api buf main &&
   [ "$("$S5/prog")" = "abcabc 6 1" ] &&
   [ "$(nm "$S5/buf.o" | grep -c ' A __escape_summary\.addgsub\.')" = 2 ] &&
   grep -q 'main.c:[0-9]*:[0-9]*: note: moved to stack: malloc(8)' "$S5/log"
then ok "summaries: a definition answers to the summary a first build wrote from the same body"
else ko "summaries: a definition answers to the summary a first build wrote from the same body"; note <"$S5/log"; fi
# Two passes where the second build knows another unit's callee: f (a.c)
# then writes a pointer of its own below its argument (h, c.c), mk and
# mkn hand over the objects xalloc makes, rel frees its argument through
# xfree.  The first build's summaries send those arguments to the heap
# (and say the results are the heap), which covers what the second says:
# the program links and prints what the plain one does.  a.c built with
# -DSTALE instead (f2 now writes below its argument, mk2 allocates, where
# the file's summaries neither send it to the heap nor say the result is
# the heap's) fails to link, naming both.
SR=$TOP/$TS/summaries-roles
S3=$OUT/summaries-roles
if two_passes "$SR" "$S3" a c main &&
   (cd "$SR" && "$ESCAPE_CC" -O2 a.c c.c main.c -o "$S3/plain") >>"$S3/log" 2>&1 &&
   [ "$("$S3/plain" 2>&1)" = "1 7 1" ] && [ "$("$S3/prog")" = "1 7 1" ]
then ok "summaries: a second build in which functions write deep, allocate and free through another unit links and runs"
else ko "summaries: a second build in which functions write deep, allocate and free through another unit links and runs"; note <"$S3/log"; fi
if (cd "$SR" && "$ESCAPE_CC" -O2 -fplugin="$ESCAPE_PLUGIN" -DSTALE \
        -fplugin-arg-escape-summaries="$S3/s1" -fplugin-arg-escape-transform \
        -c a.c -o "$S3/a-stale.o") >>"$S3/log" 2>&1 &&
   ! "$ESCAPE_CC" -o "$S3/prog-stale" "$S3/a-stale.o" "$S3/c.o" "$S3/main.o" >"$S3/link.log" 2>&1 &&
   grep -q '__escape_summary\.f2\.[0-9a-f]\{16\}' "$S3/link.log" &&
   grep -q '__escape_summary\.mk2\.[0-9a-f]\{16\}' "$S3/link.log" &&
   ! grep -q '__escape_summary\.\(f\|mk\|mkn\|rel\)\.' "$S3/link.log"
then ok "summaries: a definition that writes deep or allocates where the file's summary does not cover it fails to link"
else ko "summaries: a definition that writes deep or allocates where the file's summary does not cover it fails to link"; note <"$S3/link.log"; fi
# calls_out in the summaries file (docs/design.md, "Summaries across
# units"): a leaf says it runs only its unit's code; built with
# -fsanitize-coverage=trace-pc it calls GCC's hook, which another unit may
# define, and says nothing; a unit with assembly at file scope may define
# strtol, and the file says so.
SC=$TOP/$TS/summaries-calls-out
SCO=$OUT/summaries-calls-out
rm -rf "$SCO"; mkdir -p "$SCO/r1" "$SCO/r2" "$SCO/r3"
if (cd "$SC" && "$ESCAPE_CC" -O2 -fplugin="$ESCAPE_PLUGIN" -fplugin-arg-escape-report="$SCO/r1/" \
        -c leaf.c -o "$SCO/leaf.o" &&
    "$ESCAPE_CC" -O2 -fplugin="$ESCAPE_PLUGIN" -fplugin-arg-escape-report="$SCO/r2/" \
        -fsanitize-coverage=trace-pc -c leaf.c -o "$SCO/leaf-cov.o" &&
    "$ESCAPE_CC" -O2 -fplugin="$ESCAPE_PLUGIN" -fplugin-arg-escape-report="$SCO/r3/" \
        -c asmdef.c -o "$SCO/asmdef.o") >"$SCO/log" 2>&1 &&
   "$ESCAPE_REPORT" --write-summaries "$SCO/s1" "$SCO/r1" >/dev/null 2>>"$SCO/log" &&
   "$ESCAPE_REPORT" --write-summaries "$SCO/s2" "$SCO/r2" >/dev/null 2>>"$SCO/log" &&
   "$ESCAPE_REPORT" --write-summaries "$SCO/s3" "$SCO/r3" >/dev/null 2>>"$SCO/log"
then
    if grep -q '^{"function":"leaf",.*"calls_out":false' "$SCO/s1" &&
       grep -q '^{"function":"leaf",' "$SCO/s2" && ! grep -q '"calls_out"' "$SCO/s2"
    then ok "summaries: calls_out is false for a leaf, and not said of one that calls GCC's instrumentation hooks"
    else ko "summaries: calls_out is false for a leaf, and not said of one that calls GCC's instrumentation hooks"; note <"$SCO/s1"; note <"$SCO/s2"; fi
    if grep -qx '{"replaces_libc":"\*"}' "$SCO/s3" && ! grep -q replaces_libc "$SCO/s1"
    then ok "summaries: a unit with assembly at file scope may define a C library function, and the file says so"
    else ko "summaries: a unit with assembly at file scope may define a C library function, and the file says so"; note <"$SCO/s3"; fi
else ko "summaries: the calls_out builds"; note <"$SCO/log"; fi
expect_error "error: unwritable --write-summaries" 2 \
    "escape-report: $OUT/no/such/dir/w.sums: cannot write:" \
    "$ESCAPE_REPORT" --write-summaries "$OUT/no/such/dir/w.sums" $TS/samples/build
expect_error "--write-summaries needs a file" 2 "--write-summaries needs a file name" \
    "$ESCAPE_REPORT" --write-summaries= $TS/samples/build
expect_error "--write-summaries is not for --baseline" 2 "--write-summaries does not go with --baseline" \
    "$ESCAPE_REPORT" --write-summaries "$OUT/w.sums" --baseline $TS/samples/build $TS/samples/build

# ccache: a hit restores the object, and the report with it (the report
# directory gets nothing on a hit: the compiler does not run).
C=$OUT/ccache
mkdir -p "$C"
cc_ccache ()
{
    rm -rf "$C/reports" "$C/a.o"
    (cd "$R/a" && CCACHE_DIR="$C/cache" CCACHE_NOHASHDIR=1 ccache "$ESCAPE_CC" -O2 \
        -fplugin="$ESCAPE_PLUGIN" -fplugin-arg-escape-report="$C/reports/" \
        -c util.c -o "$C/a.o") >"$OUT/ccache.log" 2>&1
}
if cc_ccache && "$ESCAPE_REPORT" "$C/reports" >"$OUT/ccache-miss.txt" 2>&1 && cc_ccache; then
    hits=$(CCACHE_DIR="$C/cache" ccache --print-stats | awk '$1 ~ /^(direct|preprocessed)_cache_hit$/ {n += $2} END {print n + 0}')
    "$ESCAPE_REPORT" "$C/a.o" >"$OUT/ccache-hit.txt" 2>&1
    if [ "$hits" = 1 ] && [ ! -e "$C/reports" ] && cmp -s "$OUT/ccache-miss.txt" "$OUT/ccache-hit.txt"
    then ok "ccache: the object of a cache hit carries the unit's report"
    else ko "ccache: the object of a cache hit carries the unit's report (hits $hits)"; cat "$OUT/ccache.log" "$OUT/ccache-hit.txt" | note; fi
else
    ko "ccache: the compiles succeed"; note <"$OUT/ccache.log"
fi

# distcc, against real distccds on localhost started here.  distccd 3.4
# refuses any command line with -fplugin= ("insecure and not supported"),
# so two routes are tested (docs/build-systems/distcc.md):
# - the client names the plugin itself: the server refuses, and the
#   client compiles locally (its default fallback; the refused host is
#   then backed off); the object carries the report;
# - the client names the wrapper examples/build-systems/distcc/escape-gcc,
#   which the server runs and which adds the plugin there: the compile
#   really runs on the server (distccd's log says COMPILE_OK, the
#   client's "compiled on 127.0.0.1"), whitelisted the way a real server
#   is (a link in /usr/lib/distcc: here bind-mounted in a private mount
#   namespace, so that the machine's directory stays untouched; where no
#   mount namespace can be made, distccd's --enable-tcp-insecure instead).
# Each object's report must be the local compile's (the same SARIF, so
# the same directory and paths too).
D=$OUT/distcc
mkdir -p "$D/fb-state" "$D/wr-state" "$D/bin" "$D/whitelist" && chmod 777 "$D" "$D/fb-state" "$D/wr-state"
if [ "$(id -u)" = 0 ]; then duser="--user nobody"; else duser=""; fi
refused='fplugin= and/or -specs= passed, which are insecure and not supported'
distcc_sarif () { "$ESCAPE_REPORT" --sarif --srcroot "$R/a" "$1"; }
cc_in distcc-local "$R/a" -fplugin-arg-escape-report-object -c util.c -o "$D/local.o" &&
    distcc_sarif "$D/local.o" >"$D/local.sarif" 2>&1
# The fallback.
port=$((20000 + $$ % 20000))
# shellcheck disable=SC2086
distccd --daemon --no-detach --listen 127.0.0.1 --port $port --allow 127.0.0.1 \
    --log-file "$D/fb-distccd.log" --jobs 1 $duser &
dpid=$!
sleep 1
(cd "$R/a" && DISTCC_DIR="$D/fb-state" DISTCC_HOSTS="127.0.0.1:$port/1" \
    DISTCC_LOG="$D/fb-client.log" DISTCC_VERBOSE=1 timeout 120 distcc "$ESCAPE_CC" -O2 \
    -fplugin="$ESCAPE_PLUGIN" -fplugin-arg-escape-report-object -c util.c -o "$D/fb.o") >"$D/fb.out" 2>&1
dst=$?
kill "$dpid" 2>/dev/null
wait "$dpid" 2>/dev/null
if [ $dst = 0 ] && grep -q "$refused" "$D/fb-distccd.log" &&
   grep -q 'failed to distribute util.c to 127.0.0.1:[0-9]*/1, running locally instead' "$D/fb-client.log" &&
   distcc_sarif "$D/fb.o" >"$D/fb.sarif" 2>&1 && cmp -s "$D/local.sarif" "$D/fb.sarif"
then ok "distcc: the server refuses -fplugin=, the client compiles locally, the object has the report"
else ko "distcc: the server refuses -fplugin=, the client compiles locally, the object has the report (exit $dst)"
     { cat "$D/fb.out"; tail -5 "$D/fb-client.log"; tail -3 "$D/fb-distccd.log"; diff "$D/local.sarif" "$D/fb.sarif"; } 2>&1 | head -30 | note
fi
# The wrapper, run by the server.
cp examples/build-systems/distcc/escape-gcc "$D/bin/escape-gcc"
chmod 755 "$D/bin" "$D/bin/escape-gcc"
for f in /usr/lib/distcc/*; do
    [ -e "$f" ] && ln -sf "$(readlink "$f" || echo ../../bin/distcc)" "$D/whitelist/${f##*/}"
done
ln -sf ../../bin/distcc "$D/whitelist/escape-gcc"
port=$((port + 1))
# shellcheck disable=SC2086
if [ "$(id -u)" = 0 ] && unshare -m sh -c 'mount --bind "$1" /usr/lib/distcc' sh "$D/whitelist" 2>/dev/null
then
    how="whitelisted in /usr/lib/distcc"
    wcc=escape-gcc
    PATH="$D/bin:$PATH" ESCAPE_PLUGIN="$ESCAPE_PLUGIN" ESCAPE_GCC="$ESCAPE_CC" \
        unshare -m sh -c 'mount --bind "$1" /usr/lib/distcc && shift && exec "$@"' sh "$D/whitelist" \
        distccd --daemon --no-detach --listen 127.0.0.1 --port $port --allow 127.0.0.1 \
        --log-file "$D/wr-distccd.log" --jobs 1 $duser &
else
    how="under --enable-tcp-insecure (no mount namespace for the whitelist)"
    wcc=$D/bin/escape-gcc
    ESCAPE_PLUGIN="$ESCAPE_PLUGIN" ESCAPE_GCC="$ESCAPE_CC" \
        distccd --daemon --no-detach --listen 127.0.0.1 --port $port --allow 127.0.0.1 \
        --log-file "$D/wr-distccd.log" --jobs 1 --enable-tcp-insecure $duser &
fi
dpid=$!
sleep 1
(cd "$R/a" && PATH="$D/bin:$PATH" ESCAPE_PLUGIN="$ESCAPE_PLUGIN" ESCAPE_GCC="$ESCAPE_CC" \
    DISTCC_DIR="$D/wr-state" DISTCC_HOSTS="127.0.0.1:$port/1" DISTCC_FALLBACK=0 \
    DISTCC_LOG="$D/wr-client.log" DISTCC_VERBOSE=1 timeout 120 distcc "$wcc" -O2 \
    -c util.c -o "$D/wr.o") >"$D/wr.out" 2>&1
dst=$?
# distccd's job summary is logged after the client has its answer.
i=0
while [ $i -lt 40 ] && ! grep -q 'COMPILE_OK' "$D/wr-distccd.log" 2>/dev/null; do
    sleep 0.25; i=$((i + 1))
done
kill "$dpid" 2>/dev/null
wait "$dpid" 2>/dev/null
if [ $dst = 0 ] && grep -q "COMPILE_OK exit:0 .* $wcc util.c" "$D/wr-distccd.log" &&
   ! grep -q "$refused" "$D/wr-distccd.log" &&
   grep -q 'from util.c compiled on 127.0.0.1 in' "$D/wr-client.log" &&
   ! grep -q 'running locally' "$D/wr-client.log" &&
   distcc_sarif "$D/wr.o" >"$D/wr.sarif" 2>&1 && cmp -s "$D/local.sarif" "$D/wr.sarif"
then ok "distcc: the server compiles with the plugin through escape-gcc ($how), the object has the report"
else ko "distcc: the server compiles with the plugin through escape-gcc ($how), the object has the report (exit $dst)"
     { cat "$D/wr.out"; tail -5 "$D/wr-client.log"; tail -3 "$D/wr-distccd.log"; diff "$D/local.sarif" "$D/wr.sarif"; } 2>&1 | head -30 | note
fi

# --------------------------------------------- unwritable report locations
# The message gives mkdir's own errno and the component it could not make
# (a stat afterwards would say "No such file or directory" for all).
# src/ is readable by anyone (the EACCES test compiles as nobody).
U=$OUT/unwritable
mkdir -p "$U" && chmod 755 "$U"
cp "$T/src/compile.c" "$U/u.c" && chmod 644 "$U/u.c"
echo "a regular file" >"$U/afile"
expect_error "report directory under a regular file: ENOTDIR, named" 1 \
    "escape: cannot create report directory '$U/afile/sub': '$U/afile': Not a directory" \
    "$ESCAPE_CC" -fplugin="$ESCAPE_PLUGIN" -fplugin-arg-escape-report="$U/afile/sub/" -c "$U/u.c" -o /dev/null
# Read-only file system: a read-only tmpfs in a private mount namespace
# (unshare; -r maps a non-root user to root in a user namespace).
mkdir -p "$U/ro"
if [ "$(id -u)" = 0 ]; then ns="unshare -m"; else ns="unshare -r -m"; fi
if $ns sh -c "mount -t tmpfs -o ro tmpfs '$U/ro'" 2>/dev/null; then
    expect_error "report directory on a read-only file system: EROFS" 1 \
        "escape: cannot create report directory '$U/ro/sub': Read-only file system" \
        $ns sh -c "mount -t tmpfs -o ro tmpfs '$U/ro' && exec '$ESCAPE_CC' -fplugin='$ESCAPE_PLUGIN' -fplugin-arg-escape-report='$U/ro/sub/' -c '$U/u.c' -o /dev/null"
else
    echo "UNSUPPORTED: report directory on a read-only file system (no mount namespace here: unshare -m fails)"
fi
# A directory the user cannot write: permission bits do not stop root, so
# as root the compile runs as nobody (setpriv).
mkdir -p "$U/locked" && chmod 555 "$U/locked"
if [ "$(id -u)" = 0 ]; then asuser="setpriv --reuid=65534 --regid=65534 --clear-groups"; else asuser=""; fi
expect_error "report directory in a directory without write permission: EACCES" 1 \
    "escape: cannot create report directory '$U/locked/sub': Permission denied" \
    $asuser "$ESCAPE_CC" -fplugin="$ESCAPE_PLUGIN" -fplugin-arg-escape-report="$U/locked/sub/" -c "$U/u.c" -o /dev/null

# ------------------------------------------------------------ the CI gate
# escape-report --baseline OLD NEW: two builds of one source tree, before
# (gate/old.c, gate/probe-old.c) and after (gate/new.c, gate/probe-new.c):
# lines inserted above every site, three sites that now escape (one
# allowed by a comment), one that no longer does, a new escaping site,
# and a configure-style probe that now escapes.
GT=$OUT/gate
GS=$GT/src
mkdir -p "$GS/probes"
# gate_build VERSION: the tree as VERSION, its reports in $GT/VERSION/.
gate_build ()
{
    cp "$TS/gate/$1.c" "$GS/gate.c" && cp "$TS/gate/probe-$1.c" "$GS/probes/probe.c" &&
    cc_in gate-$1 "$GS" -fplugin-arg-escape-report="$GT/$1/" -c gate.c -o /dev/null &&
    cc_in gate-$1-probe "$GS" -fplugin-arg-escape-report="$GT/$1/" -c probes/probe.c -o /dev/null &&
    cc_in gate-$1-obj "$GS" -fplugin-arg-escape-report-object -c gate.c -o "$GT/$1.o"
}
# gate NAME STATUS ARG...: escape-report --srcroot $GS ARG... exits with
# STATUS; its output in $GT/NAME.out, its errors in $GT/NAME.err.
gate ()
{
    _n=$1 _want=$2
    shift 2
    "$ESCAPE_REPORT" --srcroot "$GS" "$@" >"$GT/$_n.out" 2>"$GT/$_n.err"
    _st=$?
    [ "$_st" = "$_want" ] || { echo "exit $_st, wanted $_want" >>"$GT/$_n.err"; return 1; }
}
gate_summary () { tail -n 1 "$GT/$1.out"; }
if gate_build old && gate_build new; then
    if gate same 0 --baseline "$GT/old" "$GT/old" &&
       [ "$(gate_summary same)" = "escape-report: 8 sites compared with the baseline (8 matched, 0 new, 0 gone): 0 regressions, 0 improvements, 0 suppressed" ] &&
       [ "$(wc -l <"$GT/same.out")" = 1 ]
    then ok "gate: a build against itself passes, one summary line"
    else ko "gate: a build against itself passes, one summary line"; cat "$GT/same.out" "$GT/same.err" | note; fi
    # The whole listing: regressions, improvements, suppressed, each with
    # the advice text escape-report prints; stays() and the first
    # malloc(12) of twice() moved down but are matched, not new.
    if gate diff 1 --baseline "$GT/old" "$GT/new" &&
       diff -u "$TS/gate/expected.txt" "$GT/diff.out" >"$GT/diff.diff"
    then ok "gate: regressions fail the gate, listed with their reasons"
    else ko "gate: regressions fail the gate, listed with their reasons"; cat "$GT/diff.err" "$GT/diff.diff" 2>/dev/null | head -40 | note; fi
    if [ "$(grep -c '(new site)$' "$GT/diff.out")" = 1 ] &&
       grep -qF 'regression: gate.c:71:10: strdup("fresh") in fresh: escapes to heap [escapes] (new site)' "$GT/diff.out" &&
       ! grep -q ' in stays: ' "$GT/diff.out" &&
       grep -qF '9 sites compared with the baseline (8 matched, 1 new, 0 gone)' "$GT/diff.out"
    then ok "gate: sites are matched by file, function and call, not line (a line inserted above)"
    else ko "gate: sites are matched by file, function and call, not line (a line inserted above)"; note <"$GT/diff.out"; fi
    if gate excl 1 --baseline "$GT/old" --exclude 'probes/*' --exclude '*/nothing/*' "$GT/new" &&
       ! grep -q 'probe' "$GT/excl.out" &&
       [ "$(gate_summary excl)" = "escape-report: 8 sites compared with the baseline (7 matched, 1 new, 0 gone): 4 regressions, 1 improvement, 1 suppressed" ]
    then ok "gate: --exclude leaves out the probe's unit"
    else ko "gate: --exclude leaves out the probe's unit"; cat "$GT/excl.out" "$GT/excl.err" | note; fi
    # OLD and NEW may be objects (archives, programs) too.
    if gate obj 1 --baseline "$GT/old.o" --exclude 'probes/*' "$GT/new.o" &&
       cmp -s "$GT/excl.out" "$GT/obj.out"
    then ok "gate: reports recorded in objects compare as the report directories do"
    else ko "gate: reports recorded in objects compare as the report directories do"; cat "$GT/obj.err" "$GT/obj.out" | note; fi
    # The source is read for the comment: without it, the comment cannot
    # suppress anything and allowed() is a regression.
    mv "$GS/gate.c" "$GS/gate.c.away"
    if gate nosrc 1 --baseline "$GT/old" "$GT/new" &&
       grep -qF 'regression: gate.c:41:13: malloc(24) in allowed: escapes to heap' "$GT/nosrc.out" &&
       grep -qF ': 6 regressions, 1 improvement, 0 suppressed' "$GT/nosrc.out"
    then ok "gate: an allow-escape comment is read from the source (gone: not suppressed)"
    else ko "gate: an allow-escape comment is read from the source (gone: not suppressed)"; note <"$GT/nosrc.out"; fi
    mv "$GS/gate.c.away" "$GS/gate.c"
    # A suppressions file: PATH:FUNCTION:CALL (globs, a call with blanks)
    # or a path glob, then the reason.  Everything suppressed: exit 0.
    cat >"$GT/supp" <<'SUPP'
# suppressions for the gate test
gate.c:listed:calloc(1, 40)   the list outlives the call
gate.c:tw*:malloc(1?)	kept for the second pass
*:fresh:*  a new API, reviewed
probes/*   configure probes
SUPP
    { cat "$GT/supp"; echo 'gate.c:broken:* fixed in the next release'; } >"$GT/supp-all"
    if gate supp 0 --baseline "$GT/old" --suppressions "$GT/supp-all" "$GT/new" &&
       grep -qxF '    allowed by file '"$GT"'/supp-all:2: the list outlives the call' "$GT/supp.out" &&
       grep -qxF '    allowed by file '"$GT"'/supp-all:3: kept for the second pass' "$GT/supp.out" &&
       grep -qxF '    allowed by file '"$GT"'/supp-all:4: a new API, reviewed' "$GT/supp.out" &&
       grep -qxF '    allowed by file '"$GT"'/supp-all:5: configure probes' "$GT/supp.out" &&
       grep -qxF '    allowed by comment gate.c:41: kept for the logger' "$GT/supp.out" &&
       grep -qxF '    allowed by file '"$GT"'/supp-all:6: fixed in the next release' "$GT/supp.out" &&
       grep -qF ': 0 regressions, 1 improvement, 6 suppressed' "$GT/supp.out"
    then ok "gate: --suppressions (triples and path globs) and a comment suppress, the gate passes"
    else ko "gate: --suppressions (triples and path globs) and a comment suppress, the gate passes"; cat "$GT/supp.out" "$GT/supp.err" | note; fi
    # --json: the comparison, checked with python3's json module.
    if gate json 1 --baseline "$GT/old" --exclude 'probes/*' --suppressions "$GT/supp" --json "$GT/gate.json" "$GT/new" &&
       python3 -c '
import json, sys
d = json.load (open (sys.argv[1]))
f = lambda k: sorted ((x["function"], x["call"], x["line"], x["baseline"] and x["baseline"]["line"]) for x in d[k])
ok = (d["schema"] == "escape-report-baseline" and d["version"] == 1 and d["passed"] is False
      and (d["sites"], d["matched"], d["new_sites"], d["gone_sites"]) == (8, 7, 1, 0)
      and f ("regressions") == [("broken", "malloc(32)", 32, 27)]
      and f ("improvements") == [("fixed", "malloc(8)", 24, 21)]
      and f ("suppressed") == [("allowed", "malloc(24)", 41, 37), ("fresh", "strdup(\"fresh\")", 71, None),
                               ("listed", "calloc(1, 40)", 50, 47), ("twice", "malloc(12)", 60, 58)]
      and sorted ((x["function"], x["suppressed_by"]["by"], x["suppressed_by"]["reason"]) for x in d["suppressed"])
          == [("allowed", "comment", "kept for the logger"), ("fresh", "file", "a new API, reviewed"),
              ("listed", "file", "the list outlives the call"), ("twice", "file", "kept for the second pass")]
      and all (x["verdict"] == "escapes to heap" and x["reason_text"] and x["change"] for x in d["regressions"]))
sys.exit (not ok)' "$GT/gate.json" 2>"$GT/json.py"
    then ok "gate: --json writes regressions, improvements and suppressed"
    else ko "gate: --json writes regressions, improvements and suppressed"; cat "$GT/json.err" "$GT/json.py" "$GT/gate.json" 2>/dev/null | head -40 | note; fi
else
    ko "gate: the two test builds compile"; cat "$OUT/gate-old.log" "$OUT/gate-new.log" 2>/dev/null | note
fi
# Bad input: exit 2, the file (and line) or the argument named.
printf 'gate.c:listed  a reason\n' >"$GT/supp-fields"
printf '# ok\ngate.c:listed:calloc(1, 40)\n' >"$GT/supp-reason"
printf 'gate.c:[abc:* a reason\n' >"$GT/supp-glob"
expect_error "gate error: unreadable OLD" 2 "escape-report: $GT/no-such: cannot read: No such file or directory" \
    "$ESCAPE_REPORT" --baseline "$GT/no-such" "$GT/new"
expect_error "gate error: unreadable NEW" 2 "escape-report: $GT/no-such: cannot read: No such file or directory" \
    "$ESCAPE_REPORT" --baseline "$GT/old" "$GT/no-such"
expect_error "gate error: a bad NEW report" 2 "escape-report: $TS/bad/version-2.json: unsupported report version 2" \
    "$ESCAPE_REPORT" --baseline "$GT/old" "$TS/bad/version-2.json"
expect_error "gate error: unreadable suppressions" 2 "escape-report: $GT/no-supp: cannot read: No such file or directory" \
    "$ESCAPE_REPORT" --baseline "$GT/old" --suppressions "$GT/no-supp" "$GT/new"
expect_error "gate error: a suppression with two fields" 2 "escape-report: $GT/supp-fields:1: malformed suppression: expected FILE or FILE:FUNCTION:CALL, then a reason" \
    "$ESCAPE_REPORT" --baseline "$GT/old" --suppressions "$GT/supp-fields" "$GT/new"
expect_error "gate error: a suppression without a reason" 2 "escape-report: $GT/supp-reason:2: malformed suppression: no reason given" \
    "$ESCAPE_REPORT" --baseline "$GT/old" --suppressions "$GT/supp-reason" "$GT/new"
expect_error "gate error: a bad glob in the suppressions" 2 "escape-report: $GT/supp-glob:1: bad glob '[abc': '[' without its ']'" \
    "$ESCAPE_REPORT" --baseline "$GT/old" --suppressions "$GT/supp-glob" "$GT/new"
expect_error "gate error: a bad --exclude glob" 2 "escape-report: invalid glob 'probes/[x' for --exclude: '[' without its ']'" \
    "$ESCAPE_REPORT" --baseline "$GT/old" --exclude 'probes/[x' "$GT/new"
expect_error "gate error: unwritable --json" 2 "escape-report: $GT/no/dir/g.json: cannot write:" \
    "$ESCAPE_REPORT" --baseline "$GT/old" --json "$GT/no/dir/g.json" "$GT/new"
expect_error "gate error: --exclude without --baseline" 2 "--exclude, --suppressions and --json go with --baseline OLD" \
    "$ESCAPE_REPORT" --exclude 'x*' "$GT/new"
expect_error "gate error: --baseline without NEW" 2 "--baseline OLD needs the NEW reports too" \
    "$ESCAPE_REPORT" --baseline "$GT/old"
expect_error "gate error: --baseline with --sarif" 2 "--baseline writes its own listing" \
    "$ESCAPE_REPORT" --baseline "$GT/old" --sarif "$GT/new"

# ------------------------------------------------------------ golden files
golden_cases >"$OUT/cases"
while read -r name args; do
    case $name in real*) [ $real = yes ] || { ko "golden $name (no reports)"; continue; } ;; esac
    # shellcheck disable=SC2086  # the arguments are words on purpose
    # The SARIF names the source root by its absolute file: URI; the
    # golden files say file:///TOP/ for this checkout.
    if "$ESCAPE_REPORT" $args -o "$OUT/$name" 2>"$OUT/$name.err" &&
       sed "s|file://$TOP/|file:///TOP/|" "$OUT/$name" >"$OUT/$name.canon" &&
       diff -u "$TS/golden/$name" "$OUT/$name.canon" >"$OUT/$name.diff" 2>&1
    then ok "golden $name"
    else ko "golden $name"; cat "$OUT/$name.err" "$OUT/$name.diff" | head -40 | note; fi
done <"$OUT/cases"

# ------------------------------------------------ the advice does its job
# An option the text advises ("raise -fplugin-arg-escape-X to N") moves
# one more site when the build takes it: the site it was given for, and
# no site that moved before is pushed out.
# moved DIR: the "moved to stack" count of the text summary of DIR.
moved () { "$ESCAPE_REPORT" "$1" | awk '$1 == "moved" && $3 == "stack" {n += $4} END {print n + 0}'; }
if [ $real = yes ]; then
    "$ESCAPE_REPORT" --top 1000 "$REPORT_BUILD/real/transform" >"$OUT/advice.txt"
    before=$(moved "$REPORT_BUILD/real/transform")
    for opt in frame-budget max-size; do
        n=$(sed -n "s/.*raise -fplugin-arg-escape-$opt to \([0-9]*\).*/\1/p" "$OUT/advice.txt" | head -n 1)
        if [ -z "$n" ]; then ko "advice: raise $opt (no such advice in the test build)"; continue; fi
        site=$(grep -B1 "raise -fplugin-arg-escape-$opt to $n" "$OUT/advice.txt" | head -n 1 | sed 's/^ *[0-9]*\. \([^ ]*\): .*/\1/')
        if build_reports "$OUT/advice-$opt" -fplugin-arg-escape-transform \
               "-fplugin-arg-escape-$opt=$n" >"$OUT/advice.log" 2>&1; then
            after=$(moved "$OUT/advice-$opt")
            "$ESCAPE_REPORT" --top 1000 "$OUT/advice-$opt" >"$OUT/advice-after.txt"
            if [ "$after" = $((before + 1)) ] && ! grep -qF " $site: " "$OUT/advice-after.txt"
            then ok "advice: $opt=$n moves $site and keeps the others"
            else ko "advice: $opt=$n moves $site and keeps the others (moved $before -> $after)"; fi
        else
            ko "advice: $opt=$n moves $site (build failed)"; note <"$OUT/advice.log"
        fi
    done
fi

# ------------------------------------------------------------------- SARIF
if "$REPORT_CHECK" sarif $TS/sarif-bad/good.sarif >"$OUT/check.log" 2>&1
then ok "checker accepts a minimal SARIF log"
else ko "checker accepts a minimal SARIF log"; note <"$OUT/check.log"; fi
# FILE|what the checker must say: one required property (or rule) each.
while IFS='|' read -r file msg; do
    if "$REPORT_CHECK" sarif "$TS/sarif-bad/$file" >"$OUT/check.log" 2>&1; then
        ko "checker rejects $file (it passed)"
    elif grep -qF -- "$msg" "$OUT/check.log"; then
        ok "checker rejects $file"
    else
        ko "checker rejects $file (wrong message, wanted: $msg)"
        note <"$OUT/check.log"
    fi
done <<EOF
no-version.sarif|sarifLog: missing required property "version"
bad-version.sarif|sarifLog: "version" is "2.0.0"
no-runs.sarif|sarifLog: missing required property "runs"
run-no-tool.sarif|sarifLog.runs[0]: missing required property "tool"
tool-no-driver.sarif|sarifLog.runs[0].tool: missing required property "driver"
driver-no-name.sarif|sarifLog.runs[0].tool.driver: missing required property "name"
info-uri-relative.sarif|"informationUri" must be an absolute URI
rule-no-id.sarif|sarifLog.runs[0].tool.driver.rules[0]: missing required property "id"
rule-no-help.sarif|rules[0]: a rule needs "help" (what it means and what to change)
rule-help-no-markdown.sarif|rules[0]: "help" needs "markdown" (a string)
result-no-fingerprint.sarif|results[0]: a result needs "partialFingerprints"
fingerprint-shared.sarif|results[1]: partialFingerprints escapeSite/v1=0123456789abcdef:1 is also that of
result-no-message.sarif|sarifLog.runs[0].results[0]: missing required property "message"
message-no-text.sarif|results[0].message: a message requires "text" or "id"
location-unknown.sarif|locations[0]: property "physicalLocations" is not defined by the schema
physloc-no-artifact.sarif|physicalLocation: a physicalLocation requires "address" or "artifactLocation"
artifact-uri-number.sarif|artifactLocation: "uri" must be a string
artifact-uri-space.sarif|artifactLocation: "uri" is not a URI reference
region-no-start.sarif|region: a region requires "startLine", "charOffset" or "byteOffset"
region-line-zero.sarif|region: "startLine" must be at least 1
bad-level.sarif|results[0]: "level" is "info"
rule-index-mismatch.sarif|"ruleId" escape/kind is not the id of rule 0 (escape/moved)
base-undefined.sarif|artifactLocation: uriBaseId "%SRCROOT%" is not defined in run.originalUriBaseIds
base-no-slash.sarif|"uri" of a base must end with '/'
base-relative.sarif|"uri" of a base without uriBaseId must be an absolute URI
EOF

# partialFingerprints: the same sources in two checkouts, the second with
# three lines added at the top of every file, give the same fingerprints
# (each against its own --srcroot) though every line differs; one
# function renamed changes its sites' fingerprints and no other.
# prints SARIF: "fingerprint startLine" per result.
prints () { python3 -c '
import json, sys
for r in json.load (open (sys.argv[1]))["runs"][0]["results"]:
    print (r["partialFingerprints"]["escapeSite/v1"],
           r["locations"][0]["physicalLocation"]["region"]["startLine"])' "$1"; }
if [ $real = yes ]; then
    rm -rf "$OUT/fp" && mkdir -p "$OUT/fp/one" "$OUT/fp/two" "$OUT/fp/three"
    cp -R $TS/src "$OUT/fp/one/" && cp -R $TS/src "$OUT/fp/two/"
    for f in $(cd "$OUT/fp/two" && find src -type f); do
        { printf '/* a\n   shift */\n\n'; cat "$TS/$f"; } >"$OUT/fp/two/$f"
    done
    cp -R "$OUT/fp/one/src" "$OUT/fp/three/"
    sed -i 's/\bvec_grow_local\b/vec_grow_here/g' "$OUT/fp/three/src/lib/vec.c"
    st=0
    for co in one two three; do
        (REPORT_SRCS=$(for s in $REPORT_SRCS; do echo "$OUT/fp/$co/${s#$TS/}"; done)
         build_reports "$OUT/fp/$co/reports" -fplugin-arg-escape-transform) >>"$OUT/fp.log" 2>&1 &&
        "$ESCAPE_REPORT" --sarif --srcroot "$OUT/fp/$co/src" -o "$OUT/fp/$co.sarif" "$OUT/fp/$co/reports" &&
        prints "$OUT/fp/$co.sarif" >"$OUT/fp/$co.prints" || st=1
    done
    if [ $st = 0 ] && [ -s "$OUT/fp/one.prints" ] &&
       [ "$(cut -d' ' -f1 "$OUT/fp/one.prints")" = "$(cut -d' ' -f1 "$OUT/fp/two.prints")" ] &&
       [ "$(awk '{print $2 + 3}' "$OUT/fp/one.prints")" = "$(cut -d' ' -f2 "$OUT/fp/two.prints")" ]
    then ok "partialFingerprints stay when lines shift and the checkout moves"
    else ko "partialFingerprints stay when lines shift and the checkout moves"
         paste "$OUT/fp/one.prints" "$OUT/fp/two.prints" | note; note <"$OUT/fp.log"; fi
    # Renamed: exactly vec_grow_local's sites changed their fingerprints.
    renamed=$(python3 -c '
import json, sys
a, b = (json.load (open (f))["runs"][0]["results"] for f in sys.argv[1:3])
fn = lambda r: r["locations"][0]["logicalLocations"][0]["name"]
changed = {fn (x) for x, y in zip (a, b)
           if x["partialFingerprints"] != y["partialFingerprints"]}
same = all (x["partialFingerprints"] == y["partialFingerprints"]
            for x, y in zip (a, b) if fn (x) != "vec_grow_local")
print ("ok" if len (a) == len (b) and changed == {"vec_grow_local"} and same
       else "changed %s" % sorted (changed))' "$OUT/fp/one.sarif" "$OUT/fp/three.sarif" 2>&1)
    case $renamed in
        *ok) ok "partialFingerprints change with the function, only there" ;;
        *) ko "partialFingerprints change with the function, only there"; echo "$renamed" | note ;;
    esac
fi

# The official SARIF 2.1.0 schema (OASIS, vendored: docs/dependencies.md),
# through Debian's python3-jsonschema (hence /usr/bin/python3, the Python
# that package installs into): every output is valid, and the validator
# rejects each sarif-bad file that breaks a rule of the schema itself (the
# others break rules of the specification's text or of code scanning,
# which only report-check knows).
schema () { /usr/bin/python3 $TS/sarif-schema.py "$@"; }
# The copy is the published schema, unmodified (its notice forbids edits).
if [ "$(sha256sum <$TS/sarif-schema-2.1.0.json | cut -d' ' -f1)" = \
     c3b4bb2d6093897483348925aaa73af03b3e3f4bd4ca38cef26dcb4212a2682e ]
then ok "the SARIF schema is the published one"
else ko "the SARIF schema is the published one (sha256 differs)"; fi
while read -r name args; do
    case $name in *.sarif) ;; *) continue ;; esac
    [ -f "$OUT/$name" ] || continue
    if schema "$OUT/$name" >"$OUT/schema.log" 2>&1
    then ok "$name is valid under the SARIF 2.1.0 JSON schema"
    else ko "$name is valid under the SARIF 2.1.0 JSON schema"; head -20 "$OUT/schema.log" | note; fi
done <"$OUT/cases"
if schema $TS/sarif-bad/good.sarif >"$OUT/schema.log" 2>&1
then ok "the schema accepts a minimal SARIF log"
else ko "the schema accepts a minimal SARIF log"; note <"$OUT/schema.log"; fi
while IFS='|' read -r file msg; do
    if schema "$TS/sarif-bad/$file" >"$OUT/schema.log" 2>&1; then
        ko "the schema rejects $file (it passed)"
    elif grep -qF -- "$msg" "$OUT/schema.log"; then
        ok "the schema rejects $file"
    else
        ko "the schema rejects $file (wrong message, wanted: $msg)"
        note <"$OUT/schema.log"
    fi
done <<EOF
no-version.sarif|sarifLog: 'version' is a required property
bad-version.sarif|sarifLog.version: '2.0.0' is not one of ['2.1.0']
no-runs.sarif|sarifLog: 'runs' is a required property
run-no-tool.sarif|sarifLog.runs[0]: 'tool' is a required property
tool-no-driver.sarif|sarifLog.runs[0].tool: 'driver' is a required property
driver-no-name.sarif|sarifLog.runs[0].tool.driver: 'name' is a required property
rule-no-id.sarif|sarifLog.runs[0].tool.driver.rules[0]: 'id' is a required property
result-no-message.sarif|sarifLog.runs[0].results[0]: 'message' is a required property
message-no-text.sarif|sarifLog.runs[0].results[0].message:
location-unknown.sarif|('physicalLocations' was unexpected)
physloc-no-artifact.sarif|sarifLog.runs[0].results[0].locations[0].physicalLocation:
artifact-uri-number.sarif|artifactLocation.uri: 7 is not of type 'string'
region-no-start.sarif|physicalLocation.region:
region-line-zero.sarif|region.startLine: 0 is less than the minimum of 1
bad-level.sarif|sarifLog.runs[0].results[0].level: 'info' is not one of
EOF

# count FIELD REPORT...: one count from report-check stats.
count () { _f=$1; shift; "$REPORT_CHECK" stats "$@" | sed -n "s/^$_f //p"; }

# Every SARIF output is valid and has one result per non-escaping site.
while read -r name args; do
    case $name in *.sarif) ;; *) continue ;; esac
    [ -f "$OUT/$name" ] || continue
    input=$(echo "$args" | awk '{print $NF}')
    if "$REPORT_CHECK" sarif "$OUT/$name" >"$OUT/check.log" 2>&1
    then ok "$name is valid SARIF 2.1.0"
    else ko "$name is valid SARIF 2.1.0"; note <"$OUT/check.log"; fi
    want=$(count noesc "$input")
    case $args in
        *--sarif-no-moved*) want=$((want - $(count noesc-moved "$input"))) ;;
    esac
    have=$(sed -n 's/.*valid SARIF 2.1.0, \([0-9]*\) result.*/\1/p' "$OUT/check.log")
    if [ -n "$want" ] && [ "$want" = "$have" ]
    then ok "$name: one result per site that does not escape ($want)"
    else ko "$name: one result per site that does not escape (want $want, have $have)"; fi
done <"$OUT/cases"
# --sarif-no-moved leaves out exactly the results of moved sites; the
# others are unchanged, fingerprints included.
if [ -f "$OUT/real-transform.sarif" ] && [ -f "$OUT/real-transform-no-moved.sarif" ] &&
   python3 -c '
import json, sys
a, b = (json.load (open (f))["runs"][0]["results"] for f in sys.argv[1:3])
kept = [r for r in a if not r["properties"]["moved"]]
sys.exit (not (kept == b and len (kept) < len (a)))' "$OUT/real-transform.sarif" "$OUT/real-transform-no-moved.sarif"
then ok "--sarif-no-moved leaves out the moved sites' results, only those"
else ko "--sarif-no-moved leaves out the moved sites' results, only those"; fi

# -------------------------------------------------------------------- HTML
# xpath FILE EXPR: the value of EXPR in FILE read by libxml2's HTML parser.
xpath () { xmllint --html --xpath "$2" "$1" 2>/dev/null; }
while read -r name args; do
    case $name in *.html) ;; *) continue ;; esac
    f=$OUT/$name
    [ -f "$f" ] || continue
    input=$(echo "$args" | awk '{print $NF}')
    sites=$(count sites "$input")
    # Well-formed (the page is also XML), and to the HTML parser nothing
    # is wrong but the SVG elements HTML 4 does not know.
    if xmllint --noout "$f" >"$OUT/xml.log" 2>&1
    then ok "$name is well-formed"
    else ko "$name is well-formed"; head -20 "$OUT/xml.log" | note; fi
    xmllint --html --noout "$f" >"$OUT/html.log" 2>&1
    errors=$(grep -c 'HTML parser error' "$OUT/html.log")
    svg=$(grep -cE 'HTML parser error : Tag (svg|g|rect|text) invalid$' "$OUT/html.log")
    if [ "$errors" = "$svg" ]
    then ok "$name parses as HTML"
    else ko "$name parses as HTML"; grep -v 'Tag \(svg\|g\|rect\|text\) invalid' "$OUT/html.log" | head -20 | note; fi
    # Self-contained: no script, style sheet or image to fetch; links
    # only within the page, but for --source-url's.
    ext=$(xpath "$f" 'count(//script[@src])+count(//link)+count(//@src)+count(//iframe)+count(//object)')
    case $args in
        *--source-url*) links=0 ;;
        *) links=$(xpath "$f" 'count(//@href[not(starts-with(.,"#"))])') ;;
    esac
    if [ "$ext" = 0 ] && [ "$links" = 0 ]
    then ok "$name needs no network"
    else ko "$name needs no network ($ext references, $links links out)"; fi
    # The filter (controls, the rows' data attributes, the script that
    # shows it), cells that wrap, the chart by count.
    if python3 $TS/html-check.py structure "$f" >"$OUT/struct.log" 2>&1
    then ok "$name: filter by file, verdict and reason; chart by count; cells wrap"
    else ko "$name: filter by file, verdict and reason; chart by count; cells wrap"; note <"$OUT/struct.log"; fi
    for t in by-location by-verdict by-reason; do
        rows=$(xpath "$f" "count(//table[@id='$t']/tbody/tr)")
        cells=$(xpath "$f" "count(//table[@id='$t']/tbody/tr[count(td)=6])")
        head=$(xpath "$f" "count(//table[@id='$t']/thead/tr/th)")
        if [ "$rows" = "$sites" ] && [ "$cells" = "$sites" ] && [ "$head" = 6 ]
        then ok "$name: table $t has a row of 6 cells per site ($sites)"
        else ko "$name: table $t has a row of 6 cells per site (want $sites, rows $rows, full $cells, head $head)"; fi
    done
    bars=$(xpath "$f" 'count(//svg/g)')
    case $args in
        *"--by dir"*) group=directory; want=$(count dirs "$input") ;;
        *) group=file; want=$(count files "$input") ;;
    esac
    if [ -n "$want" ] && [ "$bars" = "$want" ]
    then ok "$name: one chart bar per $group ($want)"
    else ko "$name: one chart bar per $group (want $want, have $bars)"; fi
done <"$OUT/cases"

# --------------------------------------------- HTML: source lines and links
# rows PAGE: FILE, LINE, HREF, CODE of each site (html-check.py).
rows () { python3 $TS/html-check.py rows "$1"; }
if [ $real = yes ]; then
    # Each site shows its own source line (leading blanks dropped), read
    # through the report's directory, as sed prints it.
    f=$OUT/real-transform.html
    rows "$f" >"$OUT/rows" 2>&1
    bad=$(while IFS='	' read -r file line href code; do
              want=$(sed -n "${line}{s/^[ 	]*//;p;q}" "$TS/src/$file")
              [ "$code" = "$want" ] || echo "$file:$line: '$code', want '$want'"
          done <"$OUT/rows")
    if [ -s "$OUT/rows" ] && [ -z "$bad" ]
    then ok "HTML: each site shows its source line"
    else ko "HTML: each site shows its source line"; echo "$bad" | head | note; fi
    # --source-url: every location links to the template filled in.
    rows "$OUT/real-transform-url.html" >"$OUT/rows-url" 2>&1
    bad=$(while IFS='	' read -r file line href code; do
              [ "$href" = "https://example.org/repo/blob/main/$file#L$line" ] ||
                  echo "$file:$line: $href"
          done <"$OUT/rows-url")
    if [ -s "$OUT/rows-url" ] && [ -z "$bad" ]
    then ok "HTML: --source-url links every site to its line"
    else ko "HTML: --source-url links every site to its line"; echo "$bad" | head | note; fi
    # {path} is relative to --srcroot: a file outside it gets no link,
    # and the path is percent-encoded.
    "$ESCAPE_REPORT" --html --srcroot $TS/src/app --source-url 'https://x.example/{path}?l={line}&a=1' \
        $REPORT_BUILD/real/transform >"$OUT/url-app.html" 2>&1
    rows "$OUT/url-app.html" >"$OUT/rows-app" 2>&1
    if grep -q '^main\.c	94	https://x.example/main\.c?l=94&a=1	' "$OUT/rows-app" &&
       ! grep -q 'lib/.*	https:' "$OUT/rows-app" && grep -q 'lib/.*	-	' "$OUT/rows-app"
    then ok "HTML: --source-url links only files below --srcroot"
    else ko "HTML: --source-url links only files below --srcroot"; head "$OUT/rows-app" | note; fi
    # Without the option, no links (the golden files have none either).
    if ! cut -f3 "$OUT/rows" | grep -qv '^-$'
    then ok "HTML: no source links without --source-url"
    else ko "HTML: no source links without --source-url"; fi
    # A source gone (lib/vec.c) or shorter than the site's line (an
    # emptied lib/scratch.c): no code line for their sites, the others
    # (app/main.c, lib/vec.h) as before, exit 0 and nothing on stderr.
    M=$OUT/miss
    rm -rf "$M" && mkdir -p "$M" && cp -r $TS/src "$M/src"
    (REPORT_SRCS=$(for s in $REPORT_SRCS; do echo "$M/${s#$TS/}"; done)
     build_reports "$M/reports" -fplugin-arg-escape-transform) >"$M/log" 2>&1
    rm -f "$M/src/lib/vec.c" && : >"$M/src/lib/scratch.c"
    if "$ESCAPE_REPORT" --html --srcroot "$M/src" "$M/reports" >"$M/page.html" 2>"$M/err" &&
       [ ! -s "$M/err" ] && rows "$M/page.html" >"$M/rows" &&
       [ "$(grep -c '^lib/[a-z]*\.c	.*	-$' "$M/rows")" = "$(grep -c '^lib/[a-z]*\.c	' "$M/rows")" ] &&
       [ "$(grep -c '^lib/[a-z]*\.c	' "$M/rows")" -gt 0 ] &&
       [ "$(grep '^app/' "$M/rows" | grep -vc '	-$')" = "$(grep -c '^app/' "$M/rows")" ] &&
       [ "$(grep -c '^app/' "$M/rows")" -gt 0 ]
    then ok "HTML: a source that cannot be read loses only its code lines"
    else ko "HTML: a source that cannot be read loses only its code lines"; cat "$M/err" "$M/log" "$M/rows" | head -20 | note; fi
fi

# ------------------------------------------- GCC's JSON diagnostics format
# The verdict notes are ordinary GCC diagnostics, so they appear in
# -fdiagnostics-format=json too (parsed with python3's json module).
cat >"$OUT/diag.c" <<'SRC'
#include <stdlib.h>
void *keep;
int f (int n) { char *p = malloc (16); keep = malloc (n); p[0] = 1; int r = p[0]; free (p); return r; }
SRC
if "$ESCAPE_CC" -c "$OUT/diag.c" -o /dev/null -fplugin="$ESCAPE_PLUGIN" \
     -fplugin-arg-escape-m -fdiagnostics-format=json 2>"$OUT/diag.json" &&
   python3 -c '
import json, sys
d = json.load (open (sys.argv[1]))
got = sorted ((x["kind"], x["message"], x["locations"][0]["caret"]["line"]) for x in d)
want = [("note", "malloc(16) does not escape", 3), ("note", "malloc(n) escapes to heap", 3)]
sys.exit (got != want)' "$OUT/diag.json"
then ok "verdicts appear in -fdiagnostics-format=json"
else ko "verdicts appear in -fdiagnostics-format=json"; note <"$OUT/diag.json"; fi

# ------------------------------------------- -fsave-optimization-record
# The verdicts are optimization records: "success" for a moved site,
# "failure" for an escaping one and for one that does not escape but stays
# on the heap (with the reason), each in the function that holds the call
# (not whichever function the compiler is in when the record is written)
# and at the column -m prints (tabs expanded, as GCC's diagnostics count).
printf '#include <stdlib.h>\nstatic int __attribute__ ((noinline)) helper (void) {\n\tchar *s = calloc (1, 512); s[0] = 1; int r = s[0]; free (s); return r; }\nint g (void) { return helper (); }\n' >"$OUT/diag2.c"
mkdir -p "$OUT/optrec"
if (cd "$OUT/optrec" && "$ESCAPE_CC" -O2 -c ../diag.c -o /dev/null \
      -fplugin="$ESCAPE_PLUGIN" -fplugin-arg-escape-transform \
      -fsave-optimization-record &&
    "$ESCAPE_CC" -O2 -c ../diag2.c -o /dev/null -fplugin="$ESCAPE_PLUGIN" \
      -fplugin-arg-escape-m -fsave-optimization-record 2>diag2.notes) &&
   grep -q '^[^:]*diag2.c:3:19: note: calloc(1, 512) does not escape$' "$OUT/optrec/diag2.notes" &&
   python3 -c '
import gzip, json, sys
got = set ()
def walk (r):
    msg = "".join (m if isinstance (m, str) else "" for m in r.get ("message", []))
    if "escape" in msg or "moved to stack" in msg:
        loc = r.get ("location", {})
        got.add ((r["kind"], msg.strip (), r.get ("function"),
                  loc.get ("line"), loc.get ("column")))
    for c in r.get ("children", []):
        walk (c)
for f in sys.argv[1:]:
    for r in json.load (gzip.open (f))[2]:
        walk (r)
want = {("success", "moved to stack: malloc(16)", "f", 3, 27),
        ("failure", "malloc(n) escapes to heap", "f", 3, 47),
        ("failure", "calloc(1, 512) does not escape, not moved to stack: too large", "helper", 3, 19)}
if got != want:
    print (sorted (got, key = str))
sys.exit (got != want)' "$OUT/optrec/diag.c.opt-record.json.gz" "$OUT/optrec/diag2.c.opt-record.json.gz" >"$OUT/optrec/got"
then ok "verdicts are -fsave-optimization-record records"
else ko "verdicts are -fsave-optimization-record records"; note <"$OUT/optrec/got"; fi

# An escaping site moved into a pool (its objects outlive their loop
# iteration) is counted under "escapes to heap", not as size-tested under
# "does not escape" (found measuring jq: bison's stack, docs/real-projects.md).
mkdir -p "$OUT/pool" && cat >"$OUT/pool/pool.c" <<'SRC'
#include <stdlib.h>
#include <string.h>
struct node { struct node *next; char text[8]; };
int
count (const char **words, int n)
{
  struct node *head = NULL;
  for (int i = 0; i < n; i++)
    {
      struct node *p = malloc (sizeof *p + strlen (words[i]));
      if (!p)
        abort ();
      p->next = head;
      head = p;
    }
  int c = 0;
  while (head)
    {
      struct node *next = head->next;
      free (head);
      head = next;
      c++;
    }
  return c;
}
SRC
if (cd "$OUT/pool" && "$ESCAPE_CC" -O2 -fplugin="$ESCAPE_PLUGIN" \
      -fplugin-arg-escape-transform -fplugin-arg-escape-report=rep -c pool.c) &&
   "$ESCAPE_REPORT" "$OUT/pool/rep" >"$OUT/pool/out.txt" 2>&1 &&
   grep -q '^  does not escape        0$' "$OUT/pool/out.txt" &&
   ! grep -q 'size-tested' "$OUT/pool/out.txt" &&
   grep -q '^  escapes to heap        1$' "$OUT/pool/out.txt" &&
   grep -q '^    moved to stack       1  (a pool' "$OUT/pool/out.txt"
then ok "a pooled escaping site counts under escapes to heap, not size-tested"
else ko "a pooled escaping site counts under escapes to heap, not size-tested"; note <"$OUT/pool/out.txt"; fi

# ---------------------------------------------------- a link's report (-flto)
# Two units under -flto, report=DIR/ at the compiles and the link: the
# compiles' documents defer to the link's, whose one site moved; the
# directory reads as the link decided, each site once, and the
# compiles' functions stay for --write-allocators.
mkdir -p "$OUT/lto" && rm -rf "$OUT/lto/rep"
cat >"$OUT/lto/a.c" <<'SRC'
#include <stdlib.h>
int use (char *p);
int
main (void)
{
  char *p = malloc (16);
  int r = use (p);
  free (p);
  return r;
}
SRC
cat >"$OUT/lto/b.c" <<'SRC'
int
use (char *p)
{
  p[0] = 0;
  return p[0];
}
SRC
L="-O2 -flto -fplugin=$ESCAPE_PLUGIN -fplugin-arg-escape-transform -fplugin-arg-escape-report=rep/"
if (cd "$OUT/lto" && "$ESCAPE_CC" $L -c a.c && "$ESCAPE_CC" $L -c b.c &&
    "$ESCAPE_CC" $L a.o b.o -o prog) >"$OUT/lto/build.log" 2>&1 &&
   "$ESCAPE_REPORT" "$OUT/lto/rep" >"$OUT/lto/out.txt" 2>&1 &&
   grep -q '^escape-report: 3 units, 1 allocation site,' "$OUT/lto/out.txt" &&
   grep -q '^    moved to stack       1$' "$OUT/lto/out.txt" &&
   [ "$(ls "$OUT/lto/rep" | grep -c 'prog\.ltrans0\.escape\.json$')" = 1 ]
then ok "a link's report (-flto) replaces the sites of the compiles that deferred to it"
else ko "a link's report (-flto) replaces the sites of the compiles that deferred to it"
     cat "$OUT/lto/build.log" "$OUT/lto/out.txt" | note; ls "$OUT/lto/rep" | note; fi
# A compile of a program linked without report= keeps its sites: only a
# link's site at the same call takes a compile's place (adversarial
# finding: every deferred compile's sites were dropped).
cat >"$OUT/lto/c.c" <<'SRC'
#include <stdlib.h>
int
main (int argc, char **argv)
{
  char *q = malloc (24);
  q[0] = (char) argc;
  int r = q[0] + (argv[0] != 0);
  free (q);
  return r;
}
SRC
if (cd "$OUT/lto" && "$ESCAPE_CC" $L -c c.c &&
    "$ESCAPE_CC" -O2 -flto c.o -o other) >>"$OUT/lto/build.log" 2>&1 &&
   "$ESCAPE_REPORT" "$OUT/lto/rep" >"$OUT/lto/out3.txt" 2>&1 &&
   grep -q '^escape-report: 4 units, 2 allocation sites,' "$OUT/lto/out3.txt"
then ok "a compile no reported link covers keeps its sites"
else ko "a compile no reported link covers keeps its sites"; note <"$OUT/lto/out3.txt"; fi
rm -f "$OUT/lto/rep/"*c.c.escape.json
# With fat objects the compiles transform too, and their bytecode is the
# link's again: the link's site takes the compile's place all the same.
rm -rf "$OUT/lto/fat" && mkdir -p "$OUT/lto/fat" && cp "$OUT/lto/a.c" "$OUT/lto/b.c" "$OUT/lto/fat/"
if (cd "$OUT/lto/fat" && "$ESCAPE_CC" $L -ffat-lto-objects -c a.c &&
    "$ESCAPE_CC" $L -ffat-lto-objects -c b.c && "$ESCAPE_CC" $L a.o b.o -o prog) \
     >"$OUT/lto/fat.log" 2>&1 &&
   "$ESCAPE_REPORT" "$OUT/lto/fat/rep" >"$OUT/lto/out4.txt" 2>&1 &&
   grep -q '^escape-report: 3 units, 1 allocation site,' "$OUT/lto/out4.txt" &&
   grep -q '^    moved to stack       1$' "$OUT/lto/out4.txt"
then ok "with fat objects, a link's report takes the compiles' sites' place"
else ko "with fat objects, a link's report takes the compiles' sites' place"
     cat "$OUT/lto/fat.log" "$OUT/lto/out4.txt" | note; fi
# A relink into fewer partitions, or into one lto1 (-flto-partition=none,
# OUT.lto), leaves the documents of the link before: only the latest
# link's are read (adversarial finding: they were counted too).
mkdir -p "$OUT/lto/parts" && rm -rf "$OUT/lto/parts/rep"
cat >"$OUT/lto/parts/three.c" <<'SRC'
#include <stdlib.h>
__attribute__ ((noinline)) int f1 (int c) { char *p = malloc (16); p[0] = (char) c; int r = p[0]; free (p); return r; }
__attribute__ ((noinline)) int f2 (int c) { char *p = malloc (24); p[0] = (char) c; int r = p[0]; free (p); return r; }
__attribute__ ((noinline)) int f3 (int c) { char *p = malloc (32); p[0] = (char) c; int r = p[0]; free (p); return r; }
int main (int c, char **v) { (void) v; return f1 (c) + f2 (c) + f3 (c) - 3 * c; }
SRC
if (cd "$OUT/lto/parts" && "$ESCAPE_CC" $L -c three.c &&
    "$ESCAPE_CC" $L -flto-partition=max three.o -o prog &&
    [ "$(ls rep | grep -c ltrans)" -ge 2 ] &&
    "$ESCAPE_CC" $L -flto-partition=one three.o -o prog &&
    "$ESCAPE_REPORT" rep >out1.txt &&
    "$ESCAPE_CC" $L -flto-partition=none three.o -o prog &&
    "$ESCAPE_REPORT" rep >out2.txt) >"$OUT/lto/parts.log" 2>&1 &&
   grep -q '^escape-report: [0-9]* units, 3 allocation sites,' "$OUT/lto/parts/out1.txt" &&
   grep -q '^escape-report: [0-9]* units, 3 allocation sites,' "$OUT/lto/parts/out2.txt"
then ok "a program's documents of an earlier link are not read"
else ko "a program's documents of an earlier link are not read"
     cat "$OUT/lto/parts.log" "$OUT/lto/parts/out1.txt" "$OUT/lto/parts/out2.txt" | note; fi
# Without the link's report, the compiles' are all there is.
rm -f "$OUT/lto/rep/"*ltrans0*
if "$ESCAPE_REPORT" "$OUT/lto/rep" >"$OUT/lto/out2.txt" 2>&1 &&
   grep -q '^escape-report: 2 units, 1 allocation site,' "$OUT/lto/out2.txt" &&
   grep -q '^    moved to stack       0$' "$OUT/lto/out2.txt"
then ok "without a link's report, the deferred compiles' sites are read"
else ko "without a link's report, the deferred compiles' sites are read"; note <"$OUT/lto/out2.txt"; fi

# A callee in another LTO partition whose compile had no plugin: its call
# is unseen code, and the advice says how to let lto1 see through it
# (cause lto-partition).  With the plugin at that compile too, the call
# goes through the summary it recorded and the buffer moves.
mkdir -p "$OUT/ltop" && rm -rf "$OUT/ltop/"*
cp "$OUT/lto/a.c" "$OUT/ltop/a.c"
cat >"$OUT/ltop/b.c" <<'SRC'
__attribute__ ((noinline)) int
use (char *p)
{
  p[0] = 0;
  return p[0];
}
SRC
if (cd "$OUT/ltop" && "$ESCAPE_CC" $L -c a.c && "$ESCAPE_CC" -O2 -flto -c b.c &&
    "$ESCAPE_CC" $L -flto-partition=max a.o b.o -o prog && ./prog) >"$OUT/ltop/build.log" 2>&1 &&
   "$ESCAPE_REPORT" "$OUT/ltop/rep" >"$OUT/ltop/out.txt" 2>&1 &&
   grep -q '^  lto-partition      1  a function of another LTO partition whose compile recorded no summary' "$OUT/ltop/out.txt" &&
   grep -q 'or let the plugin see what use does with it: it is compiled in another LTO partition, and its compile recorded no summary there: give the compiles -fplugin=escape' "$OUT/ltop/out.txt" &&
   rm -rf "$OUT/ltop/rep" &&
   (cd "$OUT/ltop" && "$ESCAPE_CC" $L -c b.c &&
    "$ESCAPE_CC" $L -flto-partition=max a.o b.o -o prog && ./prog) >>"$OUT/ltop/build.log" 2>&1 &&
   "$ESCAPE_REPORT" "$OUT/ltop/rep" >"$OUT/ltop/out2.txt" 2>&1 &&
   grep -q '^    moved to stack       1$' "$OUT/ltop/out2.txt" &&
   ! grep -q 'lto-partition' "$OUT/ltop/out2.txt"
then ok "-flto: a callee in another partition without a recorded summary gets the advice; with one, the site moves"
else ko "-flto: a callee in another partition without a recorded summary gets the advice; with one, the site moves"
     cat "$OUT/ltop/build.log" "$OUT/ltop/out.txt" "$OUT/ltop/out2.txt" 2>&1 | note; fi

# ---------------------------------------------- identical code folding (-flto)
# cc1 records each function's summary in its declaration for the ltrans
# processes (lto-summaries.cc), and GCC's ipa-icf merges two functions only
# if their attributes are equal: the recorded text leaves out the
# function's own name, so that two identical functions in two units are
# still folded into one, as without the plugin (found: with the name in
# it, "Equal symbols: 0").
mkdir -p "$OUT/icf" && rm -f "$OUT/icf/"*
cat >"$OUT/icf/a.c" <<'SRC'
struct pt { int x, y; };
__attribute__ ((noinline)) int
norm_a (const struct pt *p)
{
  return p->x * p->x + p->y * p->y;
}
int norm_b (const struct pt *p);
int
main (int argc, char **argv)
{
  struct pt p = { argc, 2 };
  (void) argv;
  return norm_a (&p) + norm_b (&p) == 10 ? 0 : 1;
}
SRC
sed -e '/^int norm_b/,$d' -e 's/norm_a/norm_b/' "$OUT/icf/a.c" >"$OUT/icf/b.c"
I="-O2 -flto -fplugin=$ESCAPE_PLUGIN -fplugin-arg-escape-transform -fplugin-arg-escape-m"
if (cd "$OUT/icf" && "$ESCAPE_CC" $I -c a.c b.c &&
    "$ESCAPE_CC" $I -fdump-ipa-icf a.o b.o -o prog && ./prog) >"$OUT/icf/build.log" 2>&1 &&
   grep -q '^Equal symbols: 1$' "$OUT/icf/"prog.wpa.*.icf
then ok "-flto: identical functions of two units are folded with the plugin at the compiles"
else ko "-flto: identical functions of two units are folded with the plugin at the compiles"
     cat "$OUT/icf/build.log" "$OUT/icf/"prog.wpa.*.icf 2>&1 | grep -v '^ *$' | head -40 | note; fi

echo
echo "# of expected passes		$pass"
[ $fail = 0 ] || echo "# of unexpected failures	$fail"
echo "escape-report tests: $pass passed, $fail failed"
[ $fail = 0 ]
