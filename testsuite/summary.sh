#!/bin/sh
# Usage: testsuite/summary.sh BUILD/escape.sum...
# Prints each .sum's board and dejagnu summary, plus every bad result line,
# and exits 1 if any .sum is missing, has FAIL/ERROR/UNRESOLVED/UNTESTED/
# XPASS/KPASS lines, or records no test at all.  runtest's own exit status
# is not enough: it is 0 after an ERROR (e.g. a Tcl error or a missing
# plugin).  On the native board (target "unix") every transform test
# (xform-*.c) that was executed must also have been executed in its
# AddressSanitizer build: a run mode that silently disappears is a failure.
[ $# -gt 0 ] || { echo "usage: $0 FILE.sum..." >&2; exit 2; }
status=0
for sum in "$@"; do
    if [ ! -f "$sum" ]; then
        echo "$sum: missing (did runtest run?)"; status=1; continue
    fi
    echo "== $sum"
    grep -E '^(Running target |# of )' "$sum"
    if grep -E '^(FAIL|ERROR|UNRESOLVED|UNTESTED|XPASS|KPASS):' "$sum"; then
        status=1
    fi
    if ! grep -qE '^(PASS|FAIL|XFAIL|XPASS|KPASS|KFAIL):' "$sum"; then
        echo "$sum: no tests ran"; status=1
    fi
    if grep -q '^Running target unix$' "$sum"; then
        ran=$(sed -nE 's/^(PASS|FAIL|XFAIL|XPASS): ([^ ]*\/xform-[^ ]*\.c) -O[0-3] -fchecking execution test$/\2/p' "$sum" | sort -u)
        asan=$(sed -nE 's/^(PASS|FAIL|XFAIL|XPASS): ([^ ]*\/xform-[^ ]*\.c) [^:]*-fsanitize=address[^:]* execution test$/\2/p' "$sum" | sort -u)
        for t in $ran; do
            # A test may opt out, saying why in an "escape-no-asan:" comment.
            if grep -q 'escape-no-asan:' "$(dirname "$0")/$t" 2>/dev/null; then
                continue
            fi
            if ! printf '%s\n' "$asan" | grep -qxF "$t"; then
                echo "$sum: $t: no AddressSanitizer execution test"; status=1
            fi
        done
    fi
done
exit $status
