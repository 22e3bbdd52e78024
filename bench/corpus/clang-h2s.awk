# bench/corpus/clang-h2s.awk - what LLVM's Attributor moved to the stack.
#
# Input: clang's stderr with -mllvm -print-before=attributor
# -mllvm -print-after=attributor (the whole module, before and after the
# AttributorPass; several modules if one invocation compiled several files).
# clang 14 prints no remark for a heap-to-stack conversion, so it is counted
# from the IR: AAHeapToStack replaces a call to malloc, calloc or
# aligned_alloc by "alloca i8, i64 SIZE" (constant SIZE), a form clang's
# front end never emits for C (arrays are "alloca [N x i8]").
#
# Prints "CALLS_BEFORE CALLS_AFTER ALLOCAS_BEFORE ALLOCAS_AFTER" and writes
# "FUNCTION NEW_ALLOCAS" lines for the functions that gained such allocas to
# the file named by -v fn=FILE.

/^\*\*\* IR Dump Before/ { side = "b"; fname = ""; next }
/^\*\*\* IR Dump After/ { side = "a"; fname = ""; next }
side == "" { next }
/^define / {
  fname = $0
  sub(/^[^@]*@/, "", fname)
  sub(/\(.*/, "", fname)
  gsub(/"/, "", fname)
  next
}
/^declare / { next }
/(call|invoke) .*@(malloc|calloc|aligned_alloc)\(/ { calls[side]++ }
/= alloca i8, i64 [0-9]+/ {
  allocas[side]++
  per[side, fname]++
  if (!((fname) in seen)) { seen[fname] = 1; order[++nf] = fname }
}
END {
  printf "%d %d %d %d\n", calls["b"], calls["a"], allocas["b"], allocas["a"]
  if (fn != "") {
    for (i = 1; i <= nf; i++) {
      f = order[i]
      d = per["a", f] - per["b", f]
      if (d > 0) print f, d > fn
    }
  }
}
