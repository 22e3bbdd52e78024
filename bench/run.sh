#!/bin/bash
# bench/run.sh - the escape transform against plain GCC, the hand-written
# stack version and clang's Attributor, on the kernels in bench/kernels/.
#
#   bench/run.sh [KERNEL...]      (make bench runs it on every kernel)
#
# Each kernel is built four ways:
#   plain      gcc-12 -O2
#   transform  gcc-12 -O2 -fplugin=build/escape.so -fplugin-arg-escape-transform
#              -fplugin-arg-escape-m
#   hand       gcc-12 -O2 on bench/kernels/hand/KERNEL.c (allocations written
#              as locals: the limit)
#   clang      clang -O2 -mllvm -attributor-enable=module (LLVM's heap-to-stack)
# Every binary first runs once under bench/count-malloc.so (heap allocation
# count, output check); then all binaries of all kernels run REPS times,
# interleaved, and the table gives each one's median wall time.
#
# Code layout alone moves a kernel's time by up to 10% here (a hot loop
# whose last instruction crosses a 64-byte line), which is as much as the
# transform's own cost against the hand-written code.  So transform and hand
# are also built with their code shifted by each offset of LAYOUTS bytes (a
# top-level asm that pads .text and .text.startup first) and timed in pairs,
# and the table's "vs hand" has a second ratio: the median over every layout's
# pairs, the unshifted ones included (the remedy of Mytkowicz et al.,
# "Producing wrong data without doing anything obviously wrong!", ASPLOS 2009).
#
# Environment: REPS (default 10), LAYOUTS ("16 32 48"), LAYOUT_REPS (4),
# CC (gcc-12), CLANG (clang), PLUGIN (build/escape.so), BENCH_OUT (bench/out).  Exit status 1 when a GCC build
# fails or its output differs from plain's; a clang build that fails or
# differs is reported but does not fail the run.

set -u
export LC_ALL=C

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
CC=${CC:-gcc-12}
CLANG=${CLANG:-clang}
PLUGIN=${PLUGIN:-$root/build/escape.so}
REPS=${REPS:-10}
out=${BENCH_OUT:-$here/out}
results=$here/results.md
OPT=-O2
DIAG="-fdiagnostics-color=never -fno-diagnostics-show-caret"
CLANG_FLAGS="-O2 -mllvm -attributor-enable=module"
BUILDS="plain transform hand clang"

status=0
notes=()
note () { notes+=("$*"); echo "bench: $*" >&2; }
die () { echo "bench: $*" >&2; exit 2; }

# ---- tools -----------------------------------------------------------------

command -v "$CC" >/dev/null || die "$CC not found (make installs it)"
[ -f "$PLUGIN" ] || die "$PLUGIN not found: run make first"
case "$REPS" in ''|*[!0-9]*|0) die "REPS must be a positive number";; esac
LAYOUTS=${LAYOUTS-16 32 48}
LAYOUT_REPS=${LAYOUT_REPS:-4}
case "$LAYOUT_REPS" in *[!0-9]*|0) die "LAYOUT_REPS must be a positive number";; esac
for P in $LAYOUTS; do
  case "$P" in *[!0-9]*|0) die "LAYOUTS must be positive byte offsets";; esac
done

rm -rf "$out"
mkdir -p "$out"/plain "$out"/transform "$out"/hand "$out"/clang "$out"/log
for P in $LAYOUTS; do
  mkdir -p "$out/transform@$P" "$out/hand@$P"
  printf '__asm__ (".pushsection .text\\n\\t.skip %d\\n\\t.popsection\\n\\t"\n\t ".pushsection .text.startup,\\"ax\\",@progbits\\n\\t.skip %d\\n\\t.popsection");\n' \
    "$P" "$P" > "$out/log/pad$P.h"
done

probe=$out/log/probe.c
printf 'int main (void) { return 0; }\n' > "$probe"

# The transform is new; without it the column is left empty.
have_transform=1
if ! $CC $OPT -fplugin="$PLUGIN" -fplugin-arg-escape-transform $DIAG \
     -c "$probe" -o /dev/null 2> "$out/log/transform-probe.txt"; then
  have_transform=0
  note "the plugin does not accept -fplugin-arg-escape-transform yet" \
       "($(grep -m1 -o "unknown argument '[^']*'" "$out/log/transform-probe.txt" \
           || head -n1 "$out/log/transform-probe.txt")); transform column skipped"
