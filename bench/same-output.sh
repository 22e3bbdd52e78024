#!/bin/sh
# bench/same-output.sh BASE.so NEW.so FILE.c... - does a change to the plugin
# keep every verdict?  Compiles each file with both plugins (both must be
# named escape.so: the option prefix comes from the file name) under four
# flag sets and compares, byte for byte, the notes (-m, -m=2), the JSON
# reports (report=DIR) and the object files (-transform).  A file either
# side fails to compile counts only if the two sides differ.
#
#   ALLOC=FILE       pass -fplugin-arg-escape-allocators=FILE
#   CFLAGS_EXTRA=..  extra flags (-I...)
#   OUT=DIR          where the outputs go (default: a temporary directory)
#   JOBS=N           files compiled at once (default 2)
#
# Prints one line per difference and a count; exits 1 on any difference.
set -u
base=$1 new=$2
shift 2
CC=${CC:-gcc-12}
out=${OUT:-$(mktemp -d)}
mkdir -p "$out"
alloc=${ALLOC:+-fplugin-arg-escape-allocators=$ALLOC}

one () {
  f=$1
  key=$(printf '%s' "$f" | md5sum | cut -c1-12)
  i=0
  for flags in "-O0 -fplugin-arg-escape-m" \
	       "-O2 -fplugin-arg-escape-m -fplugin-arg-escape-transform" \
	       "-O0 -fplugin-arg-escape-m=2 -fplugin-arg-escape-transform -fplugin-arg-escape-report=REP/" \
	       "-O2 -fplugin-arg-escape-m=2 -fplugin-arg-escape-transform -fplugin-arg-escape-report=REP/"
  do
    i=$((i + 1))
    for side in base new; do
      d=$out/$key.$i.$side
      rm -rf "$d"; mkdir -p "$d/REP"
      so=$base; [ $side = new ] && so=$new
      fl=$(printf '%s' "$flags" | sed "s|REP/|$d/REP/|")
      # Same working directory and output name on both sides: the notes
      # and the report name them.
      (cd "$out" && $CC -fplugin="$so" $fl ${CFLAGS_EXTRA:-} $alloc \
	 -c "$f" -o "$out/$key.$i.o" 2> "$d/err"; echo $? > "$d/rc"
       [ -f "$out/$key.$i.o" ] && mv "$out/$key.$i.o" "$d/obj.o") \
	 < /dev/null
      # The plugin's path and the report's may appear in a message.
      sed -i "s|$so|PLUGIN|g; s|$d|DIR|g" "$d/err"
    done
    b=$out/$key.$i.base n=$out/$key.$i.new
    cmp -s "$b/rc" "$n/rc" || echo "DIFF rc [$flags] $f"
    cmp -s "$b/err" "$n/err" || echo "DIFF notes [$flags] $f"
    if [ -f "$b/obj.o" ] || [ -f "$n/obj.o" ]; then
      cmp -s "$b/obj.o" "$n/obj.o" || echo "DIFF object [$flags] $f"
    fi
    diff -r "$b/REP" "$n/REP" > /dev/null || echo "DIFF report [$flags] $f"
    echo "compared [$i] $(cat "$b/rc") $f"
  done
  [ -n "${KEEP:-}" ] || rm -rf "$out/$key".*
}

if [ "${1:-}" = --one ]; then
  one "$2"
  exit 0
fi
export OUT="$out"
for f in "$@"; do
  case $f in /*) ;; *) f=$PWD/$f ;; esac
  printf '%s\n' "$f"
done | xargs -P "${JOBS:-2}" -I{} sh -c '"$0" '"'$base' '$new'"' --one {}' "$0" \
  > "$out/log" 2>&1
grep '^DIFF' "$out/log"
n=$(grep -c '^compared' "$out/log")
d=$(grep -c '^DIFF' "$out/log")
echo "$n compilations compared ($(grep '^compared' "$out/log" | awk '{print $NF}' | sort -u | wc -l) files x 4 flag sets), $d differences; failed on both sides: $(grep '^compared' "$out/log" | awk '$3 != 0' | wc -l)"
[ "$d" -eq 0 ]
