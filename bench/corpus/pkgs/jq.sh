# jq 1.6: autotools (autoreconf -fi first: Debian's patches touch
# configure.ac and Makefile.am), without Oniguruma (regular expressions
# are left out: Debian links the system's libonig, which is not built
# here) and without shared libraries (so the workload runs jq itself, not
# a libtool wrapper script).  Workload: jq's own test suite (tests/jqtest:
# "jq --run-tests tests/jq.test", 340 tests), and jq generating a JSON
# document and filtering it.

pkg_prepare () {
  autoreconf -fi > /dev/null
}

pkg_build () {
  corpus_phase configure
  ./configure CC="$CC" --disable-docs --disable-maintainer-mode \
    --with-oniguruma=no --disable-shared || return 1
  corpus_phase build
  make -j"$JOBS"
}

pkg_workload () {
  wl jqtest -- ./jq -L tests/modules --run-tests tests/jq.test
  wl generate -- ./jq -n -c '[range(30000) | {id: ., name: "item \(.)", tags: [range(. % 5) | "t\(.)"], v: (. * 7 % 101)}]'
  wl filter -i "$WLOUT/generate.out" -- ./jq -c 'map(select(.v > 50) | {id, n: (.tags | length), s: (.name | ascii_upcase)}) | group_by(.n) | map({n: .[0].n, count: length, ids: (map(.id) | .[:5])})'
}
