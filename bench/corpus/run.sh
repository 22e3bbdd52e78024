#!/bin/bash
# bench/corpus/run.sh - escape on real C projects, side by side with
# clang's heap-to-stack (LLVM's Attributor).  `make corpus` runs it.
#
#   bench/corpus/run.sh [PACKAGE...]    (default: every package in packages.list)
#
# For each Debian 12 source package pinned in packages.list: fetch it with
# apt-get source (through a private apt configuration in build/corpus/apt:
# the system's is not changed), extract it with dpkg-source, and build it with its
# own build system (bench/corpus/pkgs/NAME.sh says how) in each
# configuration, with bench/corpus/cc-wrap.sh as the compiler:
#
#   plain       gcc-12 -O2
#   escape      gcc-12 -O2 -fplugin=PLUGIN -fplugin-arg-escape-m=2
#               -fplugin-arg-escape-transform -fchecking
#               (each source is also compiled, back to back, plain and with
#               the plugin but without -fchecking: the compile-time ratio)
#   asan        escape plus -fsanitize=address
#   alloc       escape plus -fplugin-arg-escape-allocators=
#               examples/allocators/NAME.alloc, if that file exists and the
#               plugin accepts the option (probed once)
#   alloc-asan  alloc plus -fsanitize=address
#   plain-lto   gcc-12 -O2 -flto: the baseline of alloc-lto (a program
#               linked from bytecode may differ: tcc loses libm, which its
#               tests2 suite needs through dlsym)
#   alloc-lto   alloc (escape where the package has no allocator file)
#               under -flto: the compiles make bytecode and the
#               link's lto1 analyses, moves and reports (its notes are
#               recorded from the link); compared with plain-lto
#   sum         the alloc configuration (escape where the package has no
#               allocator file) built in two passes, the route across files
#               without LTO (docs/build-systems/make.md): a first build
#               writes reports (-fplugin-arg-escape-report=DIR/), escape-report
#               --write-summaries turns them into one file, and the second
#               build compiles with -fplugin-arg-escape-summaries=FILE; the
#               second build is measured
#   sum-asan    sum plus -fsanitize=address (the same summaries file)
#   clang       clang -O2 -mllvm -attributor-enable=module (plus
#               -mllvm -print-before/after=attributor in the build: the
#               allocation calls turned into allocas are counted)
#
# then runs the package's workload in each build: every command's output
# and exit status must match the plain build's; the heap allocations of the
# plain, escape, alloc and clang builds are counted (count-malloc.so); the
# asan builds run with ASAN_OPTIONS=detect_stack_use_after_return=1.
#
# Writes bench/corpus/results.md, results.tsv (one row per package) and
# sites.tsv (one row per allocation site), and prints the table.
# Builds, logs and outputs go to build/corpus/ (CORPUS_OUT).
#
# Environment: PLUGIN (default build/escape.so), ESCAPE_REPORT
# (build/escape-report: the sum configurations), GCC (gcc-12), CLANG
# (clang), JOBS (nproc), CONFIGS (the list above), CORPUS_OUT, WL_TIMEOUT
# (seconds per workload command, 300), CORPUS_TIME_REPS (compile-time
# repetitions of each source, 3).
#
# Exit status: 0 if every plugin build compiled and every transformed
# output matched; 1 if a plugin build crashed the compiler, failed
# -fchecking, failed where plain GCC did not, produced a different output
# or an AddressSanitizer report; 2 if the harness itself could not run
# (no plugin, no compiler).  A package that cannot be fetched or built
# plain is reported in the table and does not change the status; neither
# does clang (another compiler's bugs are reported, not fatal).

set -u
export LC_ALL=C
unset CDPATH MAKEFLAGS MFLAGS MAKELEVEL GNUMAKEFLAGS

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
PLUGIN=${PLUGIN:-$root/build/escape.so}
GCC=${GCC:-gcc-12}
CLANG=${CLANG:-clang}
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}
OUT=${CORPUS_OUT:-$root/build/corpus}
WL_TIMEOUT=${WL_TIMEOUT:-300}
ESCAPE_REPORT=${ESCAPE_REPORT:-$root/build/escape-report}
ALL_CONFIGS="plain escape asan alloc alloc-asan plain-lto alloc-lto sum sum-asan clang"
CONFIGS=${CONFIGS:-$ALL_CONFIGS}
export CORPUS_HERE=$here
export CORPUS_TIME_REPS=${CORPUS_TIME_REPS:-3}
# Leaks are not errors here (the plain builds leak at exit too); a stack
# slot used after its function returned is.
ASAN_RUN_OPTIONS=detect_stack_use_after_return=1:detect_leaks=0

