# bench/corpus/report.sh - the tables of run.sh (sourced by it: reads its
# R[] results, pkgs, notes, version, CONFIGS...).  write_reports prints the
# table and writes results.md, results.tsv and sites.tsv in bench/corpus/.

# ratio A B: A / B as "1.23x", or "-".
ratio () {
  awk -v a="${1:-}" -v b="${2:-}" 'BEGIN {
    if (a == "" || b == "" || a == "-" || b == "-" || a ~ /\?/ || b ~ /\?/ || b + 0 == 0) { print "-"; exit }
    printf "%.3fx", a / b }'
}

# The state of a configuration's outputs: ok, or what went wrong.
out_cell () {			# PKG CFG
  local p=$1 c=$2 b=${R[$1.$2.build]:-}
  case " ${R[$p.configs]:-} " in *" $c "*) ;; *) echo "n/a"; return ;; esac
  case $b in
    ok) ;;
    failed) echo "BUILD FAILED"; return ;;
    skipped) echo "-"; return ;;
    *) echo "-"; return ;;
  esac
  local s=""
  [ "${R[$p.$c.ice]:-0}" = 0 ] || s="$s ICE(${R[$p.$c.ice]})"
  [ "${R[$p.$c.pluginfails]:-0}" = 0 ] || s="$s PLUGIN-FAILS(${R[$p.$c.pluginfails]})"
  [ "${R[$p.$c.diffs]:-0}" = 0 ] || s="$s DIFFERS(${R[$p.$c.diffs]}/${R[$p.$c.cases]})"
  [ "${R[$p.$c.asan]:-0}" = 0 ] || s="$s ASAN(${R[$p.$c.asan]})"
  if [ -z "$s" ]; then echo "ok ${R[$p.$c.cases]:-0}/${R[$p.$c.cases]:-0}"; else echo "${s# }"; fi
}

# A plugin configuration's sites moved / kept / escape and its heap
# allocations against BASE (the plain build's), or what kept it from
# being measured.
sites_cell () {			# PKG CFG BASE
  local p=$1 c=$2
  case " ${R[$p.configs]:-} " in *" $c "*) ;; *) echo "n/a"; return ;; esac
  if [ "${R[$p.$c.build]:-}" = ok ]; then
    echo "${R[$p.$c.moved]:-?} / ${R[$p.$c.kept]:-?} / ${R[$p.$c.escapes]:-?}; ${R[$p.$c.allocs]:--} ($(ratio "${R[$p.$c.allocs]:-}" "$3"))"
  else
    echo "build ${R[$p.$c.build]:-?}"
  fi
}

pkg_state () {			# PKG: fetch/build state, in a few words
  local p=$1
  case ${R[$p.fetch]:-} in
    ok) ;;
    failed) echo "fetch failed"; return ;;
    prepare-failed) echo "prepare failed"; return ;;
    no-recipe) echo "no recipe"; return ;;
    *) echo "-"; return ;;
  esac
  [ "${R[$p.plain.build]:-}" = ok ] || { echo "plain build failed"; return; }
  local c bad=""
  for c in ${R[$p.configs]}; do
    [ "${R[$p.$c.build]:-}" = ok ] || bad="$bad $c"
  done
  if [ -n "$bad" ]; then echo "failed:$bad"; else echo "ok"; fi
}

