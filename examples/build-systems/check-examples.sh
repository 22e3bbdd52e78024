#!/bin/sh
# check-examples.sh - build each build-system example out of tree under
# BUILD/examples/ (run by `make check-examples`, from build-systems.mk):
#   make            make/ with gcc-12, then again with the AArch64 cross
#                   compiler (its program run under qemu-aarch64)
#   cmake           cmake/ configured with -DESCAPE_PLUGIN=<full path>
#   meson           meson/ set up with -Descape_plugin=<full path>, and a
#                   native file naming the compiler and escape-report
#   autotools       autotools/ (a copy, autoreconf'd), configured without
#                   the plugin and built with it via make CFLAGS=...; and
#                   configured with it, to pin the conftest-report pitfall
#   *-summaries     summaries/ in two passes with Make, CMake and Meson (the
#                   array pass 1 sees escape moves; with CMake and Meson, a
#                   changed summary compiles the caller again), and
#                   autotools/ in two passes from outside
# The plugin is given by its full path (build/escape.so): the examples'
# default, -fplugin=escape by name, needs `make install`.  For each: the
# build succeeds, its program runs, check-reports.py accepts the reports
# (one valid JSON document per unit, verdicts as the sources' comments say),
# and, when BUILD/escape-report exists, the example's escape-report target
# prints the build-wide summary.
# Environment: MAKE, BUILD (absolute), CC_NATIVE, CC_AARCH64,
# PLUGIN_NATIVE, PLUGIN_AARCH64.  Writes BUILD/examples/check-examples.log;
# its last line is the summary.
set -u
src=$(cd "$(dirname "$0")" && pwd)
out=$BUILD/examples
log=$out/check-examples.log
rm -rf "$out" && mkdir -p "$out" || exit 1
: >"$log"
pass=0 fail=0
ok () { pass=$((pass + 1)); echo "PASS: $*" | tee -a "$log"; }
bad () { fail=$((fail + 1)); echo "FAIL: $*" | tee -a "$log"; }
tool=$BUILD/escape-report
[ -x "$tool" ] || tool=

# step NAME CMD...: run CMD, output to the log.
step () {
  name=$1; shift
  echo "== $name: $*" >>"$log"
  if "$@" >>"$log" 2>&1; then return 0; fi
  bad "$name: $* (see $log)"; return 1
}

# reports NAME DIR SRCDIR TARGET
reports () {
  if python3 "$src/check-reports.py" "$2" "$3" "$4" >"$out/$1.reports" 2>&1
  then ok "$1: reports"; cat "$out/$1.reports" >>"$log"
  else bad "$1: reports:"; tee -a "$log" <"$out/$1.reports"; fi
}

# summary NAME UNITS CMD...: the example's escape-report target prints the
# summary of all UNITS units ("escape-report: 3 units, ...").
summary () {
  name=$1 units=$2; shift 2
  if [ -z "$tool" ]; then
    echo "(no $BUILD/escape-report: $name's summary not checked)" | tee -a "$log"
    return
  fi
  echo "== $name: $*" >>"$log"
  if "$@" >"$out/$name.summary" 2>&1 \
     && grep -q "^escape-report: $units units," "$out/$name.summary"; then
    ok "$name: escape-report summary"; cat "$out/$name.summary" >>"$log"
  else
    bad "$name: escape-report summary: $*"; tee -a "$log" <"$out/$name.summary"
  fi
}

# runs NAME CMD...: the built program runs and prints something.
runs () {
  name=$1; shift
  if "$@" >"$out/$name.run" 2>&1 && [ -s "$out/$name.run" ]; then
    ok "$name: program runs"
  else
    bad "$name: $* did not run:"; tee -a "$log" <"$out/$name.run"
  fi
}

# Plain Make, native and cross.
m="$MAKE --no-print-directory -C $src/make"
if step make $m BUILDDIR="$out/make" CC="$CC_NATIVE" \
     ESCAPE_PLUGIN="$PLUGIN_NATIVE"; then
  ok "make: build"
  runs make "$out/make/wordfreq" level noon level
  reports make "$out/make/escape-report" "$src/make/src" x86_64-linux-gnu
  summary make 3 $m BUILDDIR="$out/make" CC="$CC_NATIVE" \
    ESCAPE_PLUGIN="$PLUGIN_NATIVE" ESCAPE_REPORT="$tool" escape-report
  if [ -n "$tool" ]; then
    if step make-html $m BUILDDIR="$out/make" CC="$CC_NATIVE" \
         ESCAPE_PLUGIN="$PLUGIN_NATIVE" ESCAPE_REPORT="$tool" escape-report-html \
       && grep -qi '<html' "$out/make/escape-report.html"; then
      ok "make: escape-report-html wrote $out/make/escape-report.html"
    else
      bad "make: escape-report-html: no HTML page"
    fi
  fi
