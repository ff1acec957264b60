-- clauses.lua — the rough shape of a sentence: segments between commas,
-- attribution clauses ("the Kremlin said", "according to Xinhua") and
-- subordinate clauses ("since Mr. Trump was sworn in", ", who ...")
-- (require "callbrief.clauses").  Pure.
--
--   clauses.analyse(tk, ms, L) -> C
--     ms  mentions of the sentence (callbrief.mentions)
--   C.seg[i]       segment number of token i
--   C.attr[i]      true inside an attribution clause
--   C.attr_soft[i] true for a person reporting what others did ("Peskov
--                  told reporters that ...": Peskov is not on the call)
--   C.sub[i]       number of the subordinate clause holding token i, or nil
--                  ("once again", "once more" open none)
--   C.attrs        {{a, b, head = mention index or nil, tail = bool, say = j}}
--   C.mention_at[i] index (in ms) of the mention covering token i
--
--   clauses.topic(tk, ms, C) -> mention index | nil   the person or office
--     the sentence is about: its first person or office, when it stands as
--     the main clause's subject (before any colon, past verb, or word
--     that makes it an object: "From then on the Prime Minister barely
--     left the telephone"; not "the calls ran one way: Downer, Hill")

local phrases = require("callbrief.phrases")

local M = {}

local SUBORDINATORS = {
  since = true, after = true, before = true, when = true, ["until"] = true,
  ["while"] = true, because = true, although = true, though = true, who = true,
  which = true, whom = true, whose = true, where = true, whereas = true, unless = true,
  once = true,
}
-- Subordinators that may head a plain prepositional phrase ("after the
-- call"): a clause only when a verb-like word follows soon.
local PREP_TOO = { since = true, after = true, before = true, ["until"] = true }
local CLAUSE_HINT = { was = true, were = true, is = true, are = true, had = true, has = true,
  have = true, did = true, does = true, ["do"] = true, would = true, will = true, could = true,
  said = true, took = true, beat = true, won = true, left = true, announced = true,
  -- the verbs of a contact: "after the two spoke by telephone"
  spoke = true, talked = true, phoned = true, telephoned = true, rang = true, met = true,
  -- verbs of reporting: "hours after a Downing Street source briefed that ..."
  briefed = true, told = true, stated = true, warned = true, claimed = true, declared = true,
  reported = true, accused = true, insisted = true, tweeted = true, wrote = true, posted = true }
local ADVERBS = { then_ = true, also = true, later = true, earlier = true, separately = true,
  meanwhile = true, however = true, ["then"] = true, again = true, previously = true,
  first = true, had = true, has = true, have = true, was = true, ["in"] = true, ["a"] = true,
  statement = true, separate = true, written = true, ["on"] = true, ["its"] = true,
  ["the"] = true, ["."] = true }

-- Tokens that end a segment (one lookup per token instead of eight
-- comparisons): a comma unless it separates two people, a hyphen only as
-- punctuation.
local SEPARATOR = { [";"] = true, [":"] = true, ["("] = true, [")"] = true,
  ["\226\128\148"] = true, ["\226\128\147"] = true, [","] = "comma", ["-"] = "dash" }

local function is_list_comma(tk, i, mention_at, ms)
  local l, r = mention_at[i - 1], mention_at[i + 1]
  if l and r then
    local kl, kr = ms[l].kind, ms[r].kind
    return (kl == "person" or kl == "role") and (kr == "person" or kr == "role")
  end
  return false
end

-- First and last token of segment s.
function M.bounds(C, s)
  local a = C.starts[s]
  local b = s == C.nseg and C.n or C.starts[s + 1] - 2
  return a, b
end

function M.analyse(tk, ms, L)
  local C = { seg = {}, attr = {}, attr_soft = {}, sub = {}, attrs = {}, mention_at = {} }
  for mi, m in ipairs(ms) do
    for i = m.a, m.b do C.mention_at[i] = mi end
  end
  -- Segments.
  local seg = 1
  local starts = { 1 }
  for i = 1, tk.n do
    local f = tk.f[i]
    local sep = SEPARATOR[f]
    if sep == true or (sep == "comma" and not is_list_comma(tk, i, C.mention_at, ms))
        or (sep == "dash" and tk.k[i] == "p") then
      C.seg[i] = seg
      seg = seg + 1
      starts[seg] = i + 1
    else
      C.seg[i] = seg
    end
  end
  C.nseg = seg
  C.starts = starts
  C.n = tk.n
  local function seg_bounds(s) return M.bounds(C, s) end

  -- Attribution clauses.
  for s = 1, seg do
    local a, b = seg_bounds(s)
    if a <= b then
      -- "according to X"
      for i = a, b - 1 do
        if tk.f[i] == "according" and tk.f[i + 1] == "to" then
          local j = b
          -- (session 13) no comma after the source: "According to a
          -- State Department official Mr Kerry told ...": it ends before
          -- a later mention whose verb of saying follows it
          for x = i + 3, b do
            local mi = C.mention_at[x]
            if mi and ms[mi].a == x and C.mention_at[x - 1] and C.mention_at[x - 1] ~= mi
                and phrases.match(L.say, tk, ms[mi].b + 1) then
              j = x - 1
              break
            end
          end
          C.attrs[#C.attrs + 1] = { a = i, b = j, head = C.mention_at[i + 2] or C.mention_at[i + 3],
            according = true }
          for k = i, j do C.attr[k] = true end
          break
        end
      end
      -- "[time/adverbs] SUBJECT [adverbs] SAY ..." at the start of a segment
      local i = a
      while i <= b and (ADVERBS[tk.f[i]] or tk.k[i] == "q") and not C.mention_at[i] do i = i + 1 end
      local mi = C.mention_at[i]
      local subj_b
      if mi then
        subj_b = ms[mi].b
      elseif tk.f[i] == "it" or tk.f[i] == "he" or tk.f[i] == "she" or tk.f[i] == "they" then
        subj_b = i
      end
      if subj_b then
        local j = subj_b + 1
        local guard = 0
        while j <= b and guard < 4 and not phrases.match(L.say, tk, j) do
          local f = tk.f[j]
          if f == "had" or f == "has" or f == "have" or f == "was" or f == "also" or f == "later"
              or f == "earlier" or f == "then" or f == "separately" or f == "initially" then
            j = j + 1
          else
            break
          end
          guard = guard + 1
        end
        local sj = phrases.match(L.say, tk, j)
        if sj then
          local m = mi and ms[mi]
          local is_body = (m and m.kind == "body") or tk.f[i] == "it"
          local tail = s > 1 and (sj >= b - 4 or tk.f[sj + 1] == "," or tk.f[sj + 1] == ".")
          -- The reported clause starts after "that", a hearer, time words.
          local k = sj + 1
          local hearer = L.hearer[tk.f[sj]]
          local scan = 0
          -- (hearer and time words may come between: "told reporters on
          -- Monday that"; a name means the reported clause has begun)
          while k <= b and scan < 8 and tk.f[k] ~= "that" and (not C.mention_at[k] or hearer)
              and not (hearer and C.mention_at[k] and ms[C.mention_at[k]].kind ~= "body" and scan > 0) do
            k = k + 1; scan = scan + 1
          end
          local has_that = tk.f[k] == "that"
          local stop = has_that and k or sj
          if tail and not has_that then stop = b end
          local rec = { a = a, b = stop, head = mi, tail = tail, say = sj, body = is_body,
            subj_a = i, hearer = hearer, that = has_that and k or nil }
          C.attrs[#C.attrs + 1] = rec
          if is_body or tail then
            for q = a, stop do C.attr[q] = true end
          else
            for q = i, subj_b do C.attr_soft[q] = true end
          end
        end
      end
    end
  end

  -- Subordinate clauses: from the subordinator to the end of its segment.
  local nsub = 0
  for i = 1, tk.n do
    local f = tk.f[i]
    if SUBORDINATORS[f] and not C.sub[i] then
      local clause = true
      -- "once again", "once more": an adverb, no clause
      if f == "once" and (tk.f[i + 1] == "again" or tk.f[i + 1] == "more") then clause = false end
      if PREP_TOO[f] then
        clause = false
        for k = i + 1, math.min(i + 6, tk.n) do
          if CLAUSE_HINT[tk.f[k]] then clause = true break end
          if tk.f[k] == "," then break end
        end
      end
      if f == "as" then clause = false end
      -- (session 23) "WHO" in capitals is the World Health Organization
      -- ("spoke with WHO Director-General Tedros"), no relative pronoun
      if f == "who" and tk.t[i] == "WHO" then clause = false end
      if clause then
        nsub = nsub + 1
        local _, b = seg_bounds(C.seg[i])
        for k = i, b do C.sub[k] = nsub end
      end
    end
  end
  return C
end

-- Words after which a person is an object or a complement, no subject.
local OBJECT_BEFORE = { to = true, with = true, from = true, by = true, of = true, ["for"] = true,
  ["and"] = true, ["or"] = true, than = true, as = true, between = true, ["'s"] = true,
  called = true, rang = true, phoned = true, telephoned = true, told = true, met = true,
  said = true, says = true, like = true, among = true }

function M.topic(tk, ms, C)
  for mi, m in ipairs(ms) do
    if m.kind == "person" or m.kind == "role" then
      if C.attr[m.a] or C.sub[m.a] or OBJECT_BEFORE[tk.f[m.a - 1] or ""] then return nil end
      for j = 1, m.a - 1 do
        local f = tk.f[j]
        if f == ":" or f == ";" or tk.k[j] == "q" then return nil end
        -- (session 14: not a verb of an opening subordinate clause, "While
        -- the army returned fire, Foreign Minister X spent ...")
        if tk.k[j] == "w" and not tk.up[j] and #f > 4 and f:sub(-2) == "ed" and not C.sub[j] then return nil end
      end
      local nxt = tk.f[m.b + 1]
      if nxt == "'s" or (nxt and tk.k[m.b + 1] == "w" and tk.up[m.b + 1]) then return nil end
      return mi
    end
  end
  return nil
end

return M
