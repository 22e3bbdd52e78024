# bench/corpus/sites.awk - one line per allocation site from the plugin's
# notes (-fplugin-arg-escape-m=2 -fplugin-arg-escape-transform).
#
# Input: "FILE:LINE:COL: note: MESSAGE" lines (cc-wrap.sh made FILE
# relative to the package's tree), in compile order.  Each allocation site
# gets exactly one final line:
#   moved to stack: CALL
#   CALL does not escape          [then maybe "CALL not moved to stack: REASON"]
#   CALL escapes to heap          (no colon; with m=2 it is preceded by
#                                  "CALL escapes to heap:" and indented
#                                  flow lines, which are not sites)
# Parameter verdicts ("p does not escape", "leaking param: p") are not
# sites: a site's CALL is a call expression, ...(...).
#
# Output, tab-separated, one line per distinct FILE:LINE:COL + CALL (a file
# compiled twice, e.g. for a static and a shared library, is one site):
#   LOCATION  CALL  VERDICT  DETAIL
# VERDICT is moved | kept | escapes.  DETAIL: for kept, the reason it was
# not moved ("-" if none was given); for escapes, the last step of the flow
# path: "SINK: REASON" (SINK {heap}, {result}, *param ...; REASON as
# printed, e.g. "call parameter of an indirect call", callee names taken
# out; see class()).
# -v conflicts=FILE receives the sites whose verdict differed between two
# compiles of the same file.

# A call expression: "malloc(16)", "hooks->allocate(n + 1)", "(*f)(8)";
# a parameter's name has no parentheses.
function is_call(s) { return s ~ /\(.*\)$/ }

# The reason in "from EXPR (REASON) at FILE:L:C" or "from EXPR (REASON)":
# the parenthesised group just before the last " at ", or at the end.
function from_reason(s,    i, j, depth, c) {
  i = 0
  for (j = length(s) - 3; j > 0; j--)
    if (substr(s, j, 4) == ") at") { i = j; break }
  if (!i && substr(s, length(s), 1) == ")") i = length(s)
  if (!i) return ""
  depth = 0
  for (j = i; j > 0; j--) {
    c = substr(s, j, 1)
    if (c == ")") depth++
    else if (c == "(") { depth--; if (depth == 0) return substr(s, j + 1, i - j - 1) }
  }
  return ""
}

# "SINK: REASON" with names taken out, so that sites can be counted by it:
# *p (a caller's object) becomes *param, {storage for CALL} becomes
# {storage for an allocation} (an object that outlives the site's loop
# iteration), a variable's name "a variable" (a loop-carried variable, or
# a path that stops before its sink), a callee's name "callee"; "(level=N)"
# goes.
function class(sk, r) {
  if (sk ~ /^\*/) sk = "*param"
  else if (sk ~ /^\{storage for /) sk = "{storage for an allocation}"
  else if (sk !~ /^\{/) sk = "a variable"
  sub(/ \(level=[0-9]+\)$/, "", r)
  sub(/^call parameter, [^ ]+ /, "call parameter, callee ", r)
  sub(/ into (its )?\*[^ ]+$/, " into *param", r)
  return sk ": " (r == "" ? "?" : r)
}

function put(key, verdict, detail) {
  if (key in verdicts) {
    if (verdicts[key] != verdict && conflicts != "")
      print key "\t" verdicts[key] " vs " verdict > conflicts
    return
  }
  verdicts[key] = verdict; details[key] = detail; order[++n] = key
}

# A note about a macro expansion follows every note on a line inside a
# macro (GCC gives the macro's location first): the site is where the
# outermost macro was expanded, the last of those notes.
{
  p = index($0, ": note: ")
  if (!p) next
  loc = substr($0, 1, p - 1)
  msg = substr($0, p + 8)
  if (msg ~ /^in (expansion|definition) of macro /) { if (pend != "") xloc = loc; next }
  finish()
}

# Flow lines of an m=2 explanation.
msg ~ /^  flow: / {
  f = substr(msg, 9)
  q = index(f, " = ")
  sink[loc] = q ? substr(f, 1, q - 1) : f
  next
}
msg ~ /^    from / { reason[loc] = from_reason(msg); next }

msg ~ /^moved to stack: / { pending(loc, substr(msg, 17), "moved", "-"); next }
msg ~ / does not escape$/ {
  c = substr(msg, 1, length(msg) - 16)
  if (is_call(c)) pending(loc, c, "kept", "-")
  next
}
msg ~ / not moved to stack: / {
  q = index(msg, " not moved to stack: ")
  pending(loc, substr(msg, 1, q - 1), "reason", substr(msg, q + 21))
  next
}
msg ~ / escapes to heap:$/ { sink[loc] = ""; reason[loc] = ""; next }
msg ~ / escapes to heap$/ {
  c = substr(msg, 1, length(msg) - 16)
  if (!is_call(c)) next
  d = (loc in sink && sink[loc] != "") ? class(sink[loc], reason[loc]) : "-"
  delete sink[loc]; delete reason[loc]
  pending(loc, c, "escapes", d)
  next
}

# A verdict line waits for its macro-expansion notes.
function pending(l, c, v, d) { pend = l; pcall = c; pverdict = v; pdetail = d; xloc = "" }
function finish(    key) {
  if (pend == "") return
  key = (xloc != "" ? xloc : pend) "\t" pcall
  if (pverdict == "reason") {
    if (key in verdicts && verdicts[key] == "kept" && details[key] == "-")
      details[key] = pdetail
  } else
    put(key, pverdict, pdetail)
  pend = ""; xloc = ""
}

END {
  finish()
  for (i = 1; i <= n; i++) print order[i] "\t" verdicts[order[i]] "\t" details[order[i]] }
