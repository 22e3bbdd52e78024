# testsuite/report/cases.sh - what the golden files are made of; sourced by
# run.sh (compares) and regen.sh (rewrites), from the top directory, with
# ESCAPE_REPORT, ESCAPE_PLUGIN, ESCAPE_CC and REPORT_BUILD set.

# The small multi-file build: two directories and a header whose inline
# function lands in two units.
REPORT_SRCS="testsuite/report/src/app/main.c testsuite/report/src/lib/scratch.c
testsuite/report/src/lib/vec.c"

# build_reports DIR [FLAG...]: compile every source with the plugin, one
# report per unit in DIR/ (made afresh).
build_reports ()
{
    _dir=$1
    shift
    rm -rf "$_dir" && mkdir -p "$_dir" || return 1
    for _src in $REPORT_SRCS; do
        LC_ALL=C "$ESCAPE_CC" -O2 -fplugin="$ESCAPE_PLUGIN" \
            -fplugin-arg-escape-report="$_dir/" "$@" -c "$_src" \
            -o /dev/null || return 1
    done
}

# build_all: the two variants of the real build.
build_all ()
{
    build_reports "$REPORT_BUILD/real/plain" &&
    build_reports "$REPORT_BUILD/real/transform" -fplugin-arg-escape-transform
}

# One golden file per line: NAME ARGUMENT... (escape-report's arguments;
# no argument contains a space).  samples/build is hand-written JSON that
# follows docs/report-json.md and uses every reason code; real/ is what
# the plugin writes for testsuite/report/src.
golden_cases ()
{
    cat <<CASES
samples.txt --top 100 testsuite/report/samples/build
samples-top3.txt --top 3 testsuite/report/samples/build
samples-top0.txt --top 0 testsuite/report/samples/build
samples.html --html testsuite/report/samples/build
samples.sarif --sarif --srcroot src testsuite/report/samples/build
samples-bydir.html --html --by dir --top 0 testsuite/report/samples/build
real.txt $REPORT_BUILD/real/plain
real.html --html $REPORT_BUILD/real/plain
real.sarif --sarif --srcroot testsuite/report/src $REPORT_BUILD/real/plain
real-transform.txt $REPORT_BUILD/real/transform
real-transform.html --html --srcroot testsuite/report/src $REPORT_BUILD/real/transform
real-transform-url.html --html --srcroot testsuite/report/src --source-url https://example.org/repo/blob/main/{path}#L{line} $REPORT_BUILD/real/transform
real-transform.sarif --sarif --srcroot testsuite/report/src $REPORT_BUILD/real/transform
real-transform-no-moved.sarif --sarif --sarif-no-moved --srcroot testsuite/report/src $REPORT_BUILD/real/transform
CASES
}
