#!/bin/bash
# bench/corpus/cc-wrap.sh - the compiler a corpus package is built with.
#
# run.sh puts a symlink to this script, named like the real compiler
# (gcc-12 or clang), first in each configuration's build, and hands it to
# the package's own build system as CC.  Every invocation runs the real
# compiler with the configuration's flags appended (so they win over the
# package's own -O level), and, in the build phase, records what happened:
#
#   CORPUS_CC        the real compiler (gcc-12, clang)
#   CORPUS_CFLAGS    appended when the invocation compiles C
#   CORPUS_LDFLAGS   appended to every invocation (-fsanitize=address)
#   CORPUS_LINKFLAGS appended when the invocation does not compile C (a
#                    link, where -flto's lto1 runs the plugin: its notes
#                    are recorded too)
#   CORPUS_REC       directory for the records (records.tsv, notes/, fail/)
#   CORPUS_PHASE     configure | build | test: only "build" compiles are
#                    counted (sites, compile time), but a compiler crash
#                    is recorded in every phase
#   CORPUS_ROOT      the package's build tree (note paths are made relative
#                    to it, so that configurations can be compared)
#   CORPUS_TIME_A, CORPUS_TIME_B   if set (escape configuration): each C
#                    source of a build-phase invocation is first compiled
#                    with these two flag sets (plain -O2, and the plugin
#                    without -fchecking) into a scratch object, back to back,
#                    CORPUS_TIME_REPS times each (run.sh: 3); their CPU
#                    times give the compile-time ratio, and a source that
#                    compiles with A but not with B is a failure caused by
#                    the plugin
#   CORPUS_CLANG_H2S if 1: print the IR before and after LLVM's Attributor
#                    and count the allocation calls it turned into allocas
#
# The compiler's stderr is passed on, minus the plugin's notes (kept in the
# records), so configure scripts and build logs see what plain GCC says.
#
# records.tsv, one line per recorded invocation: phase, id, exit status,
# crash (0/1), ok|plugin-fails, number of C sources, CPU s of A, of B,
# wall s of A, of B, the Attributor counts (calls before, after, allocas
# before, after, or "- - - -"), A's CPU s in even and in odd repetitions,
# "cwd: sources".

set -u
real=${CORPUS_CC:?cc-wrap.sh: CORPUS_CC is not set}
rec=${CORPUS_REC:-}
phase=${CORPUS_PHASE:-build}
export LC_ALL=C

# ---- what does this invocation do? ---------------------------------------

srcs=()		# C sources on the command line
keep=()		# everything else but -o FILE and dependency-file options
compiles=1
skip=""
for a in "$@"; do
  if [ -n "$skip" ]; then
    [ "$skip" = keep ] && keep+=("$a")
    skip=""
    continue
  fi
  case $a in
    -o|-MF|-MT|-MQ) skip=drop ;;
    -MD|-MMD) ;;
    -I|-D|-U|-include|-imacros|-isystem|-iquote|-idirafter|-L|-x|-Xlinker \
    |-z|-T|-u|-l|-Xassembler|-Xpreprocessor|-dumpdir|-dumpbase|-B|-aux-info \
    |--param|-mllvm|-Xclang)
      keep+=("$a"); skip=keep ;;
    -E|-M|-MM|-v|--version|-dumpversion|-dumpmachine|-dumpfullversion \
    |-print-*|--print-*|-###) compiles=0; keep+=("$a") ;;
    -*) keep+=("$a") ;;
    *.c|*.i) srcs+=("$a") ;;
    *) keep+=("$a") ;;
  esac
