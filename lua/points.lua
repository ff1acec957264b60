-- points.lua — what a claim asserts, reduced for comparison: its terms
-- (folded content words, lemmas, synonyms mapped to one key), polarity,
-- topics and the party it names as having asked for the call (require
-- "callbrief.points").  Pure apart from the memos of loaded word lists, stems
-- and each text's analysis (a pt is shared: read it, do not change it).
--
--   points.load(ctx) -> D     data/compare/*.yaml compiled (memoised)
--   points.split(claim) -> {text...}      the assertions of a claim: its
--       `points` when extract listed several, else its text cut at "; "
--   points.analyse(text, D, textmod [, parties]) -> pt
--       parties   optional set of stems to leave out (the call's
--                 participants and sides: every account names them)
--       pt.terms    key -> weight (content terms after stop words,
--                   stemming and synonyms; negation words left out; a
--                   name written with a capital weighs 0.5, as does a
--                   participle between an article and its noun ("a
--                   negotiated ceasefire"), others 1; a
--                   country by its name, an alias, adjective or capital is
--                   one term, its folded name: "Iranian", "Tehran" ->
--                   "iran", from the gazetteer's countries, loaded lazily)
--       pt.n        total weight
--       pt.neg      set of the terms negated: every clause they stand in
--                   holds a negation word, a denial or an antonym
--                   ("rejected" reads as "accepted" negated); a clause ends
--                   at punctuation, before a contrast word or a second verb,
--                   and "without" negates only what follows it; a "-less"
--                   adjective after a copula ("talks were pointless")
--                   negates its clause, a negation after an article ("the
--                   not too distant future") nothing; "co-operation" is
--                   one word, "going to" a future
--       pt.state    term -> true | "flip" for the terms that name one of two
--                   opposite states (polarity.yaml states: "keep" for
--                   "maintain", "stay in place"; "flip" when named by the
--                   other state's word, "lifted"); a state word negates
--                   nothing else in its clause
--       pt.polarity 1, or -1 when the negated terms weigh more than half
--       pt.denial   true when it denies something ("denied", "baseless");
--                   a denial negates the point too
--       pt.topics   set of topic labels (data/compare/topics.yaml, and place
--                   names written in capitals inside the text)
--   points.similarity(a, b) -> sim, shared, w   weighted cosine of the term
--       sets (0..1), the sorted shared terms and their weight
--   points.same(a, b) -> boolean, sim, shared   "the same point": shared
--       weight 2 and sim >= 0.25, 1.5 (a term and a name) and sim >= 0.3,
--       or one shared term and sim >= 0.4 (short points); one full term
--       (not a name) always among the shared; a state the two name by
--       opposite words ("lifted" / "stay in place") is their difference,
--       not a shared term, and is left out of sim; points reporting two
--       different acts (pt.acts: an offer, a demand, an accusation, an
--       account given) must share weight 2 at sim >= 0.3 with a compound
--       both write counted once ("offered ... the air force commander" /
--       "the Israeli air force violated ...")
--   points.polarity_over(pt, terms [, other]) -> 1 | -1   pt's polarity
--       over some of its terms (the ones it shares with other), turned
--       round when pt names a state they share by the opposite word
--   points.negates(a, o) -> boolean   a, short and negated, denies o's point
--       whole (all of a's one to three terms among o's, o positive)
--   points.relation(a, b) -> "same" | "differ" | "unrelated", sim, shared
--       the decision on two points of different sides
--   points.mentions_initiative(text, D) -> boolean   a cheap test first
--   points.initiator(text, D, G, textmod) -> side name or nil   the party an
--       account says asked for the call ("at the request of the White
--       House" -> United States, "at the German side's request" -> Germany)

local lemma = require("callbrief.lemma")
local tokenize = require("callbrief.tokenize")
local phrases = require("callbrief.phrases")
local names = require("callbrief.names")
local memo = require("callbrief.memo")

local M = {}

local cache = {}

-- Terms weigh 1, names 0.5 (pt.terms[t] is the weight; true counts as 1).
local function weight(v) return v == true and 1 or v end

-- lemma.stem with four corrections for comparing points: a word ending in
-- "ss" is no plural ("discuss", "express", "stress" keep their last s, as
-- "discussed" does); "-ise" is "-ize" ("criticised" = "criticized"); an
-- "-able"/"-ible" adjective compares with its verb ("negotiable" =
-- "negotiate", "acceptable" = "accept"); an inflected "-er" word
-- ("borders", "offered") stems as its base ("border", "offer") does.
local stem_memo = {}
local function stem(w, irregular)
  local m = stem_memo[irregular]
  if not m then m = {}; stem_memo[irregular] = m end
  local s = m[w]
  if s then return s end
  local x = irregular and irregular[w] or w
  if #x > 4 and x:sub(-2) == "ss" then
    s = x
  else
    if #x > 4 then
      x = x:gsub("is(e[ds]?)$", "iz%1"):gsub("ising$", "izing"):gsub("isation(s?)$", "ization%1")
    end
    local base = x:match("^(%a%a%a%a+)[ai]ble$")
    s = lemma.stem(base or x, irregular)
    -- an inflected "-er" word stems as its base does: "borders",
    -- "offered", "leaders" as "border", "offer", "leader" (the stemmer
    -- takes the inflection off and leaves the "-er" it takes off the base)
    if not base and #s > 4 and s:sub(-2) == "er" and s ~= x and (x:find("s$") or x:find("ed$") or x:find("ing$")) then
      s = lemma.stem(s, irregular)
    end
  end
  m[w] = s
  return s
end

-- Curly quotes and apostrophes as ASCII; dashes, brackets and the marks
-- that end a clause as "|" (a clause boundary: negation does not cross it).
local QUOTES = { ["\226\128\152"] = "'", ["\226\128\153"] = "'", ["\226\128\156"] = " ",
  ["\226\128\157"] = " ", ["\226\128\158"] = " ", ["\194\171"] = " ", ["\194\187"] = " ",
  ["\226\128\147"] = " | ", ["\226\128\148"] = " | " }
local function normalise(text)
  return (text:gsub("\226\128[\147\148\152\153\156\157\158]", QUOTES):gsub("\194[\171\187]", QUOTES))
end

-- A hyphen after a bound prefix is spelling, not two words:
-- "co-operation" is "cooperation" (its "operation" is no military one),
-- "re-open" is "reopen", "pre-empt" is "preempt".
local BOUND = { co = true, re = true, pre = true }
local function join_prefix(w)
  local pre, rest = w:match("^(%a%a%a?)%-(%a[%w%-]*)$")
  if pre and BOUND[pre] then return pre .. rest end
  return w
end

local function stems_of(text, textmod, irregular)
  local out = {}
  local t = textmod.fold(normalise(text)):gsub("n't", " n't")
  t = t:gsub("[,;:%(%)%[%]!%?]", " | "):gsub("%.%s", " | "):gsub("%s%-+%s", " | ")
  local words = {}
  for w in t:gmatch("[%w\128-\255'%-|]+") do
    if w:find("|", 1, true) then
      out[#out + 1] = "|"
      words[#out] = "|"
    else
      if w:find("'", 1, true) then w = w:gsub("^'+", ""):gsub("'s$", ""):gsub("'+$", "") end
      w = join_prefix(w)
      if w ~= "" then
        -- hyphenated words count whole and by parts ("de-escalation")
        out[#out + 1] = stem(w, irregular)
        words[#out] = w
      end
    end
  end
  return out, words
end

-- A phrase table over stems: first stem -> list of {stems, value}.
local function add_phrase(tab, stems, value)
  if #stems == 0 then return end
  local first = stems[1]
  tab[first] = tab[first] or {}
  table.insert(tab[first], { stems = stems, value = value })
  table.sort(tab[first], function(a, b) return #a.stems > #b.stems end)
end

local function match_at(tab, stems, i)
  local list = tab[stems[i]]
  if not list then return nil end
  for _, e in ipairs(list) do
    local ok = true
    for k = 2, #e.stems do
      if stems[i + k - 1] ~= e.stems[k] then ok = false break end
    end
    if ok then return i + #e.stems - 1, e.value end
  end
  return nil
end

local function build(ctx)
  local tm = ctx.text
  local function load(rel)
    local t = ctx.data(rel)
    return t and ctx.yaml.load(t, rel) or {}
  end
  local syn = load("compare/synonyms.yaml")
  local pol = load("compare/polarity.yaml")
  local stop = load("compare/stopwords.yaml")
  local top = load("compare/topics.yaml")
  local D = { irregular = {}, syn = {}, neg = {}, denial = {}, anti = {}, stop = {}, topics = {},
    notneg = {}, neg_after = {}, contrast = {},
    init_after = nil, init_before = {} }
  for k, v in pairs(syn.irregular or {}) do D.irregular[tm.fold(k)] = tm.fold(v) end
  local ir = D.irregular
  for _, group in ipairs(syn.groups or {}) do
    local key = table.concat(stems_of(group[1], tm, ir), " ")
    for _, w in ipairs(group) do add_phrase(D.syn, stems_of(w, tm, ir), key) end
  end
  for _, w in ipairs(pol.negation or {}) do add_phrase(D.neg, stems_of(w, tm, ir), true) end
  for _, w in ipairs(pol.denial or {}) do add_phrase(D.denial, stems_of(w, tm, ir), true) end
  for _, w in ipairs(pol.not_negation or {}) do add_phrase(D.notneg, stems_of(w, tm, ir), true) end
  for _, w in ipairs(pol.negation_after or {}) do add_phrase(D.neg_after, stems_of(w, tm, ir), true) end
  for _, w in ipairs(pol.contrast or {}) do D.contrast[stem(tm.fold(w), ir)] = true end
  for _, pair in ipairs(pol.antonyms or {}) do
    local a = stems_of(pair[1], tm, ir)
    local b = stems_of(pair[2], tm, ir)
    if #a == 1 and #b == 1 then
      -- the positive word keeps its own synonym key when it has one
      local ka = a[1]
      local _, sk = match_at(D.syn, a, 1)
      D.anti[b[1]] = sk or ka
    end
  end
  for _, w in ipairs(stop.words or {}) do
    for _, s in ipairs(stems_of(w, tm, ir)) do D.stop[s] = true end
  end
  -- opposite states of one thing: both sides' words name one term (the
  -- first word's, or its synonym group's), the second side's flipped
  D.state, D.state_key, D.verb_only, D.verb_next = {}, {}, {}, {}
  for _, pair in ipairs(pol.states or {}) do
    local on, off = pair[1] or {}, pair[2] or {}
    local first = stems_of(on[1] or "", tm, ir)
    if #first > 0 then
      local _, sk = match_at(D.syn, first, 1)
      local key = sk or table.concat(first, " ")
      D.state_key[key] = true
      for k, w in ipairs(on) do
        local st = stems_of(w, tm, ir)
        local sj, wk = match_at(D.syn, st, 1)
        -- a word of the group already names the key
        if not (sj == #st and wk == key) and not (k == 1 and not sk and #st > 0) then
          add_phrase(D.state, st, { key = key, flip = false })
        end
      end
      for _, w in ipairs(off) do add_phrase(D.state, stems_of(w, tm, ir), { key = key, flip = true }) end
    end
  end
  for _, w in ipairs(pol.verb_only or {}) do D.verb_only[tm.fold(w)] = true end
  for _, w in ipairs(pol.verb_next or {}) do D.verb_next[tm.fold(w)] = true end
  local labels = {}
  for label in pairs(top.topics or {}) do labels[#labels + 1] = label end
  table.sort(labels)
  D.topic_words = {}
  for _, label in ipairs(labels) do
    for _, w in ipairs(top.topics[label]) do add_phrase(D.topic_words, stems_of(w, tm, ir), label) end
  end
  D.init_after = phrases.compile(pol.initiative and pol.initiative.after or {}, tm)
  D.init_words = {}
  for _, w in ipairs(pol.initiative and pol.initiative.after or {}) do
    D.init_words[#D.init_words + 1] = tm.fold(w)
  end
  for _, w in ipairs(pol.initiative and pol.initiative.before or {}) do D.init_before[tm.fold(w)] = true end
  return D
end

-- The countries of the gazetteer as a phrase table over stems: every name,
-- alias, adjective and capital -> the country's folded name ("Iranian",
-- "Tehran" -> "iran").  Built on first need from countries.yaml alone (the
-- people are not indexed), and a point without a capitalised word names no
-- country.
local function countries(D)
  local C = D.countries
  if C ~= nil then return C end
  C = false
  local ok, G = pcall(D.gazetteer)
  if ok and G and G.countries then
    local tm, ir = D.tm, D.irregular
    C = {}
    local ids = {}
    for id in pairs(G.countries) do ids[#ids + 1] = id end
    table.sort(ids)
    for _, id in ipairs(ids) do
      local c = G.countries[id]
      if type(c.name) == "string" then
        local key = tm.fold(c.name)
        local function add(s)
          if type(s) == "string" and s ~= "" then
            local st = stems_of(s, tm, ir)
            if #st > 0 then add_phrase(C, st, key) end
          end
        end
        add(c.name)
        for _, a in ipairs(c.aliases or {}) do add(a) end
        for _, a in ipairs(c.adjectives or {}) do add(a) end
        add(c.capital)
        for _, a in ipairs(c.capital_aliases or {}) do add(a) end
      end
    end
  end
  D.countries = C
  return C
end

function M.load(ctx)
  local key = table.concat({ ctx.data("compare/synonyms.yaml") or "", ctx.data("compare/polarity.yaml") or "",
    ctx.data("compare/stopwords.yaml") or "", ctx.data("compare/topics.yaml") or "" }, "\0")
  local D = cache[key]
  if not D then
    D = build(ctx)
    D.tm = ctx.text
    -- the gazetteer of the first context to load these word lists, loaded
    -- when a point first has a capitalised word
    D.gazetteer = function() return { countries = require("callbrief.gazetteer").countries(ctx) } end
    cache[key] = D
  end
  return D
end

function M.split(claim)
  if type(claim.points) == "table" and #claim.points > 0 then return claim.points end
  local out = {}
  for part in (claim.text or ""):gmatch("[^;]+") do
    part = part:gsub("^%s+", ""):gsub("%s+$", "")
    if part ~= "" then out[#out + 1] = part end
  end
  if #out == 0 then out[1] = claim.text or "" end
  return out
end

-- Which of stems_of's words are written with a capital: the same cut on
-- the text unfolded (nil when folding changed the count of words).
local function capitals(text, n)
  local t = normalise(text):gsub("n't", " n't")
  t = t:gsub("[,;:%(%)%[%]!%?]", " | "):gsub("%.%s", " | "):gsub("%s%-+%s", " | ")
  local caps, k = {}, 0
  for w in t:gmatch("[%w\128-\255'%-|]+") do
    if w:find("|", 1, true) then
      k = k + 1
    else
      if w:find("'", 1, true) then w = w:gsub("^'+", ""):gsub("'s$", ""):gsub("'+$", "") end
      if w ~= "" then
        k = k + 1
        caps[k] = w:find("^%u") ~= nil
      end
    end
  end
  if k ~= n then return nil end
  return caps
end

local ARTICLE = { the = true, a = true, an = true }
local DEGREE = { too = true, so = true, very = true, entirely = true, wholly = true }
local SPEAK = { talk = true, talked = true, talking = true, speak = true, spoke = true, spoken = true,
  speaking = true }
local ABOUT = { about = true, of = true }
local COPULA = { is = true, are = true, was = true, were = true, be = true, been = true,
  remain = true, remains = true, remained = true, seem = true, seems = true, seemed = true,
  prove = true, proved = true, proven = true }
-- "-less" words that deny nothing of their subject
local NOT_LESS = { nevertheless = true, nonetheless = true, regardless = true, unless = true,
  doubtless = true, tireless = true, relentless = true, seamless = true, countless = true }

-- The act a point reports, by its verb: an offer, a demand, an accusation
-- or an account given.  Two points of different acts are rarely one point:
-- an offer to share information and an accusation of a breach can name the
-- same air force (see M.same).
local ACTS = {
  offer = { "offered", "offering", "offers", "proposed", "proposing", "proposes", "ready to", "willing to",
    "prepared to" },
  demand = { "demanded", "demanding", "demands", "urged", "urging", "urges", "called on", "called for",
    "calls on", "calls for", "insisted", "must" },
  accuse = { "accused", "accusing", "accuses", "blamed", "blaming", "violated", "violating", "violates",
    "violation", "breach", "breached", "condemned", "condemning", "condemns", "aggression" },
  inform = { "explained", "explanation", "informed", "briefed" },
}
local ACT_AT = {}
for act, list in pairs(ACTS) do
  for _, w in ipairs(list) do
    local first, second = w:match("^(%S+)%s*(%S*)$")
    ACT_AT[first] = ACT_AT[first] or {}
    ACT_AT[first][second] = act
  end
end

local function acts_of(words)
  local acts
  for i, w in ipairs(words) do
    local e = ACT_AT[w]
    local act = e and (e[words[i + 1] or ""] or e[""])
    if act then
      acts = acts or {}
      acts[act] = true
    end
  end
  return acts
end

-- A participle between an article and its noun describes the noun ("a
-- negotiated ceasefire", "the detained sailors"): it weighs half, as a name
-- does, and is not the act of its verb ("negotiated" is no talks).
local DETERMINER = { the = true, a = true, an = true, this = true, that = true, these = true, those = true,
  its = true, their = true, his = true, her = true, our = true, any = true }
local function modifier(words, i, j)
  local nx = words[j + 1]
  return i == j and DETERMINER[words[i - 1] or ""] and words[i]:find("%a%aed$") ~= nil and not words[i]:find("eed$")
    and nx ~= nil and nx ~= "|" and nx:find("^%a") ~= nil
end

local function base_analyse(D, text, tm)
  local stems, words = stems_of(text, tm, D.irregular)
  text = normalise(text)
  -- countries, in any of their forms, when a word has a capital
  local C, caps = nil, nil
  if text:find("%u") then
    C = countries(D)
    if C then caps = capitals(text, #stems) end
  end
  -- stems of the words written with a capital (not opening the text)
  local proper = {}
  local first = true
  for w in text:gmatch("[%w\128-\255'%-]+") do
    if w:find("^%u") then
      local f = tm.fold(w):gsub("'s$", "")
      local st = stem(f, D.irregular)
      -- the opening word only when it reads as a name ("Armenia must ...",
      -- not "Ending the conflict ...")
      if not first or not (D.stop[st] or f:find("ing$") or f:find("ed$")) then proper[st] = true end
    end
    first = false
  end
  -- raw: the terms that are a word's own stem (not a synonym key, not part
  -- of a hyphenated word): only these give way to the call's parties
  local pt = { terms = {}, denial = false, topics = {}, neg = {}, raw = {}, negs = 0 }
  -- Negation reaches the end of its clause, not the whole point ("agreed to
  -- restore relations, although no date was set": the relations are not
  -- negated).  Clauses end at punctuation ("|"), before a contrast word
  -- ("but", "although"), before a second verb ("... and reiterated") and at
  -- "without", which negates what follows it only.
  local clause, negc, occ, negs, flipped = 1, {}, {}, 0, {}
  -- the clauses with a denial word and those with another negation: a
  -- denial of a negative report is no double negative of the clause but
  -- its denial ("denied that he had urged him not to escalate": the urging
  -- is denied; "did not deny" confirms)
  local denc, plainc = {}, {}
  -- pt.pairs: "t1 t2" for two terms written one after the other ("air
  -- force", "military operation"): a compound that names one thing
  local last, step = nil, 0
  pt.pairs = {}
  local function add(key, w, raw, flip)
    if not pt.terms[key] then pt.terms[key] = w; pt.raw[key] = raw
    elseif weight(pt.terms[key]) < w then pt.terms[key] = w end
    occ[key] = occ[key] or {}
    occ[key][clause] = true
    if flip then
      flipped[key] = flipped[key] or {}
      flipped[key][clause] = true
    end
    if step == 0 then
      if last and last ~= key then pt.pairs[last .. "\0" .. key] = true end
      last = key
    end
    step = step + 1
  end
  local i = 1
  while i <= #stems do
    local s = stems[i]
    local j
    -- a word that adds no term ends a compound
    if step == 0 then last = nil end
    step = 0
    if s == "|" or D.contrast[s] then
      clause = clause + 1
      i = i + 1
      goto next
    end
    if s == "and" and words[i + 1] and (words[i + 1]:find("ed$") or D.irregular[words[i + 1]]) then
      clause = clause + 1
      i = i + 1
      goto next
    end
    -- a stock phrase that opens with a negation word is no negation ("there
    -- is no military solution": a settlement)
    do
      local sj, key = match_at(D.syn, stems, i)
      if sj and sj > i and D.neg[s] and match_at(D.neg, stems, i) then
        add(key, 1)
        i = sj + 1
        goto next
      end
    end
    j = match_at(D.notneg, stems, i)
    if j then i = j + 1; goto next end
    -- after an article a negation word negates the adjective of its noun
    -- phrase, not the clause ("in the not too distant future", "a not
    -- insignificant sum"); "going to" before a verb is a future
    if D.neg[s] and ARTICLE[words[i - 1] or ""] then
      i = i + 1
      if DEGREE[words[i] or ""] then i = i + 1 end
      goto next
    end
    if words[i] == "going" and words[i + 1] == "to" then i = i + 2; goto next end
    -- "talked about", "spoke of": the verb reports, what follows is the
    -- point (no "talks" in "talked about drugs")
    if SPEAK[words[i]] and ABOUT[words[i + 1] or ""] then i = i + 2; goto next end
    -- an adjective in "-less" said of the subject negates its clause
    -- ("dialogue is meaningless", "the talks proved fruitless"), as a
    -- negation word does
    local less = COPULA[words[i - 1] or ""] and words[i]:find("^%a%a%a+less$") and not NOT_LESS[words[i]]
    j = not less and match_at(D.neg_after, stems, i)
    if j then
      clause = clause + 1
      negc[clause] = true
      negs = negs + 1
      i = j + 1
      goto next
    end
    j = less and i or match_at(D.neg, stems, i)
    if j then
      negc[clause] = true
      plainc[clause] = true
      negs = negs + 1
      i = j + 1
      goto next
    end
    j = match_at(D.denial, stems, i)
    if j then
      pt.denial = true
      negc[clause] = true
      denc[clause] = true
      negs = negs + 1
      i = j + 1
      goto next
    end
    do
      local tj, label = match_at(D.topic_words, stems, i)
      if tj then pt.topics[label] = true end
      local sj, key = match_at(D.syn, stems, i)
      -- one of two opposite states ("lifted" / "stay in place", "reopen" /
      -- "remain closed"), unless a longer phrase of a group starts here
      -- ("close contact"); a word that is a state only as a verb ("close")
      -- only before an article, a possessive or the clause's end
      local stj, sv = match_at(D.state, stems, i)
      if stj and stj == i and D.verb_only[words[i]] then
        local nx = words[i + 1]
        if nx and nx ~= "|" and not D.verb_next[nx] then stj = nil end
      end
      if stj and (not sj or stj > sj) then
        add(sv.key, 1, nil, sv.flip)
        i = stj + 1
        goto next
      end
      -- a country by its name, adjective or capital ("Iranian", "Tehran"):
      -- one term, a name's weight; a party's own country is left out
      if C and (caps and caps[i] or not caps and proper[s]) then
        local cj, ckey = match_at(C, stems, i)
        if cj and (not sj or cj >= sj) then
          add(ckey, 0.5, true)
          i = cj + 1
          goto next
        end
      end
      if D.anti[s] and not sj then
        negc[clause] = true
        negs = negs + 1
        key, sj = D.anti[s], i
      end
      if sj then
        -- a group whose word is a stop word ("importance": "key",
        -- "crucial", "vital") says no more than the stop word
        if not D.stop[key] then add(key, modifier(words, i, sj) and 0.5 or 1) end
        i = sj + 1
      else
        if not D.stop[s] and #s > 2 and not s:find("^%d+$") then
          -- a name weighs half: two accounts of one conflict name the same
          -- places whatever they say
          local w = (proper[s] or modifier(words, i, i)) and 0.5 or 1
          add(s, w, true)
          if s:find("-", 1, true) then
            -- a hyphenated word also counts by its parts
            for part in s:gmatch("[^%-]+") do
              local ps = stem(part, D.irregular)
              local ckey = w < 1 and C and C[ps] and select(2, match_at(C, { ps }, 1))
              if ckey then
                add(ckey, w, true)
              elseif #ps > 2 and not D.stop[ps] then
                add(ps, w)
              end
            end
          end
        end
        i = i + 1
      end
    end
    ::next::
  end
  for c in pairs(denc) do
    if plainc[c] then negc[c] = nil end
  end
  -- a term is negated when every clause it stands in is
  for t, cl in pairs(occ) do
    local all = true
    if D.state_key[t] then
      -- a state: "flip" when named by the opposite state's word
      pt.state = pt.state or {}
      pt.state[t] = flipped[t] and "flip" or true
    end
    for c in pairs(cl) do if not negc[c] then all = false break end end
    if all and next(negc) then pt.neg[t] = true end
  end
  pt.negs = negs
  pt.acts = acts_of(words)
  -- place names and other proper nouns inside the text are topics too
  local opening = true
  for w in text:gmatch("[%w\128-\255'%-]+") do
    if not opening and w:find("^%u") and #w > 2 and not w:find("^%u+$") then
      local f = tm.fold(w):gsub("'s$", "")
      if not D.stop[stem(f, D.irregular)] then pt.topics[w:gsub("'s$", "")] = true end
    end
    opening = false
  end
  return pt
end

-- The analysis of a text apart from the call's parties, kept per text (the
-- compare plugins analyse the same points again and again).
local base_memo = memo.fn2(base_analyse)

function M.analyse(text, D, tm, parties)
  local b = base_memo(D, text, tm)
  local pt = { terms = {}, n = 0, polarity = 1, denial = b.denial, topics = b.topics, neg = {},
    state = b.state or {}, acts = b.acts, pairs = b.pairs }
  -- the point is negated when its negated terms weigh more than half ("is
  -- not monitoring and will not monitor" says one negative thing, not a
  -- double negative)
  local negw = 0
  for t, w in pairs(b.terms) do
    if not (parties and b.raw[t] and parties[t]) then
      pt.terms[t] = w
      pt.n = pt.n + w
      if b.neg[t] then pt.neg[t] = true; negw = negw + w end
    end
  end
  if (pt.n > 0 and negw * 2 > pt.n) or (pt.n == 0 and b.negs > 0) then pt.polarity = -1 end
  return pt
end

-- The stems of the words naming a call's parties: participants' names and
-- the sides' country names.
-- (one name's terms, kept per name: the same sides and participants name
-- thousands of calls and each of their claims)
local name_terms = memo.fn2(function(irregular, n, tm)
  local terms = {}
  local folded = tm.fold(n)
  for w in folded:gmatch("[%w\128-\255]+") do terms[#terms + 1] = stem(w, irregular) end
  -- a side's country as one term ("united states")
  terms[#terms + 1] = folded
  return terms
end)

function M.parties(names_list, D, tm)
  local set = {}
  for _, n in ipairs(names_list) do
    for _, t in ipairs(name_terms(D.irregular, n, tm)) do set[t] = true end
  end
  return set
end

function M.similarity(a, b)
  if a.n == 0 or b.n == 0 then return 0, {}, 0 end
  local shared, w = {}, 0
  for t, v in pairs(a.terms) do
    if b.terms[t] then
      shared[#shared + 1] = t
      w = w + math.min(weight(v), weight(b.terms[t]))
    end
  end
  table.sort(shared)
  return w / math.sqrt(a.n * b.n), shared, w
end

-- The more the points share, the less of each they need to share: two full
-- terms at similarity 0.25, one term and a name at 0.3, one term at 0.4 (a
-- short point inside a longer one: "no ceasefire" in "stressed the need for
-- an immediate ceasefire").  Names alone make no point the same: two
-- accounts of one conflict name the same places ("Armenia", "Azerbaijani
-- lands") whatever they say, so one full term must be among the shared.
-- Measured on tests/compare/pairs.yaml.
local function common(x, y)
  for k in pairs(x) do if y[k] then return true end end
  return false
end
local ACT_W, ACT_SIM = 2, 0.3

-- The weight two points' shared compounds give beyond one term each.
local function compounds(a, b)
  local extra = 0
  if not (a.pairs and b.pairs) then return 0 end
  for k in pairs(a.pairs) do
    if b.pairs[k] then
      local t1, t2 = k:match("^(.-)%z(.*)$")
      if b.terms[t1] and a.terms[t2] and b.terms[t2] then
        extra = extra + math.min(weight(a.terms[t1]), weight(b.terms[t1]), weight(a.terms[t2]), weight(b.terms[t2]))
      end
    end
  end
  return extra
end

function M.same(a, b)
  local sim, shared, w = M.similarity(a, b)
  local full = false
  for _, t in ipairs(shared) do
    if a.state and a.state[t] and b.state and a.state[t] ~= b.state[t]
      and (a.neg[t] or false) == (b.neg[t] or false) then
      -- opposite states named by opposite words ("lifted" / "stay in
      -- place") are the difference, not a likeness: the rest must make the
      -- points the same ("no withdrawal" / "withdrawal" is one thing)
      w = w - math.min(weight(a.terms[t]), weight(b.terms[t]))
    elseif weight(a.terms[t]) >= 1 and weight(b.terms[t]) >= 1 then
      full = true
    end
  end
  if a.n > 0 and b.n > 0 then sim = w / math.sqrt(a.n * b.n) end
  if full and a.acts and b.acts and not common(a.acts, b.acts) then
    -- two acts (an offer / an accusation, a demand / an account) are one
    -- point only when they share more than the name of one thing: a
    -- compound both write ("air force") counts once
    local cw = w - compounds(a, b)
    if cw >= ACT_W and cw / math.sqrt(a.n * b.n) >= ACT_SIM then return true, sim, shared end
    return false, sim, shared
  end
  if full and ((w >= 2 and sim >= 0.25) or (w >= 1.5 and sim >= 0.3) or (w >= 1 and sim >= 0.4)) then
    return true, sim, shared
  end
  return false, sim, shared
end

-- The polarity of a point over some of its terms: -1 when the negated ones
-- weigh more than half.  Against another point (other): turned round when
-- it names a state they share by the opposite word ("sanctions would be
-- lifted" against "sanctions would stay in place"; "would not be lifted"
-- is then positive).
local function flips(pt, terms, other)
  if not (other and pt.state and next(pt.state)) then return false end
  for _, t in ipairs(terms) do
    if pt.state[t] == "flip" and other.state and other.state[t] == true then return true end
  end
  return false
end

function M.polarity_over(pt, terms, other)
  local neg, all = 0, 0
  local turn = flips(pt, terms, other) and -1 or 1
  for _, t in ipairs(terms) do
    local w = weight(pt.terms[t] or 0)
    all = all + w
    if pt.neg[t] then neg = neg + w end
  end
  if all == 0 then return pt.polarity end
  return (neg * 2 > all and -1 or 1) * turn
end

-- A short negated point inside another side's fuller positive one: every
-- term of a (one to three terms) is among o's, negated in a and not in o
-- ("denied that Putin had agreed to any truce" against "secured Putin's
-- commitment to a 30-day truce").
function M.negates(a, o)
  if a.polarity >= 0 or a.n == 0 or a.n > 3 then return false end
  local terms = {}
  for t in pairs(a.terms) do
    if not o.terms[t] then return false end
    terms[#terms + 1] = t
  end
  return M.polarity_over(a, terms, o) < 0 and M.polarity_over(o, terms, a) > 0
end

-- The relation of two points of different sides, as the compare plugin
-- decides it: "same" (the same point, same polarity over the terms they
-- share), "differ" (the same point, one side negating those terms, or one
-- negating the other's point whole) or "unrelated"; then the similarity,
-- the shared terms and each point's polarity over them.
function M.relation(a, b)
  local ok, sim, shared = M.same(a, b)
  if ok then
    local pa, pb = M.polarity_over(a, shared, b), M.polarity_over(b, shared, a)
    return pa == pb and "same" or "differ", sim, shared, pa, pb
  end
  if M.negates(a, b) then return "differ", sim, shared, -1, 1 end
  if M.negates(b, a) then return "differ", sim, shared, 1, -1 end
  return "unrelated", sim, shared, a.polarity, b.polarity
end

-- The side a party word names: a country, a capital, an institution, a
-- person of the gazetteer; "the German side".
local function party_at(G, tk, i)
  if i > tk.n then return nil end
  local j, id = G:country_at(tk, i)
  if j then
    local c = G:country(id)
    return c and c.name or id
  end
  local ij, inst = G:institution_at(tk, i)
  if ij then return inst.side_name end
  local pj, plist = G:person_at(tk, i)
  if pj and #plist == 1 then
    local c = G:country(plist[1].country)
    return c and c.name or plist[1].country
  end
  return nil
end

-- A cheap test before the gazetteer is needed: could the text name who
-- asked for the call?
function M.mentions_initiative(text, D)
  local low = text:lower()
  for w in pairs(D.init_before) do
    if low:find(w, 1, true) then return true end
  end
  for _, w in ipairs(D.init_words) do
    if low:find(w, 1, true) then return true end
  end
  return false
end

function M.initiator(text, D, G, tm)
  local tk = tokenize.run(text, tm)
  for i = 1, tk.n do
    local j = phrases.match(D.init_after, tk, i)
    if j then
      local k = j + 1
      if tk.f[k] == "the" then k = k + 1 end
      local side = party_at(G, tk, k)
      if side then return side end
      -- the person as written, resolved by surname
      if tk.up[k] and G.by_surname then
        local cands = G:by_surname(names.key(tk.f[k]))
        if #cands == 1 then
          local c = G:country(cands[1].country)
          return c and c.name or cands[1].country
        end
      end
    end
    -- "at the German side's request", "at Ramaphosa's request"
    if D.init_before[tk.f[i]] and tk.f[i - 1] == "'s" then
      local k = i - 2
      if tk.f[k] == "side" then k = k - 1 end
      for back = k, math.max(1, k - 2), -1 do
        local side = party_at(G, tk, back)
        if side then return side end
      end
    end
  end
  return nil
end

-- A function t -> the party t names as having asked for the call, loading
-- the gazetteer only when a point needs it (each plugin has its own copy).
-- The answer is kept per text (memo.fn): an archive's copies of
-- one readout repeat the same points from call to call.
function M.initiator_finder(ctx, D)
  local G
  return memo.fn(function(t)
    if not M.mentions_initiative(t, D) then return nil end
    G = G or require("callbrief.gazetteer").load(ctx)
    return M.initiator(t, D, G, ctx.text)
  end)
end

return M
