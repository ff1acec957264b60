-- lemma.lua — a light English stemmer for comparing what two accounts say
-- (require "callbrief.lemma").  Pure.
--
--   lemma.stem(word [, irregular]) -> stem
--     word       a folded (lower-case, no diacritics) word
--     irregular  optional map word -> base form ("told" -> "tell"), from
--                data/compare/synonyms.yaml
--
-- Not a dictionary lemmatiser: two forms of one word get the same stem
-- ("negotiate", "negotiating", "negotiations" -> "negoti"; "settle",
-- "settlement", "settling" -> "settl"), which is all matching needs.  The
-- longest listed suffix that leaves at least three letters goes, then
-- final "e"s ("agreed", "agreement" -> "agr"), then a doubled final
-- consonant ("stopped" -> "stop").

local memo = require("callbrief.memo")

local M = {}

local SUFFIXES = { "izations", "ization", "isations", "isation", "ations", "ation", "ating",
  "ated", "ates", "ments", "ment", "ings", "ing", "ities", "ity", "ives", "ive", "ally",
  "als", "al", "ies", "ied", "ed", "es", "ly", "er", "s", "ate" }
table.sort(SUFFIXES, function(a, b) return #a > #b end)

local KEEP = { news = true, gas = true, us = true, is = true, was = true, has = true, this = true,
  its = true, bus = true, crisis = true, analysis = true, basis = true, status = true,
  process = true, access = true, success = true, press = true, congress = true, minus = true,
  focus = true, consensus = true, bonus = true, virus = true, census = true, campus = true,
  chaos = true, arms = true, means = true, series = true, species = true, media = true,
  russia = true, asia = true, india = true, syria = true, korea = true, china = true,
  data = true, united = true, nations = true, states = true, isis = true }

local VOWEL = { a = true, e = true, i = true, o = true, u = true, y = true }

local function has_vowel(s)
  return s:find("[aeiouy]") ~= nil
end

local function stem(w, irregular)
  if irregular and irregular[w] then w = irregular[w] end
  if #w <= 3 or KEEP[w] or w:find("[^%a]") then return w end
  local s = w
  for _, suf in ipairs(SUFFIXES) do
    if #s > #suf + 2 and s:sub(-#suf) == suf then
      local rest = s:sub(1, -#suf - 1)
      if has_vowel(rest) then
        if suf == "ies" or suf == "ied" then rest = rest .. "y" end
        s = rest
        break
      end
    end
  end
  while #s > 3 and s:sub(-1) == "e" do s = s:sub(1, -2) end
  if #s > 3 then
    local a, b = s:sub(-2, -2), s:sub(-1)
    if a == b and not VOWEL[a] and a ~= "l" and a ~= "s" and a ~= "z" then s = s:sub(1, -2) end
  end
  if #s > 3 and s:sub(-1) == "y" then s = s:sub(1, -2) .. "i" end
  return s
end

-- Stems already made, per irregular-forms table and word (the comparison
-- stems the same words for every claim of every call).
local stem_memo = memo.fn2(function(irregular, w) return stem(w, irregular) end)

function M.stem(w, irregular)
  if not w or w == "" then return w end
  return stem_memo(irregular, w)
end

return M
