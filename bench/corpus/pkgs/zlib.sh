# zlib 1.2.13: ./configure --static && make (libz.a, example, minigzip, and
# their 64-bit-offset twins).  Workload: zlib's own test ("make test":
# example, and minigzip compressing and decompressing), then minigzip on a
# larger input (the package's own sources, concatenated) at levels 1 and 9.

pkg_prepare () {
  cat $(LC_ALL=C ls *.c *.h contrib/*/*.c 2>/dev/null) doc/*.txt > corpus-input.dat
}

pkg_build () {
  corpus_phase configure
  CC="$CC" CFLAGS="-O2" ./configure --static || return 1
  corpus_phase build
  make -j"$JOBS" all all64
}

pkg_workload () {
  printf 'hello world\n' > corpus-hello.txt
  wl example -- ./example corpus-example.gz
  wl example64 -- ./example64 corpus-example64.gz
  wl hello-gz -i corpus-hello.txt -- ./minigzip
  wl hello-gunzip -i "$WLOUT/hello-gz.out" -e corpus-hello.txt -- ./minigzip -d
  wl gz1 -i corpus-input.dat -- ./minigzip -1
  wl gz9 -i corpus-input.dat -- ./minigzip -9
  wl gunzip1 -i "$WLOUT/gz1.out" -e corpus-input.dat -- ./minigzip -d
  wl gunzip9 -i "$WLOUT/gz9.out" -e corpus-input.dat -- ./minigzip64 -d
}
