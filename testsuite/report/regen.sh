#!/bin/sh
# testsuite/report/regen.sh - rewrite the golden files of the escape-report
# tests from the current escape-report and plugin.  Not run by make check:
# run it after a deliberate change of output, then review the diff
# (git diff testsuite/report/golden) before committing it.
#
#   testsuite/report/regen.sh          (from anywhere; builds what it needs)
set -eu
cd "$(dirname "$0")/../.."
make --no-print-directory -s build/escape-report build/escape.so
ESCAPE_REPORT=$PWD/build/escape-report
ESCAPE_PLUGIN=$PWD/build/escape.so
ESCAPE_CC=${ESCAPE_CC:-gcc-12}
REPORT_BUILD=$PWD/build/report
export LC_ALL=C
. testsuite/report/cases.sh
build_all
mkdir -p testsuite/report/golden
golden_cases | while read -r name args; do
    # shellcheck disable=SC2086  # the arguments are words on purpose
    "$ESCAPE_REPORT" $args | sed "s|file://$PWD/|file:///TOP/|" \
        >"testsuite/report/golden/$name"
    echo "wrote testsuite/report/golden/$name"
done
