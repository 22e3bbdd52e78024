# SQLite 3.40.1: the amalgamation (sqlite3.c) and the sqlite3 shell, built
# as SQLite documents for the amalgamation ("How To Compile SQLite":
# gcc shell.c sqlite3.c -lpthread -ldl -lm -o sqlite3), here in three steps
# so that each file is its own compile.  The amalgamation is generated once
# from the Debian-patched tree with its configure and make (tclsh).
# Workload: the shell runs corpus-workloads/workload.sql on an in-memory and
# on an on-disk database.

PKG_COPY="bld/sqlite3.c bld/sqlite3.h bld/sqlite3ext.h bld/shell.c"

pkg_prepare () {
  mkdir -p bld && cd bld || return 1
  ../configure --disable-tcl CC="$CORPUS_GCC" > ../corpus-configure.log 2>&1 \
    && make sqlite3.c shell.c >> ../corpus-configure.log 2>&1
}

pkg_build () {
  corpus_phase build
  cp bld/*.c bld/*.h . || return 1
  $CC -c sqlite3.c -o sqlite3.o &
  $CC -c shell.c -o shell.o || { wait; return 1; }
  wait $! || return 1
  $CC shell.o sqlite3.o -lpthread -ldl -lm -o sqlite3
}

pkg_workload () {
  wl memdb -i corpus-workloads/workload.sql -- ./sqlite3 :memory:
  rm -f corpus.db
  wl filedb -i corpus-workloads/workload.sql -- ./sqlite3 corpus.db
}
