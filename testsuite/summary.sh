#!/bin/sh
# Usage: testsuite/summary.sh BUILD/escape.sum...
# Prints each .sum's board and dejagnu summary, plus every bad result line,
# and exits 1 if any .sum is missing, has FAIL/ERROR/UNRESOLVED/XPASS lines,
# or records no test at all.  runtest's own exit status is not enough: it is
# 0 after an ERROR (e.g. a Tcl error or a missing plugin).
[ $# -gt 0 ] || { echo "usage: $0 FILE.sum..." >&2; exit 2; }
status=0
for sum in "$@"; do
    if [ ! -f "$sum" ]; then
        echo "$sum: missing (did runtest run?)"; status=1; continue
    fi
    echo "== $sum"
    grep -E '^(Running target |# of )' "$sum"
    if grep -E '^(FAIL|ERROR|UNRESOLVED|XPASS):' "$sum"; then
        status=1
    fi
    if ! grep -qE '^(PASS|FAIL|XFAIL|XPASS|KPASS|KFAIL):' "$sum"; then
        echo "$sum: no tests ran"; status=1
    fi
done
exit $status