fi

# clang: installed here if missing and we are root, else skipped.
have_clang=1
if ! command -v "$CLANG" >/dev/null; then
  if [ "$(id -u)" = 0 ] && [ "$CLANG" = clang ] && command -v apt-get >/dev/null; then
    echo "bench: installing clang" >&2
    { apt-get update -qq && DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -qq --no-install-recommends clang; } >/dev/null 2>&1
  fi
fi
if ! command -v "$CLANG" >/dev/null; then
  have_clang=0
  if [ "$(id -u)" = 0 ]; then
    note "$CLANG not found and could not be installed; clang column skipped"
  else
    note "$CLANG not found (apt-get install clang as root); clang column skipped"
  fi
elif ! $CLANG $CLANG_FLAGS -c "$probe" -o /dev/null 2> "$out/log/clang-probe.txt"; then
  have_clang=0
  note "$CLANG rejects '$CLANG_FLAGS' (no Attributor?); clang column skipped"
fi

# ---- kernels -----------------------------------------------------------------

if [ $# -gt 0 ]; then
  kernels=("$@")
else
  kernels=()
  for f in "$here"/kernels/*.c; do kernels+=("$(basename "$f" .c)"); done
fi
for k in "${kernels[@]}"; do
  [ -f "$here/kernels/$k.c" ] || die "no kernel bench/kernels/$k.c"
  [ -f "$here/kernels/hand/$k.c" ] || die "no hand version bench/kernels/hand/$k.c"
done

$CC -O2 -Wall -shared -fPIC -o "$out/count-malloc.so" "$here/count-malloc.c" -ldl \
  || die "cannot build count-malloc.so"

# ---- build -------------------------------------------------------------------

echo "bench: building ${#kernels[@]} kernels (plain, transform, hand, clang)" >&2
declare -A built sites moved
build_one () {			# KERNEL BUILD[@OFFSET] [FLAGS...]
  local k=$1 b=$2 src=$here/kernels/$1.c bin=$out/$2/$1 log=$out/log/$1.$2.txt
  shift 2
  case ${b%@*} in
    plain) $CC $OPT "$@" "$src" -o "$bin" ;;
    transform) $CC $OPT "$@" -fplugin="$PLUGIN" -fplugin-arg-escape-transform \
		 -fplugin-arg-escape-m $DIAG "$src" -o "$bin" ;;
    hand) $CC $OPT "$@" "$here/kernels/hand/$k.c" -o "$bin" ;;
    clang) $CLANG $CLANG_FLAGS "$@" "$src" -o "$bin" ;;
  esac > "$log" 2>&1
}
for k in "${kernels[@]}"; do
  pids=()
  for b in $BUILDS; do
    built[$k.$b]=skip
    [ $b = transform ] && [ $have_transform = 0 ] && continue
    [ $b = clang ] && [ $have_clang = 0 ] && continue
    build_one "$k" "$b" & pids+=("$!:$b")
  done
  # The analysis alone, for the number of allocation sites; with the
  # transform at -m=2, why a site stays on the heap.
  $CC $OPT -fplugin="$PLUGIN" -fplugin-arg-escape-m $DIAG -c "$here/kernels/$k.c" \
    -o /dev/null > "$out/log/$k.verdicts.txt" 2>&1
  [ $have_transform = 1 ] && $CC $OPT -fplugin="$PLUGIN" -fplugin-arg-escape-transform \
    -fplugin-arg-escape-m=2 $DIAG -c "$here/kernels/$k.c" -o /dev/null \
    > "$out/log/$k.reasons.txt" 2>&1
  for p in "${pids[@]}"; do
    if wait "${p%%:*}"; then built[$k.${p#*:}]=ok
    else
      built[$k.${p#*:}]=fail
      note "$k: the ${p#*:} build failed, see ${out#$root/}/log/$k.${p#*:}.txt"
      [ "${p#*:}" = clang ] || status=1
    fi
  done
  # The same two builds with their code shifted (see the top).
  for P in $LAYOUTS; do
    for b in transform hand; do
      built[$k.$b@$P]=skip
      [ "${built[$k.$b]}" = ok ] || continue
      build_one "$k" "$b@$P" -include "$out/log/pad$P.h" && built[$k.$b@$P]=ok \
	|| { built[$k.$b@$P]=fail; status=1
	     note "$k: the $b build shifted by $P bytes failed, see ${out#$root/}/log/$k.$b@$P.txt"; }
    done
  done
  sites[$k]=$(grep -cE 'note: [A-Za-z_][A-Za-z0-9_]*\(.*\) (does not escape|escapes to heap)$' \
	      "$out/log/$k.verdicts.txt")
  if [ "${built[$k.transform]}" = ok ]; then
    moved[$k]=$(grep -c 'moved to stack' "$out/log/$k.transform.txt")
  else
    moved[$k]=-
  fi
done

# ---- check and count allocations (also the warm-up run) ------------------------

echo "bench: checking outputs and counting allocations" >&2
declare -A allocs ok
for k in "${kernels[@]}"; do
  for b in $BUILDS; do
    allocs[$k.$b]=-
    ok[$k.$b]=-
    [ "${built[$k.$b]}" = ok ] || continue
    cnt=$out/log/$k.$b.count
    # A build that hangs (clang's Attributor has miscompiled kernels into
    # endless loops) is WRONG after two minutes, not the end of the run.
    timeout 120 env COUNT_MALLOC_OUT="$cnt" LD_PRELOAD="$out/count-malloc.so" \
      "$out/$b/$k" > "$out/log/$k.$b.stdout" 2> "$out/log/$k.$b.stderr"
    rc=$?
    allocs[$k.$b]=$(sed -n 's/^count-malloc: total \([0-9]*\).*/\1/p' "$cnt" 2>/dev/null)
    [ -n "${allocs[$k.$b]}" ] || allocs[$k.$b]=?
    if [ $rc != 0 ]; then
      ok[$k.$b]=exit$rc
    elif [ $b != plain ] && ! cmp -s "$out/log/$k.$b.stdout" "$out/log/$k.plain.stdout"; then
      ok[$k.$b]=differs
    else
      ok[$k.$b]=ok
    fi
    if [ "${ok[$k.$b]}" != ok ]; then
      note "$k: the $b build is WRONG (${ok[$k.$b]}): $(cat "$out/log/$k.$b.stdout" "$out/log/$k.$b.stderr" 2>/dev/null | head -c 200 | tr '\n' ' ')"
      [ $b = clang ] || status=1
    fi
  done
done

# The shifted builds: same output as plain.
for k in "${kernels[@]}"; do
  for P in $LAYOUTS; do
    for b in transform hand; do
      ok[$k.$b@$P]=-
      [ "${built[$k.$b@$P]}" = ok ] || continue
      timeout 120 "$out/$b@$P/$k" > "$out/log/$k.$b@$P.stdout" 2>&1
      rc=$?
      if [ $rc = 0 ] && cmp -s "$out/log/$k.$b@$P.stdout" "$out/log/$k.plain.stdout"; then
	ok[$k.$b@$P]=ok
      else
	ok[$k.$b@$P]=wrong
	note "$k: the $b build shifted by $P bytes is WRONG (exit $rc or output differs)"
	status=1
      fi
    done
  done
done

# ---- time: interleaved repetitions ------------------------------------------------

echo "bench: timing, $REPS interleaved repetitions" >&2
declare -A times
builds=($BUILDS)
for ((r = 0; r < REPS; r++)); do
  for k in "${kernels[@]}"; do
    # Rotate the order of the four builds every repetition, so no build
    # always runs right after the same neighbour.
    for ((i = 0; i < 4; i++)); do
      b=${builds[(i + r) % 4]}
      [ "${ok[$k.$b]}" = ok ] || continue
      t0=$EPOCHREALTIME
      "$out/$b/$k" > /dev/null 2>&1
      t1=$EPOCHREALTIME
      times[$k.$b]+="$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f ", b - a }')"
    done
  done
  echo "bench:   repetition $((r + 1))/$REPS done" >&2
