# MuJS 1.3.2: its Makefile, "make build=release HAVE_READLINE=no" (the
# library as one.c, a unity build, plus main.c).  No test suite shipped
# (tools/test262 needs test262): a JavaScript workload.

pkg_build () {
  corpus_phase build
  make -j"$JOBS" CC="$CC" build=release HAVE_READLINE=no
}

pkg_workload () {
  wl script -- ./build/release/mujs corpus-workloads/workload.js
}
