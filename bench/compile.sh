#!/bin/bash
# bench/compile.sh - what the plugin costs a build.  `make bench-compile`
# runs it.
#
# 1. The SQLite amalgamation (sqlite3.c, 8.6 MB, 3.40.1 from Debian 12's
#    source package, fetched and generated as `make corpus` does) compiled
#    plain and with the plugin, interleaved (plain, plugin, plain, plugin...)
#    PAIRS times per configuration:
#      O2-transform  -O2  -m -transform          (goal: 1.03x)
#      O2-report     -O2  -m=2 -transform report=DIR  (goal: 1.10x)
#      O0-m          -O0  -m                     (goal: 1.15x)
#    (The plugin's notes print no caret: GCC 12 rereads up to 1/100 of a
#    large file for each one, which cost more than the analysis at -O0.)
#    Ratio: the median of the per-pair ratios of user+system time; peak
#    memory (maximum resident set) likewise.
#    Under -flto, with the sqlite3 shell (shell.c) as the program:
#      flto-compile  -O2 -flto -c sqlite3.c, bytecode: cc1 solves to record
#                    the summaries the ltrans processes use
#      flto-link     the link of both objects (lto1 WPA and ltrans, ld),
#                    plain objects and link against the plugin's: the
#                    plugin's share of an LTO link
# 2. Generated stress inputs of growing size N, plain against the analysis
#    (-O2 -m=2) and against analysis and transform (-O2 -m=2 -transform),
#    to show how the analysis grows:
#      dense   one function with N allocations stored into each other
#      chain   N functions, each calling the next with its pointer
#      cycle   N functions in one recursion cycle
#
# Writes bench/compile-results.md and prints it.
# Environment: PLUGIN (build/escape.so), GCC (gcc-12), PAIRS (8: on a
# shared 2-core machine one compile's time varies by 5-10%),
# SIZES ("250 500 1000 2000"), SQLITE_C (a sqlite3.c to use instead of
# fetching one), OUT (build/bench-compile).
set -u
export LC_ALL=C
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
PLUGIN=${PLUGIN:-$root/build/escape.so}
GCC=${GCC:-gcc-12}
PAIRS=${PAIRS:-8}
SIZES=${SIZES:-250 500 1000 2000}
OUT=${OUT:-$root/build/bench-compile}
RESULTS=$here/compile-results.md
die () { echo "bench-compile: $*" >&2; exit 2; }
say () { echo "bench-compile: $*" >&2; }

case $PLUGIN in /*) ;; *) PLUGIN=$PWD/$PLUGIN ;; esac
[ -f "$PLUGIN" ] || die "$PLUGIN not found: run make first"
command -v "$GCC" > /dev/null || die "$GCC not found"
[ -x /usr/bin/time ] || die "/usr/bin/time not found (Debian package time)"
mkdir -p "$OUT/log"
# The plugin is copied: a rebuild during the run must not change it.
mkdir -p "$OUT/plugin"
cp "$PLUGIN" "$OUT/plugin/escape.so" || die "cannot copy $PLUGIN"
PLUG="-fplugin=$OUT/plugin/escape.so"

# ---- sqlite3.c -------------------------------------------------------------------

sqlite_c () {
  local c
  if [ -n "${SQLITE_C:-}" ]; then
    [ -f "$SQLITE_C" ] || die "SQLITE_C=$SQLITE_C: no such file"
    echo "$SQLITE_C"; return
  fi
  for c in "$OUT/sqlite3/bld/sqlite3.c" "$root"/build/corpus/*/sqlite3/bld/sqlite3.c; do
    [ -f "$c" ] && { echo "$c"; return; }
  done
  local v
  v=$(sed -n 's/^sqlite3=//p' "$here/corpus/packages.list")
  [ -n "$v" ] || die "no sqlite3 version in bench/corpus/packages.list"
  . "$here/deb-src.sh"
  deb_src_setup "$OUT/apt"
  apt-get "${APT_OPTS[@]}" update -qq > "$OUT/log/apt-update.log" 2>&1 \
    || die "apt-get update failed ($OUT/log/apt-update.log)"
  command -v tclsh > /dev/null || die "tclsh is needed to generate sqlite3.c (Debian package tcl)"
  say "fetching sqlite3 $v"
  rm -rf "$OUT/dl" "$OUT/sqlite3"
  mkdir -p "$OUT/dl"
  ( cd "$OUT/dl" && apt-get "${APT_OPTS[@]}" source --download-only -qq "sqlite3=$v" \
      && dpkg-source -x sqlite3_"${v#*:}".dsc "$OUT/sqlite3" ) > "$OUT/log/fetch.log" 2>&1 \
    || die "cannot fetch sqlite3 $v ($OUT/log/fetch.log)"
  say "generating sqlite3.c"
  ( mkdir -p "$OUT/sqlite3/bld" && cd "$OUT/sqlite3/bld" \
      && ../configure --disable-tcl CC="$GCC" && make sqlite3.c shell.c ) > "$OUT/log/configure.log" 2>&1 \
    || die "cannot generate sqlite3.c ($OUT/log/configure.log)"
  echo "$OUT/sqlite3/bld/sqlite3.c"
}

