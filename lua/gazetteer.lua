-- gazetteer.lua — load data/gazetteer/ and answer lookups about countries,
-- people and institutions (require "callbrief.gazetteer").
--
--   gazetteer.load(ctx) -> G       memoised per data text (the parsed and
--                                  indexed gazetteer is immutable)
--   gazetteer.countries(ctx) -> {id = country record}  only the countries
--   gazetteer.institutions(ctx) -> I  only the institutions: I.institutions,
--                                  I:institution_at(tk, i); cheap to build
--   G.country(id) -> country record ({id, name, kind, leader, ...})
--   G.country_at(tk, i) -> j, id, how   a country name, alias, adjective or
--                                  capital at token i ("how" = "name",
--                                  "adjective" or "capital")
--   G.place_country(place) -> id | nil   the country a whole place names
--                                  ("TOKYO", "Moscow": a dateline's place)
--   G.person_at(tk, i) -> j, {person...}  a full name or alias at token i
--   G.by_surname(fold) -> {person...}   people whose surname (or one-word
--                                  alias) folds to this key; what the
--                                  surname is depends on the name's
--                                  structure (callbrief.names)
--   G.person(name) -> person       by canonical name
--   G.institution_at(tk, i) -> j, inst
--   G.holders(country_id, role, date) -> {person...}  who held the office
--                                  on that date (all holders when date nil)
--   G.holds(person, country_id, role, date) -> boolean
--   G.role_key(role [, country_id]) -> canonical role ("secretary of state"
--                                  -> "foreign minister")
--   G.counterpart_office(role, from_id, to_id [, date]) -> the office of a
--                                  counterpart in to_id of a holder of
--                                  role in from_id ("chancellor" -> "leader"
--                                  for Italy)
--   G.roles  (from data/extract/roles.yaml) title trie and tables;
--            G.roles.words: the folded words of titles and honorifics
--   G.ordinary[fold] = true   ordinary English words that are also names
--                                  (data/extract/ordinary.yaml)
--   G.subject_next[fold] = true  words that follow a subject ("is", "has")
--   G.openers[fold] = true     adverbs that open a sentence ("Yesterday")
--   G.given_of(person) -> {key = true}  names.key (and names.skeleton)
--                                  of every word of the person's name and
--                                  aliases (to tell "Tim Cook" from Robin
--                                  Cook)
--
-- A person record is the gazetteer entry plus `id` (its index) and
-- `country_name`.

local phrases = require("callbrief.phrases")
local names = require("callbrief.names")
local tokenize = require("callbrief.tokenize")

local M = {}

local cache = {}   -- data text -> indexed gazetteer (one entry per data set)

local function list_of(doc, key)
  if type(doc) ~= "table" then return {} end
  if doc[key] then return doc[key] end
  if doc[1] then return doc end
  return {}
end

local function load_yaml(ctx, rel)
  local text = ctx.data(rel)
  if not text then return nil end
  local doc, err = ctx.yaml.load(text, rel)
  if not doc then
    ctx.log.warn("gazetteer: " .. tostring(err))
    return nil
  end
  return doc, text
end

-- The people files: every file listed in gazetteer/people/index.txt (one
-- name a line), or the host's directory listing when it offers one, or the
-- single file gazetteer/people.yaml.
local function people_files(ctx, countries)
  if ctx.data_list then
    local ok, files = pcall(ctx.data_list, "gazetteer/people")
    if ok and type(files) == "table" and #files > 0 then
      local out = {}
      for _, f in ipairs(files) do
        if f:match("%.ya?ml$") then
          out[#out + 1] = f:find("/", 1, true) and f or ("gazetteer/people/" .. f)
        end
      end
      table.sort(out)
      return out
    end
  end
  local idx = ctx.data("gazetteer/people/index.txt")
  if idx then
    local out = {}
    for line in idx:gmatch("[^\n]+") do
      line = line:gsub("#.*", ""):match("^%s*(.-)%s*$")
      if line ~= "" then out[#out + 1] = "gazetteer/people/" .. line end
    end
    return out
  end
  -- One file per country or organisation, named after its id or name
  -- (ru.yaml, african_union.yaml); a missing file is simply absent.
  local out, seen = { "gazetteer/people.yaml" }, {}
  local ids = {}
  for id in pairs(countries or {}) do ids[#ids + 1] = id end
  table.sort(ids)
  for _, id in ipairs(ids) do
    local c = countries[id]
    for _, base in ipairs({ id:lower(), (c.name or ""):lower():gsub("[^%w]+", "_") }) do
      local rel = "gazetteer/people/" .. base .. ".yaml"
      if base ~= "" and not seen[rel] then
        seen[rel] = true
        out[#out + 1] = rel
      end
    end
  end
  return out
end

local function build_roles(ctx, text, doc)
  doc = doc or load_yaml(ctx, "extract/roles.yaml") or {}
  local R = { titles = {}, key = {}, plural = {}, honorifics = {}, particles = {} }
  local entries = {}
  -- every word of a title or honorific ("Secretary Austin", "Defense
  -- Minister X"): no first name, whoever the person is
  R.words = {}
  local function note_words(form)
    for w in text.fold(form):gmatch("[%w']+") do R.words[w] = true end
  end
  for _, h in ipairs(doc.honorifics or {}) do if type(h) == "string" then note_words(h) end end
  for canon, forms in pairs(doc.roles or {}) do
    R.key[canon] = canon
    entries[#entries + 1] = { canon, canon }
    note_words(canon)
    for _, form in ipairs(forms) do
      note_words(form)
      entries[#entries + 1] = { form, canon }
      R.key[text.fold(form)] = canon
      if form:match("s$") and not form:match("ss$") or form:match("heads ") then
        R.plural[text.fold(form)] = true
      end
    end
  end
  -- (session 11) titles one country alone gives an office: "the
  -- Taoiseach" is Ireland's prime minister (a trie of their own:
  -- mentions reads them only as a bare office)
  local national = {}
  for form, v in pairs(doc.national_titles or {}) do
    national[#national + 1] = { form, { role = v.role, country = v.country } }
  end
  table.sort(national, function(a, b) return a[1] < b[1] end)
  R.national = phrases.compile(national, text)
  -- Longer titles first does not matter for a trie; order for determinism.
  table.sort(entries, function(a, b) return a[1] < b[1] end)
  R.titles = phrases.compile(entries, text)
  R.honorifics = phrases.compile(doc.honorifics or {}, text)
  for _, p in ipairs(doc.name_particles or {}) do R.particles[text.fold(p)] = true end
  -- short given name -> {full given name = true}
  R.given_short = {}
  for short, full in pairs(doc.given_short or {}) do
    local set = {}
    for _, f in ipairs(full) do set[names.key(text.fold(f))] = true end
    R.given_short[names.key(text.fold(short))] = set
  end
  R.order = names.order_of(doc, text)
  return R
end

-- Add `rec` under the token sequence of `form` (lists: two people may
-- share an alias).
local function trie_add(ptrie, form, rec, text)
  local tk
  if form:find("^[%a ]+$") then
    -- plain ASCII words: what the tokenizer would give, without it
    tk = { n = 0, f = {}, t = {}, k = {} }
    for w in form:gmatch("%a+") do
      local n = tk.n + 1
      tk.n, tk.t[n], tk.f[n], tk.k[n] = n, w, w:lower(), "w"
    end
  else
    tk = tokenize.run(form, text)
  end
  if tk.n == 0 then return tk end
  local node = ptrie
  for i = 1, tk.n do
    node[tk.f[i]] = node[tk.f[i]] or {}
    node = node[tk.f[i]]
  end
  node["\0"] = node["\0"] or {}
  for _, q in ipairs(node["\0"]) do if q == rec then return tk end end
  table.insert(node["\0"], rec)
  return tk
end

-- The institutions ("the Kremlin") into list and trie; side_name from
-- countries when given.
local function index_institutions(ctx, countries, list, itrie)
  local text = ctx.text
  local idoc = load_yaml(ctx, "gazetteer/institutions.yaml")
  for _, inst in ipairs(list_of(idoc, "institutions")) do
    local c = countries and countries[inst.side]
    local rec = { name = inst.name, side = inst.side, kind = inst.kind,
      side_name = c and c.name or inst.side }
    -- (session 14) the other sides a bare name may stand for ("the
    -- Foreign Office": the UK's, Pakistan's, Germany's): {id, name}
    if type(inst.also) == "table" then
      rec.also = {}
      for _, id in ipairs(inst.also) do
        local o = countries and countries[id]
        rec.also[#rec.also + 1] = { id = id, name = o and o.name or id }
      end
    end
    list[#list + 1] = rec
    phrases.add(itrie, inst.name, rec, text)
    for _, a in ipairs(inst.aliases or {}) do phrases.add(itrie, a, rec, text) end
  end
end

-- The official long forms of a state's name, "the Socialist Republic of
-- Viet Nam", "the Kingdom of Bahrain", "the Republic of Kenya", as
-- readouts and protocol write them: a form below, then a state's name.
-- A state's own aliases come first ("Republic of China" is Taiwan's,
-- "Democratic Republic of the Congo" the DRC's): country_at tries them
-- before the form.
local OFFICIAL_FORMS = { "Republic of", "Socialist Republic of", "Federal Republic of",
  "Federative Republic of", "Federal Democratic Republic of", "Democratic Republic of",
  "Democratic Socialist Republic of", "Islamic Republic of", "Arab Republic of",
  "People's Republic of", "People's Democratic Republic of", "United Republic of",
  "Bolivarian Republic of", "Plurinational State of", "Oriental Republic of",
  "Co-operative Republic of", "Kingdom of", "Hashemite Kingdom of", "Sultanate of",
  "Principality of", "Grand Duchy of", "State of", "Commonwealth of", "Republic of the Union of" }
-- namesakes among the US states: "the State of Georgia" is no country
local NOT_OFFICIAL = { georgia = true }

local function index(ctx)
  local text = ctx.text
  local G = { countries = {}, people = {}, institutions = {}, person_index = {} }
  local ctrie, ptrie, itrie = {}, {}, {}
  local surnames, surname_set = {}, {}
  G.given, G.text = {}, text
  G.roles = build_roles(ctx, text)
  G.ordinary = {}
  local odoc = load_yaml(ctx, "extract/ordinary.yaml")
  G.subject_next = {}
  for _, w in ipairs(type(odoc) == "table" and odoc.words or {}) do G.ordinary[text.fold(w)] = true end
  for _, w in ipairs(type(odoc) == "table" and odoc.subject_next or {}) do G.subject_next[text.fold(w)] = true end
  G.openers = {}
  for _, w in ipairs(type(odoc) == "table" and odoc.openers or {}) do G.openers[text.fold(w)] = true end
  local order = G.roles.order

  local cdoc = load_yaml(ctx, "gazetteer/countries.yaml")
  for _, c in ipairs(list_of(cdoc, "countries")) do
    G.countries[c.id] = c
    local function add(s, how)
      if type(s) == "string" and s ~= "" then
        phrases.add(ctrie, s, { id = c.id, how = how }, text)
      end
    end
    add(c.name, "name")
    for _, a in ipairs(c.aliases or {}) do add(a, "name") end
    for _, a in ipairs(c.adjectives or {}) do add(a, "adjective") end
    add(c.capital, "capital")
    for _, a in ipairs(c.capital_aliases or {}) do add(a, "capital") end
  end
  G.formtrie = {}
  for _, f in ipairs(OFFICIAL_FORMS) do phrases.add(G.formtrie, f, f, text) end

  for _, rel in ipairs(people_files(ctx, G.countries)) do
    local pdoc = load_yaml(ctx, rel)
    for _, p in ipairs(list_of(pdoc, "people")) do
      local rec = {}
      for k, v in pairs(p) do rec[k] = v end
      rec.id = #G.people + 1
      local c = G.countries[p.country]
      rec.country_name = c and c.name or p.country
      G.people[rec.id] = rec
      G.person_index[p.name] = G.person_index[p.name] or rec
      local all = { p.name }
      for _, a in ipairs(p.aliases or {}) do all[#all + 1] = a end
      -- initials as British style writes them, without their dots
      -- ("George W Bush", "George HW Bush")
      for i = 1, #all do
        local a = all[i]
        if type(a) == "string" and a:find("%u%.") then
          local bare = a:gsub("(%u)%.%s?(%u)%.", "%1%2"):gsub("(%u)%.", "%1")
          if bare ~= a then all[#all + 1] = bare end
        end
      end
      local ff = false
      for _, a in ipairs(all) do
        if type(a) == "string" and names.family_first_form(a) then ff = true end
      end
      for _, a in ipairs(all) do
        local tk = trie_add(ptrie, a, rec, text)
        local keys, forms = names.surname_keys(a, text, order, p.country, tk, ff)
        for _, form in ipairs(forms) do trie_add(ptrie, form, rec, text) end
        for _, key in ipairs(keys) do
          -- (sp25) a set per key beside the list: the list of a common
          -- surname ("Kim", "Singh") was walked for every namesake
          local list, set = surnames[key], surname_set[key]
          if not list then
            list, set = {}, {}
            surnames[key], surname_set[key] = list, set
          end
          if not set[rec] then
            set[rec] = true
            list[#list + 1] = rec
          end
        end
      end
    end
  end

  index_institutions(ctx, G.countries, G.institutions, itrie)

  G.ctrie, G.ptrie, G.itrie, G.surnames = ctrie, ptrie, itrie, surnames
  return G
end

-- Lookups ------------------------------------------------------------------

local Gmeta = {}
Gmeta.__index = Gmeta

function Gmeta.country(G, id) return G.countries[id] end

-- (sp26) The lookups below are asked at most capitalised words of every
-- sentence, and most start no entry: the first word is looked up here
-- before phrases.match is called (what it would look up first).
function Gmeta.country_at(G, tk, i)
  local f = tk.f[i]
  if not G.ctrie[f] and not G.formtrie[f] then return nil end
  local j, v = phrases.match(G.ctrie, tk, i)
  if j then return j, v.id, v.how end
  local fj, form = phrases.match(G.formtrie, tk, i)
  if not fj then return nil end
  local k = tk.f[fj + 1] == "the" and fj + 2 or fj + 1
  j, v = phrases.match(G.ctrie, tk, k)
  if j and v.how == "name" and not (form == "State of" and NOT_OFFICIAL[tk.f[k]]) then
    return j, v.id, v.how
  end
end

function Gmeta.place_country(G, place)
  local tk = tokenize.run(place, G.text)
  local j, id = G:country_at(tk, 1)
  if j == tk.n then return id end
  return nil
end

function Gmeta.person_at(G, tk, i)
  if not G.ptrie[tk.f[i]] then return nil, nil end
  return phrases.match(G.ptrie, tk, i)
end

function Gmeta.institution_at(G, tk, i)
  if not G.itrie[tk.f[i]] then return nil, nil end
  return phrases.match(G.itrie, tk, i)
end

function Gmeta.by_surname(G, key)
  return G.surnames[key] or {}
end

-- The keys (names.key, and names.skeleton) of every word of a person's
-- name and aliases; built when first asked (few people ever are).
function Gmeta.given_of(G, p)
  local given = G.given[p]
  if given then return given end
  given = {}
  for _, a in ipairs({ p.name, table.unpack(p.aliases or {}) }) do
    for w in G.text.fold(tostring(a)):gmatch("[^%s%.,]+") do
      local key = names.key(w)
      -- (session 13) a word of another script folds to nothing: no key
      -- ("" would fit every given name without a skeleton, "Li", "Bo")
      if key ~= "" then given[key] = true end
      local sk = names.skeleton(key)
      if sk then given[sk] = true end
    end
  end
  G.given[p] = given
  return given
end

-- The person record with this canonical name, or nil.
function Gmeta.person(G, name)
  return name and G.person_index[name] or nil
end

-- Canonical role key; a country's own title for its foreign minister
-- ("secretary of state") reads as "foreign minister".
function Gmeta.role_key(G, role, country_id)
  if not role then return nil end
  local r = role:lower()
  local c = country_id and G.countries[country_id]
  if c and c.foreign_minister_title and r == c.foreign_minister_title:lower() then
    return "foreign minister"
  end
  return G.roles.key[r] or r
end

-- "leader" and "head of government" name different offices per country.
function Gmeta.office_of(G, role, country_id)
  local c = G.countries[country_id]
  if role == "leader" then
    return c and c.leader and G:role_key(c.leader, country_id) or "president"
  end
  return G:role_key(role, country_id)
end

-- The office a counterpart holds: the same one, when the other country
-- has such an office ("Macron's German counterpart" is its president);
-- else, for a leader or head of government, the other country's leader
-- ("Scholz's Italian counterpart" is Italy's prime minister, "Sunak's
-- American counterpart" the US president).  So, on a date, when the
-- other country's office had ended by then (no holder on the date, none
-- after it: Turkey's prime minister after 2018, "Kristersson called his
-- Turkish counterpart" in 2023 is its president); a gap between holders
-- keeps the office.
local function office_ended(G, to_id, role, date)
  for _, p in ipairs(G.people) do
    for _, r in ipairs(p.roles or {}) do
      local side = r.country or p.country
      if side == to_id and G:role_key(r.role, side) == G:office_of(role, side)
          and (not r.to or tostring(r.to) >= date) then
        return false
      end
    end
  end
  return true
end

function Gmeta.counterpart_office(G, role, from_id, to_id, date)
  if not role or not to_id or not G.countries[to_id] then return role end
  local memo = G.office_memo
  if not memo then memo = {}; G.office_memo = memo end
  local key = to_id .. "\0" .. role
  local has = memo[key]
  if has == nil then
    has = #G:holders(to_id, role, nil) > 0
    memo[key] = has
  end
  if has and date then
    local dkey = key .. "\0" .. date
    local ended = memo[dkey]
    if ended == nil then
      ended = office_ended(G, to_id, role, date)
      memo[dkey] = ended
    end
    if ended then has = false end
  end
  if has then return role end
  local from = from_id and G.countries[from_id]
  if from and (role == G:role_key(from.leader or "", from_id)
      or role == G:role_key(from.head_of_government or "", from_id)) then
    return "leader"
  end
  return role
end

local function in_range(r, date)
  if not date then return true end
  if r.from and tostring(r.from) > date then return false end
  if r.to and tostring(r.to) < date then return false end
  return true
end
-- gazetteer.in_term(role, date) -> boolean: the role's term holds the day
-- (any day when date is nil)
M.in_term = in_range

-- A role may be held for another side than the person's own (`country:`
-- on the role: Stoltenberg's premiership of Norway on his NATO entry).
function Gmeta.holds(G, person, country_id, role, date)
  for _, r in ipairs(person.roles or {}) do
    local side = r.country or person.country
    if (not country_id or side == country_id) and in_range(r, date)
        and (not role or G:role_key(r.role, side) == G:office_of(role, side)) then
      return true
    end
  end
  return false
end

-- The side a person speaks for on a day: that of the role they held then
-- when it is held for another side (Kaja Kallas, of the EU file, was
-- Estonia's prime minister until 2024), else their own.
function Gmeta.side_at(G, person, date)
  if date then
    for _, r in ipairs(person.roles or {}) do
      if r.country and in_range(r, date) then return r.country end
    end
  end
  return person.country
end

function Gmeta.holders(G, country_id, role, date)
  local out = {}
  for _, p in ipairs(G.people) do
    if G:holds(p, country_id, role, date) then out[#out + 1] = p end
  end
  return out
end

-- The host's ctx.data is one C function for the whole run, reading one
-- data directory: once indexed through it, the gazetteer is not read
-- again (reading and comparing the data text for every document costs
-- more than extracting it).  A ctx.data of another identity (a test's
-- stub) is keyed by the text itself.
local by_reader = setmetatable({}, { __mode = "k" })

function M.load(ctx)
  local reader = ctx.data
  local G = by_reader[reader]
  if G then return G end
  local key = (ctx.data("gazetteer/countries.yaml") or "") .. "\0"
    .. (ctx.data("gazetteer/people/index.txt") or "") .. "\0"
    .. (ctx.data("gazetteer/institutions.yaml") or "") .. "\0"
    .. (ctx.data("extract/roles.yaml") or "") .. "\0"
    .. (ctx.data("extract/ordinary.yaml") or "")
  G = cache[key]
  if not G then
    -- built once per run and unpacked in its other Lua states (workers,
    -- link, compare): ctx.shared keeps plain data only, so the text
    -- module and the methods are put back here.  persist: kept packed
    -- in the cache directory between runs, as long as every data file
    -- the build reads through ctx.data (each people file) and the Lua
    -- libraries are as they were (src/shared_disk.h)
    local built = ctx.shared and ctx.shared("callbrief.gazetteer\0" .. key, function()
      local g = index(ctx)
      g.text = nil
      return g
    end, { persist = true }) or index(ctx)
    built.text = ctx.text
    G = setmetatable(built, Gmeta)
    cache[key] = G
  end
  if type(reader) == "function" then by_reader[reader] = G end
  return G
end

-- A part of the gazetteer built from one data file alone, kept per text of
-- that file (as load keeps the whole).
local parts = {}
local function part(ctx, rel, build)
  local key = rel .. "\0" .. (ctx.data(rel) or "")
  local v = parts[key]
  if v == nil then
    v = build()
    parts[key] = v
  end
  return v
end

-- Only the country records by id ({id, name, aliases, adjectives,
-- capital, ...}), for a plugin that needs no people (compare's country
-- terms).
function M.countries(ctx)
  return part(ctx, "gazetteer/countries.yaml", function()
    local out = {}
    for _, c in ipairs(list_of(load_yaml(ctx, "gazetteer/countries.yaml"), "countries")) do
      out[c.id] = c
    end
    return out
  end)
end

-- Only the institutions, for a plugin that needs no more (link's claims
-- looks up "the Kremlin" in a via text): {institutions, institution_at}
-- without indexing 2,000 people.  side_name is the side's id here.
function M.institutions(ctx)
  return part(ctx, "gazetteer/institutions.yaml", function()
    local I = { institutions = {}, itrie = {}, institution_at = Gmeta.institution_at }
    index_institutions(ctx, nil, I.institutions, I.itrie)
    return I
  end)
end

return M
