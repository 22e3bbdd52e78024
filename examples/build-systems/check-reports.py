#!/usr/bin/env python3
"""check-reports.py DIR SRCDIR TARGET - check one example's JSON reports.

DIR must hold exactly one <source>.escape.json per .c file of SRCDIR (the
unit's absolute source path without its leading / and with each / turned
into %, docs/report-json.md), recording the compile directory and the
absolute source path, each a valid
version-1 escape-report document for TARGET (tool.target), and no leftover
temporary file.  Every allocation in the sources whose line carries a
comment ending in "escapes */" or "does not escape */" must be a site of its
unit's report with that verdict.  Prints one line per unit; exits 1 on any
failure."""

import glob
import json
import os
import re
import sys

COMMENT = re.compile(r"/\*.*?\b(escapes|does not escape)\s*\*/")
VERDICT = {"escapes": "escapes to heap", "does not escape": "does not escape"}


def main():
    rdir, srcdir, target = sys.argv[1:4]
    errors = []
    sources = {os.path.basename(p): p
               for p in glob.glob(os.path.join(srcdir, "*.c"))}
    names = sorted(os.listdir(rdir)) if os.path.isdir(rdir) else []
    stray = [n for n in names if not n.endswith(".escape.json")]
    if stray:
        errors.append("unexpected files in %s: %s" % (rdir, " ".join(stray)))
    seen = {}
    for name in (n for n in names if n.endswith(".escape.json")):
        path = os.path.join(rdir, name)
        try:
            with open(path) as f:
                doc = json.load(f)
        except (OSError, ValueError) as e:
            errors.append("%s: not valid JSON: %s" % (path, e))
            continue
        if doc.get("schema") != "escape-report" or doc.get("version") != 1:
            errors.append("%s: not an escape-report version 1" % path)
            continue
        unit = doc.get("unit", "")
        cwd, source = doc.get("directory"), doc.get("source")
        if not (isinstance(cwd, str) and os.path.isabs(cwd)
                and source == os.path.normpath(os.path.join(cwd, unit))
                and os.path.isfile(source)):
            errors.append("%s: directory %r and source %r do not name unit %r"
                          % (path, cwd, source, unit))
            continue
        mangled = (source or "").lstrip("/").replace("/", "%")
        if len(mangled) <= 200 and name != mangled + ".escape.json":
            errors.append("%s: file name does not match source %r"
                          % (path, source))
        got = (doc.get("tool") or {}).get("target")
        if got != target:
            errors.append("%s: target %r, expected %r" % (path, got, target))
        base = os.path.basename(unit)
        if base not in sources:
            errors.append("%s: unit %r is not a source of %s"
                          % (path, unit, srcdir))
            continue
        if base in seen:
            errors.append("%s: second report for %s" % (path, base))
        seen[base] = doc
    for base in sorted(set(sources) - set(seen)):
        errors.append("%s: no report for %s" % (rdir, base))

    for base, doc in sorted(seen.items()):
        sites = doc.get("sites", [])
        verdicts = {}
        for s in sites:
            if os.path.basename(s.get("file", "")) == base:
                verdicts.setdefault(s.get("line"), []).append(s.get("verdict"))
        expected = 0
        with open(sources[base]) as f:
            for lineno, line in enumerate(f, 1):
                m = COMMENT.search(line)
                if not m:
                    continue
                expected += 1
                want = VERDICT[m.group(1)]
                got = verdicts.get(lineno)
                if got != [want]:
                    errors.append("%s:%d: report says %s, the comment says %r"
                                  % (sources[base], lineno,
                                     got or "no site", want))
        n_no = sum(s.get("verdict") == "does not escape" for s in sites)
        print("  %s: %d sites (%d do not escape), %d commented verdicts"
              % (doc["unit"], len(sites), n_no, expected))

    for e in errors:
        print("  error: " + e)
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
