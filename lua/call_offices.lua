-- call_offices.lua — the country of an office written without one ("the
-- prime minister") and the document's home country (require
-- "callbrief.call_offices").  Pure; used by 20-calls.
--
--   call_offices.home_country(G, doc, A_all, text) -> country id | nil
--   call_offices.place_country(G, dropped, text) -> country id | nil
--       the seat of government a dropped "PLACE:" field names
--   call_offices.office_countries(G, A_all, home, published, voice, L [, placed])  sets the
--       country of bare offices in the mentions of A_all (voice: 10-people's
--       analysis.voice, whose speakers' own offices they are)

local clauses = require("callbrief.clauses")
local phrases = require("callbrief.phrases")
local outlets = require("callbrief.outlets")
local tokenize = require("callbrief.tokenize")
local call_people = require("callbrief.call_people")
local teller_role =
  call_people.teller_role

-- The document's home country: the government whose own page it is.  A
-- page header (one of the first three lines, in title case, naming no
-- person: "Ministry of External Affairs, Government of India", "President
-- of Russia", "Presidency of the Arab Republic of Egypt") or an outlet
-- that is a government body (the Kremlin's site), or a masthead line that
-- names one.  Such a page names its own leader by the bare office ("Prime
-- Minister spoke to ...", "The President received a call").  News
-- agencies are no home: their pages report others.  (session 11) A
-- national parliament's record is ("Lok Sabha Debates": the Prime
-- Minister answering a question there is India's).
local GOV_KIND = { presidency = true, government = true, ["foreign ministry"] = true,
  ministry = true, ["royal court"] = true, spokesperson = true, parliament = true }
-- The last word of an outlet that is a body's record ("Lok Sabha Debates")
local RECORD = { debates = true, debate = true, proceedings = true, record = true, hansard = true }
local GOV_NOUN = { government = true, presidency = true, ministry = true, office = true,
  president = true, cabinet = true, chancellery = true, chancellor = true, kremlin = true }

local function header_country(G, tk, ms)
  if tk.n > 16 then return nil end
  for _, m in ipairs(ms) do
    if m.kind == "person" or m.kind == "pronoun" or m.kind == "joint" then return nil end
  end
  for i = 1, tk.n do
    if tk.k[i] == "w" and #tk.f[i] > 3 and not tk.up[i] then return nil end
  end
  for i = 1, tk.n do
    local ij, inst = G:institution_at(tk, i)
    if ij and GOV_KIND[inst.kind or ""] then return inst.side end
    if GOV_NOUN[tk.f[i]] and tk.up[i] and tk.f[i + 1] == "of" then
      local j = tk.f[i + 2] == "the" and i + 3 or i + 2
      local cj, id, how = G:country_at(tk, j)
      if cj and how ~= "capital" then return id end
    end
  end
  return nil
end

-- A body's name over its page, dropped as a masthead ("Élysée Palace —
-- Press Office", "Republic of Ghana — The Presidency"): the government
-- body's country, else the one country it names.
local function masthead_country(G, line, text)
  if not outlets.official_body(line) then return nil end
  local tk = tokenize.run(line, text)
  local found
  for i = 1, tk.n do
    local ij, inst = G:institution_at(tk, i)
    if ij and GOV_KIND[inst.kind or ""] then return inst.side end
    local cj, id, how = G:country_at(tk, i)
    if cj and how ~= "capital" then
      if found and found ~= id then return nil end
      found = id
    end
  end
  return found
end

-- (session 12) The country of the seat of government ("the Oval Office",
-- "the Kremlin") that a memorandum's place field, dropped as the page's
-- metadata, names ("DATE, TIME AND PLACE: February 13, 1990, ..., The
-- Oval Office"), or nil.
local function place_country(G, dropped, text)
  for _, d in ipairs(dropped or {}) do
    if d.reason == "page_meta" and type(d.text) == "string" then
      local tk = tokenize.run(d.text, text)
      local from
      for i = 1, tk.n do
        if tk.f[i] == "place" and tk.f[i + 1] == ":" then from = i + 2 end
      end
      for i = from or tk.n + 1, tk.n do
        local ij, inst = G:institution_at(tk, i)
        if ij and inst.kind == "presidency" then return inst.side end
      end
    end
  end
  return nil
end

-- (session 25) The offices a page names bare whatever land it is about,
-- a crown being one to a country ("The Queen", "the King"): only these
-- take a dateline's country (tried for every office: in two held-out
-- corpora a bare president or prime minister under a dateline was
-- another land's).
local MONARCH = { queen = true, king = true, emperor = true, empress = true, sultan = true,
  emir = true, ["grand duke"] = true, ["grand duchess"] = true }

-- (session 25) The country of a dateline's place ("LONDON, May 13 -"),
-- or nil: the last resort for an office no sentence gives a country
-- ("The Queen telephoned ..." with two queens reigning that day).
local function dateline_country(G, doc)
  local place = doc and doc.dateline and doc.dateline.place
  if type(place) ~= "string" then return nil end
  return G:place_country(place)
end

local function home_country(G, doc, A_all, text)
  for si = 1, math.min(3, #A_all) do
    local A = A_all[si]
    local id = A and header_country(G, A.tk, A.ms)
    if id then return id end
  end
  for _, d in ipairs(doc.dropped or {}) do
    local id = d.reason == "masthead" and type(d.text) == "string" and masthead_country(G, d.text, text)
    if id then return id end
  end
  local id = place_country(G, doc.dropped, text)
  if id then return id end
  if doc.outlet then
    local tk = tokenize.run(doc.outlet, text)
    for i = 1, tk.n do
      local ij, inst = G:institution_at(tk, i)
      if ij and i == 1 and (ij == tk.n or (ij == tk.n - 1 and RECORD[tk.f[tk.n]])) and GOV_KIND[inst.kind or ""] then
        return inst.side
      end
    end
  end
  return nil
end

-- Offices that name no one of their own ("the leader", "a counterpart",
-- "officials") take no country from the page or from earlier mentions.
local OPEN_ROLE = { official = true, spokesperson = true, leader = true, counterpart = true }

-- Whether a sentence names one of these people ("The president received a
-- call from Putin, the Kremlin said": the president is not Putin).
local function names_holder(ms, holders)
  for _, m in ipairs(ms) do
    for _, p in ipairs(holders) do
      if m.person == p or (m.person and p.name and m.person.name == p.name) then return true end
    end
  end
  return false
end

-- An office written without its country ("the crown prince", "Prime
-- Minister", "the Chancellor"): on a government's own page, that
-- government's office when it has a holder on the report's date; else the
-- country of every earlier mention of the same office ("the Saudi crown
-- prince", "Chancellor Olaf Scholz") when they all agree.  Sets m.country
-- (and m.country_from) on the mentions; one pass over the document.
-- Which of the holders of an office the sentence before named (`named`:
-- {c = country, topic = its subject?, unmarked = written with the title
-- and no country?}, in text order) a bare office in the next sentence is:
-- the one of the country telling that sentence ("Qatar's spokesman said
-- the prime minister ..."); else the one the writer gave no nationality,
-- the page's own, when the others have one ("Indian Prime Minister Modi
-- spoke with Prime Minister Sheikh Hasina"); else the subject of the
-- sentence before, the person the discourse is about ("Kishida received
-- Albanese in Tokyo. The prime minister then ..." is Kishida); else the
-- one the same bare office meant before (`running`: "The PM said she had
-- spoken to X. He had also been called by the Australian Prime Minister,
-- Y, she said. According to the PM, ..." is still the first PM's); else
-- the holder named last.
local function of_sentence_before(named, said, running)
  for _, e in ipairs(named) do
    if said[e.c] then return e.c end
  end
  local plain, marked
  for _, e in ipairs(named) do
    if e.unmarked then
      if plain and plain ~= e.c then plain = false elseif plain == nil then plain = e.c end
    else
      marked = true
    end
  end
  if plain and marked then return plain end
  for _, e in ipairs(named) do
    if e.topic then return e.c end
  end
  return running or named[#named].c
end

-- (session 11) Whether the sentence names someone else who holds (or
-- held) office key for country c: "The President last spoke with Mr.
-- Gorbachev on Aug. 11" is not the Soviet president, whatever earlier
-- sentences named.
local function other_holder(G, ms, m, key, c)
  for _, o in ipairs(ms) do
    if o ~= m and o.kind == "person" and o.person and (o.country or o.person.country) == c then
      for _, r in ipairs(o.person.roles or {}) do
        if r.role and G:role_key(r.role) == key then return true end
      end
    end
  end
  return false
end

-- Whether mention m is the sentence's subject (its topic ti) or an
-- apposition of it ("The Prime Minister of Pakistan, X, ...", "X, the
-- Prime Minister of Pakistan, ...").
local function is_subject(A, ti, m)
  local t = ti and A.ms[ti]
  if not t then return false end
  if t == m then return true end
  local f = A.tk.f
  if t.a > m.b then return t.a == m.b + 2 and f[m.b + 1] == "," end
  if m.a > t.b then return f[t.b + 1] == "," and (m.a == t.b + 2 or (m.a == t.b + 3 and f[t.b + 2] == "the")) end
  return false
end

-- The country of the person whose "I" sentence k speaks in (10-people's
-- analysis.voice), or nil.
local function voice_country(A_all, voice, k)
  local v = voice and voice[k]
  if not v then return nil end
  if v.person then return v.person.country end
  local m = A_all[v.si] and A_all[v.si].ms[v.mi]
  return m and (m.country or m.person_side or (m.person and m.person.country)) or nil
end

-- Token index -> the number of the sentence's part between semicolons
-- (1, 2, ...), or nil for a sentence of no semicolon (one part).
local function semicolon_parts(tk)
  local part, p = nil, 1
  for i = 1, tk.n do
    if tk.f[i] == ";" then
      if not part then
        part = {}
        for k = 1, i - 1 do part[k] = 1 end
      end
      p = p + 1
    end
    if part then part[i] = p end
  end
  return part
end

-- Notes country c as telling part p: the one country, or false for two.
local function tell(tellers, p, c)
  local t = tellers[p]
  if t and t ~= c then tellers[p] = false elseif t == nil then tellers[p] = c end
end

-- A verb of saying within a few names and commas after token b.
local function says_after(tk, L, b)
  if not L then return false end
  for j = b + 1, math.min(tk.n, b + 5) do
    if phrases.match(L.say, tk, j) then return true end
    if tk.f[j] ~= "," and not tk.up[j] then return false end
  end
  return false
end

local function office_countries(G, A_all, home, published, voice, L, placed)
  local seen = {}                -- office key -> { [country] = true, n = count }
  local running = {}             -- office key -> the country its bare form meant last
  local home_has = {}
  local function has_home(key)
    if home_has[key] == nil then
      home_has[key] = #G:holders(home, key, published) > 0
    end
    return home_has[key]
  end
  -- office key -> the country of its latest holder named in this
  -- sentence; and, for the sentence after, every holder named in it
  local named_here = {}
  for k, A in ipairs(A_all) do
    local named_before = named_here
    local spoken = voice and voice_country(A_all, voice, k)
    local near_here = {}
    local near_topic = {}          -- office key -> its holder is the sentence's subject
    named_here = {}
    local ti = A.tk and A.C and clauses.topic(A.tk, A.ms or {}, A.C)
    -- the countries of the people and bodies telling the sentence, and
    -- of the speaking bodies named before token a ("Qatar's foreign
    -- ministry spokesman said the prime minister ...")
    local function said_before(a)
      local said = {}
      for _, r in ipairs(A.C and A.C.attrs or {}) do
        local m = r.head and A.ms[r.head]
        local c = m and (m.country or (m.owner and m.owner.country))
        if c then said[c] = true end
      end
      for _, m in ipairs(A.ms) do
        if m.kind == "body" and m.country and m.a < a then said[m.country] = true end
      end
      return said
    end
    local function note(key, c, m, topic)
      local l = named_here[key] or {}
      named_here[key] = l
      l[#l + 1] = { c = c, topic = topic, unmarked = m.kind == "person" and m.role and not m.country }
    end
    -- the one government body that tells the sentence ("Downing Street
    -- said the Prime Minister had a call with Biden"), or (session 12)
    -- its clause between semicolons ("The Kremlin said Putin warned ...;
    -- the White House said the president had thanked him")
    local part = A.tk and semicolon_parts(A.tk)
    local tellers = {}          -- [0]: the sentence's; [k]: its part k's
    for _, m in ipairs(A.ms or {}) do
      if m.kind == "body" and m.inst and m.country and A.C and A.C.attr[m.a] and teller_role(G, m) then
        tell(tellers, 0, m.country)
        if part then tell(tellers, part[m.a], m.country) end
      end
    end
    -- (session 16) a person's body telling it ("Ramaphosa's office said
    -- the president had ..."): the office its owner holds is the owner's
    -- (or in apposition: "Magwenya, Ramaphosa's spokesman, said")
    local owned
    for _, m in ipairs(A.ms or {}) do
      local o = m.kind == "body" and A.C and m.owner
      if o and o.kind == "person" and o.person and (A.C.attr[m.a] or says_after(A.tk, L, m.b)) then
        owned = owned == nil and { person = o.person, b = m.b } or false
      end
    end
    for _, m in ipairs(A.ms or {}) do
      local key = m.role and not OPEN_ROLE[m.role] and G:role_key(m.role)
      -- (session 21) an acting holder's office is told apart: "the Acting
      -- President" is the one named "Acting President X" before
      if key and m.acting then key = "acting " .. key end
      local teller = tellers[0]
      -- (session 24: on a page with no date, an office the owner ever
      -- held: "Mr Bolger's office confirmed that no call has taken place
      -- between the Prime Minister and ...")
      local owner_holds = owned and key and m.a > owned.b
        and G:holds(owned.person, nil, key, published)
      if teller == false and part and tellers[part[m.a]] then teller = tellers[part[m.a]] end
      if key and m.kind == "role" and not m.country and not m.counterpart and not m.generic then
        if owner_holds then
          m.country, m.country_from = G:side_at(owned.person, published), "teller"
        elseif teller and published and #G:holders(teller, key, published) > 0
            and not names_holder(A.ms, G:holders(teller, key, published)) then
          m.country, m.country_from = teller, "teller"
        elseif near_here[key] and not near_topic[key] then
          -- the holder of the office the sentence has just named ("spoke
          -- to US President Obama, his second conversation with the
          -- president"), whoever else holds it in the document
          m.country, m.country_from = near_here[key], "near"
        elseif home and published and has_home(key) and home ~= near_here[key] then
          -- (session 11) also past a subject holding the office of
          -- another country: "The Prime Minister of Pakistan, X,
          -- telephoned the Prime Minister" is the page's own
          m.country, m.country_from = home, "home"
        elseif spoken and published and spoken ~= near_here[key] and #G:holders(spoken, key, published) > 0
            and not names_holder(A.ms, G:holders(spoken, key, published)) then
          -- (session 12) in a speaker's words, his own country's office:
          -- "DOWNER: The Prime Minister spoke to President Habibie"
          m.country, m.country_from = spoken, "voice"
        elseif near_here[key] then
          -- (no other holder: the subject's own office, as before)
          m.country, m.country_from = near_here[key], "near"
        elseif named_before[key] then
          m.country, m.country_from = of_sentence_before(named_before[key], said_before(m.a), running[key]), "near"
        elseif seen[key] and seen[key].n == 1 and not other_holder(G, A.ms, m, key, next(seen[key].ids)) then
          m.country, m.country_from = next(seen[key].ids), "earlier"
        elseif placed and MONARCH[key] and published and #G:holders(placed, key, published) > 0
            and not names_holder(A.ms, G:holders(placed, key, published)) then
          -- (session 25) nothing else: a crown's office takes the
          -- dateline's country, when it has a holder that day ("LONDON -
          -- The Queen telephoned ...")
          m.country, m.country_from = placed, "dateline"
        end
        running[key] = m.country or running[key]
      elseif key and (m.kind == "role" or m.kind == "person") and m.country_from == nil then
        local c = m.country or m.person_side
        if c then
          local e = seen[key] or { ids = {}, n = 0 }
          seen[key] = e
          if not e.ids[c] then e.ids[c], e.n = true, e.n + 1 end
          if not m.generic and not m.counterpart then
            near_here[key] = c
            near_topic[key] = is_subject(A, ti, m)
            note(key, c, m, ti and A.ms[ti] == m)
          end
        end
      elseif m.kind == "person" and not m.role and m.person and published and ti and A.ms[ti] == m then
        -- a subject named without a title: the offices it holds that day
        for _, r in ipairs(m.person.roles or {}) do
          local rk = r.role and G:role_key(r.role)
          if rk and G:holds(m.person, nil, r.role, published) then
            note(rk, r.country or m.person.country, m, true)
          end
        end
      end
    end
  end
end

return {
  home_country = home_country,
  dateline_country = dateline_country,
  place_country = place_country,
  office_countries = office_countries,
}