t_start=$(date +%s)
status=0
notes=()
note () { notes+=("$*"); echo "corpus: $*" >&2; }
fail () { status=1; note "FAILURE: $*"; }
die () { echo "corpus: $*" >&2; exit 2; }
say () { echo "corpus: $*" >&2; }

case $PLUGIN in /*) ;; *) PLUGIN=$PWD/$PLUGIN ;; esac
for c in $CONFIGS; do
  case " $ALL_CONFIGS " in *" $c "*) ;; *) die "unknown configuration '$c' in CONFIGS (valid: $ALL_CONFIGS)";; esac
done
case " $CONFIGS " in *" plain "*) ;; *) die "CONFIGS must include plain (the baseline)";; esac
case $JOBS in ''|*[!0-9]*|0) die "JOBS must be a positive number";; esac
case $CORPUS_TIME_REPS in ''|*[!0-9]*|0) die "CORPUS_TIME_REPS must be a positive number";; esac
case $WL_TIMEOUT in ''|*[!0-9]*|0) die "WL_TIMEOUT must be a positive number of seconds";; esac

# ---- Debian packages the harness needs ----------------------------------------

# gcc-12 and the plugin's own dependencies come from the top Makefile.
NEED="clang dpkg-dev tcl cmake make patch xz-utils bzip2 libc6-dev bsdextrautils autoconf automake libtool bison flex"
missing=""
for p in $NEED; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'ok installed' || missing="$missing $p"
done
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ]; then
    say "installing$missing"
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
	apt-get install -y -qq --no-install-recommends $missing; } > /dev/null \
      || die "could not install$missing"
  else
    die "missing Debian packages; as root: apt-get install$missing"
  fi
fi
command -v "$GCC" > /dev/null || die "$GCC not found (make installs it)"
[ -f "$PLUGIN" ] || die "$PLUGIN not found: run make first"
case " $CONFIGS " in
  *" sum "*|*" sum-asan "*)
    [ -x "$ESCAPE_REPORT" ] || die "$ESCAPE_REPORT not found (the sum configurations need it): run make first" ;;
esac

mkdir -p "$OUT/log" "$OUT/dl" "$OUT/src" "$OUT/probe"

# ---- probes ---------------------------------------------------------------------

DIAG="-fdiagnostics-color=never -fno-diagnostics-show-caret"
PLUG="-fplugin=$PLUGIN -fplugin-arg-escape-m=2 -fplugin-arg-escape-transform"
probe=$OUT/probe
cat > "$probe/h2s.c" <<'EOF'
#include <stdlib.h>
#include <string.h>
static int sum2 (const int *p) { return p[0] + p[1]; }
int f (int a) { int *p = malloc (16); p[0] = a; p[1] = 2 * a; int r = sum2 (p); free (p); return r; }
int g (int n) { char *q = malloc (32); memset (q, n, 32); int s = q[3]; free (q); return s; }
int main (int argc, char **argv) { (void) argv; return f (argc) + g (argc) == 7; }
EOF

# The plugin must load and transform: otherwise nothing here means anything.
$GCC -O2 $PLUG $DIAG -c "$probe/h2s.c" -o "$probe/h2s.o" > "$probe/plugin.txt" 2>&1 \
  || die "the plugin does not work: $GCC -O2 $PLUG -c h2s.c fails: $(head -n 3 "$probe/plugin.txt")"
probe_moved=$(grep -c 'moved to stack' "$probe/plugin.txt")

# The allocator option is new: pass it only if this plugin takes it.
have_alloc=1
printf '# probe\nprobe_alloc:1:probe_free\n' > "$probe/probe.alloc"
if ! $GCC -O2 $PLUG -fplugin-arg-escape-allocators="$probe/probe.alloc" $DIAG \
     -c "$probe/h2s.c" -o /dev/null > "$probe/alloc.txt" 2>&1; then
  have_alloc=0
  note "the plugin rejects -fplugin-arg-escape-allocators= ($(grep -m1 -o "unknown argument '[^']*'" "$probe/alloc.txt" || head -n 1 "$probe/alloc.txt")); the alloc and alloc-asan configurations are skipped"
fi

# clang: its Attributor must be there and the counter must see it convert
# the two mallocs of the probe.
have_clang=1
clang_probe="-"
if ! command -v "$CLANG" > /dev/null; then
  have_clang=0
  note "$CLANG not found; the clang configuration is skipped"
else
  $CLANG -O2 -mllvm -attributor-enable=module -mllvm -print-before=attributor \
    -mllvm -print-after=attributor -c "$probe/h2s.c" -o "$probe/h2s.clang.o" \
    2> "$probe/clang.ir"
  if [ $? != 0 ]; then
    have_clang=0
    note "$CLANG rejects -mllvm -attributor-enable=module; the clang configuration is skipped"
  else
    clang_probe=$(awk -v fn="$probe/clang.fns" -f "$here/clang-h2s.awk" "$probe/clang.ir")
    read -r cb ca ab aa <<< "$clang_probe"
    if [ $((aa - ab)) -lt 2 ] || [ $((cb - ca)) -lt 2 ]; then
      have_clang=0
      note "the heap-to-stack counter saw no conversion on the probe ($clang_probe); the clang configuration is skipped"
    fi
  fi
fi
rm -f "$probe/clang.ir"

# ---- the allocation counter ----------------------------------------------------------

countlib=$OUT/count-malloc.so
$GCC -O2 -Wall -shared -fPIC -o "$countlib" "$root/bench/count-malloc.c" -ldl \
  || die "cannot build count-malloc.so"

# ---- deb-src ----------------------------------------------------------------------------

# packages.list: NAME=VERSION lines, '#' comments.
declare -A version
pkgs=()
while read -r line; do
  line=${line%%#*}
  line=${line//[[:space:]]/}
  [ -n "$line" ] || continue
  n=${line%%=*}
  version[$n]=${line#*=}
  pkgs+=("$n")
done < "$here/packages.list"
[ ${#pkgs[@]} -gt 0 ] || die "no packages in $here/packages.list"
if [ $# -gt 0 ]; then
  for p in "$@"; do [ -n "${version[$p]:-}" ] || die "$p is not in packages.list"; done
  pkgs=("$@")
fi

# Source packages come through a private apt configuration under
# $OUT/apt (a deb-src line for bookworm main, its own index and cache):
# nothing in /etc/apt changes, and no root is needed.
. "$here/../deb-src.sh"
deb_src_setup "$OUT/apt"
need_fetch=0
for p in "${pkgs[@]}"; do
  ls "$OUT/dl/$p/"*.dsc > /dev/null 2>&1 || need_fetch=1
done
if [ $need_fetch = 1 ]; then
  say "apt-get update (source index for bookworm main, in build/corpus/apt)"
  apt-get "${APT_OPTS[@]}" update -qq > "$OUT/log/apt-update.log" 2>&1 \
    || note "apt-get update failed (see build/corpus/log/apt-update.log)"
fi

# ---- configurations -------------------------------------------------------------------------

# cfg_env CFG PKG: the cc-wrap.sh settings of a configuration.
cfg_env () {
  local cfg=$1 pkg=$2 af
  af=$(alloc_file "$pkg")
  CORPUS_CC=$GCC CORPUS_LDFLAGS="" CORPUS_LINKFLAGS="" CORPUS_TIME_A="" CORPUS_TIME_B="" CORPUS_CLANG_H2S=0
  case $cfg in
    plain) CORPUS_CFLAGS="-O2" ;;
    escape) CORPUS_CFLAGS="-O2 $PLUG $DIAG -fchecking"
	    CORPUS_TIME_A="-O2 $DIAG" CORPUS_TIME_B="-O2 $PLUG $DIAG" ;;
    asan) CORPUS_CFLAGS="-O2 $PLUG $DIAG -fchecking -fno-omit-frame-pointer"
	  CORPUS_LDFLAGS="-fsanitize=address" ;;
    alloc) CORPUS_CFLAGS="-O2 $PLUG -fplugin-arg-escape-allocators=$af $DIAG -fchecking" ;;
    alloc-asan) CORPUS_CFLAGS="-O2 $PLUG -fplugin-arg-escape-allocators=$af $DIAG -fchecking -fno-omit-frame-pointer"
		CORPUS_LDFLAGS="-fsanitize=address" ;;
    plain-lto) CORPUS_CFLAGS="-O2 -flto" CORPUS_LINKFLAGS=$CORPUS_CFLAGS ;;
    alloc-lto) CORPUS_CFLAGS="-O2 -flto $PLUG ${af:+-fplugin-arg-escape-allocators=$af} $DIAG -fchecking"
	       CORPUS_LINKFLAGS=$CORPUS_CFLAGS ;;
    sum1) CORPUS_CFLAGS="-O2 -fplugin=$PLUGIN ${af:+-fplugin-arg-escape-allocators=$af} -fplugin-arg-escape-report=$OUT/summaries/$pkg/reports/ $DIAG" ;;
    sum) CORPUS_CFLAGS="-O2 $PLUG ${af:+-fplugin-arg-escape-allocators=$af} -fplugin-arg-escape-summaries=$OUT/summaries/$pkg/escape.summaries $DIAG -fchecking" ;;
    sum-asan) CORPUS_CFLAGS="-O2 $PLUG ${af:+-fplugin-arg-escape-allocators=$af} -fplugin-arg-escape-summaries=$OUT/summaries/$pkg/escape.summaries $DIAG -fchecking -fno-omit-frame-pointer"
	      CORPUS_LDFLAGS="-fsanitize=address" ;;
    clang) CORPUS_CC=$CLANG CORPUS_CFLAGS="-O2 -mllvm -attributor-enable=module"
	   CORPUS_CLANG_H2S=1 ;;
  esac
  export CORPUS_CC CORPUS_CFLAGS CORPUS_LDFLAGS CORPUS_LINKFLAGS CORPUS_TIME_A CORPUS_TIME_B CORPUS_CLANG_H2S
}
alloc_file () {
  local f=$root/examples/allocators/$1.alloc
  [ -f "$f" ] || f=$root/examples/allocators/${1%%[0-9.]*}.alloc
  [ -f "$f" ] && echo "$f"
}
is_plugin_cfg () { case $1 in escape|asan|alloc|alloc-asan|alloc-lto|sum|sum-asan) return 0;; esac; return 1; }
is_asan_cfg () { case $1 in asan|alloc-asan|sum-asan) return 0;; esac; return 1; }

# ---- the workload runner (called by the recipes' pkg_workload) ---------------------------------

# wl NAME [-i STDIN] [-e EXPECTED_STDOUT] [-C DIR] [-n] -- COMMAND...
# Runs COMMAND in the build tree (or DIR in it), stdout to $WLOUT/NAME.out.
# -n: not counted (the command runs other programs: make, diff...).
wl () {
  local name=$1 in=/dev/null exp="" dir=. count=1
  shift
  while [ $# -gt 0 ]; do
    case $1 in
      -i) in=$2; shift 2 ;;
      -e) exp=$2; shift 2 ;;
      -C) dir=$2; shift 2 ;;
      -n) count=0; shift ;;
      --) shift; break ;;
      *) break ;;
    esac
  done
  local o=$WLOUT/$name rc
  echo "$name $count" >> "$WLOUT/cases"
  rm -f "$o".*
  # timeout runs env, which execs the command: only the command itself is
  # counted (count-malloc.so writes its count when the process exits).
  if is_asan_cfg "$WLCFG"; then
    ( cd "$dir" && timeout -k 10 "$WL_TIMEOUT" env \
	ASAN_OPTIONS=$ASAN_RUN_OPTIONS:log_path=$o.asan "$@" ) < "$in" > "$o.out" 2> "$o.err"
  elif [ $count = 1 ]; then
    ( cd "$dir" && timeout -k 10 "$WL_TIMEOUT" env \
	COUNT_MALLOC_OUT=$o.count LD_PRELOAD=$countlib "$@" ) < "$in" > "$o.out" 2> "$o.err"
  else
    ( cd "$dir" && timeout -k 10 "$WL_TIMEOUT" "$@" ) < "$in" > "$o.out" 2> "$o.err"
  fi
  rc=$?
  echo "$rc" > "$o.rc"
  if [ -n "$exp" ] && ! cmp -s "$o.out" "$exp"; then
    echo "$name" >> "$WLOUT/selftest-failed"
  fi
  return 0
}
corpus_phase () { export CORPUS_PHASE=$1; }

# ---- one package ------------------------------------------------------------------------------------

declare -A R		# results: R[pkg.key]

fetch () {			# PKG: download (cached) and extract into $OUT/src/PKG
  local p=$1 v=${version[$1]} dl=$OUT/dl/$1 fv
  fv=${v#*:}
  mkdir -p "$dl"
  if [ ! -f "$dl/${p}_$fv.dsc" ]; then
    ( cd "$dl" && apt-get "${APT_OPTS[@]}" source --download-only -qq "$p=$v" ) > "$OUT/log/$p.fetch.log" 2>&1
    [ -f "$dl/${p}_$fv.dsc" ] || return 1
  fi
  rm -rf "$OUT/src/$p"
  ( cd "$dl" && dpkg-source -x "${p}_$fv.dsc" "$OUT/src/$p" ) >> "$OUT/log/$p.fetch.log" 2>&1
}

# build_tree PKG CFG TREE REC LOG: a fresh copy of the source in TREE,
# built by the package's recipe with the configuration's compiler.
build_tree () {
  local p=$1 cfg=$2 tree=$3 rec=$4 log=$5 bin=$OUT/bin/$2 ccname=$GCC copy
  [ $cfg = clang ] && ccname=$CLANG
  ccname=$(basename "$ccname")
  mkdir -p "$bin"
  ln -sf "$here/cc-wrap.sh" "$bin/$ccname"
  rm -rf "$tree" "$rec"
  mkdir -p "$tree" "$rec"
  copy=$(. "$here/pkgs/$p.sh" && echo "${PKG_COPY:-}")
  if [ -n "$copy" ]; then
    ( cd "$OUT/src/$p" && cp -a --parents $copy "$tree/" ) || return 1
  else
    cp -a "$OUT/src/$p/." "$tree/"
  fi
  cp -a "$here/workloads" "$tree/corpus-workloads"
  (
    cfg_env "$cfg" "$p"
    export CORPUS_REC=$rec CORPUS_ROOT=$tree CORPUS_PHASE=configure
    export CC=$bin/$ccname JOBS
    # Programs built this way may run during the build (tcc compiles its
    # own runtime library).
    is_asan_cfg "$cfg" && export ASAN_OPTIONS=$ASAN_RUN_OPTIONS
    . "$here/pkgs/$p.sh"
    cd "$tree" && pkg_build
  ) > "$log" 2>&1
}

# sum_pass1 PKG: the first pass of the sum configurations, once per
# package: a build for the reports, and the summaries file written from
# them ($OUT/summaries/PKG/escape.summaries).  Its compiles are recorded in
# rec/sum1/PKG, whose crashes count against the sum configuration.
sum_pass1 () {
  local p=$1 d=$OUT/summaries/$1
  [ -n "${R[$p.sum1.build]:-}" ] && { [ "${R[$p.sum1.build]}" = ok ]; return; }
  rm -rf "$d"
  mkdir -p "$d/reports"
  say "$p: building (sum, first pass: reports)"
  if ! build_tree "$p" sum1 "$OUT/sum1/$p" "$OUT/rec/sum1/$p" "$OUT/log/$p.sum1.log"; then
    R[$p.sum1.build]=failed
    return 1
  fi
  if ! "$ESCAPE_REPORT" --write-summaries "$d/escape.summaries" "$d/reports" \
       > "$OUT/log/$p.sum1.summaries.log" 2>&1; then
    R[$p.sum1.build]=failed
    note "$p: escape-report --write-summaries failed (see build/corpus/log/$p.sum1.summaries.log)"
    return 1
  fi
  R[$p.sum1.build]=ok
  R[$p.sum1.summaries]=$(grep -c . "$d/escape.summaries")
}

run_config () {			# PKG CFG
  local p=$1 cfg=$2 tree=$OUT/$2/$1 rec=$OUT/rec/$2/$1 wlout=$OUT/out/$2/$1
  local log=$OUT/log/$p.$cfg.log
  rm -rf "$wlout"
  mkdir -p "$wlout"
  local t0=$EPOCHREALTIME rc=0
  case $cfg in sum|sum-asan) sum_pass1 "$p" || rc=1 ;; esac
  if [ $rc = 0 ]; then
    say "$p: building ($cfg)"
    build_tree "$p" "$cfg" "$tree" "$rec" "$log" || rc=1
  fi
  R[$p.$cfg.buildtime]=$(awk -v a="$t0" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.1f", b - a }')
  if [ $rc != 0 ]; then
    R[$p.$cfg.build]=failed
    return 1
  fi
  R[$p.$cfg.build]=ok

  say "$p: running the workload ($cfg)"
  (
    export WLOUT=$wlout WLCFG=$cfg countlib WL_TIMEOUT
    : > "$wlout/cases"
    . "$here/pkgs/$p.sh"
    cd "$tree" && pkg_workload
  ) > "$OUT/log/$p.$cfg.workload.log" 2>&1
  return 0
}

# same_output A B TREE_A TREE_B: A and B are the same, once each build
# tree's path (which tests print, e.g. Unity's file:line) is taken out.
same_output () {
  cmp -s "$1" "$2" && return 0
  # Trees apart, and the times in the headers of a unified diff a test
  # suite prints ("+++ 22_floating_point.output<TAB>2026-...").
  local norm='s/^\(+++\|---\) \([^	]*\)	.*/\1 \2/'
  cmp -s <(sed -e "s|$3|<tree>|g" -e "$norm" "$1") \
	 <(sed -e "s|$4|<tree>|g" -e "$norm" "$2")
}

