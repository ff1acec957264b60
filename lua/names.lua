-- names.lua — comparison keys for personal names (require "callbrief.names").
-- Pure functions.
--
--   names.key(folded_token) -> string   a spelling-tolerant key for one
--       folded name token: transliterations of the same name agree
--       ("zelensky", "zelenskiy", "zelenskyy" -> "zelenski"; "sergey",
--       "sergei" -> "sergei"; "rouhani", "rohani" -> "rohani"; "gemba",
--       "genba" -> "genba").
--   names.surname_keys(name, text [, order]) -> {key...}, {phrase...}
--       keys a one-word mention of this person may use, and extra
--       multi-word forms the person may be named by.  `order` describes
--       the name's structure (from data/extract/roles.yaml, see
--       names.order_of):
--         * by default the surname is the last word ("Emmanuel Macron");
--         * family name first (China, Korea, Vietnam ...; or any person
--           one of whose names has that form, see family_first_form):
--           the first word ("Xi Jinping" -> Xi, "Moon Jae-in" -> Moon,
--           "Ban Ki Moon" -> Ban);
--         * Arabic patronymic chains ("Salman bin Abdulaziz Al Saud",
--           "Faisal bin Farhan"): the words after bin/ibn/bint name the
--           father and the dynasty, not the person; a one-word mention
--           uses the given name ("King Salman", "Prince Faisal"), and
--           "bin <last>" is a form of its own ("bin Salman", "bin Daghr");
--         * Spanish and Portuguese double surnames (Mexico, Spain, ...):
--           with four words or more the last two are the surnames, and
--           the first of them is used alone or with the second
--           ("Andrés Manuel López Obrador" -> López, López Obrador).
--   names.order_of(roles_doc, text) -> order   the sets above from roles.yaml
--   names.surname(name, text) -> folded last word of a full name
--   names.clean(s) -> s without honorifics, possessive or edge punctuation
--   names.skeleton(key) -> "~" .. consonants, or nil: a looser key for
--       given names ("mohamed" and "muhamad" agree)
--   names.same(a, b, text) -> boolean   same person by the scoring rule:
--       folded surnames agree (with transliteration tolerance)

local memo = require("callbrief.memo")

local M = {}

local SUFFIX = { jr = true, ["jr."] = true, sr = true, ["sr."] = true }

-- The Arabic definite article written onto a name ("al-Sisi", "el-Sisi",
-- "as-Sadat", "ash-Sharaa"): transliterations differ in its vowel and in
-- assimilation, so keys drop it.
local ARTICLE = { al = true, el = true, ["as"] = true, es = true, ash = true, ad = true,
  ed = true, an = true, ar = true, at = true, az = true, ad = true, ath = true }

function M.article(f)
  local a, rest = f:match("^(%a%a%a?)%-(%a.*)$")
  if a and ARTICLE[a:lower()] then return a, rest end
  return nil, f
end

local function key(f)
  if not f then return nil end
  f = select(2, M.article(f))
  local k = f:gsub("[^%w]", "")
  k = k:gsub("ou", "o"):gsub("kh", "h"):gsub("y", "i"):gsub("j$", "i")
  -- (session 20) Hepburn writes Japanese's syllabic n as m before b and
  -- p, the modified system as n: "Gemba"/"Genba", "Sampei"/"Sanpei"
  -- (and Italian "Giampaolo"/"Gianpaolo")
  k = k:gsub("m([bp])", "n%1")
  local n
  repeat k, n = k:gsub("(%a)%1", "%1") until n == 0
  return k
end

-- Remembered: extraction asks for the key of every capitalised word that
-- may be a name, a few times over, and seven pattern passes cost far
-- more than a lookup.
M.key = memo.fn(key)

-- The consonants of a key, marked: transliterations of a given name that
-- differ in their vowels agree ("mohamed", "muhamad"; "shahbaz",
-- "shehbaz").  For telling a person's own first name from another's, not
-- for surnames.
function M.skeleton(k)
  local c = k:gsub("[aeiou]", "")
  if #c < 2 then return nil end
  return "~" .. c
end