done

# The shifted builds, in pairs: transform and hand with the same offset,
# back to back, in alternating order.
declare -A lratios
if [ -n "$LAYOUTS" ]; then
  echo "bench: timing shifted code layouts ($LAYOUTS bytes), $LAYOUT_REPS repetitions" >&2
fi
for ((r = 0; r < LAYOUT_REPS; r++)); do
  [ -n "$LAYOUTS" ] || break
  for k in "${kernels[@]}"; do
    for P in $LAYOUTS; do
      [ "${ok[$k.transform@$P]}" = ok ] && [ "${ok[$k.hand@$P]}" = ok ] || continue
      declare -A pair=()
      for b in transform hand; do
	[ $((r % 2)) = 1 ] && b=$([ $b = transform ] && echo hand || echo transform)
	t0=$EPOCHREALTIME
	"$out/$b@$P/$k" > /dev/null 2>&1
	t1=$EPOCHREALTIME
	pair[$b]=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", b - a }')
      done
      lratios[$k]+="$(awk -v a="${pair[transform]}" -v b="${pair[hand]}" \
		      'BEGIN { if (b > 0) printf "%.6f ", a / b }')"
    done
  done
done

# The median of a list of numbers.
median () { tr ' ' '\n' | grep . | sort -g | awk '{ v[NR] = $1 } END {
  if (NR == 0) exit; if (NR % 2) printf "%.3f", v[(NR + 1) / 2];
  else printf "%.3f", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# The median over repetitions of A's time / B's time in the same
# repetition: the four builds of a kernel run back to back, so a slow phase
# of the machine slows both sides of each ratio.
ratio () {
  [ -n "$1" ] && [ -n "$2" ] || { echo -; return; }
  awk -v a="$1" -v b="$2" 'BEGIN { n = split(a, x, " "); split(b, y, " ");
    for (i = 1; i <= n; i++) if (y[i] > 0) printf "%.6f\n", x[i] / y[i] }' \
    | median | awk '{ printf "%.2fx", $1 }'
}

