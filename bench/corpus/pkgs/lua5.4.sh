# Lua 5.4.4: the interpreter and luac, built with Lua's own upstream
# Makefile ("make linux"), no test suite shipped: a Lua script workload.
#
# Debian's 0001-build-system.patch turns the upstream Makefiles into a
# libtool build that also compiles every file as C++; it is reversed here,
# the other Debian patches (module paths, CVE fixes) stay.  luaconf.h then
# includes lua5.4-deb-multiarch.h, which debian/rules writes; so does this.

pkg_prepare () {
  patch -R -s -p1 < debian/patches/0001-build-system.patch || return 1
  printf '#define DEB_HOST_MULTIARCH "%s"\n' "$(dpkg-architecture -qDEB_HOST_MULTIARCH)" \
    > src/lua5.4-deb-multiarch.h
}

pkg_build () {
  corpus_phase build
  make -C src -j"$JOBS" linux CC="$CC -std=gnu99"
}

pkg_workload () {
  wl script -- ./src/lua corpus-workloads/workload.lua
  wl luac -- ./src/luac -s -o corpus-workload.luac corpus-workloads/workload.lua
  wl bytecode -- ./src/lua corpus-workload.luac
}
