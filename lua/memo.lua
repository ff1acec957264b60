-- memo.lua — remember the results of pure functions (require
-- "callbrief.memo").  The extract and link plugins ask the same questions
-- of the same few names and words again and again.
--
--   memo.fn(f [, limit]) -> g     g(a, x) == f(a, x), kept by a
--   memo.fn2(f [, limit]) -> g    g(a, b, x) == f(a, b, x), kept by (a, b)
--   memo.weak(f) -> g, memo.weak2(f) -> g   the same for keys that are
--                                 tables built once (a gazetteer, a lexicon,
--                                 an alias list): kept while they live, with
--                                 no limit
--
-- x must not change the result (a module passed along, such as
-- callbrief.text).  A nil key or result is fine.  At most `limit` results
-- are kept (default 20,000): past that the memory starts afresh, so a run
-- over an archive of years stays bounded.

local M = {}

local NIL = {}   -- stands for nil as a key or a result

function M.fn2(f, limit)
  limit = limit or 20000
  local t, n = {}, 0
  return function(a, b, x)
    local ka, kb = a == nil and NIL or a, b == nil and NIL or b
    local row = t[ka]
    local r = row and row[kb]
    if r == nil then
      r = f(a, b, x)
      if r == nil then r = NIL end
      if n >= limit then t, n = {}, 0 end
      row = t[ka]
      if not row then row = {}; t[ka] = row end
      row[kb], n = r, n + 1
    end
    if r == NIL then return nil end
    return r
  end
end

-- One level of table, not fn2's two: memo.fn is asked on every word and
-- line of extraction (word counts, name keys, day numbers).
function M.fn(f, limit)
  limit = limit or 20000
  local t, n = {}, 0
  return function(a, x)
    local ka = a == nil and NIL or a
    local r = t[ka]
    if r == nil then
      r = f(a, x)
      if r == nil then r = NIL end
      if n >= limit then t, n = {}, 0 end
      t[ka], n = r, n + 1
    end
    if r == NIL then return nil end
    return r
  end
end

local function weak() return setmetatable({}, { __mode = "k" }) end

function M.weak2(f)
  local t = weak()
  return function(a, b, x)
    local row = t[a]
    if not row then row = weak(); t[a] = row end
    local r = row[b]
    if r == nil then
      r = f(a, b, x)
      row[b] = r
    end
    return r
  end
end

function M.weak(f)
  local t = weak()
  return function(a, x)
    local r = t[a]
    if r == nil then
      r = f(a, x)
      t[a] = r
    end
    return r
  end
end

return M
