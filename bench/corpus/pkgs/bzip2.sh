# bzip2 1.0.8: its Makefile (Debian's: bzip2 links libbz2.so from the
# build tree), "make libbz2.a bzip2 bzip2recover".  Workload: the
# Makefile's own test (compress sample1..3.ref at -1..-3 and compare with
# sample*.bz2, decompress sample*.bz2 and compare with sample*.ref), then
# -9 on a larger input (the package's sources and manual, concatenated).

pkg_prepare () {
  cat $(LC_ALL=C ls *.c *.h) manual.xml manual.html > corpus-input.dat
}

pkg_build () {
  corpus_phase build
  make -j"$JOBS" CC="$CC" libbz2.a bzip2 bzip2recover || return 1
  # The workload must run this tree's libbz2.so, not the system's.
  LD_LIBRARY_PATH=. ldd ./bzip2 | grep -q 'libbz2.so.1.0 => ./libbz2.so.1.0' \
    || { echo "bzip2 does not load ./libbz2.so.1.0"; return 1; }
}

pkg_workload () {
  export LD_LIBRARY_PATH=.
  wl c1 -i sample1.ref -e sample1.bz2 -- ./bzip2 -1
  wl c2 -i sample2.ref -e sample2.bz2 -- ./bzip2 -2
  wl c3 -i sample3.ref -e sample3.bz2 -- ./bzip2 -3
  wl d1 -i sample1.bz2 -e sample1.ref -- ./bzip2 -d
  wl d2 -i sample2.bz2 -e sample2.ref -- ./bzip2 -d
  wl d3 -i sample3.bz2 -e sample3.ref -- ./bzip2 -ds
  wl c9 -i corpus-input.dat -- ./bzip2 -9
  wl d9 -i "$WLOUT/c9.out" -e corpus-input.dat -- ./bzip2 -d
  unset LD_LIBRARY_PATH
}