: > "$out/times.tsv"
declare -A med
for k in "${kernels[@]}"; do
  for b in $BUILDS; do
    med[$k.$b]=$(printf '%s' "${times[$k.$b]:-}" | median)
    printf '%s\t%s\t%s\n' "$k" "$b" "${times[$k.$b]:-}" >> "$out/times.tsv"
  done
done

# ---- table ---------------------------------------------------------------------------

cell () {			# KERNEL BUILD: the median, or why there is none
  local v=${med[$1.$2]} s=${built[$1.$2]} c=${ok[$1.$2]}
  if [ "$s" = skip ]; then echo n/a
  elif [ "$s" = fail ]; then echo "build failed"
  elif [ "$c" != ok ]; then echo "WRONG ($c)"
  else echo "$v"; fi
}
# Transform against hand over every code layout: the unshifted pairs of the
# main runs and the shifted ones.
layout_ratio () {		# KERNEL T-TIMES H-TIMES
  [ -n "${lratios[$1]:-}" ] || return
  { awk -v a="$2" -v b="$3" 'BEGIN { n = split(a, x, " "); split(b, y, " ");
      for (i = 1; i <= n; i++) if (y[i] > 0) printf "%.6f\n", x[i] / y[i] }'
    printf '%s' "${lratios[$1]}" | tr ' ' '\n'; } \
    | tr '\n' ' ' | median | awk '{ printf "; %.2fx over layouts", $1 }'
}
rows=()
for k in "${kernels[@]}"; do
  P=${times[$k.plain]:-} T=${times[$k.transform]:-} H=${times[$k.hand]:-}
  C=${times[$k.clang]:-}
  tcell=$(cell "$k" transform)
  [ -n "$T" ] && [ "$tcell" = "${med[$k.transform]}" ] \
    && tcell="$tcell ($(ratio "$T" "$P"), $(ratio "$T" "$H")$(layout_ratio "$k" "$T" "$H"))"
  ccell=$(cell "$k" clang)
  [ -n "$C" ] && [ "$ccell" = "${med[$k.clang]}" ] && ccell="$ccell ($(ratio "$C" "$P"))"
  a="${allocs[$k.plain]} / ${allocs[$k.transform]} / ${allocs[$k.hand]} / ${allocs[$k.clang]}"
  rows+=("$k|$(cell "$k" plain)|$tcell|$(cell "$k" hand)|$ccell|$a|${moved[$k]}/${sites[$k]}")
