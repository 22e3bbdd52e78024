#!/usr/bin/python3
"""testsuite/report/html-check.py - what the escape-report tests check in
an HTML page, read with python3's html.parser.

  html-check.py structure PAGE   exit 1, saying why, unless the page has
      nothing to fetch (no script src, style sheet, image or frame), the
      filter (hidden form; select boxes file, verdict and reason whose
      options are exactly the values of the rows' data-file, data-verdict
      and data-reason), the inline script that shows it, CSS that wraps
      the table's cells, and chart bars ordered by count, largest first
  html-check.py rows PAGE        one line per row of the by-location table:
      FILE<TAB>LINE<TAB>HREF or -<TAB>CODE LINE or -
"""
import re
import sys
from html.parser import HTMLParser


class Page (HTMLParser):
    def __init__ (self):
        super ().__init__ (convert_charrefs = True)
        self.stack = []
        self.fetch = []          # what a browser would fetch
        self.scripts = []        # inline script texts
        self.style = ""
        self.form = None         # attributes of form#filter
        self.options = {}        # select name -> [option values]
        self.select = None
        self.rows = {}           # table id -> [row dict]
        self.table = None
        self.row = None
        self.cell = 0
        self.bars = []           # [(name, total)] in order
        self.bar = None
        self.text = None         # collecting text for: "script", "style", ...

    def handle_starttag (self, tag, attrs):
        a = dict (attrs)
        if tag not in ("br", "meta", "rect", "input", "link", "img"):
            self.stack.append (tag)
        if tag in ("img", "iframe", "object", "embed", "link") or \
           (tag == "script" and "src" in a) or ("src" in a):
            self.fetch.append ((tag, a))
        if tag == "script":
            self.text = ["script", ""]
        elif tag == "style":
            self.text = ["style", ""]
        elif tag == "form" and a.get ("id") == "filter":
            self.form = a
        elif tag == "select":
            self.select = a.get ("name")
            self.options[self.select] = []
        elif tag == "option" and self.select:
            self.options[self.select].append (a.get ("value"))
        elif tag == "table" and "sites" in a.get ("class", ""):
            self.table = a.get ("id")
            self.rows[self.table] = []
        elif tag == "tr" and self.table and "data-file" in a:
            self.row = {"attrs": a, "href": None, "code": None, "where": ""}
            self.rows[self.table].append (self.row)
            self.cell = 0
        elif tag == "td" and self.row is not None:
            self.cell += 1
        elif tag == "a" and self.row is not None and self.cell == 1:
            self.row["href"] = a.get ("href")
        elif tag == "code" and self.row is not None and a.get ("class") == "line":
            self.row["code"] = ""
            self.text = ["code", ""]
        elif tag == "g" and "svg" in self.stack:
            self.bar = {"title": "", "texts": []}
        elif tag == "title" and self.bar is not None:
            self.text = ["title", ""]
        elif tag == "text" and self.bar is not None:
            self.text = ["text", ""]

    def handle_startendtag (self, tag, attrs):
        self.handle_starttag (tag, attrs)
        if tag not in ("br", "meta", "rect", "input", "link", "img"):
            self.handle_endtag (tag)

    def handle_data (self, data):
        if self.text:
            self.text[1] += data
        if self.row is not None and self.cell == 1:
            self.row["where"] += data

    def handle_endtag (self, tag):
        if self.stack and self.stack[-1] == tag:
            self.stack.pop ()
        if self.text and tag == self.text[0]:
            kind, text = self.text
            self.text = None
            if kind == "script":
                self.scripts.append (text)
            elif kind == "style":
                self.style += text
            elif kind == "code":
                self.row["code"] = text
            elif kind == "title":
                self.bar["title"] = text
            elif kind == "text":
                self.bar["texts"].append (text)
        elif tag == "select":
            self.select = None
        elif tag == "tr":
            self.row = None
        elif tag == "table":
            self.table = None
        elif tag == "g" and self.bar is not None:
            self.bars.append ((self.bar["title"].split (":")[0],
                               int (self.bar["texts"][-1])))
            self.bar = None


def read (path):
    p = Page ()
    with open (path, encoding = "utf-8") as f:
        p.feed (f.read ())
    p.close ()
    return p


def structure (p):
    errors = []
    if p.fetch:
        errors.append ("something to fetch: %s" % p.fetch)
    rows = p.rows.get ("by-location", [])
    if not rows:
        return errors + ["no rows in table by-location"]
    if p.form is None or "hidden" not in p.form:
        errors.append ("no hidden form#filter")
    for name in ("file", "verdict", "reason"):
        opts = p.options.get (name)
        if opts is None:
            errors.append ("no select box %s" % name)
            continue
        want = sorted ({r["attrs"]["data-" + name] for r in rows})
        if opts[:1] != [""] or sorted (opts[1:]) != want:
            errors.append ("select %s has %s, rows have %s" % (name, opts, want))
    for t, rs in p.rows.items ():
        for r in rs:
            if r["attrs"].get ("data-verdict") not in ("moved", "movable", "stays", "escapes"):
                errors.append ("table %s: bad data-verdict %s" % (t, r["attrs"]))
            if not r["where"].startswith (r["attrs"]["data-file"] + ":"):
                errors.append ("table %s: data-file %s, location %s"
                               % (t, r["attrs"]["data-file"], r["where"]))
    if len (p.scripts) != 1 or "getElementById ('filter')" not in p.scripts[0] \
       or "hidden = false" not in p.scripts[0]:
        errors.append ("not one inline script that shows the filter")
    if "tr.filtered{display:none}" not in p.style:
        errors.append ("no CSS rule hiding filtered rows")
    if not re.search (r"table\.sites td\{[^}]*overflow-wrap:anywhere", p.style) or \
       "table-layout:fixed" not in p.style or "td.where{white-space:nowrap}" in p.style:
        errors.append ("the table's cells do not wrap")
    totals = [t for _, t in p.bars]
    if not totals:
        errors.append ("no chart bars")
    order = sorted (p.bars, key = lambda b: (-b[1], b[0]))
    if p.bars != order:
        errors.append ("chart bars not by count, largest first: %s" % p.bars)
    return errors


def main ():
    what, path = sys.argv[1:3]
    p = read (path)
    if what == "structure":
        errors = structure (p)
        for e in errors:
            print (e)
        sys.exit (1 if errors else 0)
    elif what == "rows":
        for r in p.rows.get ("by-location", []):
            line = r["where"].rsplit (":", 2)[1]
            print ("%s\t%s\t%s\t%s" % (r["attrs"]["data-file"], line,
                                       r["href"] or "-",
                                       "-" if r["code"] is None else r["code"]))
    else:
        sys.exit ("usage: html-check.py structure|rows PAGE")


main ()