# ---- timing --------------------------------------------------------------------------------

# measure OUTFILE DIR ARGS...: one compile; appends "seconds kbytes" to OUTFILE.
measure () {
  local out=$1 dir=$2
  shift 2
  ( cd "$dir" && /usr/bin/time -f "%U %S %M" -o "$out.t" "$GCC" "$@" > /dev/null 2> "$out.err" ) \
    || { cat "$out.err" >&2; die "compile failed: $GCC $*"; }
  awk '{ printf "%.3f %d\n", $1 + $2, $3 }' "$out.t" >> "$out"
}

# median of the numbers on stdin
median () { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.4f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# pairs NAME DIR "PLAIN ARGS" "PLUGIN ARGS": PAIRS interleaved pairs; prints
# "plain_s plugin_s time_ratio mem_ratio plain_MiB plugin_MiB".
pairs () {
  local name=$1 dir=$2 a=$3 b=$4 i
  local f=$OUT/log/$name
  rm -f "$f.plain" "$f.plugin"
  for ((i = 0; i < PAIRS; i++)); do
    # shellcheck disable=SC2086
    measure "$f.plain" "$dir" $a
    # shellcheck disable=SC2086
    measure "$f.plugin" "$dir" $b
  done
  paste -d' ' "$f.plain" "$f.plugin" > "$f.pairs"
  local ps bs tr mr pm bm
  ps=$(awk '{ print $1 }' "$f.pairs" | median)
  bs=$(awk '{ print $3 }' "$f.pairs" | median)
  tr=$(awk '{ print ($1 > 0 ? $3 / $1 : 1) }' "$f.pairs" | median)
  mr=$(awk '{ print ($2 > 0 ? $4 / $2 : 1) }' "$f.pairs" | median)
  pm=$(awk '{ print $2 / 1024 }' "$f.pairs" | median)
  bm=$(awk '{ print $4 / 1024 }' "$f.pairs" | median)
  printf "%.2f %.2f %.3f %.3f %.0f %.0f\n" "$ps" "$bs" "$tr" "$mr" "$pm" "$bm"
}

# ---- stress inputs ---------------------------------------------------------------------------------

gen () {			# KIND N: a C file on stdout
  local kind=$1 n=$2
  echo '#include <stdlib.h>'
  case $kind in
    dense)
      echo 'struct node { struct node *p[4]; };'
      echo 'int dense (int k) {'
      for ((i = 0; i < n; i++)); do
	echo "  struct node *a$i = malloc (sizeof (struct node));"
      done
      for ((i = 0; i < n; i++)); do
	echo "  a$i->p[k & 3] = a$(((i * 7 + 3) % n)); a$i->p[(k + 1) & 3] = a$(((i + 1) % n));"
      done
      echo "  int r = a0->p[k & 3] == a1;"
      for ((i = 0; i < n; i++)); do echo "  free (a$i);"; done
      echo '  return r; }' ;;
    chain)
      echo 'extern void sink (int *);'
      echo "static int f$n (int *p, int k) { if (k) sink (p); return *p; }"
      for ((i = n - 1; i >= 0; i--)); do
	echo "__attribute__((noinline)) static int f$i (int *p, int k) { int *q = malloc (sizeof *q); *q = *p + k; int r = f$((i + 1)) (q, k - 1); free (q); return r; }"
      done
      echo 'int chain (int k) { int x = k; return f0 (&x, k); }' ;;
    cycle)
      for ((i = 0; i < n; i++)); do echo "static int f$i (int *p, int k);"; done
      for ((i = 0; i < n; i++)); do
	echo "static int f$i (int *p, int k) { if (k <= 0) return *p; int *q = malloc (sizeof *q); *q = *p + 1; int r = f$(((i + 1) % n)) (q, k - 1); free (q); return r; }"
      done
      echo 'int cycle (int k) { int x = k; return f0 (&x, k); }' ;;
  esac
}

# ---- run -------------------------------------------------------------------------------------------

src=$(sqlite_c) || exit 2
sdir=$(dirname "$src")
rdir=$OUT/reports
say "sqlite3.c: $src; $PAIRS interleaved pairs per row"
declare -a rows
row () {			# LABEL NAME PLAIN PLUGIN
  local r
  say "$1"
  r=$(pairs "$2" "$sdir" "$3" "$4") || exit 2
  rows+=("$1 $r")
}
base="-c sqlite3.c -o /dev/null"
row "-O2 -m -transform" o2t "-O2 $base" \
    "-O2 $base $PLUG -fplugin-arg-escape-m -fplugin-arg-escape-transform"
rm -rf "$rdir"
row "-O2 -m=2 -transform report=DIR" o2r "-O2 $base" \
    "-O2 $base $PLUG -fplugin-arg-escape-m=2 -fplugin-arg-escape-transform -fplugin-arg-escape-report=$rdir"
row "-O0 -m" o0 "-O0 $base" "-O0 $base $PLUG -fplugin-arg-escape-m"