# reason_tables SITES.TSV: the "by verdict and reason" section of results.md.
reason_tables () {
  local f=$1 c
  echo "## Allocation sites by verdict and reason"
  echo
  echo "moved: moved to the stack; kept: does not escape, but stays on the heap (the"
  echo "transform's reason); escapes: the last step of the -m=2 path, SINK: REASON (SINK"
  echo "{heap}, {result}, *param: a caller's object, {temp}: a compiler temporary, a"
  echo "variable: one outside the loop, or a path that stops early; callee names taken"
  echo "out). \`sites.tsv\` has every site."
  echo
  for c in escape alloc alloc-lto sum; do
    awk -F'\t' -v c=$c 'NR > 1 && $2 == c' "$f" | grep -q . || continue
    case $c in
      escape) echo "### Transform (\`-fplugin-arg-escape-m=2 -fplugin-arg-escape-transform\`)" ;;
      alloc) echo "### Transform with the package's allocator file (\`examples/allocators/\`)" ;;
      sum) echo "### The same in two passes, with the summaries of the first (\`-fplugin-arg-escape-summaries=\`)" ;;
      *) echo "### The same under \`-flto\` (lto1's verdicts, from the links)" ;;
    esac
    echo
    echo "| verdict | reason | sites | packages |"
    echo "|---|---|---:|---|"
    awk -F'\t' -v c=$c 'NR > 1 && $2 == c {
	k = $5 "|" $6; n[k]++; if (!((k, $1) in seen)) { seen[k, $1] = 1; per[k, $1] = 0; pk[k] = pk[k] " " $1 }
	per[k, $1]++ }
      END { for (k in n) { s = ""; m = split(pk[k], ps, " ");
	      for (i = 1; i <= m; i++) s = s (s == "" ? "" : ", ") ps[i] " " per[k, ps[i]]
	      print n[k] "|" k "|" s } }' "$f" \
      | sort -t'|' -k1,1nr -k2,2 | awk -F'|' '{ printf "| %s | %s | %s | %s |\n", $2, $3, $1, $4 }'
    echo
  done
}

