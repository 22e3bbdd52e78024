#!/bin/sh
# check-install.sh - the test of `make install` / `make uninstall` (run by
# `make check-install`, from build-systems.mk).  Nothing outside BUILD is
# touched: it installs into DESTDIR=BUILD/install-test/root, then
#  - the staged tree must hold exactly the two plugins (in the directories
#    `CC -print-file-name=plugin` names), escape-report if it was built, and
#    the docs;
#  - each compiler must load the plugin by name from there
#    (-iplugindir=<staged plugin dir> -fplugin=escape), and report verdicts;
#  - each compiler given the other target's plugin must fail with the
#    plugin's version error naming both targets;
#  - `make uninstall` must leave no file, and the by-name load must then
#    fail with GCC's "inaccessible plugin file" error.
# Environment: MAKE, TOP (the source tree), BUILD (absolute), CC_NATIVE,
# CC_AARCH64.  Writes BUILD/install-test/check-install.log; its last line
# is the summary.
set -u
work=$BUILD/install-test
root=$work/root
log=$work/check-install.log
rm -rf "$work" && mkdir -p "$work" || exit 1
: >"$log"
pass=0 fail=0
ok () { pass=$((pass + 1)); echo "PASS: $*" | tee -a "$log"; }
bad () { fail=$((fail + 1)); echo "FAIL: $*" | tee -a "$log"; }

native_dir=$($CC_NATIVE -print-file-name=plugin)
aarch64_dir=$($CC_AARCH64 -print-file-name=plugin)
docdir=/usr/local/share/doc/escape

if $MAKE --no-print-directory -C "$TOP" install DESTDIR="$root" \
     PREFIX=/usr/local >>"$log" 2>&1; then
  ok "make install DESTDIR=$root"
else
  bad "make install DESTDIR=$root (see $log)"
fi

# Exactly these files, nothing else.
{
  echo "$root$native_dir/escape.so"
  echo "$root$aarch64_dir/escape.so"
  [ -f "$BUILD/escape-report" ] && echo "$root/usr/local/bin/escape-report"
  (cd "$TOP" && for f in README.md docs/*.md docs/build-systems/*.md; do
     [ -f "$f" ] && echo "$root$docdir/$f"; done)
} | sort >"$work/expected"
(cd / && find "$root" -type f) | sort >"$work/installed"
if cmp -s "$work/expected" "$work/installed"; then
  ok "install put exactly $(wc -l <"$work/expected") files"
else
  bad "installed files differ from the expected list:"
  diff "$work/expected" "$work/installed" | tee -a "$log"
fi
if cmp -s "$root$native_dir/escape.so" "$BUILD/escape.so" \
   && cmp -s "$root$aarch64_dir/escape.so" "$BUILD/aarch64-linux-gnu/escape.so"
then
  ok "each plugin is the one built for its compiler"
else
  bad "the installed plugins are not build/escape.so and build/aarch64-linux-gnu/escape.so"
fi

cat >"$work/x.c" <<'SRC'
#include <stdlib.h>
void *keep;
int f (void)
{
  int *scratch = malloc (16);
  keep = malloc (32);
  scratch[0] = 1;
  int r = scratch[0];
  free (scratch);
  return r;
}
SRC

# by_name CC DIR: compile x.c loading the plugin by name from DIR.
by_name () {
  LC_ALL=C $1 -iplugindir="$2" -fplugin=escape -fplugin-arg-escape-m \
    -fno-diagnostics-show-caret -c "$work/x.c" -o "$work/x.o" >"$work/out" 2>&1
}
for pair in "$CC_NATIVE:$native_dir" "$CC_AARCH64:$aarch64_dir"; do
  cc=${pair%%:*} dir=$root${pair#*:}
  if by_name "$cc" "$dir" \
     && grep -q 'x\.c:5:18: note: malloc(16) does not escape$' "$work/out" \
     && grep -q 'x\.c:6:10: note: malloc(32) escapes to heap$' "$work/out"; then
    ok "$cc -iplugindir=$dir -fplugin=escape: verdicts"
  else
    bad "$cc -iplugindir=$dir -fplugin=escape: no verdicts; it printed:"
    tee -a "$log" <"$work/out"
  fi
done

# Each compiler given the other target's plugin: the plugin's own version
# check must name both targets (a target-dependent GCC symbol referenced
# directly made the loader refuse it first, with "undefined symbol").
for pair in "$CC_NATIVE:$aarch64_dir:aarch64-linux-gnu" "$CC_AARCH64:$native_dir:x86_64-linux-gnu"; do
  cc=${pair%%:*} rest=${pair#*:}
  dir=$root${rest%%:*} other=${rest#*:}
  if ! by_name "$cc" "$dir" \
     && grep -q "was built for GCC [0-9.]* for target $other and cannot run in GCC [0-9.]* for target" "$work/out" \
     && ! grep -q "undefined symbol" "$work/out"; then
    ok "$cc with the $other plugin: the version error names both targets"
  else
    bad "$cc with the $other plugin: no version error; it printed:"
    tee -a "$log" <"$work/out"
  fi
done

if $MAKE --no-print-directory -C "$TOP" uninstall DESTDIR="$root" \
     PREFIX=/usr/local >>"$log" 2>&1; then
  ok "make uninstall DESTDIR=$root"
else
  bad "make uninstall DESTDIR=$root (see $log)"
fi
left=$(cd / && find "$root" -type f)
if [ -z "$left" ] && [ ! -e "$root$docdir" ]; then
  ok "uninstall left no file and removed $docdir"
else
  bad "uninstall left:"; { echo "$left"; ls -d "$root$docdir" 2>/dev/null; } | tee -a "$log"
fi
for pair in "$CC_NATIVE:$native_dir" "$CC_AARCH64:$aarch64_dir"; do
  cc=${pair%%:*} dir=$root${pair#*:}
  if ! by_name "$cc" "$dir" \
     && grep -q "inaccessible plugin file $dir/escape.so expanded from short plugin name escape" "$work/out"; then
    ok "$cc: after uninstall, -fplugin=escape is not found in $dir"
  else
    bad "$cc: after uninstall, -fplugin=escape still loads or fails otherwise:"
    tee -a "$log" <"$work/out"
  fi
done

echo "install: $pass passed, $fail failed" | tee -a "$log"
[ "$fail" = 0 ]