# Compare a configuration's workload with plain's and sum its counts.
check_config () {		# PKG CFG
  local p=$1 cfg=$2 w=$OUT/out/$2/$1 base=plain name count
  local diffs=0 asan=0 total=0 unknown=0 cases=0 bad=""
  [ "${R[$p.$cfg.build]:-}" = ok ] || return 0
  # alloc-lto against plain-lto when that was built.
  [ $cfg = alloc-lto ] && [ "${R[$p.plain-lto.build]:-}" = ok ] && base=plain-lto
  local pw=$OUT/out/$base/$p
  while read -r name count; do
    cases=$((cases + 1))
    if [ $cfg != plain ]; then
      if ! same_output "$w/$name.out" "$pw/$name.out" "$OUT/$cfg/$p" "$OUT/$base/$p" \
	 || ! cmp -s "$w/$name.rc" "$pw/$name.rc"; then
	diffs=$((diffs + 1)); bad="$bad $name"
      fi
    elif [ "$(cat "$w/$name.rc")" != 0 ]; then
      note "$p: the plain build's workload '$name' exits $(cat "$w/$name.rc") (see $w/$name.err)"
    fi
    if is_asan_cfg $cfg && ls "$w/$name.asan".* > /dev/null 2>&1; then
      asan=$((asan + 1)); bad="$bad $name(asan)"
    fi
    if [ "$count" = 1 ] && ! is_asan_cfg $cfg; then
      local c
      c=$(sed -n 's/^count-malloc: total \([0-9]*\).*/\1/p' "$w/$name.count" 2>/dev/null)
      if [ -n "$c" ]; then total=$((total + c)); else unknown=1; fi
    fi
  done < "$w/cases"
  R[$p.$cfg.cases]=$cases
  R[$p.$cfg.diffs]=$diffs
  R[$p.$cfg.asan]=$asan
  R[$p.$cfg.bad]=$bad
  if is_asan_cfg $cfg; then R[$p.$cfg.allocs]=-
  elif [ $unknown = 1 ]; then R[$p.$cfg.allocs]="$total+?"
  else R[$p.$cfg.allocs]=$total; fi
  if [ -f "$w/selftest-failed" ]; then
    R[$p.$cfg.selftest]=$(tr '\n' ' ' < "$w/selftest-failed")
    if [ $cfg = plain ]; then
      note "$p: the plain build fails its own check in:$(tr '\n' ' ' < "$w/selftest-failed")"
    fi
  fi
}

