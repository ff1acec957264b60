-- mentions.lua — people, offices and speaking bodies in one tokenized
-- sentence (require "callbrief.mentions").  Pure: everything it needs is
-- passed in.
--
--   mentions.find(tk, G, L [, known]) -> {mention...} in text order
--     tk     tokens (callbrief.tokenize)
--     G      the gazetteer (callbrief.gazetteer)
--     L      the extraction lexicon (callbrief.lexicon)
--     known  people named earlier in the same document but unknown to the
--            gazetteer: names.key(surname) -> {name, country, role}
--     seen   gazetteer people named in full or with a title earlier in the
--            same document: {[person] = true}
--
-- A mention is {kind, a, b (token span), ...}:
--   person   a named person: `person` (gazetteer record) when the name is
--            known, else `name` as written; `cands` when only a surname
--            was written and several people share it; `country`, `role`
--            when the text gives them ("Turkish Foreign Minister Mevlut
--            Cavusoglu"); `inst` for "Kremlin spokesman Dmitry Peskov";
--            `bare` when only a surname or one-word alias was written
--            (a lone candidate in `cands` then leaves the choice to the
--            date, see bare_cands)
--   role     an office without a name: "the Turkish president", "his
--            Russian counterpart" (`counterpart` = true), "Russian leader"
--   group    several offices: "the leaders of Azerbaijan and Armenia",
--            "their Armenian and Azeri counterparts": `countries`, `role`
--   joint    both parties: "the two leaders", "both sides", "they"
--   pronoun  he, she, him, his, her (`f` = the pronoun)
--   body     a speaking body: a gazetteer institution (`inst`), or "the
--            Turkish presidency", "Erdogan's office", "U.S. officials",
--            "the Israeli readout" (`country`, `owner` mention, `noun`,
--            `account` = true for statement/readout/website ...)

local phrases = require("callbrief.phrases")
local names = require("callbrief.names")
local memo = require("callbrief.memo")
local dates = require("callbrief.dates")
local capitals = require("callbrief.text").capitals

local M = {}

local DET = { the = true, a = true, an = true, his = true, her = true, their = true,
  its = true, both = true, ["two"] = false }
local PRONOUN = { he = true, she = true, him = true, his = true, her = true }
-- Determiners that make an office generic, no one person: "a Taiwanese
-- leader", "no U.S. president", "any American president".
local GENERIC = { a = true, an = true, no = true, any = true, every = true, each = true }
local POSSESSIVE_DET = { his = true, her = true, their = true, its = true }

-- A country modifier list at j: "Turkish", "Turkey's", "Azerbaijani and
-- Armenian", "Russia, Germany, France and Ukraine".  Returns the ids and
-- the first token after the list.
local function countries_at(tk, j, G, allow_capital)
  local ids = {}
  while j <= tk.n do
    if not tk.up[j] then break end
    local cj, id, how = G:country_at(tk, j)
    if not cj or (how == "capital" and not allow_capital) then break end
    ids[#ids + 1] = id
    j = cj + 1
    if tk.f[j] == "'s" then j = j + 1 end
    local f = tk.f[j]
    -- "India, the United States, Japan and Australia"
    local the = tk.f[j + 1] == "the" and 1 or 0
    local the2 = tk.f[j + 2] == "the" and 1 or 0
    if (f == "and" or f == ",") and tk.up[j + 1 + the] and G:country_at(tk, j + 1 + the) then
      j = j + 1 + the
    elseif f == "," and tk.f[j + 1] == "and" and tk.up[j + 2 + the2] and G:country_at(tk, j + 2 + the2) then
      j = j + 2 + the2
    else
      break
    end
  end
  return ids, j
end

-- A word without a lower-case letter ("NATO", "SAYS"); upper() changes
-- only a-z.
local function in_capitals(t)
  return not t:find("[a-z]")
end

-- Is the sentence a headline in title case: three or more words of four
-- letters or more, every one capitalised ("Kohl Says Talks Went Well")?
local function title_case(tk)
  local long = 0
  for i = 1, tk.n do
    if tk.k[i] == "w" and #tk.f[i] > 3 then
      if not tk.up[i] then return false end
      long = long + 1
    end
  end
  return long >= 3
end

-- Is token i a plausible part of a personal name?
-- "we'll", "they're", "I've", "I'd", "I'm", "don't", "can't" (folded;
-- "O'Brien", "D'Alema", "N'Djamena" keep their apostrophe inside).
local function CONTRACTION(f)
  -- every form below has an apostrophe; most words have none
  if not f:find("'", 1, true) then return false end
  return f:find("'ll$") or f:find("'re$") or f:find("'ve$") or f:find("n't$")
    or f:find("^%a%a?%a?%a?'[dm]$") ~= nil
end

local acts   -- (below)

-- Nouns of a person's tellers ("May's office").
local OWNED_TELLER = { office = true, spokesman = true, spokeswoman = true, spokesperson = true,
  aides = true, aide = true, government = true, cabinet = true, camp = true, team = true }

local function name_word(tk, i, G, L, seen)
  if tk.k[i] ~= "w" or not tk.up[i] then return false end
  local f = tk.f[i]
  -- one capital letter is an initial ("S." keeps its dot) or no name ("on X")
  if #f == 1 then return false end
  -- a word in capitals is an acronym or shouting ("CALLED ME"), unless the
  -- whole sentence is in capitals
  -- ((sp26) the strings compared before the pattern's call)
  if not tk.shouting and #f > 1 and tk.t[i] ~= f and in_capitals(tk.t[i]) then return false end
  if dates.WEEKDAYS[f] or L.not_name[f] then return false end
  -- a verb of calling or speaking is no name, though a headline in title
  -- case capitalises it ("President Telephones Thatcher"), nor is a verb
  -- of saying or a call noun in such a headline ("Premier Talks With
  -- Bush", "Kohl Says Call Went Well"; "Said" is also a given name, so
  -- only there)
  -- ((sp26) each list's first word looked up before phrases.match is
  -- called: most words start none)
  if (L.verbs[f] and phrases.match(L.verbs, tk, i)) or (L.speak[f] and phrases.match(L.speak, tk, i)) then
    return false
  end
  if tk.title_case and ((L.say[f] and phrases.match(L.say, tk, i)) or L.heads[f]) then return false end
  -- a month is a name only after a title or an honorific: "Mrs May",
  -- "Prime Minister May" (Theresa May), not "in May"
  if dates.MONTHS[f] then
    local after = phrases.match(G.roles.titles, tk, i - 1) == i - 1
    for x = math.max(1, i - 2), i - 1 do
      if phrases.match(G.roles.honorifics, tk, x) == i - 1 then after = true end
    end
    -- (session 11) or owning a teller: "May's office", "May's spokesman"
    if OWNED_TELLER[tk.f[i + 2] or ""] and (tk.f[i + 1] == "'s" or tk.f[i + 1] == "\226\128\153s") then
      after = true
    end
    -- (or the surname of a person the document has named in full, as
    -- the subject of a verb of speaking or calling: "Later that week,
    -- May also spoke with ...")
    -- (session 25: or its object, after a verb taking a hearer or a verb
    -- of calling, or "to"/"with" after a verb of speaking: "Merkel told
    -- May that ...", "telephoned May", "spoke with May"; no day after it)
    local heard = i > 1 and tk.k[i + 1] ~= "n" and L.hearer and L.hearer[tk.f[i - 1]]
    if not heard and i > 1 and tk.k[i + 1] ~= "n" and L.verbs then
      for x = math.max(1, i - 2), i - 1 do
        if phrases.match(L.verbs, tk, x) == i - 1 then heard = true end
      end
      if (tk.f[i - 1] == "to" or tk.f[i - 1] == "with") and i > 2 and L.speak
          and phrases.match(L.speak, tk, i - 2) == i - 2 then
        heard = true
      end
    end
    if not after and seen and (heard or acts(tk, i + (tk.f[i + 1] == "also" and 1 or 0), G, L)) then
      for _, p in ipairs(G:by_surname(names.key(f))) do
        if seen[p] then after = true end
      end
    end
    -- (right after the verb, a month is never its object: "telephoned May
    -- on Monday" names the person of that surname, the date choosing)
    if not after and heard and (L.hearer[tk.f[i - 1]] or tk.f[i - 1] == "to" or tk.f[i - 1] == "with"
        or phrases.match(L.verbs, tk, i - 1) == i - 1) then
      after = #G:by_surname(names.key(f)) > 0
    end
    -- (and the subject of a speech act, "May thanked Trump for ...", of a
    -- person the document named: as of a verb of saying)
    if not after and seen and L.act and tk.k[i + 1] == "w" and phrases.match(L.act, tk, i + 1) then
      for _, p in ipairs(G:by_surname(names.key(f))) do
        if seen[p] then after = true end
      end
    end
    if not after then return false end
  end
  if f == "'s" then return false end
  -- a contraction is a pronoun or a verb, no name, though its key may be
  -- one ("We'll" -> "wel", the key of "Weel")
  if CONTRACTION(f) then return false end
  if G:country_at(tk, i) then return false end
  if G.roles.titles[f] and phrases.match(G.roles.titles, tk, i) then return false end
  return true
end

-- A capital letter alone, a middle initial written without its dot.
local function initial(tk, i)
  return tk.k[i] == "w" and tk.up[i] and #tk.f[i] == 1
end

-- Is token i the first word of its sentence (after quotes or a dash)?
local function sentence_initial(tk, i)
  for k = 1, i - 1 do
    if tk.k[k] == "w" or tk.k[k] == "n" then return false end
  end
  return true
end

-- Is an opening participle or adverb no first name: "Yesterday Erdogan
-- said", "Addressing Oli, Modi said"?
local function opener(G, tk, k)
  local f = tk.f[k]
  return (G.openers[f] or (#f > 5 and f:sub(-3) == "ing")) and sentence_initial(tk, k)
end

-- Does the word before the surname (tokens a..b precede it), where a
-- first name stands, fit the person's known names?  "Tayyip Erdogan" fits
-- Recep Tayyip Erdoğan, "Muhammad Shahbaz Sharif" Shehbaz Sharif
-- (names.skeleton); "Tim Cook", "George Stephanopoulos" name someone else.
-- Words further left are often local titles ("Taoiseach Leo Varadkar")
-- and say nothing; so do particles ("de", "bin"), words of titles
-- ("Secretary Austin") and an opening adverb or participle.
local function fits(G, p, tk, a, b)
  local given = G:given_of(p)
  local R = G.roles
  local k = b
  while k > a and (tk.k[k] ~= "w" or R.particles[tk.f[k]] or #tk.f[k] == 1 or tk.t[k]:match("^%u%.$")) do
    k = k - 1
  end
  local f = tk.f[k]
  if tk.k[k] ~= "w" or R.particles[f] or R.words[f] or opener(G, tk, k) then return true end
  local key = names.key(f:match("[^%-]+$") or f)   -- "Trump-Pena Nieto": the last part
  if given[names.key(f)] or given[key] or given[names.skeleton(key) or ""] then return true end
  -- a short form of one of them: "Chris Luxon" for Christopher Luxon
  for full in pairs(R.given_short and R.given_short[key] or {}) do
    if given[full] then return true end
  end
  return false
end

local function fitting(G, cands, tk, a, b)
  local out = {}
  for _, p in ipairs(cands) do
    if fits(G, p, tk, a, b) then out[#out + 1] = p end
  end
  return out
end

-- After "in", "near", "outside" a bare capitalised word is a place
-- ("in Lagos", "near Toledo"), unless it owns something ("in Blair's view").
local PLACE_PREP = { ["in"] = true, near = true, outside = true }

-- Does something after token i make a capitalised word a person: "'s",
-- a verb of speaking or of calling ("Gross said", "Rice called"), a word
-- that follows subjects ("Moon is expected")?
function acts(tk, i, G, L)
  local n = i + 1
  if tk.f[n] == "'s" or G.subject_next[tk.f[n] or ""] then return true end
  -- a list of names, as headlines have them: "Rice, Straw discuss Iraq"
  if (tk.f[n] == "," or tk.f[n] == "and") and tk.up[n + 1] and tk.k[n + 1] == "w" then return true end
  -- (session 26) a verb in the past with a name as its object ("Trump
  -- thanked Putin", "Bush urged Kohl"), and a phrase of a call set off
  -- after the subject ("Trump, in a call with Putin, ...")
  local f = tk.f[n] or ""
  if tk.k[n] == "w" and not tk.up[n] and #f >= 5 and f:sub(-2) == "ed" and tk.up[n + 1] and tk.k[n + 1] == "w" then
    return true
  end
  if f == "," and (tk.f[n + 1] == "in" or tk.f[n + 1] == "during") then
    for k = n + 2, math.min(tk.n, n + 5) do
      if L.nouns and phrases.match(L.nouns, tk, k) then return true end
    end
  end
  -- ((sp26) each list's first word looked up before phrases.match)
  return (L.say and L.say[f] and phrases.match(L.say, tk, n)) or (L.speak and L.speak[f] and phrases.match(L.speak, tk, n))
    or (L.verbs and L.verbs[f] and phrases.match(L.verbs, tk, n)) or false
end

-- A bare surname (or one-word alias) at i: the gazetteer people it may
-- name, or nil when the word is no person.  People the document named in
-- full or with a title before (`seen`) take precedence over namesakes.
-- Without that evidence, an ordinary English word at the start of a
-- sentence ("Rice prices", "Parts of the city") and a word after "in"
-- ("in Lagos") name nobody unless a verb of speaking or calling follows,
-- and then only as candidates that the date settles at link time.
local function bare_cands(tk, i, G, L, cands, seen)
  if #cands == 0 then return nil end
  local mine
  for _, p in ipairs(cands) do
    if seen[p] then
      mine = mine or {}
      mine[#mine + 1] = p
    end
  end
  if mine and #mine > 1 then
    -- (session 11) of several people named before, those whose own
    -- family name this is ("Zelaya": Manuel Zelaya, not Xiomara Castro,
    -- "Xiomara Castro de Zelaya" by marriage)
    local own = {}
    local key = names.key(tk.f[i])
    for _, p in ipairs(mine) do
      if names.key(((p.name or ""):match("(%S+)$") or ""):lower()) == key then own[#own + 1] = p end
    end
    if #own > 0 and #own < #mine then mine = own end
  end
  if mine then return mine, true end
  local weak = (G.ordinary[tk.f[i]] and sentence_initial(tk, i))
    or (PLACE_PREP[tk.f[i - 1] or ""] and tk.f[i + 1] ~= "'s")
  if not weak then return cands, true end
  if acts(tk, i, G, L) then return cands, false end
  return nil
end

local function union(a, b)
  local out, has = {}, {}
  for _, l in ipairs({ a, b }) do
    for _, p in ipairs(l) do
      if not has[p] then has[p], out[#out + 1] = true, p end
    end
  end
  return out
end

-- The people a one-word alias may name: its own and those of that
-- surname (asked for every "Putin", so kept per gazetteer and alias list).
local alias_cands = memo.weak2(function(G, plist, f)
  return union(plist, G:by_surname(names.key(f)))
end)

-- Countries whose people's family name is written first in English.
local FAMILY_FIRST = { CN = true, TW = true, HK = true, MO = true, SG = true, KR = true, KP = true,
  VN = true, KH = true }

-- The one person named before (`seen`, whose sentence table falls back
-- on the document's through __index) of whom pred holds, or nil (none, or
-- several).
local function seen_one(seen, pred)
  local first
  local t = seen
  while type(t) == "table" do
    for p in pairs(t) do
      if type(p) == "table" and pred(p) then
        if first and first ~= p then return nil end
        first = p
      end
    end
    local mt = getmetatable(t)
    t = mt and mt.__index
  end
  return first
end

-- (session 13) The one person named before whose family name, written
-- first, is this word key: "Lee" after "Lee Hsien Loong".
local function family_first(key, seen)
  return seen_one(seen, function(p)
    return FAMILY_FIRST[p.country or ""] and names.key(((p.name or ""):match("^(%S+)") or ""):lower()) == key
  end)
end

-- (session 22) The key of the first of two surnames of a person of a
-- land of double surnames (`double_surname` in roles.yaml) whose name has
-- three words or more: the word before the last ("Juan Velasco Alvarado"
-- -> velasco), or false.  The gazetteer keys such a name of three words
-- by its last word only ("José María Aznar" has one surname): this key
-- serves only where the page gave the person in full or the given name
-- goes with it.  Kept per gazetteer and person record.
local first_surname = memo.weak2(function(G, p)
  if not G.roles.order.double_surname[p.country or ""] then return false end
  local words = {}
  for w in G.text.fold(tostring(p.name)):gmatch("%S+") do words[#words + 1] = w end
  return #words >= 3 and names.key(words[#words - 1]) or false
end)

-- (session 22) The one person named before whose first surname
-- (first_surname) is this word key: "Velasco" after "General Juan Velasco
-- Alvarado" (the first surname, used alone), not a namesake of the
-- gazetteer the document has not named (José María Velasco Ibarra).
local function double_first(G, key, seen)
  return seen_one(seen, function(p) return first_surname(G, p) == key end)
end

-- (session 27) The key of the first part of a surname compounded with
-- hyphens ("Zia-ul-Haq" -> zia, "Abdel-Aziz" -> abdel is a particle:
-- false), by which the person is named alone ("General Zia"); false
-- when the last word of the name is no such compound.
local PARTICLE = { al = true, el = true, ul = true, ud = true, ad = true, ed = true, bin = true,
  ibn = true, bint = true, abu = true, abd = true, abdel = true, abdul = true, abdur = true,
  ben = true, de = true, da = true, di = true, du = true, van = true, von = true, le = true,
  la = true, st = true, mc = true, mac = true }
local compound_first = memo.weak2(function(G, p)
  local last = G.text.fold(tostring(p.name)):match("(%S+)$") or ""
  local first = last:match("^([^%-]+)%-%S")
  return first and #first >= 3 and not PARTICLE[first] and names.key(first) or false
end)

-- The mention fields for a bare surname: one person, or candidates
-- (`deferred`: candidates even when one, for the date to settle); a
-- family name written first, of one person named before (family_first).
local function bare_mention(tk, i, G, L, cands, seen)
  local list, sure = bare_cands(tk, i, G, L, cands, seen)
  if not (list and seen[list[1]]) then
    local key = names.key(tk.f[i])
    local d = double_first(G, key, seen)
      or seen_one(seen, function(p) return compound_first(G, p) == key end)
    if d then return { person = d, bare = true } end
  end
  if list and #list == 1 and sure then return { person = list[1], bare = true } end
  local first = family_first(names.key(tk.f[i]), seen)
  if first then return { person = first, bare = true } end
  if not list then return nil end
  return { cands = list, bare = true }
end

-- (session 10) A given name and a patronymic, as Russian speakers name a
-- person ("Boris Nikolayevich", "Nursultan Abishevich", "Mikhail
-- Sergeyevich"): the gazetteer people of that given name (the first word
-- of their name), narrowed to those an alias gives the patronymic when
-- one does, else to those of the lands that name people so; link picks
-- among them by date and office.
local PATRONYMIC = { "vich$", "vych$", "vna$", "ichna$" }
-- (the countries that name people so, for a patronymic no alias gives)
local PATRONYMIC_LAND = { SU = true, RU = true, UA = true, BY = true, KZ = true, UZ = true, KG = true,
  TJ = true, TM = true, AZ = true, AM = true, GE = true, MD = true }
local by_given = memo.weak(function(G)
  local idx = {}
  for _, p in ipairs(G.people) do
    local first = G.text.fold(tostring(p.name)):match("^[^%s%.,]+")
    if first then
      local key = names.key(first)
      idx[key] = idx[key] or {}
      idx[key][#idx[key] + 1] = p
    end
  end
  return idx
end)

local function patronymic_people(G, tk, i)
  local pf = tk.f[i + 1] or ""
  local is_patr = false
  for _, pat in ipairs(PATRONYMIC) do if #pf > 5 and pf:find(pat) then is_patr = true end end
  if not is_patr then return nil end
  local all = by_given(G)[names.key(tk.f[i])]
  if not all then return nil end
  local pkey, named, land = names.key(pf), {}, {}
  for _, p in ipairs(all) do
    if G:given_of(p)[pkey] then named[#named + 1] = p end
    if PATRONYMIC_LAND[p.country or ""] then land[#land + 1] = p end
  end
  if #named > 0 then return named end
  return #land > 0 and land or nil
end

-- A personal name starting at i: a gazetteer name, else up to four
-- capitalised words (particles allowed inside).  Returns j and a partial
-- mention.  `seen`: gazetteer people the document named in full or with
-- a title in an earlier sentence.
-- (session 11) The last words of bodies' names: "... Central Committee,
-- Chinese President" is no unknown person with an office.
local BODY_LAST = { committee = true, commission = true, council = true, assembly = true,
  congress = true, parliament = true, party = true, front = true, league = true, bureau = true,
  presidium = true, politburo = true, secretariat = true, ministry = true, government = true,
  union = true, court = true, army = true, forces = true, agency = true, office = true }
-- Nouns that end the names of places and things named after people
-- ("John Kennedy Airport", "Ronald Reagan Library").
local NAMED_THING = { airport = true, library = true, center = true, centre = true, foundation = true,
  institute = true, university = true, school = true, hospital = true, street = true, avenue = true,
  square = true, bridge = true, stadium = true, hall = true, house = true, doctrine = true,
  plan = true, administration = true, memorial = true, prize = true, award = true, museum = true,
  park = true, building = true, road = true, highway = true, dam = true, station = true }

-- Are the words i..j of the text all words of the name?
local function known_words_fit(G, name, tk, i, j)
  local have = {}
  for w in G.text.fold(name):gmatch("[^%s]+") do have[names.key(w)] = true end
  for k = i, j do
    if not have[names.key(tk.f[k])] then return false end
  end
  return true
end

-- (session 13) The person the document named in full with this surname
-- whom the gazetteer does not know, when it named none of the gazetteer's
-- people of that surname ("Mr. Jody Powell ... Mr. Powell" is not Colin
-- Powell), or nil.
local function known_first(known, key, cands, seen)
  local k = known and known[key]
  if not k then return nil end
  for _, p in ipairs(cands) do
    if seen[p] then return nil end
  end
  return k
end

-- A monarch's name with its number: "Juan Carlos I", "Carl XVI Gustaf".
local function regnal(name)
  for w in tostring(name):gmatch("%S+") do
    if w:match("^[IVX]+$") then return true end
  end
  return false
end

-- (session 27) A knight's or dame's style goes before the given name
-- ("Sir Humphrey Gibbs", "Dame Whina Cooper"): the word after it, with a
-- capitalised word following, is no one-word alias of the gazetteer's
-- (Hubert Humphrey), but the first word of a name.
local KNIGHTED = { sir = true, dame = true }
local function name_at(tk, i, G, L, known, seen)
  if i > tk.n then return nil end
  local pj, plist = G:person_at(tk, i)
  if pj == i and KNIGHTED[tk.f[i - 1] or ""] and tk.up[i + 1] and tk.k[i + 1] == "w" then
    pj, plist = nil, nil
  end
  if pj and pj == i and tk.f[i + 1] ~= "-" then
    local k = known_first(known, names.key(tk.f[i]), alias_cands(G, plist, tk.f[i]), seen)
    if k then return i, { known = k, name = k.name } end
  end
  if pj and pj == i then
    -- a one-word alias is a bare surname like any other
    local nm = bare_mention(tk, i, G, L, alias_cands(G, plist, tk.f[i]), seen)
    if nm then return pj, nm end
    return pj, { name = tk.t[i], surname_only = true }
  end
  if pj then
    -- (session 24) a second surname after a full name the gazetteer
    -- knows with one, in a land of two ("President Juan Manuel Santos
    -- Calderón", "Rafael Correa Delgado"): part of the name, not a
    -- namesake of its own (Felipe Calderón)
    local p1 = #plist == 1 and plist[1]
    if p1 and G.roles.order.double_surname[p1.country or ""] and name_word(tk, pj + 1, G, L, seen) then
      pj = pj + 1
    end
    return pj, { person = #plist == 1 and plist[1] or nil, cands = #plist > 1 and plist or nil }
  end
  if not name_word(tk, i, G, L, seen) then return nil end
  local j = i
  while j + 1 <= tk.n and j - i < 4 do
    local nxt = j + 1
    if name_word(tk, nxt, G, L, seen) then
      j = nxt
    elseif G.roles.particles[tk.f[nxt]] and name_word(tk, nxt + 1, G, L, seen) then
      j = nxt + 1
    elseif tk.k[nxt] == "w" and not tk.up[nxt] and G.roles.particles[tk.f[nxt]:match("^(%a+)%-%a") or ""]
        and tk.t[nxt]:match("^%l+%-%u") then
      -- a particle joined to the surname: "Abdel-Fattah el-Sisi", "Bashar
      -- al-Assad" written after a hyphenated first name
      j = nxt
    elseif (initial(tk, nxt) or (tk.t[nxt] or ""):match("^%u%.$")) and name_word(tk, nxt + 1, G, L, seen) then
      -- a middle initial, with its dot or without: "Eduard A.
      -- Shevardnadze", "George W Bush"
      j = nxt + 1
    else
      break
    end
  end
  -- (session 25) the words of a body before its organ: "Soviet State
  -- Committee", "Central Committee"; (session 26) and a feature's
  -- ("Damansky Island")
  if tk.up[j + 1] and L.organ_or_feature[tk.f[j + 1] or ""] then return nil end
  local key = names.key(tk.f[j])
  if j == i then
    local k = known_first(known, key, G:by_surname(key), seen)
    if k then return j, { known = k, name = k.name } end
    local nm = bare_mention(tk, i, G, L, G:by_surname(key), seen)
    if nm then return j, nm end
    if known and known[key] then return j, { known = known[key], name = known[key].name } end
    return j, { name = tk.t[i], surname_only = true }
  end
  -- Several words: a full name unknown to the gazetteer, unless its
  -- surname is known ("Tayyip Erdogan" when only "Recep Tayyip Erdogan"
  -- is) and its other words fit that person's names.
  local all = G:by_surname(key)
  local cands = fitting(G, all, tk, i, j - 1)
  if #cands == 1 then return j, { person = cands[1], name_as_written = true } end
  if #cands == 0 and known and known[key] and known_words_fit(G, known[key].name, tk, i, j - 1) then
    -- (session 13) a shorter form of a full name the document gave
    -- before: "Siad Barre" after "President Mohamed Siad Barre" (Raymond
    -- Barre, a namesake of the gazetteer, does not fit)
    return j, { known = known[key], name = known[key].name }
  end
  if #all == 0 and j >= i + 2 and not NAMED_THING[tk.f[j]] and not BODY_LAST[tk.f[j]] then
    -- (session 11) a second family name after the one the gazetteer
    -- knows, as Spanish and Portuguese names are written in full ("José
    -- Manuel Zelaya Rosales", "Juan Manuel Santos Calderón"): the word
    -- before the last is the surname, the words before it fit the person
    -- (session 13: not a monarch's regnal name, "Juan Carlos I": no
    -- family name goes on after it)
    local c2 = {}
    for _, p in ipairs(fitting(G, G:by_surname(names.key(tk.f[j - 1])), tk, i, j - 2)) do
      if not regnal(p.name) then c2[#c2 + 1] = p end
    end
    if #c2 == 1 then return j, { person = c2[1], name_as_written = true } end
  end
  if #all == 0 and j == i + 1 then
    local pl = patronymic_people(G, tk, i)
    if pl then
      return j, { person = #pl == 1 and pl[1] or nil, cands = #pl > 1 and pl or nil, name_as_written = true }
    end
  end
  if #all == 0 and j == i + 1 then
    -- (session 22) a given name and the first of two surnames ("President
    -- Eduardo Frei of Chile" for Eduardo Frei Montalva; his son Eduardo
    -- Frei Ruiz-Tagle too: the date settles it)
    local found = {}
    local fam = names.key(tk.f[j])
    for _, p in ipairs(by_given(G)[names.key(tk.f[i])] or {}) do
      if first_surname(G, p) == fam then found[#found + 1] = p end
    end
    if #found > 0 then
      return j, { person = #found == 1 and found[1] or nil, cands = #found > 1 and found or nil,
        name_as_written = true }
    end
  end
  if #all == 0 and j == i + 1 then
    -- the family name first, as Hungarian and East Asian names may be
    -- written ("Orbán Viktor", "Kishida Fumio"): the first word a known
    -- surname whose person has the second word among its names
    local rev = {}
    local given = names.key(tk.f[j])
    for _, p in ipairs(G:by_surname(names.key(tk.f[i]))) do
      if G:given_of(p)[given] then rev[#rev + 1] = p end
    end
    if #rev == 1 then return j, { person = rev[1], name_as_written = true } end
  end
  -- (session 10) an unknown name owning a capitalised noun names a party
  -- or a body: "the Polish United Workers' Party", "the Hungarian
  -- Socialist Workers' Party"
  if #all == 0 and (tk.f[j + 1] == "'" or tk.f[j + 1] == "'s") and tk.up[j + 2] then return nil end
  -- (session 21) nor is one that ends in the last word of a body's name
  -- ("the chairman of the Soviet State Committee for Television": no
  -- person "State Committee")
  if #all == 0 and BODY_LAST[tk.f[j]] then return nil end
  return j, { name = nil, cands = #cands > 1 and cands or nil, full = true,
    other = #all > 0 and #cands == 0 or nil }
end

local function span_text(s, tk, a, b)
  return s:sub(tk.s[a], tk.e[b])
end

-- A body noun after an owner at j ("office", "press service",
-- "readout"): returns j2, noun, account?
local function body_noun_at(tk, j, L)
  if j > tk.n then return nil end
  -- ((sp26) the first word looked up before phrases.match: most start none)
  local f = tk.f[j]
  local bj, v, aj, av
  if L.body[f] then bj, v = phrases.match(L.body, tk, j) end
  if L.account[f] then aj, av = phrases.match(L.account, tk, j) end
  if aj and (not bj or aj >= bj) then return aj, av, true end
  if bj then return bj, v, false end
end

-- Title phrase at i: [det] [countries | institution] role [of countries]
-- [name].  Returns the mention or nil.
-- Words between a determiner and an office that say when the person held
-- it: "the outgoing president, Nicolas Sarkozy", "the newly elected prime
-- minister, X".  Only with a name: "the former president" alone names
-- nobody the date can find.
local TENURE = { outgoing = true, incoming = true, former = true, new = true, newly = true,
  elected = true, ["newly-elected"] = true, ["re-elected"] = true, acting = true, interim = true,
  late = true, ["then"] = true, current = true, sitting = true, ["president-elect"] = false }

-- Of those, the ones that also stand before a title without a
-- determiner, or after a country's possessive: "and acting Prime
-- Minister X", "Thailand's acting Prime Minister X".  ("former
-- President X" is left to the title.)
local TENURE_BARE = { acting = true, interim = true, caretaker = true, outgoing = true,
  incoming = true }
-- Of those, the ones of a holder in office now.
local IN_OFFICE = { acting = true, interim = true, caretaker = true }

-- Words that make an office a deputy's ("Deputy Foreign Minister",
-- "Vice Foreign Minister", "Assistant Secretary of State", "First Deputy
-- Defence Minister"): an official of that country, not the holder of the
-- office deputised, unless the whole is a title of its own ("Deputy Prime
-- Minister", "Vice President").
local DEPUTY = { deputy = true, vice = true, assistant = true }

-- Offices a capitalised title alone does not name (title_at).
local BARE_NOT = { official = true, spokesperson = true, leader = true, counterpart = true }

-- The first token at or after k past the honorifics standing there ("H.E.
-- Mr. Emmanuel Macron", "Sheikh Mohammed ...").
local function past_honorifics(tk, k, G)
  local hj = G.roles.honorifics[tk.f[k]] and phrases.match(G.roles.honorifics, tk, k) or nil
  while hj do
    k = hj + 1
    if tk.f[k] == "." then k = k + 1 end
    hj = phrases.match(G.roles.honorifics, tk, k)
  end
  return k
end

-- (session 11) A word in the past tense after an abbreviated office ("PM
-- thanked ...", "FM conveyed ..."): the office acts.
local function past_verb(tk, n)
  local f = tk.f[n]
  return f ~= nil and tk.k[n] == "w" and not tk.up[n] and #f > 4 and f:find("[^e]ed$") ~= nil
end

-- (session 12) Whether token i is a comma before a full name of two
-- words or more that ends the clause or another comma ("the Soviet
-- Ambassador, Anatoly F. Dobrynin, said"): an office's holder in
-- apposition.
local function apposed_name(tk, i, G, L, known, seen)
  if tk.f[i] ~= "," then return false end
  local nj = name_at(tk, i + 1, G, L, known, seen)
  if not nj or nj == i + 1 then return false end
  local f = tk.f[nj + 1]
  return f == nil or f == "," or f == "." or f == ";"
end

-- The words of a state's style after the adjective of its country.
local STATE_HEAD = { republic = true, kingdom = true, federation = true, confederation = true,
  sultanate = true, principality = true, emirate = true }
local STATE_MOD = { arab = true, islamic = true, socialist = true, democratic = true, federal = true,
  people = true, ["'s"] = true, popular = true, hashemite = true, united = true }
local function state_style_end(tk, j)
  local k = j
  while STATE_MOD[tk.f[k]] and (tk.up[k] or tk.f[k] == "'s") do k = k + 1 end
  return STATE_HEAD[tk.f[k]] and tk.up[k] and k + 1 or j
end

-- (session 25) An office's long style, of bodies the lists do not know,
-- before its holder's name in apposition: "the Chairman of the Council
-- of State of the GDR, Erich Honecker", "the First Secretary of the
-- Central Committee of the Polish United Workers' Party, Edward Gierek".
-- From the "of" at j: the comma before a person the gazetteer knows, and
-- the one country the style names, or nil.
local LONG_STYLE_WORD = { ["of"] = true, the = true, ["and"] = true, ["for"] = true, ["'s"] = true, ["'"] = true }
local function style_chain(tk, j, G)
  local k, cid, steps = j, nil, 0
  while k <= tk.n and tk.f[k] ~= "," do
    local f = tk.f[k]
    if not (LONG_STYLE_WORD[f] or (tk.up[k] and tk.k[k] == "w")) or steps >= 18 then return nil end
    if f == "of" then
      local more = countries_at(tk, tk.f[k + 1] == "the" and k + 2 or k + 1, G, false)
      if #more == 1 then cid = more[1] end
    end
    k, steps = k + 1, steps + 1
  end
  if tk.f[k] ~= "," or k == j then return nil end
  if not G:person_at(tk, past_honorifics(tk, k + 1, G)) then return nil end
  return k, cid
end

-- Did gazetteer person p ever hold the office `role`?
local function held_office(G, p, role)
  local key = G:role_key(role)
  for _, r in ipairs(p.roles or {}) do
    if r.role and G:role_key(r.role) == key then return true end
  end
  return false
end

local function title_at(tk, s, i, G, L, known, seen)
  local j = i
  local det = (DET[tk.f[j]] or GENERIC[tk.f[j]]) and tk.f[j] or nil
  local generic = GENERIC[tk.f[j]] or nil
  if det then j = j + 1 end
  local tenure, in_office = false, false
  if det and not generic then
    while TENURE[tk.f[j] or ""] and tk.k[j] == "w" and not tk.up[j] do j, tenure = j + 1, true end
    -- (session 21) "the Acting President", "the Interim Prime Minister"
    -- with no name: the one holding the office now, an office like any
    if not tenure and IN_OFFICE[tk.f[j] or ""] and tk.up[j] and phrases.match(G.roles.titles, tk, j + 1) then
      j, tenure, in_office = j + 1, true, true
    end
  elseif not det and TENURE_BARE[tk.f[j] or ""] and phrases.match(G.roles.titles, tk, j + 1) then
    -- ("Acting President X" also capitalised)
    j, tenure, in_office = j + 1, true, IN_OFFICE[tk.f[j]] or false
  end
  local ids, inst
  -- (a body whose name opens with a code that is also a country's is the
  -- body: "AU Commission Chairperson X")
  -- ((sp26) two or three bytes first: the pattern is a call)
  local tw = tk.t[j]
  local code = tw and #tw <= 3 and #tw >= 2 and tw:match("^%u%u%u?$")
  local ij0, irec0
  if code then ij0, irec0 = G:institution_at(tk, j) end
  ids, j = countries_at(tk, j, G, false)
  if ij0 and ij0 >= j then ids, inst, j = {}, irec0, ij0 + 1 end
  if #ids > 0 and TENURE_BARE[tk.f[j] or ""] and not tk.up[j] and phrases.match(G.roles.titles, tk, j + 1) then
    j, tenure = j + 1, true
  end
  if #ids == 0 and not inst then
    local ij, irec = G:institution_at(tk, j)
    if ij then inst, j = irec, ij + 1 end
  end
  if #ids == 0 and not inst and tk.up[j] then
    -- a capital owning an office: "Abu Dhabi's crown prince", "Moscow's
    -- ambassador" (alone a capital is a place or a government)
    local cj, id, how = G:country_at(tk, j)
    if cj and how == "capital" and tk.f[cj + 1] == "'s" and phrases.match(G.roles.titles, tk, cj + 2) then
      ids, j = { id }, cj + 2
    end
  end
  local deputy = false
  do
    local dj = (tk.f[j] == "first" and DEPUTY[tk.f[j + 1] or ""]) and j + 1 or (DEPUTY[tk.f[j] or ""] and j)
    if dj and not phrases.match(G.roles.titles, tk, j) and phrases.match(G.roles.titles, tk, dj + 1) then
      j, deputy = dj + 1, true
    end
  end
  local rj, role
  if G.roles.titles[tk.f[j]] then rj, role = phrases.match(G.roles.titles, tk, j) end   -- ((sp26) most words start none)
  -- (session 18) "the official Xinhua news agency", "China's official
  -- Xinhua ...": an adjective of the body named after it, no title
  if rj == j and tk.f[j] == "official" and not deputy and G:institution_at(tk, j + 1) then return nil end
  if deputy and rj then role = "official" end
  -- (session 14) an organisation's "chief" is its head ("the NATO
  -- chief's office", "the UN chief said"; not "chief of staff")
  if not rj and #ids == 1 and tk.f[j] == "chief" and tk.f[j + 1] ~= "of" and not tk.up[j]
      and (G:country(ids[1]) or {}).kind == "organisation" then
    rj, role = j, "leader"
  end
  if not rj and #ids == 0 and not inst then
    -- (session 11) a title one country alone uses, as a bare office ("the
    -- Taoiseach said"); with a name after it, the name alone, as before
    local nj, nat
    if G.roles.national[tk.f[j]] then nj, nat = phrases.match(G.roles.national, tk, j) end
    if nj and tk.f[nj + 1] ~= "," and not name_at(tk, nj + 1, G, L, known, seen) then
      rj, role, ids = nj, nat.role, { nat.country }
    end
  end
  if not rj then
    -- "the Turkish presidency", "U.S. officials", "the Israeli readout"
    if #ids == 1 or inst then
      local bj, noun, account = body_noun_at(tk, j, L)
      if bj then
        return { kind = "body", a = i, b = bj, country = ids[1] or (inst and inst.side),
          inst = inst, noun = noun, account = account }
      end
    end
    return nil
  end
  -- Officials and spokespeople without a name speak for a side: a body
  -- ("U.S. officials", "a White House official", "Kremlin spokesman").
  if (role == "official" or role == "spokesperson") and #ids <= 1
      and not (tk.f[rj + 1] == "of") and not name_at(tk, rj + 1, G, L, known, seen) then
    return { kind = "body", a = i, b = rj, country = ids[1] or (inst and inst.side), inst = inst,
      noun = role }
  end
  local plural = G.roles.plural[tk.f[rj]] or false
  local after = rj + 1
  -- "President of France", "the leaders of Ukraine, Russia, France and Germany"
  local inst_of
  -- (session 22) "his counterpart from Brazil", as translations write
  -- "su homólogo de Brasil": of Brazil
  if tk.f[after] == "of" or (role == "counterpart" and tk.f[after] == "from") then
    local j2 = after + 1
    if tk.f[j2] == "the" then j2 = j2 + 1 end
    local more, nj = countries_at(tk, j2, G, false)
    -- ("the President of the European Commission": the body, not the
    -- country its adjective names)
    local ij, irec = G:institution_at(tk, after + 1)
    if not ij then ij, irec = G:institution_at(tk, j2) end
    if ij and ij + 1 >= nj and #ids == 0 then
      inst_of, after = irec, ij + 1
    elseif #more > 0 then
      -- (session 26) a national title names its country already: "the
      -- Shah of Iran" is one country, not a group of two
      for _, id in ipairs(more) do
        if ids[1] ~= id then ids[#ids + 1] = id end
      end
      after = nj
      -- (session 17) the state's style after its adjective: "the
      -- President of the Tunisian Republic", "of the Syrian Arab
      -- Republic", "of the Hashemite Kingdom" (no name "Republic")
      after = state_style_end(tk, after)
    elseif #ids == 0 and tk.f[after + 1] == "the" and tk.f[after + 2] == "republic" and tk.up[after + 2]
        and tk.f[after + 3] ~= "of" then
      -- (session 11) "the President of the Republic", as the pages and
      -- translations of republics write their own head of state: the
      -- bare office, its country the page's
      after = after + 3
    end
  end
  if tk.f[after] == "of" and #ids == 0 and not inst_of then
    local k, cid = style_chain(tk, after, G)
    if k then
      after = k
      if cid then ids[1] = cid end
    end
  end
  local m = { a = i, b = after - 1, role = role, det = det, generic = generic, acting = in_office or nil }
  inst = inst or inst_of
  if inst and #ids == 0 then m.country = inst.side; m.inst = inst end
  if role == "counterpart" then m.counterpart = true end
  if (plural or #ids > 1) and #ids >= 1 then
    m.kind, m.countries = "group", ids
    return m
  end
  if #ids == 1 then m.country = ids[1] end
  -- (session 19) "with the Foreign and Defence Ministers": an office in
  -- the plural of no country is nobody in particular
  if #ids == 0 and not m.country and (plural or G.roles.plural[table.concat(tk.f, " ", j, rj)]) then
    m.plural = true
  end
  -- "the Prime Minister's Office", "the Ukrainian president's website"
  -- (the title's match may have taken the "'s")
  local poss = tk.f[after] == "'s" and after or (tk.f[after - 1] == "'s" and after - 1)
  if poss then
    local bj, noun, account = body_noun_at(tk, poss + 1, L)
    -- (an office of capitalised words the lists do not have, no person:
    -- "the Sri Lankan President's Media Division")
    if not bj and tk.up[poss + 1] and tk.k[poss + 1] == "w" and not G:person_at(tk, poss + 1) then
      bj = poss + 1
      while tk.up[bj + 1] and tk.k[bj + 1] == "w" and bj < poss + 4 do bj = bj + 1 end
      noun = tk.f[bj]
    end
    if bj then
      m.kind = "role"
      return { kind = "body", a = i, b = bj, country = m.country, owner = m, noun = noun,
        account = account }
    end
  end
  -- The name, right after the title or after a comma ("his American
  -- counterpart, Donald Trump,").
  local nstart = after
  if tk.f[after] == "," then
    -- (honorifics first: "Abu Dhabi's crown prince, Sheikh Mohammed bin Zayed")
    local k = past_honorifics(tk, after + 1, G)
    -- (session 10) the office again before the name: "her French
    -- counterpart, Minister de Villepin"
    local tj = not G:person_at(tk, k) and phrases.match(G.roles.titles, tk, k)
    if tj and G:person_at(tk, tj + 1) then k = tj + 1 end
    -- (session 11) or the surname of a person the gazetteer knows after
    -- an honorific: "the Prime Minister, Mr. Blair,"
    if G:person_at(tk, k) then
      nstart = k
    elseif k > after + 1 and tk.up[k] then
      local sj, sm = name_at(tk, k, G, L, known, seen)
      local f = sj and tk.f[sj + 1]
      if sj == k and sm.person then nstart = k
      elseif sj and sj > k and (f == nil or f == "," or f == "." or f == ";") then
        -- (session 14) or a full name the gazetteer does not know, set
        -- off by commas as in session 12: "the Finnish Prime Minister,
        -- Mr Pekka Lautamo,"
        nstart = k
      end
    elseif apposed_name(tk, after, G, L, known, seen) then
      -- (session 12) a full name the gazetteer does not know, set off by
      -- commas: "the Soviet Ambassador, Anatoly F. Dobrynin,"
      nstart = k
    end
  end
  if nstart == after and phrases.match(G.roles.honorifics, tk, after) then
    -- (session 11) honorifics between the title and the name, no comma:
    -- "President of France H.E. Mr. Emmanuel Macron"
    local k = past_honorifics(tk, after, G)
    if G:person_at(tk, k) then nstart = k end
  end
  -- (session 20) "According to the Prime Minister, Chancellor Merkel
  -- expressed ...": the comma closes the attribution, and the name after
  -- it opens the clause (its verb follows); no apposition, which a comma
  -- would close ("According to the Foreign Minister, Mr Hurd, ...")
  if nstart > after and i > 2 and tk.f[i - 1] == "to" and tk.f[i - 2] == "according" then
    local aj = name_at(tk, nstart, G, L, known, seen)
    local f = aj and tk.f[aj + 1]
    if aj and f and tk.k[aj + 1] == "w" and not tk.up[aj + 1] then nstart = after end
  end
  local nj, nm = name_at(tk, nstart, G, L, known, seen)
  if nj then
    m.kind = "person"
    for k, v in pairs(nm) do m[k] = v end
    -- "Saudi Arabia's King Salman": the country picks among namesakes
    if m.cands and m.country then
      local same = {}
      for _, p in ipairs(m.cands) do
        if p.country == m.country then same[#same + 1] = p end
      end
      if #same == 1 then m.person, m.cands = same[1], nil
      elseif #same > 1 then m.cands = same end
    end
    -- (session 12) "King Salman": of the namesakes, the one who ever held
    -- that office (not "Mohammed bin Salman", never king)
    if m.cands and role then
      local held = {}
      for _, p in ipairs(m.cands) do
        if held_office(G, p, role) then held[#held + 1] = p end
      end
      if #held == 1 then m.person, m.cands = held[1], nil end
    end
    -- (session 21) a person named before whose surname this is but who
    -- never held the office ("King Hussein" after "President Saddam
    -- Hussein"): the one namesake who did
    if m.person and role and nj == nstart and not held_office(G, m.person, role) then
      local held
      for _, p in ipairs(G:by_surname(names.key(tk.f[nj]))) do
        if held_office(G, p, role) then
          if held then held = nil break end
          held = p
        end
      end
      if held then m.person = held end
    end
    if nm.full and not nm.cands then m.name = span_text(s, tk, nstart, nj) end
    m.name_a, m.b = nstart, nj
    -- the country after the name: "Prime Minister Le Van Thanh of Viet Nam"
    if not m.country and not m.inst and tk.f[nj + 1] == "of" then
      local more, cj = countries_at(tk, nj + 2 + (tk.f[nj + 2] == "the" and 1 or 0), G, false)
      if #more == 1 then m.country, m.b = more[1], cj - 1 end
    end
    return m
  end
  if tenure and not in_office then return nil end
  if det or m.country or m.counterpart or m.inst then
    m.kind = "role"
    return m
  end
  -- A capitalised office alone, as a government writes its own leader:
  -- "Prime Minister spoke to ...", "the visit of External Affairs
  -- Minister" (its country is the page's: 20-calls).  Not before another
  -- capitalised word (a name the gazetteer does not know), not plural,
  -- not an office that names nobody in particular.
  -- An abbreviation in capitals ("PM", "FM") alone only as a subject
  -- that acts ("PM spoke to ..."): "at 3 PM", "an FM station" name nobody.
  if tk.up[i] and not plural and not BARE_NOT[role] and not tk.shouting
      and not (tk.k[after] == "w" and tk.up[after])
      and not (in_capitals(tk.t[rj]) and rj == i and not acts(tk, rj, G, L) and not past_verb(tk, rj + 1)) then
    m.kind, m.bare_title = "role", true
    return m
  end
  return nil
end

-- The office of a person named at ..nj, written after a comma: "Le Van
-- Thanh, Prime Minister of Viet Nam,", "Hiroshi Tanabe, Japan's prime
-- minister,".  Returns the office's mention (kind role), or nil.
local function appositive_office(tk, s, nj, G, L, known, seen)
  if tk.f[nj + 1] ~= "," or not tk.f[nj + 2] then return nil end
  local r = title_at(tk, s, nj + 2, G, L, known, seen)
  return r and r.kind == "role" and not r.generic and r or nil
end

-- (session 27) An official's post after a person's name: "Dr. Ralph
-- Bunche, the United Nations representative here,", "Mr. Jean Dupont,
-- the French ambassador,": the person serves that side, though the post
-- alone is a body speaking for it.  Only for a person named already (an
-- honorific, the gazetteer): a place before ", a White House spokesman
-- said" is no person.  Returns the post's fields, or nil.
local ONE_DET = { the = true, a = true, an = true }
-- (the posts of a state's or body's envoy the roles do not list as
-- offices: "the United Nations representative", "the Swiss delegate")
local POST_NOUN = { representative = true, delegate = true }
local function appositive_post(tk, s, nj, G, L, known, seen)
  if tk.f[nj + 1] ~= "," or not ONE_DET[tk.f[nj + 2] or ""] then return nil end
  local r = title_at(tk, s, nj + 2, G, L, known, seen)
  if r and r.kind == "body" and r.country and (r.noun == "official" or r.noun == "spokesperson")
      and not G.roles.plural[tk.f[r.b]] then
    return { role = r.noun, country = r.country, inst = r.inst, b = r.b }
  end
  local k = nj + 3
  local ij, irec = G:institution_at(tk, k)
  if ij and irec.side and POST_NOUN[tk.f[ij + 1] or ""] then
    return { role = "official", country = irec.side, inst = irec, b = ij + 1 }
  end
  local ids, e = countries_at(tk, k, G, false)
  if #ids == 1 and POST_NOUN[tk.f[e] or ""] then
    return { role = "official", country = ids[1], b = e }
  end
  return nil
end

-- (session 10) Is the name at i apposed to the office mention `prev`
-- before it ("the spokesman, Larry Speakes, ...")?  Then an office after
-- it opens the next clause ("..., the President told Mrs Thatcher"): it
-- is not the name's, and does not make an unknown name a person.
local OFFICE_HEAD = { spokesman = true, spokeswoman = true, spokesperson = true, aide = true,
  adviser = true, advisor = true, secretary = true }

local function apposed_to_office(tk, i, prev)
  if not prev or prev.b ~= i - 2 or tk.f[i - 1] ~= "," then return false end
  return prev.kind == "role" or (prev.kind == "body" and OFFICE_HEAD[tk.f[prev.b]] == true)
end

-- (session 10) A military rank written in full ("General", "Colonel",
-- "Field Marshal", data/extract/roles.yaml honorifics) goes before a
-- person the gazetteer knows ("Colonel Qadhafi", "General Zia-ul-Haq");
-- it introduces no one it does not know, as "Mr." does: chiefs of staff
-- are no parties ("Admiral Mike Mullen spoke with General Ashfaq
-- Kayani"), and such words open bodies ("the General Assembly").
local RANK_FULL = { general = true, colonel = true, marshal = true, admiral = true, brigadier = true }

-- (session 10) An office the roles list keeps only as a style before a
-- name ("Governor-General Sir John Kerr"), written alone after "the":
-- "The Governor-General, he said, had told him ...", "telephoned the
-- Governor-General on Friday".  A role mention of that office and no
-- country, or nil.  Not before a name or a name in apposition ("the
-- Governor-General, Sir John Kerr," is his style), nor owning a body.
local STYLE_OFFICE = { ["governor-general"] = true }

local function style_office_at(tk, i)
  if tk.f[i] ~= "the" or not tk.up[i + 1] then return nil end
  local b = i + 1
  if tk.f[b] == "governor" and tk.f[b + 1] == "general" and tk.up[b + 1] then b = b + 1
  elseif not STYLE_OFFICE[tk.f[b]] then return nil end
  local nx = b + 1
  if tk.f[nx] == "," then nx = nx + 1 end
  if (tk.k[nx] == "w" and tk.up[nx]) or tk.f[b + 1] == "'s" then return nil end
  return { kind = "role", a = i, b = b, role = "governor-general", det = "the" }
end

-- (session 16) "the General", "the Colonel" alone: the person the
-- document last named with that rank ("General Omar Torrijos ... Mr.
-- Carter told the General"); not before a name ("the General Assembly").
-- seen.__ranks (rank word -> gazetteer person) is kept by find.
local function rank_anaphor_at(tk, i, seen)
  if tk.f[i] ~= "the" or not tk.up[i + 1] or not RANK_FULL[tk.f[i + 1]] then return nil end
  if tk.k[i + 2] == "w" and tk.up[i + 2] then return nil end
  local ranks = seen and seen.__ranks
  local p = ranks and ranks[tk.f[i + 1]]
  if not p then return nil end
  return { kind = "person", a = i, b = i + 1, person = p, rank_anaphor = true }
end

local ADDRESSED = { speaker = true, deputy = true, chairman = true, chairwoman = true, chair = true }
M.ADDRESSED = ADDRESSED   -- (also call_cues: a question after the chair addressed)

-- (session 16) A style standing for the person it styles, with no name
-- after it: "His Royal Highness affirmed ...", "Her Majesty thanked him"
-- (a court's or a Gulf agency's readout): "he" or "she".
local STYLE_WORD = { highness = true, majesty = true }
local function style_pronoun_at(tk, i, G)
  local j = i + 1
  if tk.f[j] == "royal" or tk.f[j] == "imperial" then j = j + 1 end
  if not (STYLE_WORD[tk.f[j]] and tk.up[j]) then return nil end
  local nx = past_honorifics(tk, j + 1, G)
  if tk.k[nx] == "w" and tk.up[nx] then return nil end
  return { kind = "pronoun", a = i, b = j, f = tk.f[i] == "his" and "he" or "she", style = true,
    style_word = tk.f[j] }
end

-- (session 16) The rest of an Arabic name after the part the gazetteer
-- knows: "bin Abdulaziz", "ibn Saud", "bin Al Hussein", then a family
-- "Al Saud", "Al-Thani" ("Mohammed bin Salman bin Abdulaziz Al Saud" is
-- one person, not also a Saud).  The last token of the name.
local NASAB = { bin = true, bint = true, ibn = true }
-- ("al" in lower case only after "bin": "bin al-Hussein")
local function family_at(tk, j, after_bin)
  local up = tk.up[j] or after_bin
  if tk.f[j] == "al" and up and tk.up[j + 1] and tk.k[j + 1] == "w" then return j + 1 end
  if tk.f[j] == "al" and up and tk.f[j + 1] == "-" and tk.up[j + 2] and tk.k[j + 2] == "w" then return j + 2 end
  if up and tk.f[j] and tk.f[j]:find("^al%-%a") then return j end
  return nil
end
local function nasab_end(tk, b)
  while true do
    if NASAB[tk.f[b + 1] or ""] then
      local e = family_at(tk, b + 2, true) or (tk.up[b + 2] and tk.k[b + 2] == "w" and b + 2)
      if not e then return b end
      b = e
      if tk.f[b + 1] == "ii" or tk.f[b + 1] == "iii" then b = b + 1 end
    else
      return family_at(tk, b + 1) or b
    end
  end
end

-- (session 15) A name the gazetteer knows that opens with a particle in
-- lower case: "von der Leyen", "de Klerk", "da Silva" ("Michel and von
-- der Leyen said"); only a whole alias that ends in a capitalised word.
local NAME_PARTICLE = { von = true, van = true, de = true, der = true, da = true, di = true, del = true,
  della = true, du = true, dos = true, das = true, le = true, la = true, bin = true, al = true, ibn = true }
local function particle_name_at(tk, i, G)
  local pj, plist = G:person_at(tk, i)
  if not (pj and pj > i and tk.up[pj]) then return nil end
  return { kind = "person", a = i, b = pj, person = #plist == 1 and plist[1] or nil,
    cands = #plist > 1 and plist or nil, name_a = i }
end

local function plain_name_at(tk, s, i, G, L, known, seen, apposed)
  -- honorifics, several in a row: "His Excellency Mr. Emmanuel Macron"
  local start = i
  local hj = G.roles.honorifics[tk.f[start]] and phrases.match(G.roles.honorifics, tk, start) or nil
  local any_h = hj
  local rank_only = hj ~= nil
  while hj do
    if not RANK_FULL[tk.f[hj]] then rank_only = false end
    start = hj + 1
    if tk.f[start] == "." then start = start + 1; rank_only = false end
    hj = phrases.match(G.roles.honorifics, tk, start)
  end
  hj = any_h
  -- (session 11) the chair addressed in a parliament ("Mr. Speaker",
  -- "Madam Deputy Speaker", "Mr. Chairman") names no one
  if hj and ADDRESSED[tk.f[start]] then return nil end
  local pj, plist = G:person_at(tk, start)
  if pj and pj > start then
    return { kind = "person", a = i, b = pj, person = #plist == 1 and plist[1] or nil,
      cands = #plist > 1 and plist or nil, name_a = start }
  end
  -- (a one-word alias is weighed like a bare surname, in name_at)
  if not pj and not name_word(tk, start, G, L, seen) then return nil end
  local key = names.key(tk.f[start])
  -- A one-word surname only when it is known (gazetteer or earlier in
  -- the document) or written with an honorific: "Mr. Adesina".
  local nj, nm = name_at(tk, start, G, L, known, seen)
  if not nj then return nil end
  if nm.surname_only and (not hj or rank_only) then return nil end
  -- (session 18) an office the roles do not list before a name the
  -- gazetteer knows in full ("Chief Executive Abdullah Abdullah"): the
  -- name of two words or more that ends the run is the person, the words
  -- before it the title
  for k = nm.person and nj or start + 1, nj - 1 do
    local kj, klist = G:person_at(tk, k)
    if kj == nj and kj > k then
      return { kind = "person", a = i, b = kj, person = #klist == 1 and klist[1] or nil,
        cands = #klist > 1 and klist or nil, name_a = k }
    end
  end
  if nm.full and not nm.person and not nm.cands then
    -- Unknown multi-word capitalised sequence: a name only when the
    -- document introduced it with a title before (known) — else too many
    -- false names ("Most Read", "Black Sea").
    local kk = names.key(tk.f[nj])
    if known and known[kk] then
      return { kind = "person", a = i, b = nj, known = known[kk], name = known[kk].name, name_a = start }
    end
    -- an honorific ("Mr. Hiroshi Tanabe", "H.E. Mr. ...") or an office in
    -- apposition ("Le Van Thanh, Prime Minister of Viet Nam,") introduces
    -- a person the gazetteer does not know (M.find joins the office)
    if (hj and not rank_only) or (not apposed and not BODY_LAST[tk.f[nj]]
        and appositive_office(tk, s, nj, G, L, known, seen)) then
      return { kind = "person", a = i, b = nj, name = span_text(s, tk, start, nj), name_a = start,
        full = true }
    end
    -- someone else of a gazetteer surname ("Tim Cook"): its last word is
    -- no mention on its own either
    if nm.other then return nil, nj end
    return nil
  end
  local m = { kind = "person", a = i, b = nj, name_a = start }
  for k, v in pairs(nm) do m[k] = v end
  local _ = key
  return m
end

-- The lower-case words a mention can start with: determiners, pronouns
-- and the first words of joint phrases, institutions and titles.  Any
-- other lower-case word starts none, and most words of a sentence are
-- such words, so they are passed over without trying each kind.
local starters = memo.weak2(function(G, L)
  return phrases.starts(DET, GENERIC, PRONOUN, TENURE_BARE, L.joint, G.itrie, G.roles.titles)
end)

function M.find(tk, s, G, L, known, seen)
  local out = {}
  -- people named in full in this sentence count for its later surnames
  -- ("President Ilham Aliyev ..., Aliyev's office said"), without
  -- changing the caller's table
  local doc_seen = seen or {}
  seen = setmetatable({}, { __index = seen })
  -- a sentence in capitals (a headline): capitals say nothing about names
  -- ((sp26) counted in C, text.capitals: a pattern call a word in Lua)
  local words, caps = capitals(tk)
  tk.shouting = words > 0 and caps > 0.6 * words
  tk.title_case = not tk.shouting and title_case(tk)
  local start = starters(G, L)
  local i = 1
  local n = tk.n
  local apposed
  while i <= n do
    local f = tk.f[i]
    local m
    if tk.k[i] == "w" and (tk.up[i] or start[f] or NAME_PARTICLE[f]) then
      -- both parties
      -- "the two leaders", "both sides" are both parties; "the leaders of
      -- Azerbaijan and Armenia" are offices.
      local jj = L.joint and L.joint[f] and phrases.match(L.joint, tk, i)
      -- (session 11) "Both agreed that ...", "Both stressed ...": a
      -- sentence's subject "Both" alone is both parties
      if not jj and i == 1 and f == "both" and tk.k[2] == "w" and not tk.up[2] and tk.f[2] ~= "of"
          and tk.f[2] ~= "the" and tk.f[2] ~= "sides" then
        jj = 1
      end
      local title = title_at(tk, s, i, G, L, known, seen)
      if jj and not (title and (title.kind == "group" or title.country or title.kind == "person")) then
        m = { kind = "joint", a = i, b = jj }
      else
        m = title
      end
      if not m and tk.up[i] then
        local ij, inst = G:institution_at(tk, i)
        if ij then
          m = { kind = "body", a = i, b = ij, inst = inst, country = inst.side }
          -- "The Kremlin's account", "The White House account"
          local k = ij + 1
          if tk.f[k] == "'s" then k = k + 1 end
          local bj, noun, account = body_noun_at(tk, k, L)
          if bj then m.b, m.noun, m.account = bj, noun, account end
        end
      end
      if not m and (DET[f] or tk.f[i] == "the") then
        -- "the statement", "the presidency", "the ministry's statement"
        local bj, noun, account = body_noun_at(tk, i + 1, L)
        if bj then
          m = { kind = "body", a = i, b = bj, noun = noun, account = account }
          if tk.f[bj + 1] == "'s" then
            local bj2, noun2, acc2 = body_noun_at(tk, bj + 2, L)
            if bj2 then m.b, m.noun, m.account, m.owner_noun = bj2, noun2, acc2, noun end
          end
        end
      end
      if not m and tk.up[i] then
        -- "Tehran's account", "Washington's readout": a capital as a body
        local cj, id, how = G:country_at(tk, i)
        if cj and tk.f[cj + 1] == "'s" then
          local bj, noun, account = body_noun_at(tk, cj + 2, L)
          if bj then m = { kind = "body", a = i, b = bj, country = id, noun = noun, account = account } end
        elseif cj and how == "capital" then
          m = { kind = "body", a = i, b = cj, country = id, capital = true }
        end
      end
      local skip
      apposed = apposed_to_office(tk, i, out[#out])
      if not m and tk.up[i] then m, skip = plain_name_at(tk, s, i, G, L, known, seen, apposed) end
      if skip then i = skip end
      if not m and NAME_PARTICLE[f] then m = particle_name_at(tk, i, G) end
      if not m then m = style_office_at(tk, i) end
      if not m and (f == "his" or f == "her") then m = style_pronoun_at(tk, i, G) end
      if not m then m = rank_anaphor_at(tk, i, seen) end
      if not m and PRONOUN[f] then
        m = { kind = "pronoun", a = i, b = i, f = f }
      end
    end
    if m and m.kind == "person" and not m.person and not m.cands and not m.role and not apposed then
      -- "Le Van Thanh, Prime Minister of Viet Nam": the office is the
      -- person's, one mention
      local r = appositive_office(tk, s, m.b, G, L, known, seen) or appositive_post(tk, s, m.b, G, L, known, seen)
      if r then m.role, m.country, m.inst, m.b = r.role, m.country or r.country, r.inst, r.b end
    end
    if m and m.kind == "person" and m.person then m.b = nasab_end(tk, m.b) end
    if m and m.kind == "person" and tk.f[m.b + 1] == "(" then
      -- (session 11) the office in brackets after a name, as a record
      -- of debates labels its speakers: "Right Hon. Brian Mulroney (Prime
      -- Minister):" is one person
      local r = title_at(tk, s, m.b + 2, G, L, known, seen)
      if r and r.kind == "role" and not r.generic and tk.f[r.b + 1] == ")" then
        m.role = m.role or r.role
        m.country = m.country or r.country
        m.b = r.b + 1
      end
    end
    if m then
      -- "Erdogan's office", "Putin's spokesman": the person owns a body.
      if m.kind == "person" or m.kind == "role" then
        local k = m.b + 1
        if tk.f[k] == "'s" then
          local bj, noun, account = body_noun_at(tk, k + 1, L)
          if bj then
            m = { kind = "body", a = m.a, b = bj, owner = m, noun = noun, account = account,
              country = m.country }
          end
        end
      elseif m.kind == "body" and not m.country and not m.inst and tk.f[m.b + 1] == "of" then
        -- "the press service of Ukrainian President Petro Poroshenko"
        local inner = title_at(tk, s, m.b + 2, G, L, known, seen) or plain_name_at(tk, s, m.b + 2, G, L, known, seen)
        if inner and (inner.kind == "person" or inner.kind == "role") then
          m.owner, m.b, m.country = inner, inner.b, inner.country
        end
      elseif m.kind == "body" and not m.country and not m.inst and tk.f[m.b + 1] == "at"
          and OFFICE_HEAD[tk.f[m.b]] then
        -- (session 22) "a spokesman at the Government Palace in Lima",
        -- "an aide at the Elysee": the institution named after "at"
        local k = m.b + 2
        if tk.f[k] == "the" then k = k + 1 end
        local ij, inst = G:institution_at(tk, k)
        if ij then m.inst, m.country, m.b = inst, inst.side, ij end
      elseif m.kind == "body" and not m.country and not m.inst and tk.f[m.b + 1] == "for"
          and OFFICE_HEAD[tk.f[m.b]] then
        -- (session 10) "a spokesman for Downing Street", "a spokeswoman
        -- for the Indonesian presidential palace": the body or country
        -- the "for" phrase names, the words of the phrase taken in
        local k = m.b + 2
        if tk.f[k] == "the" then k = k + 1 end
        local ij, inst = G:institution_at(tk, k)
        local cj, id, how = G:country_at(tk, k)
        if ij then
          m.inst, m.country, m.b = inst, inst.side, ij
        elseif cj and how ~= "capital" then
          local e = cj
          while e < cj + 3 and tk.k[e + 1] == "w" and not L.say[tk.f[e + 1]] and tk.f[e + 1] ~= "who"
              and tk.f[e + 1] ~= "that" and tk.f[e + 1] ~= "and" do
            e = e + 1
          end
          m.country, m.b = id, e
        else
          -- (session 11) "a spokesman for the Prime Minister", "a
          -- spokeswoman for Ms Gillard": the person's own spokesperson,
          -- as "the Prime Minister's spokesman"
          local inner = title_at(tk, s, m.b + 2, G, L, known, seen)
            or (tk.up[m.b + 2] and plain_name_at(tk, s, m.b + 2, G, L, known, seen))
          if inner and (inner.kind == "person" or inner.kind == "role") then
            m.owner, m.b, m.country = inner, inner.b, inner.country
          end
        end
      end
      if m.kind == "person" and m.person and (not m.bare or m.role) then seen[m.person] = true end
      if m.kind == "person" and m.person and RANK_FULL[tk.f[m.a]] and tk.up[m.a] and not m.rank_anaphor then
        local ranks = rawget(doc_seen, "__ranks") or {}
        rawset(doc_seen, "__ranks", ranks)
        ranks[tk.f[m.a]] = m.person
      end
      m.text = span_text(s, tk, m.a, m.b)
      if m.owner and not m.owner.text then m.owner.text = span_text(s, tk, m.owner.a, m.owner.b) end
      out[#out + 1] = m
      i = m.b + 1
    else
      i = i + 1
    end
  end
  local _ = POSSESSIVE_DET
  return out
end

return M
