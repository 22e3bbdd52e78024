-- bench/corpus/workloads/workload.lua - a short Lua workload for the corpus
-- harness: strings, tables, closures, coroutines, sorting, pattern matching
-- and the garbage collector.  Deterministic output (no time, no addresses).

local function checksum(s)
  local h = 0
  for i = 1, #s do h = (h * 31 + s:byte(i)) % 4294967296 end
  return h
end

-- 1. A word-frequency count over generated text.
local words = {"alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta",
               "theta", "iota", "kappa", "lambda", "mu"}
local seed = 12345
local function rand(n)
  seed = (seed * 1103515245 + 12345) % 2147483648
  return seed % n + 1
end
local parts = {}
for i = 1, 40000 do parts[#parts + 1] = words[rand(#words)] .. (rand(7) == 1 and "," or "") end
local text = table.concat(parts, " ")
local freq = {}
for w in text:gmatch("%a+") do freq[w] = (freq[w] or 0) + 1 end
local keys = {}
for k in pairs(freq) do keys[#keys + 1] = k end
table.sort(keys, function(a, b) if freq[a] ~= freq[b] then return freq[a] > freq[b] end return a < b end)
for i = 1, 5 do print("freq", keys[i], freq[keys[i]]) end

-- 2. Objects with metatables: a small vector class.
local V = {}
V.__index = V
V.__add = function(a, b) return setmetatable({x = a.x + b.x, y = a.y + b.y}, V) end
V.__tostring = function(v) return string.format("(%d,%d)", v.x, v.y) end
local acc = setmetatable({x = 0, y = 0}, V)
for i = 1, 60000 do acc = acc + setmetatable({x = i % 7, y = i % 11}, V) end
print("vector", tostring(acc))

-- 3. Closures and upvalues.
local function counter()
  local n = 0
  return function(k) n = n + k; return n end
end
local total = 0
for i = 1, 3000 do
  local c = counter()
  for j = 1, 20 do total = total + c(j) end
end
print("closures", total)

-- 4. Coroutines: a generator pipeline.
local function gen(n)
  return coroutine.wrap(function() for i = 1, n do coroutine.yield(i) end end)
end
local function filter(g, p)
  return coroutine.wrap(function() for v in g do if p(v) then coroutine.yield(v) end end end)
end
local s = 0
for v in filter(gen(50000), function(v) return v % 3 == 0 end) do s = s + v end
print("coroutines", s)

-- 5. String building, formatting, gsub.
local buf = {}
for i = 1, 20000 do buf[#buf + 1] = string.format("%05d:%s;", i, words[i % #words + 1]) end
local big = table.concat(buf)
local replaced, n = big:gsub("(%d+):(%a+)", function(d, w) return w:upper() .. d:reverse() end)
print("gsub", n, checksum(replaced))

-- 6. Tables as arrays and maps; sort.
local arr = {}
for i = 1, 50000 do arr[i] = rand(1000000) end
table.sort(arr)
print("sort", arr[1], arr[25000], arr[50000])
local map = {}
for i = 1, 30000 do map["k" .. i] = i * 2 end
local msum = 0
for i = 1, 30000, 3 do msum = msum + map["k" .. i] end
print("map", msum)

-- 7. Garbage: many short-lived tables and strings.
for round = 1, 5 do
  local t = {}
  for i = 1, 20000 do t[i] = {i, tostring(i), {i}} end
  t = nil
  collectgarbage()
end
print("gc done", collectgarbage("count") < 100000)
