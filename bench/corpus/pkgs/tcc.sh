# TinyCC 0.9.27+git20200814: ./configure --cc=CC && make (tcc, libtcc.a;
# libtcc1.a is then compiled by the new tcc itself).  Workload: tcc
# compiles itself (tcc.c with ONE_SOURCE: the whole compiler, to an object
# on stdout), runs a shipped example, and the tests2 suite
# ("make -C tests/tests2": ~100 programs run with tcc -run, each output
# compared with its .expect file; not counted, it runs make and diff too).

pkg_build () {
  corpus_phase configure
  ./configure --cc="$CC" || return 1
  corpus_phase build
  make -j"$JOBS"
}

pkg_workload () {
  wl self -- ./tcc -B. -I. -Iinclude -DONE_SOURCE=1 -c tcc.c -o /dev/stdout
  wl fib -- ./tcc -B. -I. -Iinclude -run examples/ex3.c 27
  wl tests2 -n -- make --no-print-directory -s -C tests/tests2
}