# Crashes, -fchecking failures, plugin-only failures, sites, timing.
analyse_config () {		# PKG CFG
  local p=$1 cfg=$2 rec=$OUT/rec/$2/$1
  local ices pf
  local recs=("$rec")
  [ $cfg = sum ] && recs+=("$OUT/rec/sum1/$p")
  ices=$(for r in "${recs[@]}"; do ls "$r/fail/"*.ice 2>/dev/null; done | wc -l)
  pf=$(for r in "${recs[@]}"; do ls "$r/fail/"*.plugin-fails 2>/dev/null; done | wc -l)
  R[$p.$cfg.ice]=$ices
  R[$p.$cfg.pluginfails]=$pf
  if [ -f "$rec/records.tsv" ]; then
    R[$p.$cfg.compiles]=$(awk -F'\t' '$1 == "build" && $6 > 0' "$rec/records.tsv" | wc -l)
  fi
  # Code size: the text of every object file the build made (clones
  # and copies are code the transform adds).
  case $cfg in
    plain|escape|alloc|sum)
      R[$p.$cfg.text]=$(find "$OUT/$cfg/$p" -name '*.o' -type f -print0 2>/dev/null \
	| xargs -0 -r size 2>/dev/null | awk 'NR > 1 && $1 ~ /^[0-9]+$/ { t += $1 } END { print t + 0 }')
      ;;
  esac
  case $cfg in
    escape|alloc|alloc-lto|sum)
      cat "$rec/notes/"*.txt 2>/dev/null \
	| awk -v conflicts="$rec/conflicts.txt" -f "$here/sites.awk" > "$rec/sites.tsv"
      R[$p.$cfg.sites]=$(wc -l < "$rec/sites.tsv")
      R[$p.$cfg.moved]=$(awk -F'\t' '$3 == "moved"' "$rec/sites.tsv" | wc -l)
      R[$p.$cfg.kept]=$(awk -F'\t' '$3 == "kept"' "$rec/sites.tsv" | wc -l)
      R[$p.$cfg.escapes]=$(awk -F'\t' '$3 == "escapes"' "$rec/sites.tsv" | wc -l)
      ;;
  esac
  local a b c d
  if [ $cfg = escape ] && [ -f "$rec/records.tsv" ]; then
    read -r a b c d <<< "$(awk -F'\t' '$1 == "build" \
      { a += $7; b += $8; c += $12; d += $13 } END { printf "%.2f %.2f %.2f %.2f", a, b, c, d }' \
      "$rec/records.tsv")"
    # Means over the even and the odd repetitions.
    R[$p.cpu_plain]=$a R[$p.cpu_plugin]=$b
    R[$p.cpu_plain1]=$(awk -v x="$c" -v n=$(((CORPUS_TIME_REPS + 1) / 2)) 'BEGIN { printf "%.3f", x / n }')
    R[$p.cpu_plain2]=$(awk -v x="$d" -v n=$((CORPUS_TIME_REPS / 2)) 'BEGIN { if (n) printf "%.3f", x / n; else print "-" }')
  fi
  if [ $cfg = clang ] && [ -f "$rec/records.tsv" ]; then
    read -r a b c d <<< "$(awk -F'\t' '$1 == "build" && $11 != "- - - -" { split($11, x, " ");
	 a += x[1]; b += x[2]; c += x[3]; d += x[4] } END { print a + 0, b + 0, c + 0, d + 0 }' \
	 "$rec/records.tsv")"
    R[$p.h2s_calls_before]=$a R[$p.h2s_calls_after]=$b R[$p.h2s_before]=$c R[$p.h2s_after]=$d
    cat "$rec/notes/"*.h2s 2>/dev/null > "$rec/h2s-functions.txt"
  fi
}