local function words(name, text)
  local out = {}
  for w in text.fold(name):gsub("[%.,]", " "):gmatch("%S+") do out[#out + 1] = w end
  return out
end

-- Raw words as written (for the extra phrases, which are tokenized later).
local function raw_words(name)
  local out = {}
  for w in name:gsub(",", " "):gmatch("%S+") do out[#out + 1] = w end
  return out
end

function M.surname(name, text)
  local w = words(name, text)
  return w[#w]
end

function M.order_of(doc, text)
  local o = { family_first = {}, double_surname = {}, patronymic = {}, titles = {} }
  local n = doc and doc.name_order or {}
  for _, id in ipairs(n.family_first or {}) do o.family_first[id] = true end
  for _, id in ipairs(n.double_surname or {}) do o.double_surname[id] = true end
  for _, w in ipairs(n.patronymic or {}) do o.patronymic[text.fold(w)] = true end
  for _, w in ipairs(n.titles or {}) do o.titles[text.fold(w)] = true end
  o.particles = {}
  for _, w in ipairs(doc and doc.name_particles or {}) do o.particles[text.fold(w)] = true end
  return o
end

-- Words of a name: folded (for keys) and as written (for extra forms),
-- from callbrief.tokenize's tokens when given (the gazetteer has them
-- already), else split at spaces.
local function name_words(name, text, tk)
  if tk then
    local w, raw = {}, {}
    for i = 1, tk.n do
      if tk.k[i] == "w" or tk.k[i] == "n" then
        w[#w + 1] = tk.f[i]
        raw[#raw + 1] = tk.t[i]
      end
    end
    return w, raw
  end
  local w, raw = words(name, text), raw_words(name)
  if #raw ~= #w then raw = {} end
  return w, raw
end

-- Does a name look family-name-first by its form: a given name joined by
-- a hyphen with a lower-case second part ("Moon Jae-in", "Ban Ki-moon",
-- "Tsai Ing-wen"; Western double names capitalise both: "Jean-Yves")?
function M.family_first_form(name)
  return name:find("^%S+ %u%l*%-%l+$") ~= nil
end

-- A descriptive alias ("David Cameron of Chipping Norton", "Charles,
-- Prince of Wales") names the person by the words before "of": the
-- place after it is no surname.
local function before_of(w, raw)
  for i = 2, #w do
    if w[i] == "of" then
      local cw, cr = {}, {}
      for k = 1, i - 1 do cw[k], cr[k] = w[k], raw[k] end
      if #raw ~= #w then cr = {} end
      return cw, cr
    end
  end
  return w, raw
end

function M.surname_keys(name, text, order, country, tk, family_first)
  local w, raw = before_of(name_words(name, text, tk))
  if #w == 0 then return {}, {} end
  if #w == 1 then return { M.key(w[1]) }, {} end
  order = order or {}
  local titles = order.titles or {}
  -- titles written into a name ("King Salman bin Abdulaziz") are no part of it
  local first = 1
  while first < #w and titles[w[first]] do first = first + 1 end
  -- a regnal number or a generational suffix is no surname: "Frederik X",
  -- "Abdullah II", "Joseph R. Biden Jr."
  while #w > first and #raw == #w and (raw[#raw]:match("^[IVXL]+$") or SUFFIX[w[#w]]) do
    table.remove(w)
    table.remove(raw)
  end
  if #w - first + 1 == 1 then return { M.key(w[first]) }, {} end
  local patronymic = order.patronymic or {}
  local patr
  for i = first + 1, #w do
    if patronymic[w[i]] then patr = patr or i end
  end
  if patr then
    local keys, forms = { M.key(w[first]) }, {}
    -- the last link of the chain: "bin Salman", unless a dynasty follows
    local last_bin
    for i = first + 1, #w - 1 do
      if patronymic[w[i]] then last_bin = i end
    end
    if last_bin == #w - 1 and #raw == #w then forms[#forms + 1] = raw[#w - 1] .. " " .. raw[#w] end
    return keys, forms
  end
  if family_first or (country and (order.family_first or {})[country]) then
    return { M.key(w[first]) }, {}
  end
  local keys, forms = { M.key(w[#w]) }, {}
  if country and (order.double_surname or {})[country] and #w - first + 1 >= 4
      and not (order.particles or {})[w[#w - 1]] then
    keys[#keys + 1] = M.key(w[#w - 1])
    if #raw == #w then forms[#forms + 1] = raw[#w - 1] .. " " .. raw[#w] end
  end
  return keys, forms
end

-- Honorifics and ranks as written before a name, without their dot
-- ("Mr", "Lt. Gen.", "Sen."); several may stand in a row.
local HONORIFIC = { mr = true, mrs = true, ms = true, dr = true, sir = true, dame = true,
  atty = true, gen = true, lt = true, maj = true, brig = true, col = true, capt = true, adm = true,
  cmdr = true, sgt = true, prof = true, rev = true, hon = true, sen = true, rep = true, gov = true }

function M.clean(s)
  s = s:gsub("['\226\128\153]s$", ""):gsub("^[%s%p]+", ""):gsub("[%s,;:]+$", "")
  local first, rest = s:match("^(%S+)%s+(.+)$")
  while first and HONORIFIC[first:lower():gsub("%.$", "")] do
    s = rest
    first, rest = s:match("^(%S+)%s+(.+)$")
  end
  return s
end

-- The surname key of a name (extract plugins compare the same few names
-- again and again).
local surname_key = memo.fn(function(name, text) return M.key(M.surname(name, text)) or false end)

function M.same(a, b, text)
  if not a or not b then return false end
  return surname_key(a, text) == surname_key(b, text)
end

return M
