// bench/corpus/workloads/workload.js - a short ES5 workload for the corpus
// harness (MuJS and Duktape): objects, arrays, strings, closures, JSON,
// regular expressions, sorting and garbage.  Deterministic output.

var seed = 12345;
function rand(n) {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return Math.floor(seed / 65536) % n;
}
// Over short pieces: charCodeAt is linear in the index in MuJS (UTF-8).
function checksum(s) {
  var h = 0, pieces = s.split(/[,;]/);
  for (var p = 0; p < pieces.length; p++) {
    var t = pieces[p];
    for (var i = 0; i < t.length; i++) h = (h * 31 + t.charCodeAt(i)) % 65521;
    h = (h * 7 + 1) % 65521;
  }
  return h;
}

// 1. Word frequencies over generated text.
var words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta",
             "theta", "iota", "kappa", "lambda", "mu"];
var parts = [];
for (var i = 0; i < 20000; i++) parts.push(words[rand(words.length)]);
var text = parts.join(" ");
var freq = {};
text.split(" ").forEach(function (w) { freq[w] = (freq[w] || 0) + 1; });
var keys = Object.keys(freq).sort(function (a, b) {
  return freq[b] - freq[a] || (a < b ? -1 : a > b ? 1 : 0);
});
for (i = 0; i < 3; i++) print("freq " + keys[i] + " " + freq[keys[i]]);

// 2. Objects and prototypes.
function Vec(x, y) { this.x = x; this.y = y; }
Vec.prototype.add = function (o) { return new Vec(this.x + o.x, this.y + o.y); };
Vec.prototype.toString = function () { return "(" + this.x + "," + this.y + ")"; };
var acc = new Vec(0, 0);
for (i = 0; i < 30000; i++) acc = acc.add(new Vec(i % 7, i % 11));
print("vector " + acc);

// 3. Closures.
function counter() { var n = 0; return function (k) { n += k; return n; }; }
var total = 0;
for (i = 0; i < 2000; i++) {
  var c = counter();
  for (var j = 1; j <= 10; j++) total += c(j);
}
print("closures " + total);

// 4. JSON round trips.
var rows = [];
for (i = 0; i < 2000; i++)
  rows.push({ id: i, name: words[i % words.length] + i, tags: [i % 3, i % 5], ok: i % 2 === 0 });
var json = JSON.stringify(rows);
var back = JSON.parse(json);
var ids = 0;
for (i = 0; i < back.length; i++) ids += back[i].id + back[i].tags[1];
print("json " + json.length + " " + ids + " " + checksum(json));

// 5. Strings and regular expressions.
var buf = [];
for (i = 0; i < 5000; i++) buf.push(("0000" + i).slice(-5) + ":" + words[i % words.length] + ";");
var big = buf.join("");
var replaced = big.replace(/(\d+):([a-z]+)/g, function (m, d, w) {
  return w.toUpperCase() + d.split("").reverse().join("");
});
print("regexp " + replaced.length + " " + checksum(replaced));
var m = big.match(/[0-9]+:mu;/g);
print("match " + m.length + " " + m[m.length - 1]);

// 6. Arrays and sorting.
var arr = [];
for (i = 0; i < 20000; i++) arr.push(rand(1000000));
arr.sort(function (a, b) { return a - b; });
print("sort " + arr[0] + " " + arr[10000] + " " + arr[19999]);
var mapped = arr.map(function (v) { return v % 1000; }).filter(function (v) { return v > 500; });
print("map/filter " + mapped.length + " " + mapped.reduce(function (a, b) { return a + b; }, 0));

// 7. Garbage: many short-lived objects and strings.
var live = 0;
for (var round = 0; round < 5; round++) {
  var t = [];
  for (i = 0; i < 10000; i++) t.push({ n: i, s: "s" + i, a: [i] });
  live += t.length;
  t = null;
}
print("gc " + live);