write_reports () {
  local p c rows=() tsv=$here/results.tsv md=$here/results.md sites=$here/sites.tsv
  local wall=$((t_end - t_start))

  # ---- results.tsv and sites.tsv ----
  {
    printf 'package\tversion\tstate\tsites\tmoved\tkept\tescapes\talloc_sites\talloc_moved\talloc_kept\talloc_escapes'
    printf '\tclang_converted\tclang_alloc_calls_before\tclang_alloc_calls_after'
    printf '\tcompile_cpu_plain_s\tcompile_cpu_plugin_s\tcompile_ratio'
    printf '\tallocs_plain\tallocs_escape\tallocs_alloc\tallocs_clang'
    printf '\tout_escape\tout_asan\tout_alloc\tout_alloc_asan\tout_clang'
    printf '\tlto_sites\tlto_moved\tlto_kept\tlto_escapes\tallocs_plain_lto\tallocs_lto\tout_lto'
    printf '\tsummaries\tsum_sites\tsum_moved\tsum_kept\tsum_escapes\tallocs_sum\tout_sum\tout_sum_asan\n'
    for p in "${pkgs[@]}"; do
      local conv=- cpu_r
      [ -n "${R[$p.h2s_after]:-}" ] && conv=$((R[$p.h2s_after] - R[$p.h2s_before]))
      cpu_r=$(ratio "${R[$p.cpu_plugin]:-}" "${R[$p.cpu_plain]:-}")
      printf '%s\t' "$p" "${version[$p]}" "$(pkg_state "$p")" \
	"${R[$p.escape.sites]:--}" "${R[$p.escape.moved]:--}" "${R[$p.escape.kept]:--}" \
	"${R[$p.escape.escapes]:--}" "${R[$p.alloc.sites]:--}" "${R[$p.alloc.moved]:--}" \
	"${R[$p.alloc.kept]:--}" "${R[$p.alloc.escapes]:--}" \
	"$conv" "${R[$p.h2s_calls_before]:--}" "${R[$p.h2s_calls_after]:--}" \
	"${R[$p.cpu_plain]:--}" "${R[$p.cpu_plugin]:--}" "${cpu_r%x}" \
	"${R[$p.plain.allocs]:--}" "${R[$p.escape.allocs]:--}" "${R[$p.alloc.allocs]:--}" \
	"${R[$p.clang.allocs]:--}" \
	"$(out_cell "$p" escape)" "$(out_cell "$p" asan)" "$(out_cell "$p" alloc)" \
	"$(out_cell "$p" alloc-asan)" "$(out_cell "$p" clang)" \
	"${R[$p.alloc-lto.sites]:--}" "${R[$p.alloc-lto.moved]:--}" \
	"${R[$p.alloc-lto.kept]:--}" "${R[$p.alloc-lto.escapes]:--}" \
	"${R[$p.plain-lto.allocs]:--}" "${R[$p.alloc-lto.allocs]:--}" "$(out_cell "$p" alloc-lto)" \
	"${R[$p.sum1.summaries]:--}" "${R[$p.sum.sites]:--}" "${R[$p.sum.moved]:--}" \
	"${R[$p.sum.kept]:--}" "${R[$p.sum.escapes]:--}" "${R[$p.sum.allocs]:--}" "$(out_cell "$p" sum)"
      printf '%s\n' "$(out_cell "$p" sum-asan)"
    done
  } > "$tsv"
  {
    printf 'package\tconfig\tlocation\tcall\tverdict\tdetail\n'
    for p in "${pkgs[@]}"; do
      for c in escape alloc alloc-lto sum; do
	[ -f "$OUT/rec/$c/$p/sites.tsv" ] || continue
	awk -F'\t' -v p="$p" -v c="$c" '{ print p "\t" c "\t" $0 }' "$OUT/rec/$c/$p/sites.tsv"
      done
    done
  } > "$sites"

  # ---- the main table ----
  local head="package|state|sites moved / kept / escape|clang h2s|compile time plugin/plain|heap allocs plain|escape (vs plain)|clang (vs plain)|with allocators: moved / kept / escape; heap allocs (vs plain)|the same under -flto|the same in two passes with summaries|outputs escape, asan, alloc, alloc-asan, clang, alloc-lto, sum, sum-asan"
  for p in "${pkgs[@]}"; do
    local conv=- sitecell=- alloccell ltocell sumcell cpu=- a_e a_c
    [ -n "${R[$p.h2s_after]:-}" ] && conv=$((R[$p.h2s_after] - R[$p.h2s_before]))
    [ -n "${R[$p.escape.sites]:-}" ] && sitecell="${R[$p.escape.moved]} / ${R[$p.escape.kept]} / ${R[$p.escape.escapes]}"
    cpu=$(ratio "${R[$p.cpu_plugin]:-}" "${R[$p.cpu_plain]:-}")
    a_e="${R[$p.escape.allocs]:--}"
    [ "$a_e" != - ] && a_e="$a_e ($(ratio "${R[$p.escape.allocs]}" "${R[$p.plain.allocs]:-}"))"
    a_c="${R[$p.clang.allocs]:--}"
    [ "$a_c" != - ] && a_c="$a_c ($(ratio "${R[$p.clang.allocs]}" "${R[$p.plain.allocs]:-}"))"
    alloccell=$(sites_cell "$p" alloc "${R[$p.plain.allocs]:-}")
    ltocell=$(sites_cell "$p" alloc-lto "${R[$p.plain-lto.allocs]:-${R[$p.plain.allocs]:-}}")
    sumcell=$(sites_cell "$p" sum "${R[$p.plain.allocs]:-}")
    local outs="$(out_cell "$p" escape), $(out_cell "$p" asan), $(out_cell "$p" alloc), $(out_cell "$p" alloc-asan), $(out_cell "$p" clang), $(out_cell "$p" alloc-lto), $(out_cell "$p" sum), $(out_cell "$p" sum-asan)"
    rows+=("$p ${version[$p]}|$(pkg_state "$p")|$sitecell|$conv|$cpu|${R[$p.plain.allocs]:--}|$a_e|$a_c|$alloccell|$ltocell|$sumcell|$outs")
  done

  # What was checked, over all packages.
  local nc=0 ni=0 npf=0 nout=0 nasan=0 nd=0 na=0 cfgs
  for p in "${pkgs[@]}"; do
    for c in escape asan alloc alloc-asan alloc-lto sum sum-asan; do
      nc=$((nc + ${R[$p.$c.compiles]:-0})); ni=$((ni + ${R[$p.$c.ice]:-0}))
      npf=$((npf + ${R[$p.$c.pluginfails]:-0}))
      nout=$((nout + ${R[$p.$c.cases]:-0})); nd=$((nd + ${R[$p.$c.diffs]:-0}))
      na=$((na + ${R[$p.$c.asan]:-0}))
      is_asan_cfg $c && nasan=$((nasan + ${R[$p.$c.cases]:-0}))
    done
  done
  local checks="Checks over all packages: $nc compiles with the plugin and -fchecking, $ni compiler crashes or -fchecking failures, $npf sources that compile plain but not with the plugin; $nout workload runs of plugin builds compared with plain, $nd different; $nasan of them under AddressSanitizer, $na with a report."

  echo
  { echo "$head"; printf '%s\n' "${rows[@]}"; } | column -t -s '|' -o '  '
  echo
  echo "$checks" | fold -s -w 100
  echo
  echo "sites: allocation sites the plugin reports (escape build, -m=2 -transform): moved to the"
  echo "stack / do not escape but stay on the heap / escape.  clang h2s: allocation calls LLVM's"
  echo "Attributor turned into allocas.  compile time: CPU time of every source compiled with the"
  echo "plugin (-m=2, transform) over plain gcc-12 -O2, back to back.  heap allocs: malloc, calloc,"
  echo "realloc, aligned_alloc calls over the whole workload (count-malloc.so). with allocators:"
  echo "the same with examples/allocators/PKG.alloc declared (-fplugin-arg-escape-allocators=)."
  echo "under -flto: the same again, built with -flto (the sites are lto1's, from the links),"
  echo "against plain gcc-12 -O2 -flto (plain-lto).  two passes with summaries: the alloc build"
  echo "(escape without an allocator file) again, with the summaries file escape-report wrote from"
  echo "a first build's reports (sum)."
  echo "outputs: commands whose stdout and exit status match plain's (asan: and no ASan report)."
  echo "Total wall time: $((wall / 60)) min $((wall % 60)) s."
  for n in "${notes[@]}"; do echo "note: $n"; done

  # ---- results.md ----
  local commit cpu
  commit=$(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)
  git -C "$root" diff --quiet HEAD -- core plugin passes 2>/dev/null || commit="$commit+dirty"
  cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
  {
    echo "# escape on real C code: corpus results"
    echo
    echo "Written by \`bench/corpus/run.sh\` (\`make corpus\`) on $(date -u '+%Y-%m-%d %H:%M UTC')"
    echo "in $((wall / 60)) min $((wall % 60)) s: escape $commit (\`${PLUGIN#$root/}\`),"
    echo "$($GCC --version | head -n 1),"
    [ $have_clang = 1 ] && echo "$($CLANG --version | head -n 1),"
    echo "${cpu:-unknown CPU}, $(nproc) CPUs, JOBS=$JOBS. Configurations: $CONFIGS."
    echo "Machine-readable: \`results.tsv\` (one row per package), \`sites.tsv\` (one row"
    echo "per allocation site). What each column means: \`README.md\`."
    echo
    echo "| ${head//|/ | } |"
    echo "|---|---|---:|---:|---:|---:|---:|---:|---|---|---|---|"
    for r in "${rows[@]}"; do echo "| ${r//|/ | } |"; done
    echo
    echo "$checks"
    echo
    echo "Probes: the plugin moved $probe_moved of the 2 mallocs of the probe"
    echo "(\`build/corpus/probe/h2s.c\`); clang's Attributor on the same file: allocation calls"
    echo "before/after and constant-size allocas before/after = \`$clang_probe\`"
    echo "(the counter works when the calls drop by 2 and the allocas grow by 2)."
    [ $have_alloc = 1 ] && echo "The plugin accepts \`-fplugin-arg-escape-allocators=\`." \
      || echo "The plugin rejects \`-fplugin-arg-escape-allocators=\`: no alloc configurations."
    if [ ${#notes[@]} -gt 0 ]; then
      echo
      echo "## Notes and failures"
      echo
      for n in "${notes[@]}"; do echo "- $n"; done
    fi

    echo
    reason_tables "$sites"
    echo "## Sites moved to the stack"
    echo
    echo '```'
    awk -F'\t' 'NR > 1 && $5 == "moved" { print $1 " (" $2 "): " $3 ": " $4 }' "$sites"
    echo '```'
    echo
    echo "## What clang's Attributor converted"
    echo
    echo "Functions that gained constant-size \`alloca i8, i64 N\` in the AttributorPass"
    echo "(each such alloca is a malloc, calloc or aligned_alloc it moved to the stack):"
    echo
    echo '```'
    for p in "${pkgs[@]}"; do
      [ -s "$OUT/rec/clang/$p/h2s-functions.txt" ] || continue
      sed "s|^|$p: |" "$OUT/rec/clang/$p/h2s-functions.txt"
    done
    echo '```'
    echo
    echo "## Compile time"
    echo
    echo "CPU seconds (user + system) of every C source of the build, compiled back to back"
    echo "with \`$GCC -O2\` (A) and with the plugin (B: \`-m=2 -transform\`, without"
    echo "-fchecking), $CORPUS_TIME_REPS times each, alternating (A B, B A, A B...; B A first"
    echo "for the next source), one compile at a time, by cc-wrap.sh during the escape build."
    echo "*plain/plain* is A's mean time in the even repetitions over its mean in the odd"
    echo "ones: the noise of the measurement itself on this machine."
    echo
    echo "| package | compiles | plain s | plugin s | plugin/plain | plain/plain |"
    echo "|---|---:|---:|---:|---:|---:|"
    for p in "${pkgs[@]}"; do
      [ -n "${R[$p.cpu_plain]:-}" ] || continue
      echo "| $p | ${R[$p.escape.compiles]:-?} | ${R[$p.cpu_plain]} | ${R[$p.cpu_plugin]} | $(ratio "${R[$p.cpu_plugin]}" "${R[$p.cpu_plain]}") | $(ratio "${R[$p.cpu_plain1]:-}" "${R[$p.cpu_plain2]:-}") |"
    done
    local sa=0 sb=0
    for p in "${pkgs[@]}"; do
      [ -n "${R[$p.cpu_plain]:-}" ] || continue
      sa=$(awk -v x=$sa -v y=${R[$p.cpu_plain]} 'BEGIN { print x + y }')
      sb=$(awk -v x=$sb -v y=${R[$p.cpu_plugin]} 'BEGIN { print x + y }')
    done
    echo "| all | | $sa | $sb | $(ratio $sb $sa) | |"
    echo
    echo "## Code size"
    echo
    echo "Bytes of text (\`size\`) of every object file each build made: the transform adds"
    echo "code (constructor and disposer clones, owned copies, size tests and guards) and"
    echo "removes some (calls, frees)."
    echo
    echo "| package | plain | escape (vs plain) | alloc (vs plain) | sum (vs plain) |"
    echo "|---|---:|---:|---:|---:|"
    for p in "${pkgs[@]}"; do
      [ -n "${R[$p.plain.text]:-}" ] || continue
      echo "| $p | ${R[$p.plain.text]} | ${R[$p.escape.text]:--} ($(ratio "${R[$p.escape.text]:-}" "${R[$p.plain.text]}")) | ${R[$p.alloc.text]:--} ($(ratio "${R[$p.alloc.text]:-}" "${R[$p.plain.text]}")) | ${R[$p.sum.text]:--} ($(ratio "${R[$p.sum.text]:-}" "${R[$p.plain.text]}")) |"
    done
    echo
    echo "## Build and workload wall times (s)"
    echo
    echo "| package | $(echo $ALL_CONFIGS | sed 's/ / | /g') |"
    echo "|---|$(for c in $ALL_CONFIGS; do printf -- '---:|'; done)"
    for p in "${pkgs[@]}"; do
      printf '| %s |' "$p"
      for c in $ALL_CONFIGS; do printf ' %s |' "${R[$p.$c.buildtime]:--}"; done
      echo
    done
  } > "$md"
  say "results in ${md#$root/}, ${tsv#$root/}, ${sites#$root/}; builds and logs in ${OUT#$root/}/"
}
