# cJSON 1.7.15: its CMake build with the tests and cJSON_Utils
# (-DENABLE_CJSON_TEST=On -DENABLE_CJSON_UTILS=On, no valgrind).
# Workload: the unit tests ctest would run (Unity), each run directly from
# the tests directory, and cJSON_test (test.c).

pkg_build () {
  corpus_phase configure
  mkdir -p bld && cd bld || return 1
  cmake .. -DCMAKE_C_COMPILER="$CC" -DCMAKE_BUILD_TYPE=None \
    -DENABLE_CJSON_TEST=On -DENABLE_CJSON_UTILS=On -DENABLE_VALGRIND=Off || return 1
  corpus_phase build
  make -j"$JOBS"
}

pkg_workload () {
  local t
  wl cJSON_test -- ./bld/cJSON_test
  for t in $(cd bld/tests && ctest -N | sed -n 's/^ *Test *#[0-9]*: //p'); do
    if [ -x "bld/tests/$t" ]; then
      wl "$t" -C bld/tests -- "./$t"
    fi
  done
}
