-- names.lua — comparison keys for personal names (require "callbrief.names").
-- Pure functions.
--
--   names.key(folded_token) -> string   a spelling-tolerant key for one
--       folded name token: transliterations of the same name agree
--       ("zelensky", "zelenskiy", "zelenskyy" -> "zelenski"; "sergey",
--       "sergei" -> "sergei"; "rouhani", "rohani" -> "rohani").
--   names.surname_keys(name, text) -> {key...}   keys a one-word mention of
--       this person may use: the last word, and one-word aliases.
--   names.surname(name, text) -> folded last word of a full name
--   names.clean(s) -> s without honorifics, possessive or edge punctuation
--   names.same(a, b, text) -> boolean   same person by the scoring rule:
--       folded surnames agree (with transliteration tolerance)

local M = {}

function M.key(f)
  if not f then return nil end
  local k = f:gsub("[^%w]", "")
  k = k:gsub("ou", "o"):gsub("kh", "h"):gsub("y", "i"):gsub("j$", "i")
  local n
  repeat k, n = k:gsub("(%a)%1", "%1") until n == 0
  return k
end

local function words(name, text)
  local out = {}
  for w in text.fold(name):gsub("[%.,]", " "):gmatch("%S+") do out[#out + 1] = w end
  return out
end

function M.surname(name, text)
  local w = words(name, text)
  return w[#w]
end

function M.surname_keys(name, text)
  local w = words(name, text)
  if #w == 0 then return {} end
  local keys = { M.key(w[#w]) }
  if #w == 1 then return keys end
  -- "Kim Jong Un", "Xi Jinping": the family name comes first.  Only a
  -- one-word alias says so; the gazetteer lists those ("Xi").
  return keys
end

local HONORIFIC = { mr = true, mrs = true, ms = true, dr = true, sir = true, dame = true }

function M.clean(s)
  s = s:gsub("['\226\128\153]s$", ""):gsub("^[%s%p]+", ""):gsub("[%s,;:]+$", "")
  local first, rest = s:match("^(%S+)%s+(.+)$")
  if first and HONORIFIC[first:lower():gsub("%.$", "")] then s = rest end
  return s
end

function M.same(a, b, text)
  if not a or not b then return false end
  return M.key(M.surname(a, text)) == M.key(M.surname(b, text))
end

return M