fi
if step make-aarch64 $m BUILDDIR="$out/make-aarch64" CC="$CC_AARCH64" \
     ESCAPE_PLUGIN="$PLUGIN_AARCH64"; then
  ok "make-aarch64: build"
  runs make-aarch64 qemu-aarch64 -L /usr/aarch64-linux-gnu \
    "$out/make-aarch64/wordfreq" level noon level
  reports make-aarch64 "$out/make-aarch64/escape-report" "$src/make/src" \
    aarch64-linux-gnu
  summary make-aarch64 3 "$tool" "$out/make-aarch64/escape-report"
fi

# The files the plugin reads are inputs, listed in the dependency file.
d=$out/depfile
if step depfile mkdir -p "$d" \
   && step depfile "$CC_NATIVE" -c "$src/make/src/words.c" -o "$d/words.o" \
        -MMD -MF "$d/words.d" -fplugin="$PLUGIN_NATIVE" \
        -fplugin-arg-escape-allocators="$src/../allocators/zlib.alloc" \
   && grep -q 'allocators/zlib\.alloc' "$d/words.d"; then
  ok "depfile: -MMD lists the allocators file"
else
  bad "depfile: -MMD lists the allocators file"
fi

# summaries/ in two passes, with Make, CMake and Meson: summaries across
# files without LTO.  Pass 1's reports give the summaries file; in pass 2
# main.c's scratch array, which pass 1 saw escape into another file's
# functions, does not escape and moves.  Only with escape-report (it writes
# the file).
# moves NAME PASS1-REPORTS PASS2-REPORTS
moves () {
  if grep -q '"verdict": "escapes to heap"' "$2"/*main.c.escape.json \
     && grep -q '"moved": true' "$3"/*main.c.escape.json; then
    ok "$1: pass 1's escaping array moves in pass 2"
  else
    bad "$1: pass 1's escaping array moves in pass 2"
  fi
}
# stale NAME SRCCOPY PASS2-REPORTS CMD...: after a build, stats_max starts
# keeping its array; CMD builds again, which must compile main.c again
# (the plugin lists the summaries file in its dependency file) and link,
# and the array no longer moves.
stale () {
  sname=$1 copy=$2 rep=$3; shift 3
  sleep 1
  sed -i 's/^  int m = v\[0\];/  kept = v;\n  int m = v[0];/
	  s/^#include "stats.h"$/#include "stats.h"\nconst int *kept;/' \
    "$copy/src/stats.c"
  if step "$sname-stale" "$@" \
     && grep -q '"moved": false' "$rep"/*main.c.escape.json; then
    ok "$sname: a changed summary compiles main.c again, and its array stays"
  else
    bad "$sname: a changed summary compiles main.c again, and its array stays"
  fi
}
if [ -n "$tool" ]; then
  ms="$MAKE --no-print-directory -C $src/summaries"
  if step make-summaries $ms BUILDDIR="$out/make-summaries" CC="$CC_NATIVE" \
       ESCAPE_PLUGIN="$PLUGIN_NATIVE" ESCAPE_REPORT="$tool"; then
    ok "make-summaries: build"
    runs make-summaries "$out/make-summaries/statdemo" 1 5
    reports make-summaries "$out/make-summaries/escape-report" \
      "$src/summaries/src" x86_64-linux-gnu
    moves make-summaries "$out/make-summaries/pass1/escape-report" \
      "$out/make-summaries/escape-report"
    if grep -q 'escape\.summaries' "$out/make-summaries/main.d"; then
      ok "make-summaries: main.d lists the summaries file"
    else
      bad "make-summaries: main.d lists the summaries file"
    fi
  fi

  c=$out/cmake-summaries
  if step cmake-summaries cp -R "$src/summaries" "$c-src" \
     && step cmake-summaries cmake -S "$c-src" -B "$c" \
          -DCMAKE_C_COMPILER="$CC_NATIVE" -DESCAPE_PLUGIN="$PLUGIN_NATIVE" \
          -DESCAPE_REPORT_TOOL="$tool" \
     && step cmake-summaries cmake --build "$c"; then
    ok "cmake-summaries: build"
    runs cmake-summaries "$c/statdemo" 1 5
    reports cmake-summaries "$c/escape-report" "$c-src/src" x86_64-linux-gnu
    moves cmake-summaries "$c/pass1/escape-report" "$c/escape-report"
    stale cmake-summaries "$c-src" "$c/escape-report" cmake --build "$c"
  fi

  m=$out/meson-summaries
  {
    echo "[binaries]"
    echo "c = '$CC_NATIVE'"
    echo "escape-report = '$tool'"
  } >"$out/meson-summaries-native.ini"
  if step meson-summaries cp -R "$src/summaries" "$m-src" \
     && step meson-summaries meson setup \
          --native-file "$out/meson-summaries-native.ini" \
          -Descape_plugin="$PLUGIN_NATIVE" "$m" "$m-src" \
     && step meson-summaries meson compile -C "$m"; then
    ok "meson-summaries: build"
    runs meson-summaries "$m/statdemo" 1 5
    reports meson-summaries "$m/escape-report" "$m-src/src" x86_64-linux-gnu
    moves meson-summaries "$m/pass1-escape-report" "$m/escape-report"
    stale meson-summaries "$m-src" "$m/escape-report" meson compile -C "$m"
  fi
fi

# CMake.
set -- -DCMAKE_C_COMPILER="$CC_NATIVE" -DESCAPE_PLUGIN="$PLUGIN_NATIVE"
[ -n "$tool" ] && set -- "$@" -DESCAPE_REPORT_TOOL="$tool"
if step cmake cmake -S "$src/cmake" -B "$out/cmake" "$@" \
   && step cmake cmake --build "$out/cmake"; then
  ok "cmake: build"
  runs cmake "$out/cmake/inventory-demo"
  reports cmake "$out/cmake/escape-report" "$src/cmake/src" x86_64-linux-gnu
  summary cmake 3 cmake --build "$out/cmake" --target escape-report
fi

# Meson: the native file is how Meson is told which programs to use.
{
  echo "[binaries]"
  echo "c = '$CC_NATIVE'"
  [ -n "$tool" ] && echo "escape-report = '$tool'"
} >"$out/meson-native.ini"
if step meson meson setup --native-file "$out/meson-native.ini" \
     -Descape_plugin="$PLUGIN_NATIVE" "$out/meson" "$src/meson" \
   && step meson meson compile -C "$out/meson"; then
  ok "meson: build"
  runs meson "$out/meson/queue-demo"
  reports meson "$out/meson/escape-report" "$src/meson/src" x86_64-linux-gnu
  summary meson 3 meson compile -C "$out/meson" escape-report
fi

# foreign DIR: the reports in DIR that are not about the project's sources
# (all of them are in src/).
foreign () { ls -A "$1" | grep -v '%src%'; }

# The pitfall docs/build-systems/cmake.md and meson.md warn about: the
# plugin in CMAKE_C_FLAGS or c_args is also used for the build systems' own
# test compiles, which leave reports.
f=$out/cmake-flags
if step cmake-flags mkdir -p "$f/escape-report" \
   && step cmake-flags cmake -S "$src/cmake" -B "$f" \
        -DCMAKE_C_COMPILER="$CC_NATIVE" -DESCAPE_ANALYSIS=OFF \
        -DCMAKE_C_FLAGS="-fplugin=$PLUGIN_NATIVE -fplugin-arg-escape-report=$f/escape-report/"; then
  if [ -n "$(foreign "$f/escape-report")" ]; then
    ok "cmake-flags: CMake's test compiles leave reports:" $(foreign "$f/escape-report")
  else
    bad "cmake-flags: no report from CMake's test compiles (docs/build-systems/cmake.md says there are)"
  fi
fi
f=$out/meson-c-args
if step meson-c-args mkdir -p "$f-reports" \
   && step meson-c-args meson setup --native-file "$out/meson-native.ini" \
        -Descape=false -Dc_args="-fplugin=$PLUGIN_NATIVE -fplugin-arg-escape-report=$f-reports/" \
        "$f" "$src/meson"; then
  if [ -n "$(foreign "$f-reports")" ]; then
    ok "meson-c-args: Meson's test compiles leave reports:" $(foreign "$f-reports")
  else
    bad "meson-c-args: no report from Meson's sanity check (docs/build-systems/meson.md says there is one)"
  fi
fi

# Autotools: autoreconf writes into the source tree, so it works on a copy;
# configure runs without the plugin, which is added at make time by
# repeating configure's CFLAGS (docs/build-systems/autotools.md).
a=$out/autotools
if step autotools cp -R "$src/autotools" "$out/autotools-src" \
   && step autotools autoreconf -i "$out/autotools-src" \
   && step autotools mkdir -p "$a/escape-report" \
   && step autotools sh -c 'cd "$1" && ../autotools-src/configure CC="$2"' \
        sh "$a" "$CC_NATIVE" \
   && cflags=$(sed -n 's/^CFLAGS = //p' "$a/Makefile") \
   && step autotools $MAKE --no-print-directory -C "$a" CFLAGS="$cflags \
        -fplugin=$PLUGIN_NATIVE -fplugin-arg-escape-report=$a/escape-report/"
then
  ok "autotools: build (make CFLAGS=\"$cflags -fplugin=...\")"
  runs autotools "$a/rpn" "1 2 + 4 *"
  reports autotools "$a/escape-report" "$out/autotools-src/src" x86_64-linux-gnu
  summary autotools 2 "$tool" "$a/escape-report"
fi
# Autotools in two passes, from outside as above (docs/build-systems/
# autotools.md, "Summaries across files"): make with pass 1's flags, the
# summaries file, make clean, make with pass 2's.  The pass-2 objects'
# dependency files (Automake's .deps/) list the summaries file.
t=$out/autotools-summaries
if [ -n "$tool" ] && [ -d "$out/autotools-src" ] \
   && step autotools-summaries mkdir -p "$t" \
   && step autotools-summaries sh -c 'cd "$1" && ../autotools-src/configure CC="$2"' \
        sh "$t" "$CC_NATIVE" \
   && cflags=$(sed -n 's/^CFLAGS = //p' "$t/Makefile") \
   && step autotools-summaries $MAKE --no-print-directory -C "$t" CFLAGS="$cflags \
        -fplugin=$PLUGIN_NATIVE -fplugin-arg-escape-report=$t/pass1/" \
   && step autotools-summaries "$tool" --write-summaries "$t/escape.summaries" \
        -o "$t/pass1.txt" "$t/pass1" \
   && step autotools-summaries $MAKE --no-print-directory -C "$t" clean \
   && step autotools-summaries $MAKE --no-print-directory -C "$t" CFLAGS="$cflags \
        -fplugin=$PLUGIN_NATIVE -fplugin-arg-escape-summaries=$t/escape.summaries \
        -fplugin-arg-escape-transform -fplugin-arg-escape-report=$t/escape-report/"
then
  ok "autotools-summaries: two passes"
  runs autotools-summaries "$t/rpn" "1 2 + 4 *"
  reports autotools-summaries "$t/escape-report" "$out/autotools-src/src" x86_64-linux-gnu
  if grep -q '"function":"rpn_eval"' "$t/escape.summaries" \
     && grep -rqs 'escape\.summaries' "$t/src/.deps"; then
    ok "autotools-summaries: rpn_eval's summary, listed in .deps/"
  else
    bad "autotools-summaries: rpn_eval's summary, listed in .deps/"
  fi
fi
# The pitfall that page warns about: with the plugin in configure's CFLAGS,
# configure's test programs are compiled with it too and leave reports.
p=$out/autotools-configure
if step autotools-configure mkdir -p "$p/escape-report" \
   && step autotools-configure sh -c 'cd "$1" && ../autotools-src/configure \
        CC="$2" CFLAGS="-O2 -fplugin=$3 -fplugin-arg-escape-report=$1/escape-report/"' \
        sh "$p" "$CC_NATIVE" "$PLUGIN_NATIVE"; then
  if [ -n "$(foreign "$p/escape-report")" ]; then
    ok "autotools-configure: configure's test programs leave reports:" $(foreign "$p/escape-report")
  else
    bad "autotools-configure: no report from configure's test programs (docs/build-systems/autotools.md says there is one)"
  fi
fi

echo "build-system examples: $pass passed, $fail failed" | tee -a "$log"
[ "$fail" = 0 ]
