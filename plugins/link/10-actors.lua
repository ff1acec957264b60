-- 10-actors.lua — start the Briefing and resolve the people of every call
-- mention to canonical actors.
--
-- A person is named by the gazetteer when the words name one (full name,
-- alias, or a surname only one person has, or the one in office at the
-- date; a surname alone must also fit the date unless the document names
-- the person in full: doc/gazetteer.md).  An office ("the Turkish
-- president", "his Russian counterpart", "the leaders of Azerbaijan and
-- Armenia") is named when the role and the date make the person certain:
-- first among the people the same document names, then among the
-- gazetteer's office holders on the report's date.
-- Without a date, only the document itself can settle it.  People the
-- gazetteer does not know keep the name as written, with the country and
-- role the text gave.  A held mention without a time of its own whose
-- people resolve to one person ("the President" and "he" both Bush) is a
-- reference back to the document's latest call with that person.
--
-- Output: Briefing {title, generated, documents, actors, calls = {},
-- warnings, stats} plus `mentions`, the resolved call mentions that
-- 20-dates and 30-merge work on (40-claims removes it), and the corpus's
-- `unlinked` (the documents a period's run left unread, for 90-period).

local dates = require("callbrief.dates")
local gazetteer = require("callbrief.gazetteer")
local names = require("callbrief.names")
local memo = require("callbrief.memo")
local timex   -- required when a document needs it: building it costs a tenth of link
local lexicon -- (likewise: its `audience` list, for timex.report_clues)

local function country_id(G, name)
  if not name then return nil end
  if G.countries[name] then return name end
  G.by_name = G.by_name or {}
  if not next(G.by_name) then
    for id, c in pairs(G.countries) do G.by_name[c.name] = id end
  end
  return G.by_name[name]
end

local function person_by_name(G, name)
  if not name then return nil end
  if G.person then return G:person(name) end
  for _, p in ipairs(G.people) do
    if p.name == name then return p end
  end
  return nil
end

local party_person

local function actor_of(p, role, date)
  local cur
  for _, r in ipairs(p.roles or {}) do
    if (not date) or ((not r.from or tostring(r.from) <= date) and (not r.to or tostring(r.to) >= date)) then
      cur = r
    end
  end
  return { id = p.name, name = p.name, aliases = p.aliases or {}, country = p.country_name,
    role = cur and cur.role or role, from = cur and cur.from and tostring(cur.from) or nil,
    to = cur and cur.to and tostring(cur.to) or nil }
end

-- (session 27) The side a person is of on the day: the state or body
-- whose office the gazetteer has him hold then (Kurt Waldheim, an
-- Austrian, was of the United Nations in 1974), else his own country.
local function side_on(G, p, date)
  for _, r in ipairs(not p.unknown and date and p.roles or {}) do
    if r.country and (not r.from or tostring(r.from) <= date) and (not r.to or tostring(r.to) >= date) then
      local c = G.countries[r.country]
      return c and c.name or r.country
    end
  end
  return p.country_name
end

-- People the document names, as gazetteer records (for role phrases).
-- `count[p]` is how often the document names p.
-- A mention that is a surname (or one-word alias) alone, without a title:
-- "Walker", "Aliyev's".
local function bare(q)
  local t = q.text
  if q.role or not t then return false end
  if not t:find("%s") then return true end
  return not names.clean(t):find("%s")   -- "Mr Sharif"
end

-- Does the text write p's full name (or an alias of several words, or of
-- several parts: "Zia-ul-Haq")?
-- (p's names of several words or parts, folded once per person)
local long_forms = memo.weak(function(p, G)
  local out = {}
  for _, a in ipairs({ p.name, table.unpack(p.aliases or {}) }) do
    a = G.text.fold(tostring(a))
    if a:find("[%s%-]") then out[#out + 1] = a end
  end
  return out
end)

local function full_form(G, p, written)
  local forms = long_forms(p, G)
  if #forms == 0 then return false end
  local f = G.text.fold(written or "")
  for _, a in ipairs(forms) do
    if f:find(a, 1, true) then return true end
  end
  return false
end

-- `full[p]` when the document names p in full or with a title somewhere
-- (`spelled[p]` in full: its whole name or an alias of several words);
-- `titled[p][role]` when it names p with that office ("President-elect
-- Ferdinand Marcos Jr.").
local function doc_people(G, ex, text)
  local out, seen = { count = {}, full = {}, spelled = {}, titled = {}, text = text }, {}
  for _, q in ipairs(ex.people or {}) do
    local p = q.name and person_by_name(G, q.name)
    if p then
      out.count[p] = (out.count[p] or 0) + 1
      if not out.full[p] and not bare(q) then out.full[p] = true end
      if not out.spelled[p] and full_form(G, p, q.text) then out.spelled[p] = true end
      if q.role then
        out.titled[p] = out.titled[p] or {}
        out.titled[p][q.role] = true
      end
      if not seen[p] then
        seen[p] = true
        out[#out + 1] = p
      end
    end
  end
  return out
end

-- The one candidate holding the office, or nil.
local function only(list)
  if #list == 1 then return list[1] end
  return nil
end

-- (session 10) Whether p is already one of the mention's people: a call
-- is between two people, so "The President is expected to telephone
-- President Mitterrand" is not Mitterrand calling himself.
local function taken(others, p)
  for _, o in ipairs(others or {}) do
    if o.record == p then return true end
  end
  return false
end

-- (session 12) The people of `list` whose term in office `want` (of
-- country cid, when given) begins from a month before `date` to half a
-- year after it: an elected leader not yet, or only just, in office.
local ELECT_BEFORE, ELECT_AFTER = 30, 183
local function incoming(G, list, cid, want, date, others)
  local lo, hi = dates.add_days(date, -ELECT_BEFORE), dates.add_days(date, ELECT_AFTER)
  local hits = {}
  for _, p in ipairs(list) do
    for _, r in ipairs(p.roles or {}) do
      local side = r.country or p.country
      local from = r.from and tostring(r.from)
      if from and from >= lo and from <= hi and (not cid or side == cid)
          and G:role_key(r.role, side) == G:office_of(want, side) and not taken(others, p) then
        hits[#hits + 1] = p
        break
      end
    end
  end
  return hits
end

-- (session 23) Of several people who held an office (a page with no
-- date holds all the terms: "the Premier" on a 1975 page naming a later
-- premier as ambassador), the one the document itself titles with it.
local function titled_only(in_doc, hits, role)
  local one
  for _, p in ipairs(hits) do
    if in_doc.titled and in_doc.titled[p] and in_doc.titled[p][role] then
      if one then return nil end
      one = p
    end
  end
  return one
end

local function resolve_office(G, cid, role, date, in_doc, others)
  if not role then return nil end
  if role:find("%-elect$") then
    -- "the President-elect": holds no office yet; the one person the
    -- document names with that very title (of that country)
    local hits = {}
    for _, p in ipairs(in_doc) do
      if in_doc.titled and in_doc.titled[p] and in_doc.titled[p][role]
          and (not cid or country_id(G, p.country_name) == cid or p.country == cid) then
        hits[#hits + 1] = p
      end
    end
    -- (session 12) else the one person the document names whose term in
    -- that office (of that country) begins soon after the date: elected,
    -- not yet sworn in ("Kim won on December 18 ... the president-elect
    -- spoke to Mr Clinton"); with a country and nobody such named, the
    -- gazetteer's one such person of that country
    if #hits == 0 and date then
      local want = role:gsub("%-elect$", "")
      hits = incoming(G, in_doc, cid, want, date, others)
      if #hits == 0 and cid then hits = incoming(G, G.people, cid, want, date, others) end
    end
    return only(hits)
  end
  if not cid then
    -- "the president", "the crown prince" with no country: the one person
    -- the document names who held that office then
    if role == "counterpart" or role == "official" or role == "leader" then return nil end
    local want = G:role_key(role)
    local hits = {}
    for _, p in ipairs(in_doc) do
      if G:holds(p, nil, want, date) and not taken(others, p) then hits[#hits + 1] = p end
    end
    -- (session 10) an office one country alone has ("the State
    -- Counsellor"): its one holder on the date
    if #hits == 0 and date then
      local hs = G:holders(nil, want, date)
      if #hs == 1 and not taken(others, hs[1]) then return hs[1] end
    end
    -- several: the one the article names most (its protagonist), else
    -- the one it titles so ("Prime Minister Begin ... the Prime Minister"
    -- on an undated page naming a later one as the opposition's leader)
    if #hits > 1 and in_doc.count then
      table.sort(hits, function(a, b) return (in_doc.count[a] or 0) > (in_doc.count[b] or 0) end)
      if (in_doc.count[hits[1]] or 0) > (in_doc.count[hits[2]] or 0) then return hits[1] end
      return titled_only(in_doc, hits, role)
    end
    return only(hits)
  end
  -- (session 11) "the Soviet leader" after "Soviet leader Mikhail
  -- Gorbachev": the one person the document calls its leader, whatever
  -- office the gazetteer gives the country's leader (its president, in
  -- 1987 Gromyko)
  if role == "leader" then
    local hits = {}
    for _, p in ipairs(in_doc) do
      if in_doc.titled[p] and in_doc.titled[p][role] and not taken(others, p)
          and (country_id(G, p.country_name) == cid or p.country == cid) then
        hits[#hits + 1] = p
      end
    end
    if #hits == 1 then return hits[1] end
    -- (session 12) else the one person of that country the document
    -- names who leads its government then: "the leaders of Egypt and
    -- Iran" on a page naming Iran's president Raisi is Raisi, not the
    -- supreme leader the page never names
    local c = G.countries[cid]
    local hog = c and c.head_of_government
    if #hits == 0 and hog and date then
      for _, p in ipairs(in_doc) do
        if not taken(others, p) and not G:holds(p, cid, "leader", date) and G:holds(p, cid, hog, date) then
          hits[#hits + 1] = p
        end
      end
      local named_leader = false
      for _, p in ipairs(in_doc) do
        if G:holds(p, cid, "leader", date) then named_leader = true end
      end
      if #hits == 1 and not named_leader then return hits[1] end
    end
  end
  local office = G:office_of(role, cid)
  local hits = {}
  for _, p in ipairs(in_doc) do
    if G:holds(p, cid, office, date) and not taken(others, p) then hits[#hits + 1] = p end
  end
  if #hits == 0 and date then
    -- the office holder at the date, even if the text never names them
    hits = G:holders(cid, office, date)
  end
  return only(hits) or titled_only(in_doc, hits, role)
end

-- Did p hold any office on the date, or (the call's own year known) in
-- that year?
local function in_office(G, p, date, year)
  if G:holds(p, nil, nil, date) then return true end
  if not year then return false end
  local y = string.format("%04d", year)
  for _, r in ipairs(p.roles or {}) do
    local from, to = r.from and tostring(r.from) or "", r.to and tostring(r.to) or "9999"
    if from <= y .. "-12-31" and to >= y .. "-01-01" then return true end
  end
  return false
end

-- (session 10) The one other person the document names in full whose
-- name holds the bare word as a word or as a part of a hyphenated one
-- ("Zia" after "President Zia-ul-Haq", when the gazetteer's only "Zia" by
-- surname is Khaleda Zia): the text's own person before the gazetteer's.
local function named_in_full(G, word, p, in_doc)
  local key, hit = names.key(G.text.fold(word)), nil
  for _, o in ipairs(in_doc) do
    if o ~= p and in_doc.spelled[o] then
      for _, a in ipairs({ o.name, table.unpack(o.aliases or {}) }) do
        local found = false
        for w in G.text.fold(tostring(a)):gmatch("[^%s%-%.,]+") do
          if names.key(w) == key then found = true break end
        end
        if found then
          if hit and hit ~= o then return nil end
          hit = o
          break
        end
      end
    end
  end
  return hit
end

-- A bare surname the extract stage gave to one person, checked against
-- the date: unless the document names that person in full, it must be
-- someone in office then, that person or the one namesake who is
-- ("Walker said" in 2019 is not Chile's foreign minister of 2005).
local function bare_person(G, q, p, date, year, in_doc)
  if not in_doc.spelled[p] then
    local o = named_in_full(G, names.clean(q.text), p, in_doc)
    if o then return o end
  end
  if not date or in_doc.full[p] or in_office(G, p, date, year) then return p end
  local hits = {}
  for _, o in ipairs(G:by_surname(names.key(names.surname(names.clean(q.text), in_doc.text)))) do
    if o ~= p and in_office(G, o, date, year) then hits[#hits + 1] = o end
  end
  return only(hits)
end

-- A title with a surname ("Prime Minister Lee", "President Lee"): the
-- office says which of the people of that surname is meant, the one
-- holding it on the date (in 2010 Lee Hsien Loong for the first, Lee
-- Myung-bak for the second).  The surname may be the first word of a
-- name written family name first without the hyphen that marks one
-- ("Lee Hsien Loong"), which the surname index does not hold: so the
-- office holders on the date whose name or alias begins or ends with it
-- count too.  Returns the one such person, or nil.
local function ends_with_key(G, p, key)
  for _, a in ipairs({ p.name, table.unpack(p.aliases or {}) }) do
    local ws = {}
    for w in G.text.fold(tostring(a)):gmatch("[^%s%.,]+") do ws[#ws + 1] = w end
    if #ws > 0 and (names.key(ws[1]) == key or names.key(ws[#ws]) == key) then return true end
  end
  return false
end

local function by_office(G, q, date, cands, any_country, retry)
  if not (q.role and date and q.text) then return nil end
  local role = q.role
  if role == "counterpart" or role == "official" or role == "leader" or role:find("elect", 1, true)
      or (q.text:lower()):find("former", 1, true) then
    return nil
  end
  local key = names.key(names.surname(names.clean(q.text), G.text))
  if not key or key == "" then return nil end
  local cid = not any_country and country_id(G, q.country) or nil
  local hits, has = {}, {}
  for _, p in ipairs(cands) do
    if not has[p] and G:holds(p, cid, role, date) then has[p], hits[#hits + 1] = true, p end
  end
  if #hits == 0 then
    for _, p in ipairs(G:holders(cid, role, date)) do
      if not has[p] and ends_with_key(G, p, key) then has[p], hits[#hits + 1] = true, p end
    end
  end
  -- the country may be the wrong namesake's, not the text's
  if #hits == 0 and cid and retry then return by_office(G, q, date, cands, true) end
  return only(hits)
end

-- Resolve one people[] entry; `others` are the already resolved people of
-- the same mention (for "his Russian counterpart"); `year` the call's own
-- year when the text gives one.
local function resolve(G, q, date, in_doc, others, year)
  if q.name then
    local p = person_by_name(G, q.name)
    if p and bare(q) then return bare_person(G, q, p, date, year, in_doc) end
    -- "Prime Minister Lee" given to a Lee the document named before, who
    -- held another office then
    if p and q.role and date and not G:holds(p, nil, q.role, date) and not full_form(G, p, q.text) then
      return by_office(G, q, date, { p }, false, true)
        or (not in_doc.spelled[p] and named_in_full(G, names.surname(names.clean(q.text), G.text), p, in_doc))
        or p
    end
    if p then return p end
  end
  if q.candidates and #q.candidates == 1 and not date then
    -- a lone candidate the extract stage left to the date, and no date
    return person_by_name(G, q.candidates[1])
  end
  if q.candidates and q.role and date then
    local cands = {}
    for _, n in ipairs(q.candidates) do cands[#cands + 1] = person_by_name(G, n) end
    local p = by_office(G, q, date, cands)
    if p then return p end
  end
  if q.candidates then
    local hits = {}
    for _, n in ipairs(q.candidates) do
      local p = person_by_name(G, n)
      if p then
        -- named elsewhere in the document: in full, or in office then
        local fits = p and (in_doc.full[p] or not date or in_office(G, p, date, year))
        for _, d in ipairs(in_doc) do if d == p and fits then hits[#hits + 1] = p end end
      end
    end
    if #hits == 0 and date then
      for _, n in ipairs(q.candidates) do
        local p = person_by_name(G, n)
        if p and G:holds(p, nil, nil, date) then hits[#hits + 1] = p end
      end
    end
    if #hits == 0 and date and year then
      for _, n in ipairs(q.candidates) do
        local p = person_by_name(G, n)
        if p and in_office(G, p, date, year) then hits[#hits + 1] = p end
      end
    end
    return only(hits)
  end
  if q.name then
    -- Unknown to the gazetteer: keep the name as written.
    return { name = names.clean(q.name), country_name = q.country, unknown = true, role = q.role }
  end
  local cid = country_id(G, q.country)
  local role = q.role
  if q.party then return nil end
  if q.counterpart or role == "counterpart" then
    -- a counterpart is of another country: without one, nobody certain
    if not cid then return nil end
    role = nil
    for _, o in ipairs(others) do
      if o.record and o.record.roles then
        for _, r in ipairs(o.record.roles) do
          if (not date) or ((not r.from or tostring(r.from) <= date) and (not r.to or tostring(r.to) >= date)) then
            role = G:counterpart_office(G:role_key(r.role, o.record.country), r.country or o.record.country, cid, date)
          end
        end
      elseif o.role and o.role ~= "counterpart" then
        role = o.role
      end
      if role then break end
    end
  end
  return resolve_office(G, cid, role, date, in_doc, others)
end

-- A country standing for its official ("China refused to take a call from
-- Austin"): the person of that country who is on another call mention of
-- the same document together with this mention's other people.
party_person = function(G, ex, call, q)
  local others = {}
  for _, o in ipairs(call.people) do
    if o ~= q and o.name then others[o.name] = true end
  end
  local found
  for _, c in ipairs(ex.calls or {}) do
    if c ~= call then
      local names_in, cand = {}, nil
      for _, o in ipairs(c.people) do
        if o.name then
          names_in[o.name] = true
          local p = person_by_name(G, o.name)
          if p and p.country_name == q.country then cand = p end
        end
      end
      local all = true
      for n in pairs(others) do if not names_in[n] then all = false end end
      if all and cand then
        if found and found ~= cand then return nil end
        found = cand
      end
    end
  end
  return found
end

-- (session 11) Whether two people of the gazetteer held office at the
-- same time (any of their terms overlap).
local function served_together(a, b)
  for _, r in ipairs(a.roles or {}) do
    local af, at = r.from and tostring(r.from) or "", r.to and tostring(r.to) or "9999"
    for _, t in ipairs(b.roles or {}) do
      local bf, bt = t.from and tostring(t.from) or "", t.to and tostring(t.to) or "9999"
      if af <= bt and bf <= at then return true end
    end
  end
  return false
end

-- (session 11) Namesakes on an undated call ("President Bush telephoned
-- President Mikhail S. Gorbachev" under a dateline with no year): the one
-- who held office while every other person of the call did.
local function by_contemporaries(G, q, done)
  if not q.candidates or #done == 0 then return nil end
  local hits = {}
  for _, n in ipairs(q.candidates) do
    local p = person_by_name(G, n)
    local fits = p ~= nil
    for _, o in ipairs(done) do
      if fits and (o.record.unknown or not served_together(p, o.record)) then fits = false end
    end
    if fits then hits[#hits + 1] = p end
  end
  return only(hits)
end

-- (session 10) An office written without a country that nothing else
-- settles ("The Prime Minister spoke by telephone with the Taoiseach,
-- Bertie Ahern", then "A Downing Street spokesman said ..."): the holder
-- of that office on the date in the one country whose account the
-- document gives, other than the countries of the call's other people.
local function by_account_side(G, ex, q, date, done)
  local role = q.role
  if not (role and date) or q.country or q.counterpart or role == "counterpart" or role == "official"
      or role == "leader" or role == "spokesperson" then
    return nil
  end
  local other = {}
  for _, o in ipairs(done) do
    if o.record.country_name then other[o.record.country_name] = true end
  end
  local hits, seen = {}, {}
  for _, c in ipairs(ex.claims or {}) do
    local cid = c.side and not other[c.side] and not seen[c.side] and country_id(G, c.side)
    if cid then
      seen[c.side] = true
      for _, p in ipairs(G:holders(cid, G:office_of(role, cid), date)) do hits[#hits + 1] = p end
    end
  end
  return only(hits)
end

-- A spokesperson tells of a call and is no party to it (a call is between
-- leaders, ministers and heads of international bodies): one the text
-- calls so ("foreign ministry spokesman Majed al-Ansari said the prime
-- minister ... had stressed in the call").
local function spokesperson(q)
  return q.role == "spokesperson"
end

-- "new Japanese Prime Minister Yoshihide Suga", "the newly elected
-- president, X": the person took office within the year before the
-- report (20-dates uses it to settle a dateline's year).
local function newly_named(text, q)
  if not text or not q.offset then return false end
  local own = (q.text or ""):lower()
  if own:find("^new ") or own:find("^newly ") or own:find("^the new ") or own:find("^the newly ") then
    return true
  end
  local before = text:sub(math.max(1, q.offset - 24), q.offset - 1):lower()
  return before:find("%f[%a]new%s+$") ~= nil or before:find("%f[%a]newly[%s%-]+%a+%s+$") ~= nil
end

-- The date used to read offices: the mention's own full date, else the
-- day its passage is told on (a live-blog entry's, the day a morning
-- paper's story was filed: "WASHINGTON, Feb. 25 --" under "Wednesday,
-- February 26"), else the publication date.
local function reference_date(call, doc)
  local t = call.time or {}
  if t.kind == "date" and t.year and t.month and t.day then
    return string.format("%04d-%02d-%02d", t.year, t.month, t.day)
  end
  -- (session 23) a day and month on a page with no date of its own, in
  -- the year of the full date the text gives nearest ("on Tuesday, August
  -- 1" after "July 28, 1989"), as 20-dates will date the call
  local y = not (call.published or doc.published) and t.kind == "date" and t.month and t.day
    and call.text_year
  if y and dates.valid(y, t.month, t.day) then
    return string.format("%04d-%02d-%02d", y, t.month, t.day)
  end
  return call.published or doc.published
end

return {
  name = "actors",
  stage = "link",
  version = "1.28.0",
  api = 1,
  description = "resolve the people of each call mention to canonical actors",
  run = function(corpus, ctx)
    local G = gazetteer.load(ctx)
    local b = { title = ctx.run and ctx.run.title, generated = ctx.run and ctx.run.generated,
      documents = {}, actors = {}, calls = {}, comparisons = {}, warnings = {}, stats = {},
      mentions = {}, claim_mentions = {}, unlinked = corpus.unlinked }
    for _, ex in ipairs(corpus.extractions or {}) do
      local doc = ex.document
      b.documents[#b.documents + 1] = { id = doc.id, file = doc.id, title = doc.title,
        outlet = doc.outlet, url = doc.url, published = doc.published,
        published_basis = doc.published_basis, dropped = #(doc.dropped or {}) }
      local in_doc = doc_people(G, ex, ctx.text)
      -- what the text says of its own date, for 20-dates to settle the
      -- year of a dateline without one
      local clues
      if not doc.published and doc.dateline then
        local texts = {}
        for i, s in ipairs(doc.sentences or {}) do texts[i] = s.text end
        timex = timex or require("callbrief.timex")
        lexicon = lexicon or require("callbrief.lexicon")
        clues = timex.report_clues(texts, lexicon.load(ctx).audience)
      end
      -- (session 17) on a page without a date, the office holders it
      -- names by their office ("President Mitterrand", "Lithuania's Prime
      -- Minister, Kazimiera Prunskiene"; not "former"), name -> the office:
      -- 20-dates dates a day and month told without a year by the years
      -- they were all in office
      local page_named
      if not doc.published then
        page_named = {}
        for _, q in ipairs(ex.people or {}) do
          local p = q.name and q.role and person_by_name(G, q.name)
          local text = (q.text or ""):lower()
          local before = q.offset and doc.text and doc.text:sub(math.max(1, q.offset - 16), q.offset - 1):lower() or ""
          if p and not text:find("former", 1, true) and not before:find("former%s+$")
              and not before:find("ex%-$") and not before:find("late%s+$")
              and not q.role:find("elect", 1, true) then
            local had = page_named[p.name]
            page_named[p.name] = (had == nil or had == q.role) and q.role or true
          end
        end
      end
      local resolved_by_id = {}
      local doc_mentions = {}   -- this document's mentions kept so far
      for _, call in ipairs(ex.calls or {}) do
        local date = reference_date(call, doc)
        local people, seen = {}, {}
        -- Named people first, so counterparts can borrow their office.
        local order = {}
        for _, q in ipairs(call.people) do
          if q.name or q.candidates then table.insert(order, 1, q) else order[#order + 1] = q end
        end
        local done = {}
        local named = clues and {}
        for _, q in ipairs(order) do
          local p = not spokesperson(q) and resolve(G, q, date, in_doc, done, call.time and call.time.year)
          if named and p and q.name and not p.unknown then
            -- ("former President X" says nothing of the report's date)
            local former = (q.text or ""):lower():find("former", 1, true)
            named[p.name] = former and "former"
              or q.role and q.role:find("elect", 1, true) and "elect"
              or newly_named(doc.text, q) and "new"
              or q.role or true
          end
          if not p and q.party then p = party_person(G, ex, call, q) end
          if not p and not q.name and not q.candidates then p = by_account_side(G, ex, q, date, done) end
          if not p and not date then p = by_contemporaries(G, q, done) end
          if p then
            done[#done + 1] = { record = p, role = q.role, text = q.text }
            if not seen[p.name] then
              seen[p.name] = true
              people[#people + 1] = p
              if not p.unknown then b.actors[p.name] = actor_of(p, q.role, date)
              else b.actors[p.name] = { id = p.name, name = p.name, aliases = {},
                country = p.country_name, role = p.role } end
            end
          end
        end
        -- A call needs two people of different states or organisations.
        local countries, ok = {}, false
        for _, p in ipairs(people) do
          local c = side_on(G, p, date) or "?"
          for other in pairs(countries) do if other ~= c or c == "?" then ok = true end end
          countries[c] = true
        end
        local initiator
        if call.initiator then
          for _, p in ipairs(people) do
            if names.same(p.name, call.initiator, ctx.text) then initiator = p.name end
          end
        end
        -- (session 11) the caller written as an office: the person that
        -- mention of the call resolved to
        if not initiator and call.initiator then
          for _, d in ipairs(done) do
            if d.text == call.initiator then initiator = d.record.name end
          end
        end
        if not initiator and call.initiator_country then
          for _, p in ipairs(people) do
            if p.country_name == call.initiator_country then initiator = p.name end
          end
        end
        local names_list = {}
        for _, p in ipairs(people) do names_list[#names_list + 1] = p.name end
        table.sort(names_list)
        local m = { id = call.id, doc = doc.id, published = call.published or doc.published,
          participants = names_list,
          countries = {}, initiator = initiator, time = call.time, status = call.status,
          medium = call.medium, ref = call.ref, sentence = call.sentence,
          distinct = call.distinct, retro = call.retro, hearsay = call.hearsay, attempt = call.attempt,
          own_day = call.own_day,
          callback = call.callback,
          text_year = call.text_year,
          dateline = not doc.published and doc.dateline and doc.dateline.text or nil,
          clues = clues, named = named, page_named = page_named,
          evidence = { source = doc.id, offset = call.evidence.offset, length = call.evidence.length,
            text = doc.sentences[call.sentence] and doc.sentences[call.sentence].text } }
        for _, p in ipairs(people) do m.countries[p.name] = p.country_name end
        resolved_by_id[call.id] = m
        -- A held call with no time of its own whose people are one person
        -- named twice ("the most delicate call the President has made",
        -- "the President" and "he" both Bush): a reference back to the
        -- latest call of the document with that person, like a sentence
        -- naming one person (20-calls).
        local ref = call.ref
        local function has(list, x)
          for _, y in ipairs(list) do if y == x then return true end end
          return false
        end
        if not ref and #people == 1 and call.status == "held"
            and (call.time == nil or call.time.kind == "report") then
          local who = people[1].name
          for k = #doc_mentions, 1, -1 do
            local prev = doc_mentions[k]
            if has(prev.participants, who) then ref = prev.id break end
          end
          if ref then m.ref = ref end
        end
        if ok and #people >= 2 then
          b.mentions[#b.mentions + 1] = m
          doc_mentions[#doc_mentions + 1] = m
        elseif ref and resolved_by_id[ref] then
          -- a reference back keeps its antecedent's people
          local prev = resolved_by_id[ref]
          m.participants, m.countries = prev.participants, prev.countries
          if #m.participants >= 2 then
            b.mentions[#b.mentions + 1] = m
            doc_mentions[#doc_mentions + 1] = m
          end
        end
      end
      for _, cl in ipairs(ex.claims or {}) do
        cl.doc = doc.id
        b.claim_mentions[#b.claim_mentions + 1] = cl
      end
    end
    return b
  end,
}
