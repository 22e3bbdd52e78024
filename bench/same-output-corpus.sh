#!/bin/sh
# bench/same-output-corpus.sh BASE.so NEW.so - bench/same-output.sh over
# sqlite3.c and the C files of six corpus programs (bench/corpus), each
# with its allocators file from examples/allocators.  SRC: where the
# unpacked sources are (default /tmp/corpus12/out/src).  Exits 1 on any
# difference.
set -u
here=$(cd "$(dirname "$0")" && pwd)
src=${SRC:-/tmp/corpus12/out/src}
al=$here/../examples/allocators
status=0
run () {
  name=$1; shift
  echo "== $name"
  "$here/same-output.sh" "$BASE" "$NEW" "$@" || status=1
}
BASE=$1 NEW=$2
ALLOC= run sqlite3 "$src/sqlite3/bld/sqlite3.c"
ALLOC=$al/mujs.alloc run mujs "$src"/mujs/*.c
ALLOC=$al/cjson.alloc run cjson "$src"/cjson/*.c
ALLOC=$al/zlib.alloc run zlib "$src"/zlib/*.c
ALLOC=$al/bzip2.alloc run bzip2 "$src"/bzip2/*.c
[ -f "$src/lua5.4/src/lua5.4-deb-multiarch.h" ] ||
  echo '#define DEB_HOST_MULTIARCH "x86_64-linux-gnu"' \
    > "$src/lua5.4/src/lua5.4-deb-multiarch.h"
ALLOC=$al/lua.alloc CFLAGS_EXTRA="-std=gnu99 -DLUA_COMPAT_5_3 -DLUA_USE_LINUX" \
  run lua5.4 "$src"/lua5.4/src/*.c
ALLOC=$al/tcc.alloc CFLAGS_EXTRA="-I$src/tcc" run tcc "$src"/tcc/*.c
exit $status
