-- phrases.lua — multi-word phrase lists matched against token arrays
-- (require "callbrief.phrases").  Pure: compile returns a new trie.
--
--   phrases.compile(entries, text) -> trie
--       entries: {{phrase, value}, ...} or a list of strings (value true).
--       Phrases are tokenized like sentences (callbrief.tokenize), so a
--       phrase matches exactly the token sequence a sentence would give.
--   phrases.add(trie, phrase, value, text)   one more phrase
--   phrases.match(trie, tk, i [, last]) -> j, value | nil
--       The longest phrase starting at token i and ending at token j
--       (not beyond `last`).
--   phrases.find(trie, tk [, from [, to]]) -> i, j, value | nil
--       The first (leftmost, then longest) match in tokens from..to.
--   phrases.folded_set(list, text) -> { [fold(w)] = true }
--   phrases.starts(t, ...) -> { [word] = true }   the words a match can
--       start with: the first tokens of every trie t (a plain word set
--       counts with its keys).  Most tokens of a sentence start no phrase,
--       and looking a token up in this set costs far less than match.

local tokenize = require("callbrief.tokenize")

local M = {}

local VALUE = "\0"   -- key of the value slot; no token folds to it

function M.add(trie, phrase, value, text)
  local tk = tokenize.run(phrase, text)
  if tk.n == 0 then return trie end
  local node = trie
  for i = 1, tk.n do
    local f = tk.f[i]
    local child = node[f]
    if not child then
      child = {}
      node[f] = child
    end
    node = child
  end
  if value == nil then value = true end
  node[VALUE] = value
  return trie
end

function M.compile(entries, text)
  local trie = {}
  for _, e in ipairs(entries or {}) do
    if type(e) == "string" then
      M.add(trie, e, true, text)
    else
      M.add(trie, e[1] or e.phrase, e[2] == nil and (e.value == nil and e or e.value) or e[2], text)
    end
  end
  return trie
end

-- Asked at most tokens of every sentence, and most tokens start no
-- phrase: that case returns before anything else is looked up.
function M.match(trie, tk, i, last)
  local f = tk.f
  local node = trie[f[i]]
  if not node then return nil, nil end
  last = last or tk.n
  local best_j, best_v
  local j = i
  while node do
    local v = node[VALUE]
    if v ~= nil then best_j, best_v = j, v end
    j = j + 1
    if j > last then break end
    node = node[f[j]]
  end
  return best_j, best_v
end

function M.find(trie, tk, from, to)
  to = to or tk.n
  local f = tk.f
  for i = from or 1, to do
    if trie[f[i]] then
      local j, v = M.match(trie, tk, i, to)
      if j then return i, j, v end
    end
  end
  return nil
end

function M.starts(...)
  local set = {}
  for i = 1, select("#", ...) do
    for k in pairs(select(i, ...) or {}) do
      if k ~= VALUE then set[k] = true end
    end
  end
  return set
end

-- A set of the folded forms of a word list: { [fold(w)] = true }.
function M.folded_set(list, text)
  local s = {}
  for _, w in ipairs(list or {}) do s[text.fold(w)] = true end
  return s
end

return M
