# Duktape 2.7.0: the command line tool, "make -f Makefile.cmdline" (one
# compile of src/duktape.c and the cmdline sources; the Makefile says -Os,
# the harness's -O2 comes last and wins).  No test suite in the
# distributable: the shipped mandel.js and a JavaScript workload.

pkg_build () {
  corpus_phase build
  make -f Makefile.cmdline CC="$CC"
}

pkg_workload () {
  wl mandel -- ./duk mandel.js
  wl script -- ./duk corpus-workloads/workload.js
}