# Under -flto: the bytecode compile, then the link of the sqlite3 shell
# (shell.c, which the corpus's build of the amalgamation generates too),
# each object compiled once per side, outside the timing.
if [ ! -f "$sdir/shell.c" ] && [ -f "$sdir/Makefile" ]; then
  ( cd "$sdir" && make shell.c ) > "$OUT/log/shell.log" 2>&1
fi
if [ -f "$sdir/shell.c" ]; then
  ldir=$OUT/lto
  mkdir -p "$ldir"
  XF="-fplugin-arg-escape-m -fplugin-arg-escape-transform"
  row "-O2 -flto -c (bytecode) -m -transform" flto-compile \
      "-O2 -flto -c sqlite3.c -o $ldir/t.o" "-O2 -flto -c sqlite3.c -o $ldir/t.o $PLUG $XF"
  for f in sqlite3 shell; do
    ( cd "$sdir" && "$GCC" -O2 -flto -c $f.c -o "$ldir/$f-plain.o" \
	&& "$GCC" -O2 -flto -c $f.c -o "$ldir/$f-plugin.o" $PLUG $XF ) \
      > "$OUT/log/lto-objects.log" 2>&1 || die "cannot compile $f.c with -flto ($OUT/log/lto-objects.log)"
  done
  libs="-lpthread -ldl -lm"
  lrow () {			# LABEL NAME FLAGS
    say "$1"
    local r
    r=$(pairs "$2" "$ldir" "-O2 -flto $3 sqlite3-plain.o shell-plain.o $libs -o plain.out" \
	"-O2 -flto $3 sqlite3-plugin.o shell-plugin.o $libs -o plugin.out $PLUG $XF") || exit 2
    rows+=("$1 $r")
  }
  lrow "-O2 -flto link (partitions) -m -transform" flto-link ""
  lrow "-O2 -flto -flto-partition=one link -m -transform" flto-link-one "-flto-partition=one"
else
  say "no shell.c beside $src: the -flto rows are left out"
fi

sdir2=$OUT/stress
mkdir -p "$sdir2"
declare -a srows
for kind in dense chain cycle; do
  for n in $SIZES; do
    gen "$kind" "$n" > "$sdir2/$kind-$n.c"
    say "stress $kind N=$n"
    r=$(pairs "$kind-$n" "$sdir2" "-O2 -c $kind-$n.c -o /dev/null" \
	"-O2 -c $kind-$n.c -o /dev/null $PLUG -fplugin-arg-escape-m=2") || exit 2
    t=$(pairs "$kind-$n-t" "$sdir2" "-O2 -c $kind-$n.c -o /dev/null" \
	"-O2 -c $kind-$n.c -o /dev/null $PLUG -fplugin-arg-escape-m=2 -fplugin-arg-escape-transform") || exit 2
    set -- $t
    srows+=("$kind $n $r $2 $3")
  done
done

{
  echo "# escape compile-time results"
  echo
  echo "Written by \`bench/compile.sh\` (\`make bench-compile\`) on $(date -u '+%Y-%m-%d %H:%M') UTC:"
  echo "escape $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?'), $($GCC --version | head -1),"
  echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end."
  echo "Times: user+system seconds of the whole compiler driver, median of $PAIRS"
  echo "interleaved pairs; ratios: the median of the per-pair ratios."
  echo
  echo "## The SQLite amalgamation (sqlite3.c, 8.6 MB)"
  echo
  echo "The \`-flto\` rows: the bytecode compile of sqlite3.c, and the link of"
  echo "the sqlite3 shell (sqlite3.c and shell.c, each compiled once per side"
  echo "outside the timing), lto1 and ld included: plain objects and link"
  echo "against objects and a link with the plugin."
  echo
  echo "| build | plain s | plugin s | plugin / plain | peak memory plain / plugin MiB | memory ratio |"
  echo "|---|---:|---:|---:|---:|---:|"
  for r in "${rows[@]}"; do
    set -- $r
    n=$#
    label=${r% * * * * * *}
    eval "ps=\${$((n - 5))} bs=\${$((n - 4))} tr=\${$((n - 3))} mr=\${$((n - 2))} pm=\${$((n - 1))} bm=\${$n}"
    echo "| \`$label\` | $ps | $bs | ${tr}x | $pm / $bm | ${mr}x |"
  done
  echo
  echo "## Growth: generated inputs"
  echo
  echo "The analysis (\`-O2 -m=2\`), and the analysis with the transform"
  echo "(\`-O2 -m=2 -transform\`), against plain \`-O2\`; \"plugin - plain\" is"
  echo "what the analysis adds, which should grow linearly with N."
  echo
  echo "| input | N | plain s | -m=2 s | plugin - plain s | -m=2 / plain | -m=2 -transform s | -transform / plain |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  for r in "${srows[@]}"; do
    set -- $r
    echo "| $1 | $2 | $3 | $4 | $(awk "BEGIN { printf \"%.2f\", $4 - $3 }") | ${5}x | ${9} | ${10}x |"
  done
} > "$RESULTS"
cat "$RESULTS"