done

head="kernel|plain s|transform s (vs plain, vs hand; vs hand over code layouts)|hand s|clang-attributor s (vs plain)|heap allocations plain / transform / hand / clang|sites moved"
echo
{ echo "$head"; printf '%s\n' "${rows[@]}"; } | column -t -s '|' -o '  '
echo
echo "Times: median of $REPS interleaved runs, in seconds. Ratios: median over the runs"
echo "of the two builds' time ratio in the same run (below 1.00x is faster)."
echo "sites moved: 'moved to stack' notes / allocation sites the analysis reports."
for n in "${notes[@]}"; do echo "note: $n"; done

# ---- results.md ------------------------------------------------------------------------

commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
git -C "$root" diff --quiet HEAD -- core plugin passes 2>/dev/null || commit="$commit+dirty"
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n1)
{
  echo "# escape benchmark results"
  echo
  echo "Written by \`bench/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'): escape $commit,"
  echo "$($CC --version | head -n1),"
  if [ $have_clang = 1 ]; then echo "$($CLANG --version | head -n1),"; fi
  echo "${cpu:-unknown CPU}, $(nproc) cores. Times: median wall time of $REPS interleaved"
  echo "runs per binary, in seconds. Ratios: the median over those runs of the two"
  echo "builds' time ratio within the same run (below 1.00x is faster)."
  echo
  echo "| ${head//|/ | } |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  for row in "${rows[@]}"; do echo "| ${row//|/ | } |"; done
  echo
  echo "- **plain**: \`$CC $OPT\`; **transform**: plus \`-fplugin=build/escape.so"
  echo "  -fplugin-arg-escape-transform -fplugin-arg-escape-m\`; **hand**: \`$CC $OPT\`"
  echo "  on \`bench/kernels/hand/\`; **clang-attributor**: \`clang $CLANG_FLAGS\`."
  if [ -n "$LAYOUTS" ]; then
    echo "- **over layouts**: transform and hand also built with their code shifted"
    echo "  by $LAYOUTS bytes (a top-level asm padding \`.text\` and \`.text.startup\`),"
    echo "  timed in pairs $LAYOUT_REPS times each: the median of the pair ratios"
    echo "  of every layout, the unshifted runs included. Code layout alone moves"
    echo "  a kernel by up to 10% on this machine (see bench/README.md)."
  fi
  echo "- **heap allocations**: calls to malloc, calloc, realloc and aligned_alloc"
  echo "  counted by \`bench/count-malloc.c\` (LD_PRELOAD), the C library's own"
  echo "  (the stdout buffer: 1) included."
  echo "- **sites moved**: \"moved to stack\" notes of the transform build / allocation"
  echo "  sites the analysis reports (\`-fplugin-arg-escape-m\`) in the kernel."
  if [ ${#notes[@]} -gt 0 ]; then
    echo
    echo "Notes:"
    echo
    for n in "${notes[@]}"; do echo "- $n"; done
  fi
  if [ $have_transform = 1 ]; then
    echo
    echo "Sites the transform moved:"
    echo
    echo '```'
    for k in "${kernels[@]}"; do
      grep -h 'moved to stack' "$out/log/$k.transform.txt" 2>/dev/null \
	| sed "s|^$here/||"
    done
    echo '```'
    echo
    echo 'Sites left on the heap (`-fplugin-arg-escape-transform -fplugin-arg-escape-m=2`):'
    echo
    echo '```'
    for k in "${kernels[@]}"; do
      grep -hE 'not moved to stack|note: [A-Za-z_][A-Za-z0-9_]*\(.*\) escapes to heap$' \
	"$out/log/$k.reasons.txt" 2>/dev/null | sed "s|^$here/||" | awk '!seen[$0]++'
    done
    echo '```'
  fi
} > "$results"
echo "bench: table written to ${results#$root/}; binaries and logs in ${out#$root/}/" >&2
exit $status