configs_for () {		# PKG: the configurations that apply to it
  local c out=""
  for c in $CONFIGS; do
    case $c in
      alloc|alloc-asan) [ $have_alloc = 1 ] && [ -n "$(alloc_file "$1")" ] || continue ;;
      clang) [ $have_clang = 1 ] || continue ;;
    esac
    out="$out $c"
  done
  echo $out
}

for p in "${pkgs[@]}"; do
  [ -f "$here/pkgs/$p.sh" ] || { note "$p: no recipe bench/corpus/pkgs/$p.sh"; R[$p.fetch]=no-recipe; continue; }
  say "$p ${version[$p]}: fetching"
  if ! fetch "$p"; then
    R[$p.fetch]=failed
    note "$p: fetching ${version[$p]} failed (see build/corpus/log/$p.fetch.log)"
    continue
  fi
  R[$p.fetch]=ok
  if ! ( export CORPUS_GCC=$GCC; . "$here/pkgs/$p.sh"; cd "$OUT/src/$p" || exit 1
	 if declare -F pkg_prepare > /dev/null; then pkg_prepare; fi ) > "$OUT/log/$p.prepare.log" 2>&1; then
    R[$p.fetch]=prepare-failed
    note "$p: preparing the source failed (see build/corpus/log/$p.prepare.log)"
    continue
  fi
  R[$p.configs]=$(configs_for "$p")
  for cfg in ${R[$p.configs]}; do
    if [ $cfg != plain ] && [ "${R[$p.plain.build]}" != ok ]; then
      R[$p.$cfg.build]=skipped
      continue
    fi
    run_config "$p" "$cfg"
    analyse_config "$p" "$cfg"
    if [ "${R[$p.$cfg.build]}" = ok ]; then check_config "$p" "$cfg"; fi
    if [ $cfg = plain ] && [ "${R[$p.plain.build]}" != ok ]; then
      note "$p: the plain build failed (see build/corpus/log/$p.plain.log); other configurations skipped"
    fi
  done

  # What makes the run fail.
  for cfg in ${R[$p.configs]}; do
    is_plugin_cfg $cfg || continue
    [ "${R[$p.$cfg.ice]:-0}" = 0 ] \
      || fail "$p ($cfg): ${R[$p.$cfg.ice]} compiler crash(es) or -fchecking failure(s), see build/corpus/rec/$cfg/$p/fail/"
    [ "${R[$p.$cfg.pluginfails]:-0}" = 0 ] \
      || fail "$p ($cfg): ${R[$p.$cfg.pluginfails]} source(s) compile plain but not with the plugin, see build/corpus/rec/$cfg/$p/fail/"
    if [ "${R[$p.plain.build]:-}" = ok ] && [ "${R[$p.$cfg.build]:-}" = failed ]; then
      fail "$p ($cfg): the build failed where plain GCC's did not (see build/corpus/log/$p.$cfg.log)"
    fi
    [ "${R[$p.$cfg.diffs]:-0}" = 0 ] \
      || fail "$p ($cfg): output differs from $( [ $cfg = alloc-lto ] && [ "${R[$p.plain-lto.build]:-}" = ok ] && echo plain-lto || echo plain) in:${R[$p.$cfg.bad]} (build/corpus/out/$cfg/$p/)"
    [ "${R[$p.$cfg.asan]:-0}" = 0 ] \
      || fail "$p ($cfg): AddressSanitizer reports in:${R[$p.$cfg.bad]} (build/corpus/out/$cfg/$p/*.asan.*)"
  done
  if [ "${R[$p.clang.ice]:-0}" != 0 ]; then note "$p (clang): ${R[$p.clang.ice]} clang crash(es), see build/corpus/rec/clang/$p/fail/"; fi
  if [ "${R[$p.clang.build]:-}" = failed ]; then note "$p (clang): build failed (see build/corpus/log/$p.clang.log)"; fi
  if [ "${R[$p.clang.diffs]:-0}" != 0 ]; then note "$p (clang): output differs from plain in:${R[$p.clang.bad]}"; fi
done

# ---- tables -----------------------------------------------------------------------------------------------

. "$here/report.sh"
t_end=$(date +%s)
write_reports
exit $status