done
[ ${#srcs[@]} -gt 0 ] || compiles=0

read -r -a cflags <<< "${CORPUS_CFLAGS:-}"
read -r -a ldflags <<< "${CORPUS_LDFLAGS:-}"
read -r -a linkflags <<< "${CORPUS_LINKFLAGS:-}"
extra=()
if [ $compiles = 1 ]; then extra+=("${cflags[@]}"); else extra+=("${linkflags[@]}"); fi
extra+=("${ldflags[@]}")

# Not a compile we record: run it as it is (flags appended).
if [ -z "$rec" ] || { [ $compiles = 0 ] && [ "$phase" != build ]; }; then
  exec "$real" "$@" "${extra[@]}"
fi

mkdir -p "$rec/tmp" "$rec/notes" "$rec/fail"
id=$(date +%s%N).$$
err=$rec/tmp/$id.err
record=$phase

# ---- compile-time pairs (escape configuration, build phase) ---------------

# CPU seconds (user + system) of the compiles, summed over the sources and
# CORPUS_TIME_REPS repetitions (A B, B A, A B... and the other way round
# for the next source); ta1/ta2 are A's sums over the even and the odd
# repetitions, whose means show the noise of the measurement itself.
ta=0 tb=0 wa=0 wb=0 ta1=0 ta2=0 ab=ok
addt () { awk -v x="$1" -v y="$2" 'BEGIN { printf "%.3f", x + y }'; }
if [ $compiles = 1 ] && [ "$phase" = build ] && [ -n "${CORPUS_TIME_A:-}" ]; then
  # One compile at a time in this build (make -j runs several): a timed
  # compile must not share the machine with another one.  The lock is held
  # until this script exits, so it covers the real compile below too.
  exec 9> "$rec/compile.lock"
  flock 9
  read -r -a fa <<< "$CORPUS_TIME_A"
  read -r -a fb <<< "$CORPUS_TIME_B"
  reps=${CORPUS_TIME_REPS:-3}
  TIMEFORMAT='%3U %3S %3R'
  n=0
  for s in "${srcs[@]}"; do
    scratch=$rec/tmp/$id.$n.o
    rca=0 rcb=0
    for ((r = 0; r < reps; r++)); do
      # Alternate which of the two goes first, so neither always gets the
      # warm cache or the same phase of the machine.
      if [ $(((n + r) % 2)) = 0 ]; then order="a b"; else order="b a"; fi
      for w in $order; do
	if [ $w = a ]; then f=("${fa[@]}"); else f=("${fb[@]}"); fi
	{ time "$real" "${keep[@]}" -c "$s" -o "$scratch" "${f[@]}" "${ldflags[@]}" \
	    > /dev/null 2> "$rec/tmp/$id.$n.$w.err"; echo "rc $?"; } \
	  2> "$rec/tmp/$id.$n.$w.time" > "$rec/tmp/$id.$n.$w.rc"
	read -r u s2 rl < "$rec/tmp/$id.$n.$w.time"
	rc=$(sed -n 's/^rc //p' "$rec/tmp/$id.$n.$w.rc")
	cpu=$(addt "$u" "$s2")
	if [ $w = a ]; then
	  ta=$(addt "$ta" "$cpu"); wa=$(addt "$wa" "$rl")
	  if [ $((r % 2)) = 0 ]; then ta1=$(addt "$ta1" "$cpu"); else ta2=$(addt "$ta2" "$cpu"); fi
	  [ "$rc" = 0 ] || rca=$rc
	else
	  tb=$(addt "$tb" "$cpu"); wb=$(addt "$wb" "$rl")
	  [ "$rc" = 0 ] || rcb=$rc
	fi
      done
    done
    # The plugin made a compile that works without it fail.
    if [ "$rca" = 0 ] && [ "$rcb" != 0 ]; then
      ab=plugin-fails
      { echo "cwd: $PWD"; printf '%q ' "$real" "${keep[@]}" -c "$s" -o x.o "${fb[@]}" \
	  "${ldflags[@]}"; echo; cat "$rec/tmp/$id.$n.b.err"; } > "$rec/fail/$id.$n.plugin-fails"
    fi
    rm -f "$scratch" "$rec/tmp/$id.$n".*
    n=$((n + 1))
  done
fi

# ---- the real compile -----------------------------------------------------------

h2s=()
if [ $compiles = 1 ] && [ "$phase" = build ] && [ "${CORPUS_CLANG_H2S:-0}" = 1 ]; then
  h2s=(-mllvm -print-before=attributor -mllvm -print-after=attributor)
fi
"$real" "$@" "${extra[@]}" "${h2s[@]}" 2> "$err"
rc=$?

# With the Attributor's IR dumps, only what comes before them is diagnostics
# (the IR holds the program's strings, "internal compiler error" among them).
diag=$err
if [ ${#h2s[@]} -gt 0 ]; then
  diag=$err.diag
  awk '/^\*\*\* IR Dump/ { exit } { print }' "$err" > "$diag"
fi

# A compiler crash: GCC's ICE (also what -fchecking failures print), a
# signal, or clang's crash report.
ice=0
if grep -qE 'internal compiler error|verify_[a-z_]+ failed|Please submit a full bug report|PLEASE submit a bug report|frontend command failed due to signal|unable to execute command: (Segmentation|Aborted|Killed)' "$diag" \
   || [ $rc -ge 128 ]; then
  ice=1
  { echo "cwd: $PWD"; printf '%q ' "$real" "$@" "${extra[@]}"; echo; head -n 200 "$diag"; } \
    > "$rec/fail/$id.ice"
fi

h2s_counts="- - - -"
if [ ${#h2s[@]} -gt 0 ]; then
  # Counts of allocation calls and of constant-size i8 allocas (what
  # AAHeapToStack turns a malloc into) before and after the Attributor,
  # and the functions where allocas appeared.
  h2s_counts=$(awk -v fn="$rec/notes/$id.h2s" -f "${CORPUS_HERE:?}/clang-h2s.awk" "$err")
  mv "$diag" "$err"
fi

# The plugin's notes, with paths relative to the package's tree.
if { [ $compiles = 1 ] || [ -n "${CORPUS_LINKFLAGS:-}" ]; } && [ "$phase" = build ] \
   && grep -q ': note: ' "$err"; then
  awk -v cwd="$PWD" -v root="${CORPUS_ROOT:-/}" '
    /^[^ :][^:]*:[0-9]+:[0-9]+: note: / {
      i = index($0, ":"); f = substr($0, 1, i - 1)
      if (f !~ /^\//) f = cwd "/" f
      # Fold "dir/../" and "./".
      while (sub(/\/\.\//, "/", f)) ;
      while (sub(/\/[^\/]+\/\.\.\//, "/", f)) ;
      if (index(f, root "/") == 1) f = substr(f, length(root) + 2)
      print f substr($0, i)
    }' "$err" > "$rec/notes/$id.txt"
fi

if [ "$record" = build ] || [ $ice = 1 ]; then
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' \
    "$phase" "$id" "$rc" "$ice" "$ab" "${#srcs[@]}" "$ta" "$tb" "$wa" "$wb" \
    "$h2s_counts" "$ta1" "$ta2" "$PWD: ${srcs[*]:-}" >> "$rec/records.tsv"
fi

# Pass the diagnostics on without the plugin's notes.
grep -vE ': note: |: In function |: At top level:|^In file included from|^ +from ' "$err" >&2
rm -f "$err"
exit $rc
